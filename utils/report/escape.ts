// Escaping for the export formats, in one place. Page text is untrusted: every formatter passes it
// through one of these before it reaches markup, Markdown or a spreadsheet cell.

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text → HTML text or attribute value (quote-safe for both quote styles). Drops C0 controls but tab/LF. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

const LINKABLE = new Set(['http:', 'https:', 'file:']);

/** The URL's normalised href when it is safe to link (http, https, file), else null (javascript:, data:, junk). */
export function linkableUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return LINKABLE.has(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

/** One line: white space (newlines included) collapsed. */
export function oneLine(value: unknown): string {
  return String(value ?? '').replace(/\s+/g, ' ').trim();
}

// Inline Markdown syntax (CommonMark + GFM): code, emphasis, links/images, raw HTML and autolinks,
// entities, table pipes, strikethrough, math. Backslash escapes of ASCII punctuation are valid everywhere.
// Escaped only where they could start markup, so the text reads well pasted as plain text too:
// "&" only before an entity ("&amp;"), "$" only where it could open or close math (not "$300"),
// ">" never mid-line (a quote needs it at the start of a line, handled below).
const MD_INLINE = /[\\`*_[\]<|~]|&(?=#?[a-z0-9]+;)|\$(?!\d)/gi;
// A line that starts with a block marker (heading, quote, list item, thematic break, setext underline).
const MD_BLOCK_START = /^(?:[#>+=-]|\d{1,9}[.)](?=\s|$))/;

/** Page text → Markdown that renders as that literal text, on one line, in a paragraph, list item or table cell. */
export function escapeMarkdown(value: unknown): string {
  const text = oneLine(value).replace(MD_INLINE, (c) => `\\${c}`);
  const m = MD_BLOCK_START.exec(text);
  if (!m) return text;
  // escape the marker's last character: "#" → "\#", "12." → "12\."
  const at = m[0].length - 1;
  return `${text.slice(0, at)}\\${text.slice(at)}`;
}

/** A Markdown code span that holds `value` literally, whatever backticks it contains. Pipes escaped for tables. */
export function markdownCode(value: unknown): string {
  const text = oneLine(value);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/**
 * A Markdown link to a safe URL (an autolink <…> without a label), else the escaped text alone.
 * The WHATWG serialisation percent-encodes spaces, < and >, so the href fits between angle brackets.
 */
export function markdownLink(url: string | null | undefined, label?: string): string {
  const href = linkableUrl(url);
  if (!href) return escapeMarkdown(label ?? url ?? '');
  return label == null ? `<${href}>` : `[${escapeMarkdown(label)}](<${href}>)`;
}

/**
 * Spreadsheet formula injection (OWASP "CSV injection"): Excel, LibreOffice and Google Sheets evaluate a
 * cell that starts with = + - @ (or tab/CR/LF before them). Papa Parse's own `escapeFormulae: true` uses
 * /^[=+\-@\t\r].*$/, which misses a value whose first line is a formula when it spans lines (`.` stops at
 * \n), and the full-width forms some spreadsheets also accept. This stricter pattern is passed to
 * Papa.unparse as `escapeFormulae`: matching cells get a leading apostrophe, which spreadsheets show as text.
 * Values that already start with apostrophes before such a character are matched too, so the
 * guard is reversible (`unguardCell`).
 */
export const FORMULA_START = /^'*[\s\u0000-\u001f]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

/** Undoes Papa Parse's formula guard on a cell read back from our CSV (for round trips and tests). */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
