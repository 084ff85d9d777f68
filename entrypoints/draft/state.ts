// The draft checker's state: the draft (pasted or opened), the audit options ("as of" date, the
// address it will have, check as a clinic page), the result, and the same filters as the popup.
import { batch, computed, signal } from '@preact/signals';
import type { Finding, Report, Severity } from '@/utils/types';
import { auditDocument } from '@/utils/engine';
import { allRules } from '@/utils/rules';
import { readSettings } from '@/utils/settings/items';
import { auditNow, settingsToConfig } from '@/utils/settings/schema';
import { NO_FILTERS, displayOrder, filterFindings, groupFindings, numberFindings, type Filters } from '@/components/filter';
import { exportFile } from '@/components/export';
import type { ExportFormat } from '@/components/export-formats';
import { ruleInfoMap } from '@/components/rule-info';
import { sanitizeHtml, saveFile } from '../popup/download';
import { draftDocument, findingPositions, looksLikeHtml, markElements, previewFragment, type DraftFormat } from './draft';
import { createCopyFix } from '@/components/copy-fix';

export const RULES = ruleInfoMap(allRules);
/** The address a draft is audited at when the person gives none (links to it count as the same site). */
export const DRAFT_URL = 'https://draft.invalid/';
/** A draft is checked when the person asks: a generous time budget. */
const BUDGET_MS = 5000;
/** Files bigger than this are refused (a .docx with large images converts to a huge page). */
export const MAX_FILE_BYTES = 15 * 1024 * 1024;

const isoDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export const source = signal('');
/** where the draft came from: pasted, or a file name */
export const origin = signal<{ file: string | null; converted: boolean; warnings: number }>({ file: null, converted: false, warnings: 0 });
export const format = signal<DraftFormat>('auto');
export const asOf = signal(isoDay(new Date()));
export const address = signal('');
export const force = signal(true);

export interface Result {
  report: Report;
  /** the sanitized preview of the draft (cloned into the page each time the marks change) */
  preview: DocumentFragment;
  /** finding id → the preview element it points at */
  positions: Map<string, string>;
  /** the draft was read as */
  readAs: 'html' | 'text';
  /** the source the result is for (a change makes it stale) */
  source: string;
}

export const status = signal<{ state: 'idle' | 'reading' | 'checking' | 'done' | 'error'; message?: string }>({ state: 'idle' });
export const result = signal<Result | null>(null);
export const filters = signal<Filters>(NO_FILTERS);
export const expandedId = signal<string | null>(null);
export const copiedId = signal<string | null>(null);
export const announcement = signal('');

const announce = (text: string) => {
  announcement.value = announcement.value === text ? `${text}\u00a0` : text;
};

export const detected = computed<'html' | 'text' | null>(() => {
  const text = source.value;
  if (!text.trim()) return null;
  if (format.value !== 'auto') return format.value;
  return looksLikeHtml(text) ? 'html' : 'text';
});

export const findings = computed<Finding[]>(() => result.value?.report.findings ?? []);
export const visibleGroups = computed(() => groupFindings(filterFindings(findings.value, filters.value, RULES)));
export const ordered = computed(() => displayOrder(visibleGroups.value));
/** numbers of the findings marked in the preview (the ones with an element there), in list order */
export const numbers = computed(() => {
  const positions = result.value?.positions;
  const n = numberFindings(ordered.value.filter((f) => positions?.has(f.id)));
  return n;
});
export const summary = computed(() => {
  const s: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings.value) s[f.severity]++;
  return s;
});
export const stale = computed(() => !!result.value && result.value.source !== source.value);

export async function loadDefaults(): Promise<void> {
  const settings = await readSettings().catch(() => null);
  if (settings?.asOf) asOf.value = settings.asOf;
}

function pageUrl(): string {
  const raw = address.value.trim();
  if (!raw) return DRAFT_URL;
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : DRAFT_URL;
  } catch {
    return DRAFT_URL;
  }
}

/** Audits the draft: an inert DOMParser document, the engine, a sanitized preview. */
export async function check(): Promise<void> {
  const text = source.value;
  if (!text.trim()) {
    status.value = { state: 'error', message: 'Paste a draft or open a file first.' };
    return;
  }
  status.value = { state: 'checking' };
  announce('Checking the draft…');
  // let the "Checking…" state paint before the engine takes the main thread
  await new Promise((r) => setTimeout(r, 0));
  try {
    const settings = await readSettings();
    const readAs = detected.value ?? 'text';
    const doc = draftDocument(text, readAs);
    const now = /^\d{4}-\d{2}-\d{2}$/.test(asOf.value) ? auditNow({ asOf: asOf.value }) : auditNow(settings);
    const report = auditDocument(doc, {
      url: pageUrl(),
      now,
      config: { ...settingsToConfig(settings), budgetMs: BUDGET_MS },
      layout: null,
      force: force.value,
    });
    markElements(doc);
    const positions = findingPositions(doc, report.findings);
    const preview = previewFragment(doc);
    batch(() => {
      result.value = { report, preview, positions, readAs, source: text };
      filters.value = NO_FILTERS;
      expandedId.value = null;
      status.value = { state: 'done' };
    });
    const n = report.findings.length;
    announce(`Checked: ${n} finding${n === 1 ? '' : 's'}.`);
  } catch (err) {
    status.value = { state: 'error', message: `Couldn’t check the draft: ${err instanceof Error ? err.message : String(err)}` };
    announce('Couldn’t check the draft.');
  }
}

/** Opens a .html, .htm, .txt or .docx file (the .docx converted to HTML with mammoth) and checks it. */
export async function openFile(file: File): Promise<void> {
  if (file.size > MAX_FILE_BYTES) {
    status.value = { state: 'error', message: `${file.name} is too big to check here (${Math.round(file.size / 1024 / 1024)} MB; up to 15 MB).` };
    return;
  }
  status.value = { state: 'reading' };
  try {
    const name = file.name.toLowerCase();
    if (name.endsWith('.docx')) {
      const { default: mammoth } = await import('mammoth/mammoth.browser.js');
      const converted = await mammoth.convertToHtml({ arrayBuffer: await file.arrayBuffer() });
      batch(() => {
        source.value = converted.value;
        format.value = 'html';
        origin.value = { file: file.name, converted: true, warnings: converted.messages.length };
      });
    } else if (/\.(html?|xhtml|txt|md|text)$/.test(name) || /^text\//.test(file.type)) {
      const text = await file.text();
      batch(() => {
        source.value = text;
        format.value = name.endsWith('.txt') || name.endsWith('.md') || name.endsWith('.text') ? 'text' : /\.x?html?$/.test(name) ? 'html' : 'auto';
        origin.value = { file: file.name, converted: false, warnings: 0 };
      });
    } else {
      status.value = { state: 'error', message: `${file.name}: open an .html, .docx or .txt file.` };
      return;
    }
  } catch (err) {
    status.value = { state: 'error', message: `Couldn’t read ${file.name}: ${err instanceof Error ? err.message : String(err)}` };
    return;
  }
  await check();
}

export function setSource(text: string): void {
  batch(() => {
    source.value = text;
    if (origin.value.file) origin.value = { file: null, converted: false, warnings: 0 };
  });
}

export function setFilters(next: Filters): void {
  filters.value = next;
  if (expandedId.value && !ordered.value.some((f) => f.id === expandedId.value)) expandedId.value = null;
}

export function toggleSeverity(severity: Severity): void {
  const current = filters.value.severities;
  setFilters({ ...filters.value, severities: current.includes(severity) ? current.filter((s) => s !== severity) : [...current, severity] });
}

export function clearFilters(): void {
  setFilters(NO_FILTERS);
}

export const copyFix = createCopyFix(copiedId, announce);

export async function exportAs(formatName: ExportFormat): Promise<void> {
  const r = result.value?.report;
  if (!r) return;
  try {
    const file = exportFile(r, formatName, { sanitize: sanitizeHtml, host: r.page.url === DRAFT_URL ? 'draft' : undefined });
    await saveFile(file);
    announce(`Downloading ${file.filename}.`);
  } catch (err) {
    status.value = { state: 'error', message: `Couldn’t export: ${err instanceof Error ? err.message : String(err)}` };
  }
}

export { announce };
