// What users must never read: the team's catalog ids and source markers, other tools' rule names,
// and the broken constructions issue 13 found ("a e-mail link", "The tel: link an icon-only link",
// "(246)117.5267 exchange 117 starts with 1"), and words that contradict the page's verdict.

const INTERNAL: Array<[RegExp, string]> = [
  [/\[S\d+[a-z]?(?: [a-z]+)?\]/, 'a source marker'],
  [/\b(?:STL|CLM|CMP|TRS|CTA|PHN|LNK|KB)-\d{2,3}\b/, 'a catalog id'],
  [/\brule catalog\b|\bcatalog §/i, 'the rule catalog'],
  [/\bsquirrelscan\b|Front-End-Checklist|\blink-name\b|\beeat\/|\baxe(?:-core)?\b|\bLighthouse\b|\bSa11y\b|\btextlint\b/, "another tool's name"],
];

const BROKEN: Array<[RegExp, string]> = [
  [/\ba (?:e-?mail|icon|image|address|area|SMS|iPhone|email)\b/, '"a" before a vowel sound'],
  [/\bThe tel: link an\b/, 'a doubled subject'],
  [/\bexchange \d{3} starts with\b/, 'an exchange sentence without a verb'],
  [/\b(the|a|an|is|to|of|and|or)\s+\1\b/i, 'a doubled word'],
];

/** Problems in one user-facing text (a title, why, fix or message). */
export function wordingProblems(text: string, opts: { pageKind?: string } = {}): string[] {
  const out: string[] = [];
  for (const [re, what] of [...INTERNAL, ...BROKEN]) {
    const m = re.exec(text);
    if (m) out.push(`${what}: "${m[0]}" in "${text.slice(0, 140)}"`);
  }
  // A page that is not an article is never called one.
  if (opts.pageKind && opts.pageKind !== 'clinic-article' && /\b(?:the|this) article\b/i.test(text)) out.push(`"the article" on a ${opts.pageKind} page: "${text.slice(0, 140)}"`);
  return out;
}
