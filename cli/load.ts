// Reads an audit input: a local file or an http(s) URL. Every failure is an InputError.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from './errors';

export interface LoadedPage {
  input: string;
  html: string;
  /** the URL the page is audited as */
  url: string;
}

const FETCH_TIMEOUT_MS = 15_000;
const MAX_BYTES = 20 * 1024 * 1024;

function checkText(input: string, buf: Buffer): string {
  if (buf.length > MAX_BYTES) throw new InputError(`${input}: larger than ${MAX_BYTES / 1024 / 1024} MB, not audited`);
  if (buf.subarray(0, 8192).includes(0)) throw new InputError(`${input}: looks like a binary file, not HTML`);
  return buf.toString('utf8');
}

export async function loadPage(input: string, urlOverride?: string): Promise<LoadedPage> {
  if (/^https?:\/\//i.test(input)) {
    let res: Response;
    try {
      res = await fetch(input, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow', headers: { 'user-agent': 'cliniclint/0.1 (+audit)' } });
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } };
      const why = e.name === 'TimeoutError' ? `timed out after ${FETCH_TIMEOUT_MS / 1000} s` : (e.cause?.code ?? e.message);
      throw new InputError(`${input}: could not fetch (${why})`);
    }
    if (!res.ok) throw new InputError(`${input}: the server answered HTTP ${res.status}`);
    const buf = Buffer.from(await res.arrayBuffer());
    return { input, html: checkText(input, buf), url: urlOverride ?? res.url ?? input };
  }
  const path = resolve(input);
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${input}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code})`}`);
  }
  if (info.isDirectory()) throw new InputError(`${input}: is a directory, not an HTML file`);
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    throw new InputError(`${input}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return { input, html: checkText(input, buf), url: urlOverride ?? pathToFileURL(path).href };
}
