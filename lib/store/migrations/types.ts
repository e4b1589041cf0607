/** The kinds of stored value; each carries (or, for list items, sits in a document with) a schemaVersion. */
export type StoredKind = 'creator' | 'campaign' | 'template' | 'settings';

type Step = (value: Record<string, unknown>) => Record<string, unknown>;

/**
 * One step of the store's schema, `from` → `from + 1`, in its own file `vNNN-to-vMMM.ts`. A kind
 * without a function is unchanged by the step. Steps take plain JSON and must not throw on
 * anything a valid record of version `from` could hold; what they cannot convert they leave for
 * validation and repair to deal with.
 */
export interface Migration {
  from: number;
  description: string;
  creator?: Step;
  campaign?: Step;
  template?: Step;
  settings?: Step;
}
