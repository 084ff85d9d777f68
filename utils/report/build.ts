import type { Category, Finding, FindingDraft, PageDates, PageFacts, Detection, Report, Rule, Severity } from '../types';
import { cssSelector } from '../gather/selector';
import { cleanText, clip } from '../text/normalize';
import { stableHash } from './hash';

export const REPORT_SCHEMA = 'cliniclint.report/v1' as const;
export const GENERATOR_VERSION = '0.1.0';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The text of the block element that holds `el` (or the element's own text), for `context`. */
function blockContextOf(facts: PageFacts, el: Element): string {
  for (const blk of facts.blocks) if (blk.element === el) return blk.text;
  for (const link of facts.links) if (link.element === el && link.block >= 0) return facts.blocks[link.block]?.text ?? '';
  let cur: Element | null = el;
  while (cur) {
    for (const blk of facts.blocks) if (blk.element === cur) return blk.text;
    cur = cur.parentElement;
  }
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
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
    const context = clip(cleanText(d.context ?? (el ? blockContextOf(facts, el) : '')), 400);
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
  return findings.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
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
