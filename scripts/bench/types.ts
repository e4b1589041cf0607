/** One line of `npm run bench`: a measured figure, its target, and whether it meets it. */
export interface BenchRow {
  area: string;
  figure: string;
  measured: string;
  target: string;
  pass: boolean;
}

export type BenchSuite = () => Promise<BenchRow[]>;
