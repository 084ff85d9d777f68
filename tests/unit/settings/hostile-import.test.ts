// @vitest-environment node
// Importing a malformed or hostile settings file (options page → Import settings): the file is
// refused as a whole with reasons a person can act on, the stored settings are byte-for-byte what
// they were, and nothing leaks out of the file: no prototype pollution, no stack overflow, no hang.
//
// The import is driven the way TransferSection does it: parseSettingsFile on the file's text, and
// writeSettings only when it says ok.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allRules } from '@/utils/rules';
import { readSettings, writeSettings } from '@/utils/settings/items';
import { SETTINGS_VERSION, defaultSettings, type Settings } from '@/utils/settings/schema';
import { SETTINGS_SCHEMA, exportSettings, parseSettingsFile } from '@/utils/settings/transfer';

const KNOWN = new Set(allRules.map((r) => r.id));

/** What the person had before the import. */
const MINE: Settings = {
  ...defaultSettings(),
  rules: { 'phone/unlinked-number': { enabled: false } },
  profile: { phones: ['+1 949 945 0927'], bookingUrlPatterns: ['/book'], region: 'US', reviewCycleMonths: 6 },
  asOf: '2025-06-01',
};

/** A settings export around `settings` (any JSON text), as the options page writes it. */
const exportWith = (settingsJson: string) => `{"schema":"${SETTINGS_SCHEMA}","version":${SETTINGS_VERSION},"exportedAt":"2026-11-26T10:00:00.000Z","settings":${settingsJson}}`;

/** The options page's import: parse, and write only when the file is good. Returns the reasons shown. */
async function importFile(text: string): Promise<string[]> {
  const result = parseSettingsFile(text, KNOWN);
  if (!result.ok) return result.errors;
  await writeSettings(result.settings);
  return [];
}

const PROTO_PROBES = ['polluted', 'isAdmin', 'enabled', 'phones', 'schema', 'settings'];

function expectNoPollution() {
  const plain: Record<string, unknown> = {};
  for (const key of PROTO_PROBES) {
    expect(plain[key], `Object.prototype.${key}`).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, key)).toBe(false);
  }
  expect(({} as { constructor: unknown }).constructor).toBe(Object);
}

let stored: Record<string, unknown>;
beforeEach(async () => {
  fakeBrowser.reset();
  await writeSettings(MINE);
  stored = await fakeBrowser.storage.sync.get(null);
});

afterEach(() => {
  expectNoPollution();
});

/** The file is refused, with reasons that match `why`, and storage is exactly as it was. */
async function expectRefused(text: string, ...why: RegExp[]) {
  const errors = await importFile(text);
  expect(errors.length, 'the import is refused with at least one reason').toBeGreaterThan(0);
  for (const e of errors) {
    expect(typeof e).toBe('string');
    expect(e.length).toBeLessThan(400);
  }
  for (const w of why) expect(errors.some((e) => w.test(e)), `a reason matching ${w}; got ${JSON.stringify(errors)}`).toBe(true);
  expect(await fakeBrowser.storage.sync.get(null)).toEqual(stored);
  expect(await readSettings()).toEqual(MINE);
  return errors;
}

describe('prototype pollution attempts are refused and pollute nothing', () => {
  it('"__proto__" at the top of a CLI config file', async () => {
    await expectRefused('{"__proto__":{"polluted":"yes","rules":{"phone/unlinked-number":{"enabled":true}}},"rules":{}}', /"__proto__" is not a setting/);
  });

  it('"__proto__" inside the settings of an export', async () => {
    await expectRefused(exportWith('{"__proto__":{"polluted":"yes","asOf":"2020-01-01"},"rules":{}}'), /"__proto__" is not a setting/);
  });

  it('"constructor" / "prototype" inside the settings', async () => {
    await expectRefused(exportWith('{"constructor":{"prototype":{"polluted":"yes"}}}'), /"constructor" is not a setting/);
  });

  it('"__proto__" and "constructor" as rule ids', async () => {
    await expectRefused(exportWith('{"rules":{"__proto__":{"enabled":false},"constructor":{"enabled":false}}}'), /unknown rule "__proto__"/, /unknown rule "constructor"/);
  });

  it('"__proto__" inside the clinic profile (would inherit phones if it were merged naively)', async () => {
    await expectRefused(exportWith('{"profile":{"__proto__":{"phones":["+1 555 0100"],"isAdmin":true}}}'), /profile: "__proto__" is not a setting/);
  });

  it('"__proto__" inside a custom claim (its pattern is not inherited from it)', async () => {
    await expectRefused(exportWith('{"claims":[{"id":"c1","fact":"x","__proto__":{"pattern":"ketamine"}}]}'), /claims\[0\]\.pattern must be a non-empty string/);
  });

  it('"__proto__" as the whole file’s schema holder', async () => {
    await expectRefused(`{"__proto__":{"schema":"${SETTINGS_SCHEMA}","version":2},"settings":{}}`, /not a Clinic Lint settings file/);
  });
});

describe('oversized and deeply nested files', () => {
  it('a 5 MB file is refused for its size before it is parsed', async () => {
    const text = exportWith(JSON.stringify({ claims: [{ id: 'big', pattern: 'x', fact: 'y'.repeat(5 * 1024 * 1024) }] }));
    expect(text.length).toBeGreaterThan(5 * 1024 * 1024);
    const started = performance.now();
    await expectRefused(text, /too large \(5\d{3} KB\); a settings file is a few KB/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a file just under the size limit but 100,000 levels deep is refused without a stack overflow', async () => {
    const depth = 100_000;
    await expectRefused('['.repeat(depth) + ']'.repeat(depth), /JSON object, not a list/);
    await expectRefused(exportWith(`{"rules":{},"x":${'{"a":'.repeat(40_000)}1${'}'.repeat(40_000)}}`), /"x" is not a setting/);
  });

  it('deep nesting inside real fields (rule override, claim sources, profile phones) is named, not stored', async () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    await expectRefused(exportWith(`{"rules":{"phone/unlinked-number":{"enabled":${deep}}}}`), /rules\["phone\/unlinked-number"\]\.enabled must be true or false/);
    await expectRefused(exportWith(`{"claims":[{"id":"c1","pattern":"x","fact":"y","sources":${deep}}]}`), /claims\[0\]\.sources must be a list of strings/);
    await expectRefused(exportWith(`{"profile":{"phones":${deep}}}`), /profile\.phones must be a list of strings/);
  });
});

describe('wrong types are listed, one reason each', () => {
  it('every top-level part of the wrong type', async () => {
    const errors = await expectRefused(exportWith('{"rules":[],"profile":"x","claims":{},"asOf":5}'), /^rules must be an object/, /^profile must be an object/, /^claims must be a list/, /^asOf must be a date/);
    expect(errors).toHaveLength(4);
  });

  it('wrong types inside the profile and a rule override', async () => {
    await expectRefused(
      exportWith('{"rules":{"phone/unlinked-number":{"enabled":"no","severity":"fatal"}},"profile":{"phones":[1,2],"region":1,"reviewCycleMonths":"6"}}'),
      /enabled must be true or false/,
      /severity must be error, warning or info/,
      /profile\.phones must be a list of strings/,
      /profile\.region must be a two-letter country code/,
      /profile\.reviewCycleMonths must be a number from 1 to 60/,
    );
  });

  it('claim fields of the wrong type (text that is not text, sources that are not a list)', async () => {
    await expectRefused(
      exportWith('{"claims":[{"id":"c1","pattern":"x","fact":"y","message":5,"fix":{"html":"<img src=x onerror=alert(1)>"},"sources":"https://x","exceptIfNear":[1]}]}'),
      /claims\[0\]\.message must be text/,
      /claims\[0\]\.fix must be text/,
      /claims\[0\]\.sources must be a list of strings/,
      /claims\[0\]\.exceptIfNear must be a list of strings/,
    );
  });

  it('a claim with an invalid regular expression, a duplicate claim id and an impossible "as of" day', async () => {
    await expectRefused(
      exportWith('{"claims":[{"id":"c1","pattern":"(unclosed","fact":"y"},{"id":"c1","pattern":"ok","fact":"y"}],"asOf":"2025-02-30"}'),
      /claims\[0\]\.pattern is not a valid regular expression/,
      /"c1" is used twice/,
      /asOf must be a date written YYYY-MM-DD/,
    );
  });

  it('versions that are not whole positive numbers, and a version from the future', async () => {
    for (const v of ['"2"', '2.5', '0', '-1', 'null', '1e400']) {
      await expectRefused(`{"schema":"${SETTINGS_SCHEMA}","version":${v},"settings":{}}`, /no valid "version" number/);
    }
    await expectRefused(`{"schema":"${SETTINGS_SCHEMA}","version":${SETTINGS_VERSION + 1},"settings":{}}`, /newer Clinic Lint/);
  });
});

describe('files that are not settings at all', () => {
  it.each([
    ['binary garbage', '\u0000\u0001PK\u0003\u0004\u0000\u0000'],
    ['HTML', '<!doctype html><script>alert(1)</script>'],
    ['truncated JSON', '{"schema":"cliniclint.settings","settings":{"rules":'],
    ['a bare string', '"__proto__"'],
    ['null', 'null'],
    ['an empty file', ''],
    ['UTF-16 with a BOM read as text', '\uFFFE{\u0000"\u0000r\u0000'],
  ])('%s', async (_name, text) => {
    await expectRefused(text, /./);
  });
});

describe('control: a good file does replace the settings', () => {
  it('an export of other settings imports, and only then does storage change', async () => {
    const theirs: Settings = { ...defaultSettings(), profile: { ...defaultSettings().profile, region: 'GB' } };
    expect(await importFile(exportSettings(theirs))).toEqual([]);
    expect(await readSettings()).toEqual(theirs);
  });
});
