// cliniclint: the same engine as the extension, over a jsdom DOM.
//   cliniclint audit <file|url>... [--sitemap URL|FILE] [--format json|text|csv|md|html] [--out FILE] …
//   cliniclint rules [--format json|text]
//   cliniclint explain RULE-ID [--format json|text]
import ruleHelp from '../utils/help/rule-help.json';
import { helpAsText, type RuleHelp } from '../utils/help/build';
import { parseArgs } from 'node:util';
import { readFile, writeFile } from 'node:fs/promises';
import { auditDocument } from '../utils/engine';
import { allRules } from '../utils/rules';
import { linkCheckRules } from '../utils/linkcheck/rules';
import { validateConfig } from '../utils/config/validate';
import { combineReports } from '../utils/report/combine';
import type { Config, Report, RuleMeta } from '../utils/types';
import { InputError } from './errors';
import { DEFAULT_TIMEOUT_MS, loadPage } from './load';
import { parseHtml } from './parse-html';
import { mapPool } from './pool';
import { sitemapUrls } from './sitemap';
import { FORMATS, render, type Format } from './output';

const USAGE = `usage:
  cliniclint audit <file|url>... [--sitemap URL|FILE] [--format json|text|csv|md|html] [--out FILE]
                   [--now YYYY-MM-DD] [--url URL] [--config FILE] [--force]
                   [--concurrency N] [--timeout SECONDS] [--combine] [--quiet]
                   [--fail-on error|warning|none] [--exit-zero]
  cliniclint rules [--format json|text]
  cliniclint explain RULE-ID [--format json|text]   what a rule checks, why, how to fix, examples

  Several inputs (or --sitemap) make one combined report in csv, md and html; in json they make an
  array of reports (format v1), or one site report with --combine. Progress goes to stderr.

  Flags may also come before the command (cliniclint --exit-zero audit …), for wrappers that
  append the command themselves.

exit codes (every format, JSON included): 0 no finding at the --fail-on level, 1 at least one,
  2 bad input. --fail-on defaults to "error"; --exit-zero = --fail-on none.`;

const GLOBAL_FLAGS = new Set(['--exit-zero', '--quiet', '--force', '--combine']);

function parseNow(value: string | undefined): Date {
  if (value == null) return new Date();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(`${value}T12:00:00Z`) : null;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) throw new InputError(`--now must be a real date as YYYY-MM-DD, got "${value}"`);
  return d;
}

function parseNumber(name: string, value: string | undefined, dflt: number, min: number, max: number, integer: boolean): number {
  if (value == null) return dflt;
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new InputError(`--${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, got "${value}"`);
  }
  return n;
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

// The engine's time budget (150 ms by default) protects a live page in the browser. Node has no page
// to protect, and a cold process spends ~0.6 s on its first audit (JIT, first regex compiles), which
// would skip most rules. So the CLI allows 10 s unless the config sets budgetMs itself.
const CLI_BUDGET_MS = 10_000;
function withCliBudget(config: Config | undefined): Partial<Config> {
  return config?.budgetMs ? config : { ...config, budgetMs: CLI_BUDGET_MS };
}

function parseFormat(value: string | undefined, allowed: readonly string[] = FORMATS): Format {
  const f = value === 'markdown' ? 'md' : (value ?? 'text');
  if (!allowed.includes(f)) throw new InputError(`--format must be one of ${allowed.join(', ')}, got "${value}"`);
  return f as Format;
}

/** Where the CLI writes: the process's streams, or a test's buffers. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

async function writeOutput(io: Io, text: string, out: string | undefined): Promise<void> {
  if (!out) {
    io.stdout(text);
    return;
  }
  try {
    await writeFile(out, text, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : `cannot write (${code})`;
    throw new InputError(`--out ${out}: ${why}`);
  }
}

async function audit(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      now: { type: 'string' },
      url: { type: 'string' },
      config: { type: 'string' },
      force: { type: 'boolean' },
      sitemap: { type: 'string' },
      concurrency: { type: 'string' },
      timeout: { type: 'string' },
      combine: { type: 'boolean' },
      quiet: { type: 'boolean' },
      'exit-zero': { type: 'boolean' },
      'fail-on': { type: 'string' },
    },
  });
  const format = parseFormat(values.format);
  const failOn = values['exit-zero'] ? 'none' : (values['fail-on'] ?? 'error');
  if (!['error', 'warning', 'none'].includes(failOn)) throw new InputError(`--fail-on must be error, warning or none, got "${failOn}"`);
  const now = parseNow(values.now);
  const concurrency = parseNumber('concurrency', values.concurrency, 4, 1, 32, true);
  const timeoutMs = parseNumber('timeout', values.timeout, DEFAULT_TIMEOUT_MS / 1000, 0.1, 600, false) * 1000;
  if (!positionals.length && !values.sitemap) throw new InputError('audit needs at least one file or URL, or --sitemap');
  if (values.url && (positionals.length !== 1 || values.sitemap)) throw new InputError('--url applies to one input; give one file with it');
  if (values.url && !/^https?:\/\/\S+$/i.test(values.url)) throw new InputError(`--url must be an http(s) URL, got "${values.url}"`);
  const config = withCliBudget(await loadConfig(values.config));

  const inputs = [...positionals, ...(values.sitemap ? await sitemapUrls(values.sitemap, { timeoutMs }) : [])];
  const several = inputs.length > 1 || !!values.sitemap;
  const progress = several && !values.quiet;
  const reports: Report[] = await mapPool(
    inputs,
    concurrency,
    async (input, _i, signal) => {
      const page = await loadPage(input, { url: values.url, timeoutMs, signal });
      const doc = parseHtml(page.html, page.url);
      try {
        return auditDocument(doc, { url: page.url, now, config, force: values.force });
      } finally {
        doc.defaultView?.close();
      }
    },
    progress ? (done, total, input) => io.stderr(`[${done}/${total}] ${input}\n`) : undefined,
  );

  const output =
    several || values.combine
      ? render(format, combineReports(reports, { generatedAt: now }), { jsonArray: !values.combine })
      : render(format, reports[0]!);
  await writeOutput(io, output, values.out);
  const failing = (r: Report) => (failOn === 'error' ? r.summary.error > 0 : failOn === 'warning' ? r.summary.error + r.summary.warning > 0 : false);
  return reports.some(failing) ? 1 : 0;
}

function rules(args: string[], io: Io): number {
  const { values } = parseArgs({ args, options: { format: { type: 'string' } } });
  const format = parseFormat(values.format, ['json', 'text']);
  // The registry, then the opt-in link checker's rules (network: only in the extension, when turned on).
  const meta = ({ id, category, severity, title, description, why, fix, sources, helpUrl }: RuleMeta) => ({ id, category, severity, title, description, why, fix, sources: sources ?? [], helpUrl: helpUrl ?? null });
  const list = [
    ...allRules.map((r) => ({ ...meta(r), runsOn: r.runsOn ?? 'clinic', network: false })),
    ...linkCheckRules.map((r) => ({ ...meta(r), runsOn: 'clinic', network: true })),
  ];
  if (format === 'json') io.stdout(`${JSON.stringify(list, null, 2)}\n`);
  else {
    const w = Math.max(...list.map((r) => r.id.length), 4);
    io.stdout(`${list.map((r) => `${r.id.padEnd(w)}  ${r.category.padEnd(7)} ${r.severity.padEnd(7)} ${r.title}${r.network ? ' (network, opt-in)' : ''}`).join('\n')}\n${list.length} rules\n`);
  }
  return 0;
}

/** `cliniclint explain RULE-ID`: the rule's help page, as text or JSON. */
function explain(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({ args, options: { format: { type: 'string' } }, allowPositionals: true });
  const format = parseFormat(values.format, ['json', 'text']);
  if (positionals.length !== 1) throw new InputError('explain needs one rule id, e.g. cliniclint explain phone/unlinked-number (cliniclint rules lists them)');
  const want = positionals[0]!.trim().toLowerCase();
  const help = (ruleHelp as RuleHelp[]).find((h) => h.id === want) ?? (ruleHelp as RuleHelp[]).find((h) => h.id.split('/')[1] === want);
  if (!help) throw new InputError(`no rule "${positionals[0]}" (cliniclint rules lists them)`);
  io.stdout(format === 'json' ? `${JSON.stringify(help, null, 2)}\n` : helpAsText(help));
  return 0;
}

/** One line for stderr: the first line of the message, never a stack. */
function oneLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  // boolean flags written before the command belong to it
  const lead = argv.findIndex((a) => !GLOBAL_FLAGS.has(a));
  const flags = lead < 0 ? argv : argv.slice(0, lead);
  const [command, ...after] = lead < 0 ? [] : argv.slice(lead);
  const rest = [...after, ...flags];
  try {
    if (command === 'audit') return await audit(rest, io);
    if (command === 'rules') return rules(rest, io);
    if (command === 'explain') return explain(rest, io);
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout('0.1.0\n');
      return 0;
    }
    throw new InputError(command ? `unknown command "${command}"` : 'no command given');
  } catch (err) {
    const known = err instanceof InputError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (known) {
      io.stderr(`cliniclint: ${oneLine((err as Error).message)}\n${command && command !== 'audit' && command !== 'rules' && command !== 'explain' ? `${USAGE}\n` : ''}`);
      return 2;
    }
    io.stderr(`cliniclint: internal error: ${oneLine((err as Error)?.message ?? String(err))}\n`);
    return 3;
  }
}
