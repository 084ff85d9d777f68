import type { Category, Finding, FindingDraft, PageDates, PageFacts, Detection, Report, Rule, Severity } from '../types';
import { cssSelector } from '../gather/selector';
import { around, cleanText, clip } from '../text/normalize';
import { stableHash } from './hash';

export const REPORT_SCHEMA = 'cliniclint.report/v1' as const;
export const GENERATOR_VERSION = '0.1.0';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Element → text of its block (and link element → its block), built once per facts object: a
 * finding's `context` is then a map lookup instead of a scan of every block, of every link, and of
 * every block again for each ancestor, which made the report stage O(findings × (blocks + links)).
 */
const contextIndex = new WeakMap<PageFacts, { blocks: Map<Element, string>; links: Map<Element, number> }>();

function contextIndexOf(facts: PageFacts) {
  let index = contextIndex.get(facts);
  if (!index) {
    // the first block / first link with a block wins, as the scans did
    const blocks = new Map<Element, string>();
    for (const blk of facts.blocks) if (!blocks.has(blk.element)) blocks.set(blk.element, withLabel(facts, blk.index));
    const links = new Map<Element, number>();
    for (const link of facts.links) if (link.block >= 0 && !links.has(link.element)) links.set(link.element, link.block);
    index = { blocks, links };
    contextIndex.set(facts, index);
  }
  return index;
}

/**
 * A short value block under its label ("Call Us" / "0422 4213163", "Phone:" / "(270) 846-9994") reads
 * with the label in front, so the context says what the value is.
 */
function withLabel(facts: PageFacts, index: number): string {
  const blk = facts.blocks[index]!;
  const prev = facts.blocks[index - 1];
  if (!prev || blk.text.length > 40 || prev.region !== blk.region) return blk.text;
  const label = prev.text.trim();
  // a label is a few plain words ("Call Us", "Phone:"); a value is a number with at most one word
  if (!/^[A-Za-z][A-Za-z&'’ ]{0,28}:?$/.test(label) || (blk.text.match(/[A-Za-z]{2,}/g) ?? []).length > 1) return blk.text;
  return `${label} ${blk.text}`;
}

/** The text of the block element that holds `el` (or the element's own text), for `context`. */
function blockContextOf(facts: PageFacts, el: Element): string {
  const index = contextIndexOf(facts);
  const own = index.blocks.get(el);
  if (own !== undefined) return own;
  const linkBlock = index.links.get(el);
  if (linkBlock !== undefined) return facts.blocks[linkBlock]?.text ?? '';
  for (let cur = el.parentElement; cur; cur = cur.parentElement) {
    const text = index.blocks.get(cur);
    if (text !== undefined) return text;
  }
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The block text as context; a long block is cut to a window around the excerpt, so the context
 * always shows the words the finding is about. */
function contextOf(raw: string, excerpt: string): string {
  const text = cleanText(raw);
  if (text.length <= 400 || !excerpt) return clip(text, 400);
  const key = excerpt.replace(/…$/, '').slice(0, 60);
  const at = text.indexOf(key);
  return at < 0 ? clip(text, 400) : around(text, at, at + Math.min(excerpt.length, 200), 398);
}

/** Turns one rule's drafts into report findings: defaults from the rule's metadata, selectors, stable ids. */
export function toFindings(rule: Pick<Rule, 'id' | 'category' | 'severity' | 'fix' | 'helpUrl'>, drafts: FindingDraft[], facts: PageFacts, severityOverride?: Severity): Finding[] {
  const selectors = new Map<Element, string>();
  return drafts.map((d) => {
    const el = d.element ?? null;
    let selector: string | null = null;
    if (el && d.scope !== 'page') {
      selector = selectors.get(el) ?? null;
      if (!selector) {
        try {
          selector = cssSelector(el);
        } catch {
          selector = null;
        }
        if (selector) selectors.set(el, selector);
      }
    }
    const scope = d.scope ?? (el ? 'element' : 'page');
    const excerpt = clip(cleanText(d.excerpt ?? ''), 200);
    const context = contextOf(d.context ?? (el ? blockContextOf(facts, el) : ''), excerpt);
    const data: Record<string, unknown> = { ...(d.data ?? {}) };
    if (d.range) data.range = d.range;
    return {
      id: `f-${stableHash(`${rule.id}\u0000${excerpt.toLowerCase()}\u0000${selector ?? ''}`)}`,
      ruleId: rule.id,
      category: rule.category,
      severity: severityOverride ?? d.severity ?? rule.severity,
      scope,
      message: d.message,
      excerpt,
      context,
      selector,
      fix: d.fix ?? rule.fix,
      helpUrl: rule.helpUrl ?? '',
      data,
    };
  });
}

/** Same id twice (same rule, excerpt and element): keep the first. */
export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return mergeRepeatedPlaces(mergeSameThing(findings.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)))));
}

/** report v1's limit on a finding's context */
const CONTEXT_MAX = 400;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * One defect, one finding: two rules of one category about the same element and the same words (a
 * link that is both dead and vaguely named) are one finding; the second problem becomes a line of
 * it ("Also: …"), kept in `data.also` with its rule and fix. The more severe finding leads.
 */
export function mergeSameThing(findings: Finding[]): Finding[] {
  const lead = new Map<string, Finding>();
  const merged = new Set<Finding>();
  const out: Finding[] = [];
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  for (const f of findings) {
    if (f.scope !== 'element' || !f.selector || !f.excerpt.trim() || f.category === 'internal') {
      out.push(f);
      continue;
    }
    const key = `${f.category}\u0000${f.selector}\u0000${norm(f.excerpt)}`;
    const kept = lead.get(key);
    if (!kept) {
      lead.set(key, f);
      out.push(f);
      continue;
    }
    const [main, other] = RANK[f.severity] < RANK[kept.severity] ? [f, kept] : [kept, f];
    if (main !== kept) {
      out[out.indexOf(kept)] = main;
      lead.set(key, main);
    }
    // New arrays and data objects: drafts may share one data object, which must not be changed under them.
    type Also = { ruleId: string; message: string; fix: string };
    const list = (x: Finding) => (Array.isArray(x.data.also) ? (x.data.also as Also[]) : []);
    main.data = { ...main.data, also: [...(merged.has(main) ? list(main) : []), { ruleId: other.ruleId, message: other.message, fix: other.fix }, ...(merged.has(other) ? list(other) : [])] };
    // the marked words cover both problems ("100% safe" and "work for every patient" in one sentence)
    const a = main.data.range as { block?: unknown; start?: unknown; end?: unknown } | undefined;
    const b = other.data.range as typeof a;
    if (a && b && a.block === b.block && typeof a.start === 'number' && typeof b.start === 'number' && typeof a.end === 'number' && typeof b.end === 'number') {
      main.data.range = { ...a, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
    }
    merged.delete(other); // a replaced lead's lines now belong to the new lead
    merged.add(main);
  }
  for (const f of merged) {
    const also = f.data.also as Array<{ message: string; fix: string }>;
    f.message = `${f.message} Also: ${also.map((a) => a.message).join(' ')}`;
    const fixes = also.map((a) => a.fix).filter((x) => x && x !== f.fix);
    if (fixes.length) f.fix = [f.fix, ...fixes].join(' ');
  }
  return out;
}

/** Words around a place that a template repeats: a short line ("Call Us: 702-825-6887"), not prose. */
const TEMPLATE_LINE_MAX = 80;

/**
 * One defect, one finding: the same thing with the same problem in several places (a template's
 * header and footer, a menu repeated for mobile, a number in the header and again in the footer) is
 * one finding that lists its places in `data.places`. Links count as the same when their href is.
 * A place inside a sentence of prose ("…or a call at 702-825-6887 will be necessary…") is a problem
 * of that sentence, written by someone else than the template, and stays a finding of its own.
 */
export function mergeRepeatedPlaces(findings: Finding[]): Finding[] {
  const first = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    const href = typeof f.data?.href === 'string' ? f.data.href : '';
    if (f.scope !== 'element' || !f.selector || !f.excerpt.trim() || f.category === 'internal') {
      out.push(f);
      continue;
    }
    // The same words with the same problem: the same rule and message on a short template line, or
    // the same line word for word wherever it is (the header's "Call Us: 702-825-6887" repeated in a
    // section, where it reads as a call to action and is worded so).
    const same = `${f.ruleId}\u0000${f.severity}\u0000${href}\u0000${f.excerpt.toLowerCase()}`;
    const byLine = `${same}\u0000line\u0000${f.context}`;
    const byMessage = !f.context || f.context.length <= TEMPLATE_LINE_MAX ? `${same}\u0000message\u0000${f.message}` : null;
    const kept = first.get(byLine) ?? (byMessage ? first.get(byMessage) : undefined);
    if (!kept) {
      first.set(byLine, f);
      if (byMessage) first.set(byMessage, f);
      out.push(f);
      continue;
    }
    const places = [...((kept.data.places as string[] | undefined) ?? [kept.selector!]), f.selector];
    kept.data = { ...kept.data, places };
    // the words around each place ("Phone: (857) 273-0787" in the footer, the bare number in the header)
    // (report v1 caps a context at 400 characters: a place that does not fit is left out)
    const joined = kept.context ? `${kept.context} … ${f.context}` : f.context;
    if (f.context && !kept.context.includes(f.context) && joined.length <= CONTEXT_MAX) kept.context = joined;
  }
  for (const f of new Set(first.values())) {
    const n = (f.data.places as string[] | undefined)?.length ?? 1;
    if (n > 1) f.message = `${f.message} ${f.data.href != null ? 'The same link appears' : 'It appears'} ${n} times on this page.`;
  }
  return out;
}

export function buildReport(args: {
  facts: Pick<PageFacts, 'url' | 'title' | 'lang'>;
  detection: Detection;
  dates: PageDates;
  now: Date;
  findings: Finding[];
  /** the language the page's text was read in */
  language?: string;
}): Report {
  const findings = [...args.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const summary = { error: 0, warning: 0, info: 0, byCategory: {} as Record<string, number> };
  for (const f of findings) {
    summary[f.severity]++;
    summary.byCategory[f.category] = (summary.byCategory[f.category as Category] ?? 0) + 1;
  }
  return {
    schema: REPORT_SCHEMA,
    generator: { name: 'cliniclint', version: GENERATOR_VERSION },
    page: {
      url: args.facts.url,
      title: args.facts.title,
      lang: args.facts.lang,
      ...(args.language ? { language: args.language, messageLanguage: 'en' } : {}),
      auditedAt: args.now.toISOString(),
      detection: { kind: args.detection.kind, confidence: args.detection.confidence, signals: args.detection.signals },
      dates: { published: args.dates.published, modified: args.dates.modified, reviewed: args.dates.reviewed },
    },
    summary,
    findings,
  };
}
