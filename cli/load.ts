// Reads an audit input: a local file (a path or a file: URL) or an http(s) URL. Every failure is an
// InputError with a one-line reason.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { InputError } from './errors';

export interface LoadedPage {
  input: string;
  html: string;
  /** the URL the page is audited as */
  url: string;
}

export interface LoadOptions {
  /** audit the page as this URL (--url) */
  url?: string;
  timeoutMs?: number;
  /** aborts a fetch when another page of the run has failed */
  signal?: AbortSignal;
  /** accept gzip-compressed content (sitemap.xml.gz) */
  gzip?: boolean;
  /** what the content is, for messages: "HTML" (default) or "XML" */
  kind?: string;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
const MAX_BYTES = 20 * 1024 * 1024;

function toText(input: string, buf: Buffer, opts: LoadOptions): string {
  if (opts.gzip && buf[0] === 0x1f && buf[1] === 0x8b) {
    try {
      buf = gunzipSync(buf, { maxOutputLength: MAX_BYTES + 1 });
    } catch {
      throw new InputError(`${input}: not valid gzip data`);
    }
  }
  if (buf.length > MAX_BYTES) throw new InputError(`${input}: larger than ${MAX_BYTES / 1024 / 1024} MB, not audited`);
  if (buf.subarray(0, 8192).includes(0)) throw new InputError(`${input}: looks like a binary file, not ${opts.kind ?? 'HTML'}`);
  return buf.toString('utf8').replace(/^\ufeff/, '');
}

async function fetchText(input: string, opts: LoadOptions): Promise<{ text: string; url: string }> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = opts.signal ? AbortSignal.any([timeout, opts.signal]) : timeout;
  let res: Response;
  let buf: Buffer;
  try {
    res = await fetch(input, { signal, redirect: 'follow', headers: { 'user-agent': 'cliniclint/0.1 (+audit)' } });
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      throw new InputError(`${input}: the server answered HTTP ${res.status}`);
    }
    buf = Buffer.from(await res.arrayBuffer());
  } catch (err) {
    if (err instanceof InputError) throw err;
    const e = err as Error & { cause?: { code?: string } };
    const why = timeout.aborted ? `timed out after ${timeoutMs / 1000} s` : opts.signal?.aborted ? 'cancelled' : (e.cause?.code ?? e.message);
    throw new InputError(`${input}: could not fetch (${why})`);
  }
  return { text: toText(input, buf, opts), url: res.url || input };
}

async function readLocal(input: string, path: string, opts: LoadOptions): Promise<string> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${input}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code})`}`);
  }
  if (info.isDirectory()) throw new InputError(`${input}: is a directory, not ${opts.kind === 'XML' ? 'a sitemap file' : 'an HTML file'}`);
  if (!info.isFile()) throw new InputError(`${input}: not a regular file`);
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    throw new InputError(`${input}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return toText(input, buf, opts);
}

/** An input as a URL: http(s) and file: URLs as given, anything else as a local path. */
export function inputUrl(input: string): URL {
  if (/^(?:https?|file):/i.test(input)) {
    try {
      return new URL(input);
    } catch {
      throw new InputError(`${input}: not a valid URL`);
    }
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(input)) throw new InputError(`${input}: only http(s) URLs and local files can be audited`);
  return pathToFileURL(resolve(input));
}

/** Loads text from an http(s) or file: URL. */
export async function loadText(input: string, opts: LoadOptions = {}): Promise<{ text: string; url: string }> {
  const url = inputUrl(input);
  if (url.protocol === 'file:') {
    let path: string;
    try {
      path = fileURLToPath(url);
    } catch {
      throw new InputError(`${input}: not a local file URL`);
    }
    return { text: await readLocal(input, path, opts), url: url.href };
  }
  return fetchText(url.href, opts);
}

export async function loadPage(input: string, opts: LoadOptions = {}): Promise<LoadedPage> {
  const { text, url } = await loadText(input, opts);
  return { input, html: text, url: opts.url ?? url };
}
