// Runs the CLI in-process (main() with captured output) and serves test sites on loopback.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { main } from '../../../cli/main';

export const ROOT = join(__dirname, '..', '..', '..');
export const SITE_DIR = join(ROOT, 'tests', 'fixtures', 'site');
export const SITEMAP_DIR = join(ROOT, 'tests', 'fixtures', 'sitemap');
export const LABELED_DIR = join(ROOT, '..', 'shared', 'corpus', 'labeled');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** stderr without the progress lines */
  errors: string[];
  progress: string[];
}

export async function cli(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  const lines = stderr.split('\n').filter(Boolean);
  return { code, stdout, stderr, errors: lines.filter((l) => !/^\[\d+\/\d+\] /.test(l)), progress: lines.filter((l) => /^\[\d+\/\d+\] /.test(l)) };
}

export interface TestServer {
  url: (path: string) => string;
  /** most page requests in flight at once (since the last reset) */
  maxInFlight: () => number;
  resetMaxInFlight: () => void;
  pageRequests: () => string[];
  close: () => Promise<void>;
}

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
export const urlset = (locs: string[]) => `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SITEMAP_NS}">${locs.map((l) => `<url><loc>${l}</loc></url>`).join('')}</urlset>`;
export const sitemapIndex = (locs: string[]) => `<?xml version="1.0"?>\n<sitemapindex xmlns="${SITEMAP_NS}">${locs.map((l) => `<sitemap><loc>${l}</loc></sitemap>`).join('')}</sitemapindex>`;

export const SITE_PAGES = ['index.html', 'ketamine-back-pain.html', 'spravato-first-visit.html', 'dental-implants.html', 'book.html', 'city-news.html'];

/**
 * A loopback site: /site/<page> serves tests/fixtures/site after `delayMs`; /slow never answers;
 * /status/500 answers 500; /bin is binary; /xml/<name> serves the XML given in `xml`.
 */
export async function startServer(xml: Record<string, string | Buffer>, delayMs = 50): Promise<TestServer> {
  let inFlight = 0;
  let max = 0;
  const pages: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/site/')) {
      pages.push(path);
      inFlight++;
      max = Math.max(max, inFlight);
      setTimeout(() => {
        inFlight--;
        try {
          const body = readFileSync(join(SITE_DIR, path.slice('/site/'.length)));
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
        } catch {
          res.writeHead(404).end('not found');
        }
      }, delayMs);
      return;
    }
    if (path === '/slow') return; // never answers
    if (path === '/status/500') return void res.writeHead(500).end('boom');
    if (path === '/bin') return void res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    if (path.startsWith('/xml/') && xml[path.slice(5)] != null) {
      const body = xml[path.slice(5)]!;
      return void res.writeHead(200, { 'content-type': Buffer.isBuffer(body) ? 'application/gzip' : 'application/xml' }).end(body);
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    maxInFlight: () => max,
    resetMaxInFlight: () => void (max = 0),
    pageRequests: () => [...pages],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const gz = (text: string) => gzipSync(Buffer.from(text));
