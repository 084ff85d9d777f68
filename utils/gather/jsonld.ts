import type { JsonLdEntity } from '../types';

// JSON-LD is page content: parse defensively, flatten @graph, arrays and nested typed nodes,
// and never let a broken block stop the audit.
const MAX_NODES = 2000;

function typesOf(node: Record<string, unknown>): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t.replace(/^https?:\/\/schema\.org\//, '')];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
  return [];
}

export function flattenJsonLd(value: unknown, out: JsonLdEntity[] = []): JsonLdEntity[] {
  const stack: unknown[] = [value];
  let seen = 0;
  while (stack.length && seen < MAX_NODES) {
    const v = stack.pop();
    seen++;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    if (!v || typeof v !== 'object') continue;
    const node = v as Record<string, unknown>;
    const types = typesOf(node);
    if (types.length) out.push({ types, data: node });
    for (const [key, child] of Object.entries(node)) {
      if (key === '@context') continue;
      if (child && typeof child === 'object') stack.push(child);
    }
  }
  return out;
}

export const JSON_LD_SELECTOR = 'script[type="application/ld+json" i]';

/** `scripts`: the page's JSON-LD <script> elements when the caller has already collected them. */
export function readJsonLd(doc: Document, scripts?: Element[]): { entities: JsonLdEntity[]; errors: number } {
  const entities: JsonLdEntity[] = [];
  let errors = 0;
  for (const script of scripts ?? Array.from(doc.querySelectorAll(JSON_LD_SELECTOR))) {
    const raw = (script.textContent ?? '')
      .replace(/^\s*<!--/, '')
      .replace(/-->\s*$/, '')
      .replace(/^\s*\/\/\s*<!\[CDATA\[/, '')
      .replace(/\/\/\s*\]\]>\s*$/, '')
      .trim();
    if (!raw) continue;
    try {
      flattenJsonLd(JSON.parse(raw), entities);
    } catch {
      errors++;
    }
  }
  return { entities, errors };
}
