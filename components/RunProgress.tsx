import './report-ui.css';

export interface RunProgressItem {
  url: string;
  title: string;
  state: 'waiting' | 'running' | 'done' | 'failed';
  error?: string;
  found?: number;
}

const STATE_LABEL: Record<RunProgressItem['state'], string> = { waiting: 'Waiting', running: 'Auditing…', done: 'Done', failed: 'Failed' };

/** Progress of an audit of many pages: a bar and one line per page. */
export function RunProgress({ items }: { items: readonly RunProgressItem[] }) {
  const finished = items.filter((i) => i.state === 'done' || i.state === 'failed').length;
  return (
    <div class="cl-progress">
      <progress class="cl-progress__bar" max={Math.max(1, items.length)} value={finished} aria-label="Pages audited">
        {finished} of {items.length}
      </progress>
      <p class="cl-progress__count" data-finished={finished} data-total={items.length}>
        {items.length ? `${finished} of ${items.length} tab${items.length === 1 ? '' : 's'} audited` : 'Looking for the open tabs of this site…'}
      </p>
      <ul class="cl-progress__list">
        {items.map((item, i) => (
          <li key={i} class="cl-progress__item" data-state={item.state}>
            <span class="cl-progress__state">{STATE_LABEL[item.state]}</span>
            <span class="cl-progress__name" title={item.url}>
              {item.title || item.url}
              {item.state === 'done' && item.found !== undefined && ` · ${item.found} finding${item.found === 1 ? '' : 's'}`}
              {item.state === 'failed' && item.error && ` · ${item.error}`}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
