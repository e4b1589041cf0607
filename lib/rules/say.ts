import type { Said, SaidArg } from '../model/said';

/** A rules sentence as a locale message: `say('flagMassFollowing', num(2400), num(1500))`. */
export const say = (key: string, ...args: SaidArg[]): Said => ({ key, args });
/** A count the UI groups its own way. */
export const num = (n: number): SaidArg => ({ count: Math.round(n) });
/** A fraction the UI writes as a percentage, with the digits of stats.percent. */
export const pct = (fraction: number): SaidArg => ({ percent: fraction });
/** A word that is itself a message. */
export const word = (key: string): SaidArg => ({ word: key });
