import type { Category } from '@/utils/types';
import type { Filters } from './filter';
import { CATEGORY_LABEL } from './labels';
import './clinic-lint.css';

export interface FilterBarProps {
  filters: Filters;
  categories: Array<{ category: Category; count: number }>;
  /** findings shown / findings there are */
  shown: number;
  total: number;
  /** "show all in page" is on */
  marking?: boolean;
  /** findings that can be marked in the page */
  markable?: number;
  onChange: (next: Filters) => void;
  onClear: () => void;
  onToggleMarks?: () => void;
}

/** Search, category filter and "mark all in page". The severity filter is the summary's counts. */
export function FilterBar({ filters, categories, shown, total, marking = false, markable = 0, onChange, onClear, onToggleMarks }: FilterBarProps) {
  const filtered = shown !== total;
  return (
    <div class="cl-filters" role="search" aria-label="Filter findings">
      <div class="cl-filters__row">
        <label class="cl-filters__search">
          <span class="cl-visually-hidden">Search findings</span>
          <svg class="cl-filters__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path fill="currentColor" d="M6.5 1a5.5 5.5 0 0 1 4.38 8.82l3.65 3.65-1.06 1.06-3.65-3.65A5.5 5.5 0 1 1 6.5 1Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z" />
          </svg>
          <input
            id="cl-search"
            class="cl-input cl-filters__input"
            type="search"
            placeholder="Search findings  ( / )"
            autocomplete="off"
            spellcheck={false}
            value={filters.query}
            onInput={(e) => onChange({ ...filters, query: (e.target as HTMLInputElement).value })}
          />
        </label>
        <label class="cl-filters__category">
          <span class="cl-visually-hidden">Category</span>
          <select
            class="cl-input cl-filters__select"
            value={filters.category}
            onChange={(e) => onChange({ ...filters, category: (e.target as HTMLSelectElement).value as Filters['category'] })}
          >
            <option value="all">All categories</option>
            {categories.map(({ category, count }) => (
              <option key={category} value={category}>
                {CATEGORY_LABEL[category] ?? category} ({count})
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="cl-filters__row cl-filters__row--status">
        <p class="cl-filters__status" aria-live="polite">
          {filtered ? `Showing ${shown} of ${total}` : `${total} finding${total === 1 ? '' : 's'}`}
          {filtered && ' '}
          {filtered && (
            <button type="button" class="cl-link" onClick={onClear}>
              Clear filters
            </button>
          )}
        </p>
        {onToggleMarks && (
          <button
            type="button"
            class="cl-btn cl-btn--secondary cl-btn--small cl-filters__marks"
            aria-pressed={marking}
            disabled={!markable && !marking}
            title="Number every finding in the page (Esc in the page clears)"
            onClick={onToggleMarks}
          >
            Mark all in page
          </button>
        )}
      </div>
    </div>
  );
}
