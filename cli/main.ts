// cliniclint: the same engine as the extension, over a jsdom DOM.
//   cliniclint audit <file|url>... [--format json|text] [--now YYYY-MM-DD] [--url URL] [--config FILE] [--force]
//   cliniclint rules [--format json|text]
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { auditDocument } from '../utils/engine';
import { allRules } from '../utils/rules';
import { validateConfig } from '../utils/config/validate';
import type { Config, Report } from '../utils/types';
import { InputError } from './errors';
import { loadPage } from './load';
import { parseHtml } from './parse-html';
import { formatText } from './format-text';

const USAGE = `usage:
  cliniclint audit <file|url>... [--format json|text] [--now YYYY-MM-DD] [--url URL] [--config FILE] [--force]
  cliniclint rules [--format json|text]

exit codes: 0 no error findings, 1 at least one error finding, 2 bad input`;

const FORMATS = ['json', 'text'] as const;
type Format = (typeof FORMATS)[number];

function parseNow(value: string | undefined): Date {
  if (value == null) return new Date();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(`${value}T12:00:00Z`) : null;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) throw new InputError(`--now must be a real date as YYYY-MM-DD, got "${value}"`);
  return d;
}

async function loadConfig(path: string | undefined): Promise<Config | undefined> {
  if (!path) return undefined;
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    throw new InputError(`--config ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot read'}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new InputError(`--config ${path}: not valid JSON`);
  }
  const result = validateConfig(json, new Set(allRules.map((r) => r.id)));
  if (!result.ok) throw new InputError(`--config ${path}: ${result.errors.join('; ')}`);
  return result.config;
}

function parseFormat(value: string | undefined): Format {
  const f = value ?? 'text';
  if (!(FORMATS as readonly string[]).includes(f)) throw new InputError(`--format must be one of ${FORMATS.join(', ')}, got "${f}"`);
  return f as Format;
}

async function audit(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      now: { type: 'string' },
      url: { type: 'string' },
      config: { type: 'string' },
      force: { type: 'boolean' },
    },
  });
  const format = parseFormat(values.format);
  const now = parseNow(values.now);
  if (!positionals.length) throw new InputError('audit needs at least one file or URL');
  if (values.url && positionals.length > 1) throw new InputError('--url applies to one input; give one file with it');
  if (values.url && !/^https?:\/\/\S+$/i.test(values.url)) throw new InputError(`--url must be an http(s) URL, got "${values.url}"`);
  const config = await loadConfig(values.config);
  const reports: Report[] = [];
  for (const input of positionals) {
    const page = await loadPage(input, values.url);
    const doc = parseHtml(page.html, page.url);
    reports.push(auditDocument(doc, { url: page.url, now, config, force: values.force }));
  }
  if (format === 'json') process.stdout.write(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
  else process.stdout.write(`${reports.map(formatText).join('\n\n')}\n`);
  return reports.some((r) => r.summary.error > 0) ? 1 : 0;
}

function rules(args: string[]): number {
  const { values } = parseArgs({ args, options: { format: { type: 'string' } } });
  const format = parseFormat(values.format);
  const list = allRules.map(({ id, category, severity, title, catalog, runsOn }) => ({ id, category, severity, title, catalog: catalog ?? null, runsOn: runsOn ?? 'clinic' }));
  if (format === 'json') process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
  else {
    const w = Math.max(...list.map((r) => r.id.length), 4);
    process.stdout.write(`${list.map((r) => `${r.id.padEnd(w)}  ${r.category.padEnd(7)} ${r.severity.padEnd(7)} ${r.title}`).join('\n')}\n${list.length} rules\n`);
  }
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'audit') return await audit(rest);
    if (command === 'rules') return rules(rest);
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      process.stdout.write('0.1.0\n');
      return 0;
    }
    throw new InputError(command ? `unknown command "${command}"` : 'no command given');
  } catch (err) {
    const known = err instanceof InputError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (known) {
      process.stderr.write(`cliniclint: ${(err as Error).message}\n${command && command !== 'audit' && command !== 'rules' ? `${USAGE}\n` : ''}`);
      return 2;
    }
    process.stderr.write(`cliniclint: internal error: ${(err as Error).message ?? String(err)}\n`);
    return 3;
  }
}
