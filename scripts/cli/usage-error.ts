/** A mistake in how the CLI was called, or input it cannot read: exit code 2 with one line. */
export class UsageError extends Error {}

/** The file was read but the page is not usable (status not ok): exit code 1. */
export class NotUsableError extends Error {}
