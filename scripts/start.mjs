#!/usr/bin/env node
// npm start [-- options]
//
// Builds the extension, serves the sample clinic pages (tests/fixtures/site) on 127.0.0.1 and opens
// Chromium with the extension loaded and the sample article open.
//
//   (default)            headed when a display is available: click the Clinic Lint toolbar button
//   --headless           no window: audit the page through the extension (the real toolbar popup,
//                        as in the e2e tests), print the report as text, exit
//   --page NAME          sample page to open (default ketamine-back-pain.html)
//   --screenshot FILE    with --headless: also save a PNG of the popup
//   --no-build           skip `wxt build` (use the existing .output/chrome-mv3)
//
// Environment: PORT (default 4173; a busy port falls back to a free one), CHROME_PATH.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchWithExtension } from './lib/chromium.mjs';
import { openActionPopup, waitForAudit } from './lib/popup.mjs';
import { serveStatic } from './lib/serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_PATH = path.join(ROOT, '.output/chrome-mv3');
const SITE_DIR = path.join(ROOT, 'tests/fixtures/site');

const { values: opts } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    page: { type: 'string', default: 'ketamine-back-pain.html' },
    screenshot: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (opts.help) {
  console.log(
    'Usage: npm start -- [--headless] [--page NAME] [--screenshot FILE] [--no-build]\n' +
      'Builds Clinic Lint, serves the sample pages and opens Chromium with the extension.',
  );
  process.exit(0);
}

function build() {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`wxt build exited with ${code}`))));
  });
}

const PLURAL = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['note', 'notes'] };
const count = (n, severity) => `${n} ${PLURAL[severity][n === 1 ? 0 : 1]}`;

/** The popup's content as readable text. */
function formatReport(url, shown) {
  const lines = [`Clinic Lint audit of ${url}`];
  if (shown.title) lines.push(`Page:     ${shown.title}`);
  for (const s of shown.states.filter((s) => s.state === 'error' || s.state === 'notice')) {
    lines.push('', `${s.title}`, `  ${s.text}`);
  }
  if (shown.kind) {
    lines.push(`Kind:     ${shown.kindLabel} (${shown.confidence})`);
    lines.push(`Findings: ${['error', 'warning', 'info'].map((s) => count(shown.counts[s] ?? 0, s)).join(', ')}`);
  }
  for (const note of shown.notes) lines.push(`Note:     ${note}`);
  let group = null;
  for (const f of shown.findings) {
    if (f.group !== group) {
      group = f.group;
      lines.push('', group);
    }
    lines.push(`  ${f.severity.toUpperCase().padEnd(8)}${f.ruleId}`);
    lines.push(`          ${f.message}`);
    if (f.excerpt) lines.push(`          “${f.excerpt}”`);
    if (f.fix) lines.push(`          Fix: ${f.fix}`);
  }
  if (shown.kind && shown.findings.length === 0 && shown.states.some((s) => s.state === 'empty')) lines.push('', 'No problems found.');
  return lines.join('\n');
}

async function main() {
  if (!opts['no-build']) await build();

  const requested = process.env.PORT ? Number(process.env.PORT) : 4173;
  const server = await serveStatic(SITE_DIR, { port: Number.isInteger(requested) && requested >= 0 ? requested : 4173 });
  const pageUrl = new URL(opts.page, server.url).href;
  const headless = opts.headless || !process.env.DISPLAY;

  const { context, extensionId, close } = await launchWithExtension({
    extensionPath: EXTENSION_PATH,
    headless,
    // headed: let the window decide its size
    viewport: headless ? undefined : null,
    // a crisp (2×) popup screenshot for the docs
    args: opts.screenshot ? ['--screen-info={0,0 2560x2048 devicePixelRatio=2}'] : [],
  }).catch(async (err) => {
    await server.close();
    throw err;
  });

  const shutdown = async () => {
    await close().catch(() => {});
    await server.close();
  };

  if (!headless) {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(pageUrl);
    const index = await context.newPage();
    await index.goto(server.url);
    await page.bringToFront();
    console.log(
      `\nSample pages: ${server.url}\nOpened: ${pageUrl}\n` +
        'Click the Clinic Lint button in the toolbar (pin it from the puzzle-piece menu) to audit the page.\n' +
        'Close the browser window or press Ctrl+C to stop.',
    );
    const stop = () => void shutdown().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    context.once('close', () => void server.close().then(() => process.exit(0)));
    return;
  }

  if (!opts.headless) console.log('No display found (DISPLAY is not set): auditing headless instead.');
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(pageUrl);
    const popup = await openActionPopup(context, page, extensionId);
    const shown = await waitForAudit(popup);
    if (opts.screenshot) {
      const file = path.resolve(process.cwd(), opts.screenshot);
      await mkdir(path.dirname(file), { recursive: true });
      await popup.screenshot(file);
      console.log(`Saved a screenshot of the popup to ${path.relative(process.cwd(), file) || file}`);
    }
    await popup.close();
    console.log(`\n${formatReport(pageUrl, shown)}\n`);
  } finally {
    await shutdown();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
