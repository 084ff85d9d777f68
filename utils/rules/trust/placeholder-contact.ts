import type { FindingDraft, Rule } from '../../types';
import { pageHost, sameSite } from '../../claims-lang/scan';

interface Placeholder {
  kind: 'address' | 'email' | 'template-text' | 'lorem-ipsum';
  re: RegExp;
}

const GENERIC_LOCAL = '(?:info|contact|hello|hi|email|mail|name|yourname|your\\.?name|you|user|username|admin|test|example|john|jane|johndoe|john\\.doe|jane\\.doe|someone|me|office|support|sales|first\\.last|firstname|firstname\\.lastname)';
const PLACEHOLDERS: Placeholder[] = [
  {
    kind: 'address',
    re: /\b(?:123|1234|12345)\s+(?:Main|Fake|Example|Sample|Any|Your)\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd)\b\.?(?:[^.\n]{0,60}?\bAny\s?town\b)?|\b\d{1,5}\s+(?:Fake|Example|Sample|Your)\s+(?:Street|St|Road|Rd|Avenue|Ave)\b|\bAny\s?town(?:,\s*(?:USA|US|[A-Z]{2}))?\b|\b(?:1234|12345)\s+Street\s+Name\b|\bYour\s+(?:Street\s+)?Address(?:\s+Here)?\b|\bStreet\s+Name,?\s+City\b|\bCity,\s*(?:State|ST)\s*(?:12345|00000|Zip(?:\s*Code)?)\b|\bA108\s+Adam\s+Street\b/gi,
  },
  {
    kind: 'email',
    re: new RegExp(
      `\\b[\\w.+-]+@(?:example\\.(?:com|org|net)|domain\\.(?:com|org|net)|your-?domain\\.[a-z]{2,}|your-?site\\.[a-z]{2,}|your-?company\\.[a-z]{2,}|your-?website\\.[a-z]{2,}|your-?email\\.[a-z]{2,}|company\\.com|website\\.com|mysite\\.com|sitename\\.com|placeholder\\.[a-z]{2,})\\b|\\b${GENERIC_LOCAL}@(?:email|mail|test|sample)\\.com\\b`,
      'gi',
    ),
  },
  { kind: 'template-text', re: /\[(?:clinic|practice|company|business|your|doctor|dr\.?)\s*name\]|\{\{\s*[\w.]+\s*\}\}|\bYour\s+(?:Company|Business|Clinic|Practice)\s+Name\b|\bCompany\s+Name\s+(?:Here|Inc)\b|\b(?:Insert|Enter)\s+(?:your\s+)?(?:address|phone|email|text)\s+here\b/gi },
  { kind: 'lorem-ipsum', re: /\blorem\s+ipsum\b|\bdolor\s+sit\s+amet\b|\bconsectetur\s+adipiscing\s+elit\b/gi },
];

const GATE = /@|lorem|dolor|consectetur|any\s?town|\b(?:main|fake|example|sample|any|your)\s+(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd)\b|\[|\{\{|\byour\s|street\s+name|city,\s*(?:state|st)\b|company\s+name|insert|enter|adam\s+street/i;

const WHAT: Record<Placeholder['kind'], string> = {
  address: 'a placeholder address',
  email: 'a placeholder e-mail address',
  'template-text': 'template placeholder text',
  'lorem-ipsum': 'lorem ipsum filler text',
};

const rule: Rule = {
  id: 'trust/placeholder-contact',
  category: 'trust',
  severity: 'error',
  catalog: 'TRS-006',
  title: 'Placeholder contact details or template text',
  description:
    'Finds template leftovers in place of real contact details: placeholder addresses ("123 Main Street, Anytown"), e-mails (info@example.com, name@domain.com, you@yourdomain.com), mailto: links to them, "[Clinic Name]" / "{{phone}}" tokens, and lorem ipsum filler (reported once per page). E-mail domains of the page\'s own site are never placeholders.',
  why:
    'A placeholder address or e-mail means the page gives no real way to reach the clinic, and Google\'s quality raters expect "very helpful contact information" on medical sites. Template text also tells readers nobody checked the page.',
  fix: 'Replace the placeholder with the clinic\'s real address and e-mail (or remove the line), and remove any template filler text.',
  helpUrl: 'https://guidelines.raterhub.com/searchqualityevaluatorguidelines.pdf',
  sources: [
    { title: 'Google\'s Search Quality Rater Guidelines (PDF): health pages, trust and contact information', url: 'https://guidelines.raterhub.com/searchqualityevaluatorguidelines.pdf' },
  ],
  runsOn: 'clinic',
  check(facts) {
    const out: FindingDraft[] = [];
    const host = pageHost(facts);
    const seen = new Set<string>();
    let loremCount = 0;
    let loremFirst: FindingDraft | null = null;
    for (const block of facts.blocks) {
      if (!block.text || !GATE.test(block.text)) continue;
      for (const p of PLACEHOLDERS) {
        for (const m of block.text.matchAll(p.re)) {
          const text = m[0];
          if (p.kind === 'email' && sameSite(text.split('@')[1]!.toLowerCase(), host)) continue;
          if (p.kind === 'lorem-ipsum') {
            loremCount++;
            loremFirst ??= { message: '', element: block.element, excerpt: text, range: { block: block.index, start: m.index!, end: m.index! + text.length }, data: { kind: p.kind } };
            continue;
          }
          const key = `${p.kind}:${text.toLowerCase()}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({
            message: `"${text}" is ${WHAT[p.kind]}, left over from a template; readers get no real way to reach the clinic.`,
            element: block.element,
            excerpt: text,
            range: { block: block.index, start: m.index!, end: m.index! + text.length },
            data: { kind: p.kind },
          });
        }
      }
    }
    // mailto: links to placeholder addresses (the visible text may be a button label).
    for (const link of facts.links) {
      const href = (link.href ?? '').trim();
      if (!/^mailto:/i.test(href)) continue;
      const addr = decodeURIComponent(href.slice(7).split('?')[0]!).trim();
      const email = PLACEHOLDERS[1]!;
      email.re.lastIndex = 0;
      const m = email.re.exec(addr);
      email.re.lastIndex = 0;
      if (!m || sameSite(m[0].split('@')[1]!.toLowerCase(), host)) continue;
      const key = `email:${m[0].toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ message: `The e-mail link goes to "${m[0]}", a placeholder address left over from a template.`, element: link.element, excerpt: href, data: { kind: 'email' } });
    }
    if (loremFirst) {
      loremFirst.message = `The page contains lorem ipsum filler text${loremCount > 1 ? ` (${loremCount} places)` : ''}: template text that was never replaced.`;
      out.push(loremFirst);
    }
    return out;
  },
};

export default rule;
