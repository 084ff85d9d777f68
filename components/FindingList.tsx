import type { Category, Finding } from '@/utils/types';
import { FindingCard } from './FindingCard';
import { CATEGORY_LABEL, CATEGORY_ORDER, SEVERITY_ORDER } from './labels';
import './clinic-lint.css';

export interface FindingListProps {
  findings: Finding[];
  /** id of the finding whose outline is showing */
  selectedId?: string | null;
  onSelect?: (finding: Finding) => void;
  /** per-finding status notes, by finding id */
  notes?: Record<string, string | undefined>;
}

const severityRank = (f: Finding) => SEVERITY_ORDER.indexOf(f.severity);

/** Groups findings by category (fixed order), errors first inside each group, page order otherwise. */
export function groupFindings(findings: Finding[]): Array<{ category: Category; findings: Finding[] }> {
  const groups = new Map<Category, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.category) ?? [];
    list.push(f);
    groups.set(f.category, list);
  }
  const known = CATEGORY_ORDER.filter((c) => groups.has(c));
  const unknown = [...groups.keys()].filter((c) => !CATEGORY_ORDER.includes(c));
  return [...known, ...unknown].map((category) => ({
    category,
    // Array.prototype.sort is stable, so equal severities keep document order
    findings: [...groups.get(category)!].sort((a, b) => severityRank(a) - severityRank(b)),
  }));
}

export function FindingList({ findings, selectedId = null, onSelect, notes = {} }: FindingListProps) {
  return (
    <div class="cl-groups">
      {groupFindings(findings).map(({ category, findings: list }) => {
        const headingId = `cl-group-${category}`;
        return (
          <section key={category} class="cl-group" data-category={category} aria-labelledby={headingId}>
            <h2 id={headingId} class="cl-group__title">
              {CATEGORY_LABEL[category] ?? category}
              <span class="cl-group__count">{list.length}</span>
            </h2>
            <ul class="cl-group__list">
              {list.map((finding) => (
                <FindingCard
                  key={finding.id}
                  finding={finding}
                  selected={finding.id === selectedId}
                  onSelect={onSelect}
                  note={notes[finding.id]}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
