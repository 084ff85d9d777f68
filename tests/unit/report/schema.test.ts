// The JSON export is report v1 as the shipped JSON Schema (draft 2020-12) defines it, and the
// combined report matches its own schema.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { formatJson } from '../../../utils/report/format-json';
import { combineReports } from '../../../utils/report/combine';
import type { Report } from '../../../utils/types';
import { fixturesFor } from '../../helpers/audit';
import { audit } from '../../helpers/audit';
import { allRules } from '../../../utils/rules';
import { hostileReport, payloadReport, siteReports } from './samples';

const ROOT = join(__dirname, '..', '..', '..');
const reportSchema = JSON.parse(readFileSync(join(ROOT, 'schema/report-v1.schema.json'), 'utf8'));
const siteSchema = JSON.parse(readFileSync(join(ROOT, 'schema/site-report-v1.schema.json'), 'utf8'));

const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addSchema(reportSchema);
const validateReport = ajv.getSchema(reportSchema.$id)!;
const validateSite = ajv.compile(siteSchema);

function errorsOf(validate: typeof validateReport, value: unknown): string {
  return validate(value) ? '' : ajv.errorsText(validate.errors, { separator: '\n' });
}

/** The JSON text a user gets, parsed back: what the schema is about. */
const asJson = (r: unknown) => JSON.parse(formatJson(r as Report));

describe('report v1 JSON Schema', () => {
  test('the schemas are valid draft 2020-12', () => {
    expect(reportSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validateSchema(reportSchema)).toBe(true);
    expect(ajv.validateSchema(siteSchema)).toBe(true);
  });

  test('the sample site pages validate', () => {
    for (const r of siteReports()) expect(errorsOf(validateReport, asJson(r)), r.page.url).toBe('');
  });

  test('the hostile page and a hand-made report with a payload in every field validate', () => {
    expect(errorsOf(validateReport, asJson(hostileReport()))).toBe('');
    expect(errorsOf(validateReport, asJson(payloadReport()))).toBe('');
  });

  test('every rule fixture validates (findings of every rule, page and element scope)', () => {
    let findings = 0;
    for (const rule of allRules) {
      for (const fx of fixturesFor(rule.id)) {
        const r = audit(fx.html, { ...fx.meta, config: { ...fx.meta.config, budgetMs: 60_000 } });
        findings += r.findings.length;
        expect(errorsOf(validateReport, asJson(r)), fx.file).toBe('');
      }
    }
    expect(findings).toBeGreaterThan(50);
  });

  test('summary counts agree with the findings (what the schema cannot say)', () => {
    for (const r of [...siteReports(), hostileReport()]) {
      for (const s of ['error', 'warning', 'info'] as const) expect(r.summary[s]).toBe(r.findings.filter((f) => f.severity === s).length);
      expect(Object.values(r.summary.byCategory).reduce((a, b) => a + b, 0)).toBe(r.findings.length);
    }
  });

  test('the schema rejects what is not report v1', () => {
    const good = asJson(hostileReport());
    const broken: Array<[string, (r: any) => void]> = [
      ['wrong schema tag', (r) => (r.schema = 'cliniclint.report/v2')],
      ['missing page.url', (r) => delete r.page.url],
      ['unknown severity', (r) => (r.findings[0].severity = 'fatal')],
      ['unknown category', (r) => (r.findings[0].category = 'misc')],
      ['bad finding id', (r) => (r.findings[0].id = 'x')],
      ['page scope with a selector', (r) => Object.assign(r.findings[0], { scope: 'page', selector: 'p' })],
      ['excerpt over 200 chars', (r) => (r.findings[0].excerpt = 'x'.repeat(201))],
      ['auditedAt not a date-time', (r) => (r.page.auditedAt = '26/11/2026')],
      ['negative count', (r) => (r.summary.error = -1)],
      ['extra top-level field', (r) => (r.extra = 1)],
      ['confidence above 1', (r) => (r.page.detection.confidence = 2)],
      ['published not YYYY-MM-DD', (r) => (r.page.dates.published = 'Jan 2024')],
    ];
    for (const [what, mutate] of broken) {
      const r = structuredClone(good);
      mutate(r);
      expect(validateReport(r), what).toBe(false);
    }
  });
});

describe('combined site report schema', () => {
  test('a combined report of the sample site validates, with its page reports', () => {
    const site = combineReports([...siteReports(), hostileReport()], { generatedAt: new Date('2026-11-26T12:00:00Z') });
    expect(errorsOf(validateSite, asJson(site))).toBe('');
  });

  test('a page that is not report v1 makes the combined report invalid', () => {
    const site = asJson(combineReports(siteReports(), { generatedAt: '2026-11-26T12:00:00.000Z' }));
    site.pages[0].findings.push({ id: 'nope' });
    expect(validateSite(site)).toBe(false);
  });
});

test('the schema files are the ones shipped at schema/', () => {
  const names = readdirSync(join(ROOT, 'schema')).filter((n) => statSync(join(ROOT, 'schema', n)).isFile());
  expect(names).toEqual(expect.arrayContaining(['report-v1.schema.json', 'site-report-v1.schema.json']));
});
