// The draft checker (draft.html) in real Chromium: pasted HTML gives the same findings as the CLI
// on the same page (the seed article of the labelled corpus, and the repo's own sample), marked in
// a sanitized preview; hostile markup never runs or loads anything; plain text and a Word file
// (.docx, converted with mammoth) are checked too. Run: npx wxt build && node --test tests/e2e/draft.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { crc32, deflateRawSync } from 'node:zlib';
import { DOCS, ROOT, SITE_DIR, openActionPopup, pageAccessibilityViolations, startHarness, waitForAudit } from './helpers.mjs';

const run = promisify(execFile);
const SEED = path.resolve(ROOT, '../shared/corpus/labeled/seed-ketamine-back-pain.html');
const SEED_LABELS = SEED.replace(/\.html$/, '.expect.json');

/** @type {Awaited<ReturnType<typeof startHarness>>} */
let h;
let tmp;

before(async () => {
  h = await startHarness({ deviceScaleFactor: 2 });
  tmp = await mkdtemp(path.join(tmpdir(), 'cliniclint-draft-'));
});

after(async () => {
  await h?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const cliCache = new Map();
/** The CLI's report of a file (the same engine, over jsdom). */
function cli(file, { url, now }) {
  const key = JSON.stringify([file, url, now]);
  if (!cliCache.has(key)) cliCache.set(key, runCli(file, { url, now }));
  return cliCache.get(key);
}

async function runCli(file, { url, now }) {
  try {
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'bin/cliniclint.mjs'), 'audit', file, '--url', url, '--now', now, '--force', '--format', 'json'], { cwd: ROOT, maxBuffer: 64 << 20 });
    return JSON.parse(stdout);
  } catch (err) {
    if (err.code === 1 && err.stdout) return JSON.parse(err.stdout);
    throw err;
  }
}

async function openDraft(t) {
  const page = await h.context.newPage();
  t.after(() => page.close());
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`chrome-extension://${h.extensionId}/draft.html`);
  await page.locator('#draft-source').waitFor();
  return { page, requests, errors };
}

/** Pastes `text` into the draft box (as the person would), sets the options and checks it. */
async function checkDraft(page, text, { asOf, url = '' } = {}) {
  await page.locator('#draft-source').fill(text);
  if (asOf) await page.locator('#as-of').fill(asOf);
  await page.locator('#draft-url').fill(url);
  await page.locator('#check').click();
  await page.locator('.findings-card .cl-summary').waitFor();
  await page.waitForFunction(() => !document.querySelector('#check')?.textContent?.includes('Checking'));
  return readDraft(page);
}

function readDraft(page) {
  return page.evaluate(() => ({
    findings: [...document.querySelectorAll('.findings-card .cl-finding')].map((li) => ({
      id: li.getAttribute('data-finding-id'),
      ruleId: li.getAttribute('data-rule-id'),
      category: li.getAttribute('data-category'),
      message: li.querySelector('.cl-finding__message')?.textContent ?? '',
      excerpt: li.querySelector('.cl-finding__excerpt q')?.textContent ?? '',
      number: li.querySelector('.cl-finding__number') ? Number(li.querySelector('.cl-finding__number').textContent.replace(/\D/g, '')) : null,
    })),
    marks: [...document.querySelectorAll('.draft-preview [data-finding-id]')].map((m) => ({ id: m.getAttribute('data-finding-id'), n: m.getAttribute('data-n'), text: m.textContent, tag: m.localName })),
    readAs: document.querySelector('.preview-card .card__meta')?.textContent ?? '',
  }));
}

const norm = (s) => String(s ?? '').normalize('NFKC').replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();

/** The same findings as the CLI: same ids (rule + words + element), same rules. */
function assertSameAsCli(shown, report, what) {
  const ids = shown.findings.map((f) => f.id).sort();
  const want = report.findings.map((f) => f.id).sort();
  const describe = (list) => list.map((f) => `${f.ruleId} [${f.excerpt}]`).join('\n  ');
  assert.deepEqual(ids, want, `${what}: the draft checker and the CLI find the same.\n draft:\n  ${describe(shown.findings)}\n cli:\n  ${describe(report.findings)}`);
}

/** Each marked finding is marked with the number its card shows, on its own words when it has them. */
function assertMarks(shown) {
  const numbered = shown.findings.filter((f) => f.number != null);
  assert.ok(numbered.length > 0, 'findings are marked in the draft');
  for (const f of numbered) {
    const marks = shown.marks.filter((m) => m.id === f.id || (m.n ?? '').split(',').includes(String(f.number)));
    assert.ok(marks.length > 0, `finding ${f.number} (${f.ruleId}) is marked`);
    assert.ok(marks.some((m) => (m.n ?? '').split(',').includes(String(f.number))), `mark ${f.number} is numbered`);
  }
}

test('the popup opens the draft checker, which has no accessibility problems before a check', async (t) => {
  const page = await h.open('index.html');
  t.after(() => page.close());
  const popup = await openActionPopup(h.context, page, h.extensionId);
  t.after(() => popup.close());
  await waitForAudit(popup);
  const opened = h.context.waitForEvent('page');
  await popup.click('#export');
  await popup.click('.cl-menu__item[data-action="draft"]');
  const draft = await opened;
  t.after(() => draft.close());
  await draft.locator('#draft-source').waitFor();
  assert.equal(new URL(draft.url()).pathname, '/draft.html');
  assert.equal(await draft.locator('#check').isDisabled(), true, 'nothing to check yet');
  assert.equal(await draft.locator('#export').isDisabled(), true, 'nothing to export yet');
  assert.deepEqual(await pageAccessibilityViolations(draft), []);
});

test('pasting the repo’s sample article: the CLI’s findings, marked in the draft', async (t) => {
  const file = path.join(SITE_DIR, 'ketamine-back-pain.html');
  const url = 'https://harbor-ketamine.example/blog/ketamine-back-pain';
  const html = await readFile(file, 'utf8');
  const { page, requests, errors } = await openDraft(t);
  const shown = await checkDraft(page, html, { asOf: '2026-11-26', url });
  assert.equal(shown.readAs, 'Read as HTML');
  assertSameAsCli(shown, await cli(file, { url, now: '2026-11-26' }), 'sample article');
  assertMarks(shown);
  const phone = shown.findings.find((f) => f.category === 'phone' && f.excerpt === '949-945-0927');
  assert.ok(phone, 'the plain-text number is found');
  const phoneMark = shown.marks.find((m) => m.id === phone.id);
  assert.equal(phoneMark?.tag, 'mark', 'its exact words are highlighted');
  assert.equal(phoneMark.text, '949-945-0927');

  // Choosing a finding shows its mark; choosing a mark opens its finding.
  await page.locator(`.cl-finding[data-finding-id="${phone.id}"] .cl-finding__head`).click();
  await page.locator(`.draft-preview mark[data-finding-id="${phone.id}"].draft-flash`).waitFor();
  await page.locator(`.cl-finding[data-finding-id="${phone.id}"] .cl-finding__head`).click(); // close it again
  await page.locator(`.draft-preview mark[data-finding-id="${phone.id}"]`).click();
  assert.equal(await page.locator(`.cl-finding[data-finding-id="${phone.id}"] .cl-finding__head`).getAttribute('aria-expanded'), 'true');

  // The same filters as the popup; the marks follow them.
  await page.locator('.findings-card .cl-filters__select').selectOption('phone');
  await page.waitForFunction(() => [...document.querySelectorAll('.findings-card .cl-finding')].every((li) => li.getAttribute('data-category') === 'phone'));
  const phoneOnly = await readDraft(page);
  assert.ok(phoneOnly.findings.length > 0 && phoneOnly.findings.every((f) => f.category === 'phone'));
  assert.ok(phoneOnly.marks.every((m) => phoneOnly.findings.some((f) => f.id === m.id || (m.n ?? '').split(',').includes(String(f.number)))), 'only phone findings are marked');
  await page.locator('.findings-card .cl-filters__select').selectOption('all');

  // The sample's own scripts did not run, its resources did not load.
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith(`chrome-extension://${h.extensionId}/`)), []);
  assert.equal(await page.locator('.draft-preview script, .draft-preview style, .draft-preview iframe').count(), 0);

  assert.deepEqual(await pageAccessibilityViolations(page), [], 'axe-core: the draft checker with results');
});

// What a marketer pastes from the CMS's code view: an article body, no site around it.
const ARTICLE = `<h1>Ketamine infusions for chronic back pain</h1>
<p>By Dana Whitfield, CRNA · Posted on February 12, 2024</p>
<p>If back pain has followed you for months, you know how much it takes from you. Ketamine infusions are 100% safe and work for every patient, even when nothing else has helped.</p>
<h2>What to expect at your first visit</h2>
<p>Most patients feel relief after a single session. As of 2023, over 2,000 patients have been treated at our clinic, and according to recent studies, 80% of them report lasting relief.</p>
<p>Our spring offer: 20% off your first infusion when you book before March 31, 2025.</p>
<h2>Book your consultation</h2>
<p>Call us at 949-945-0927 or book an appointment online anytime. Our team will answer your questions.</p>`;

test('an article body pasted from a CMS: findings marked on their words, as the CLI finds them', async (t) => {
  // A body without a page around it is checked as the article of a page titled by its heading.
  const file = path.join(tmp, 'article.html');
  await writeFile(file, `<html><head><title>Ketamine infusions for chronic back pain</title></head><body><main><article>${ARTICLE}</article></main></body></html>`);
  const { page } = await openDraft(t);
  await page.setViewportSize({ width: 1320, height: 1000 });
  const shown = await checkDraft(page, ARTICLE, { asOf: '2026-11-26' });
  assertSameAsCli(shown, await cli(file, { url: 'https://draft.invalid/', now: '2026-11-26' }), 'article body');
  assertMarks(shown);
  for (const words of ['100% safe', 'March 31, 2025', '949-945-0927']) {
    assert.ok(shown.marks.some((m) => m.tag === 'mark' && m.text.includes(words)), `"${words}" is highlighted`);
  }
  assert.deepEqual(await pageAccessibilityViolations(page), [], 'axe-core: the draft checker with a marked draft');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(DOCS, 'draft.png') });
});

test('pasting the seed page of the labelled corpus: its labelled problems are found, as the CLI finds them', { skip: !existsSync(SEED) && `the shared corpus is absent (${SEED})` }, async (t) => {
  const labels = JSON.parse(await readFile(SEED_LABELS, 'utf8'));
  const { page } = await openDraft(t);
  const shown = await checkDraft(page, await readFile(SEED, 'utf8'), { asOf: labels.now, url: labels.url });
  assertSameAsCli(shown, await cli(SEED, { url: labels.url, now: labels.now }), 'seed page');
  assertMarks(shown);
  // Every problem the label file expects (the evaluator's matching: category, and the words in the
  // finding's excerpt or context, or a page-level finding).
  const report = await cli(SEED, { url: labels.url, now: labels.now });
  for (const label of labels.expect) {
    const hit = report.findings.find(
      (f) => label.category.includes(f.category) && (label.scope === 'page' ? f.scope === 'page' : !label.near || norm(f.excerpt).includes(norm(label.near)) || norm(f.context).includes(norm(label.near))),
    );
    assert.ok(hit, `expected: [${label.category}] ${label.near || label.scope} (${label.why})`);
    assert.ok(shown.findings.some((f) => f.id === hit.id), `the draft checker lists ${hit.ruleId} for "${label.near || label.scope}"`);
  }
});

test('hostile markup in a draft never runs and loads nothing; plain text is checked too', async (t) => {
  const { page, requests, errors } = await openDraft(t);
  const origin = h.origin;
  const hostile = `<h1>Ketamine clinic news</h1>
<p>Call us at 949-945-0927 to book your first infusion.</p>
<img src="${origin}/tracker.png" onerror="window.__xss=1" alt="Our clinic">
<script>window.__xss=2</script>
<iframe src="${origin}/index.html"></iframe>
<style>body{display:none}</style>
<a href="javascript:window.__xss=3">Book now</a>
<form action="${origin}/submit"><button>Send</button></form>
<svg><script>window.__xss=4</script></svg>
<p id="app" style="position:fixed;inset:0;background:red">overlay</p>`;
  const shown = await checkDraft(page, hostile, { asOf: '2026-11-26' });
  assert.ok(shown.findings.some((f) => f.category === 'phone' && f.excerpt.includes('949-945-0927')), 'the number is found');
  await page.locator('.draft-preview a').first().click(); // clicking a link in the preview goes nowhere
  assert.equal(await page.evaluate(() => /** @type {any} */ (window).__xss), undefined, 'no script of the draft ran');
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((u) => u.startsWith(origin)), [], 'nothing of the draft was loaded');
  const preview = await page.evaluate(() => {
    const box = document.querySelector('.draft-preview');
    return {
      dangerous: box.querySelectorAll('script, iframe, style, object, embed, img').length,
      handlers: [...box.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name) || a.name === 'style' || a.name === 'id').map((a) => a.name)),
      jsLinks: [...box.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href'))).length,
      placeholder: box.querySelector('.draft-img')?.textContent,
      bodyVisible: getComputedStyle(document.body).display !== 'none',
      appOk: document.querySelectorAll('#app').length === 1,
    };
  });
  assert.deepEqual(preview, { dangerous: 0, handlers: [], jsLinks: 0, placeholder: 'Image: Our clinic', bodyVisible: true, appOk: true });
  assert.equal(new URL(page.url()).pathname, '/draft.html', 'still on the draft checker');

  // Plain text: paragraphs and a heading, no markup.
  const text = 'Spring ketamine special\n\nBook before March 31, 2025 and save 20% on your first infusion.\nCall us at 949-945-0927.';
  const plain = await checkDraft(page, text, { asOf: '2026-11-26' });
  assert.equal(plain.readAs, 'Read as plain text');
  assert.ok(plain.findings.some((f) => f.category === 'phone' && f.excerpt.includes('949-945-0927')), 'the number is found in plain text');
  assert.equal(await page.locator('.draft-preview h1').innerText(), 'Spring ketamine special');
});

// ── a Word file ──────────────────────────────────────────────────────────────────────────────────

/** A minimal .docx (a zip of three XML parts), one <w:p> per paragraph. */
function docx(paragraphs) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs
      .map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`)
      .join('')}</w:body></w:document>`,
  };
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const data = Buffer.from(text, 'utf8');
    const packed = deflateRawSync(data);
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0, 6); // flags
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0, 10); // time, date
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, packed);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

test('opening a Word file (.docx): converted with mammoth, checked and marked', async (t) => {
  const file = path.join(tmp, 'spring-newsletter.docx');
  await writeFile(file, docx(['Ketamine infusions for chronic back pain', 'Many patients ask how ketamine can help.', 'Call us at 949-945-0927 to book your first infusion.']));
  const { page, errors, requests } = await openDraft(t);
  await page.locator('#as-of').fill('2026-11-26');
  await page.locator('#draft-file').setInputFiles(file);
  await page.locator('.findings-card .cl-summary').waitFor();
  assert.match(await page.locator('.draft-form__kind').innerText(), /spring-newsletter\.docx \(converted from Word\)/);
  assert.match(await page.locator('#draft-source').inputValue(), /^<p>Ketamine infusions for chronic back pain<\/p><p>/, 'the draft box shows the converted HTML');
  const shown = await readDraft(page);
  const phone = shown.findings.find((f) => f.category === 'phone' && f.excerpt === '949-945-0927');
  assert.ok(phone, `the number in the Word file is found; found: ${shown.findings.map((f) => f.ruleId).join(', ')}`);
  assert.equal(shown.marks.find((m) => m.id === phone.id)?.text, '949-945-0927');
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith(`chrome-extension://${h.extensionId}/`)), []);
});
