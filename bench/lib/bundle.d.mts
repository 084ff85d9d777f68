export const ROOT: string;
export interface SourceMapIndex {
  lines: Array<Array<[number, number, number, number]>>;
  sources: string[];
}
export function bundleEngine(options?: { minify?: boolean; overrides?: Map<string, string> | null }): Promise<{ code: string; bytes: number; modules: Array<{ line: number; file: string }>; sourceMap: SourceMapIndex | null }>;
export function moduleAt(modules: Array<{ line: number; file: string }>, line: number): string | null;
export function decodeSourceMap(map: { sources: string[]; mappings: string }): SourceMapIndex;
export function originalPosition(sm: SourceMapIndex | null, line: number, column: number): { file: string; line: number } | null;
