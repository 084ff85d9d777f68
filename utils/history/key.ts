// Which page an audit belongs to in the history: origin + path. The query and fragment are dropped
// (tracking parameters, anchors), so one article keeps one history.
export function historyKey(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol === 'http:' || u.protocol === 'https:') return `${u.origin}${u.pathname}`;
  if (u.protocol === 'file:') return `file://${u.host}${u.pathname}`;
  return null;
}
