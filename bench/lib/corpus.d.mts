export interface CorpusPage {
  id: string;
  rel: string;
  group: string;
  clinic: boolean;
  bytes: number;
}
export const GROUPS: Array<{ group: string; dir: string; clinic: boolean }>;
export function listCorpus(corpusDir: string): CorpusPage[];
export function quickSubset(pages: CorpusPage[], perGroup?: number): CorpusPage[];
