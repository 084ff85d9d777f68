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
  return mergeRepeatedLinks(findings.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true))));
}

/**
 * One defect, one finding: the same link with the same problem in several places (a template's header
 * and footer, a menu repeated for mobile) is one finding that lists its places in `data.places`.
 */
export function mergeRepeatedLinks(findings: Finding[]): Finding[] {
  const first = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    const href = f.data?.href;
    if (f.scope !== 'element' || typeof href !== 'string' || !f.selector) {
      out.push(f);
      continue;
    }
    const key = `${f.ruleId}\u0000${href}\u0000${f.excerpt.toLowerCase()}\u0000${f.message}`;
    const kept = first.get(key);
    if (!kept) {
      first.set(key, f);
      out.push(f);
      continue;
    }
    const places = (kept.data.places as string[] | undefined) ?? [kept.selector!];
    places.push(f.selector);
    kept.data.places = places;
  }
  for (const f of first.values()) {
    const n = (f.data.places as string[] | undefined)?.length ?? 1;
    if (n > 1) f.message = `${f.message} The same link appears ${n} times on this page.`;
  }
  return out;
}

export function buildReport(args: {
  facts: Pick<PageFacts, 'url' | 'title' | 'lang'>;
  detection: Detection;
  dates: PageDates;
  now: Date;
  findings: Finding[];
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
      auditedAt: args.now.toISOString(),
      detection: { kind: args.detection.kind, confidence: args.detection.confidence, signals: args.detection.signals },
      dates: { published: args.dates.published, modified: args.dates.modified, reviewed: args.dates.reviewed },
    },
    summary,
    findings,
  };
}
