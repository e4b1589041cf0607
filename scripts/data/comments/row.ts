/** One labelled comment: `source` names the file (YouTube) or the Instagram account (ScamSpot). */
export interface LabelledRow {
  text: string;
  spam: boolean;
  /**
   * Three-class truth where the source or a person gives it (authored sets, janitr's low_effort,
   * real rows labelled by hand); otherwise derived from spam/ham by `label3` in
   * scripts/lib/comment-learner.ts.
   */
  label?: 'spam' | 'generic' | 'genuine';
  /** "youtube:Psy", "scamspot:coinbase", "youtube-id:judol", "youtube-id:judol-detector", "janitr:x", "authored:es" */
  source: string;
  /** ISO 639-1 code where the source states it (authored sets). */
  lang?: string;
  /**
   * The handle of the account the comment was posted under, when the set names it (ScamSpot), as
   * the extension knows it on a creator's page: "@coinbase" there is the creator, not a redirect.
   */
  creator: string | null;
}

/** The source a row is evaluated as: ScamSpot's accounts are one source. */
export const groupOf = (r: LabelledRow): string =>
  r.source.startsWith('scamspot:') ? 'scamspot' : r.source;
