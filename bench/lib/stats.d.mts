export function median(xs: number[]): number;
export function percentile(xs: number[], p: number): number;
export function max(xs: number[]): number;
export function min(xs: number[]): number;
export function sum(xs: number[]): number;
export function summarize(xs: number[]): { n: number; median: number | null; p95: number | null; max: number | null };
export function round(x: number, digits?: number): number | null;
export function ratio(a: number, b: number): number | null;
export function axeMoreRuns(timed: number[], opts: { runs: number; slowMs?: number; hugeMs?: number }): number;
export function axeFigure(timed: number[]): number;
export interface BudgetInput {
  auditMedian?: number | null;
  auditP95?: number | null;
  detectMedianNonClinic?: number | null;
  auditMax?: number | null;
  axeOverAudit?: number | null;
  scaling100?: number | null;
  bundleKB?: number | null;
  popupMs?: number | null;
}
export interface Budget {
  id: string;
  label: string;
  value: number | null;
  limit: number;
  unit: string;
  cmp: '<=' | '>=';
  pass: boolean | null;
  note?: string;
}
export function checkBudgets(m: BudgetInput): Budget[];
