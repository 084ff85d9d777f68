// A local HTTP server for the link checker's tests (127.0.0.1, random port): known answers per
// path, every request logged, in-flight requests counted, and a route that never answers.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface TestServer {
  origin: string;
  url(path: string): string;
  /** "HEAD /missing", in arrival order */
  requests: string[];
  /** most requests open at once */
  maxInFlight: number;
  inFlight: number;
  reset(): void;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const ROUTES: Record<string, Handler> = {
  '/': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Home</h1>'),
  '/ok': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end('<p>fine</p>'),
  '/moved': (_q, r) => r.writeHead(301, { location: '/ok' }).end(),
  '/missing': (_q, r) => r.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'),
  '/gone': (_q, r) => r.writeHead(410).end(),
  '/error': (_q, r) => r.writeHead(500).end('boom'),
  '/forbidden': (_q, r) => r.writeHead(403).end(),
  // a server that rejects HEAD only
  '/no-head': (q, r) => (q.method === 'HEAD' ? r.writeHead(405, { allow: 'GET' }).end() : r.writeHead(200, { 'content-type': 'text/html' }).end('<p>GET works</p>')),
  // a moved article whose redirect lands on the home page
  '/blog/old-article': (_q, r) => r.writeHead(301, { location: '/' }).end(),
  '/loop': (_q, r) => r.writeHead(302, { location: '/loop' }).end(),
  // never answers
  '/hang': () => {},
  // HEAD refused, and GET streams a body that never ends: it must not be downloaded
  '/big': (q, r) => {
    if (q.method === 'HEAD') return void r.writeHead(405).end();
    r.writeHead(200, { 'content-type': 'application/octet-stream' });
    r.write(Buffer.alloc(64 * 1024));
    // …and never ends
  },
};

export async function startServer(): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const state = { requests: [] as string[], inFlight: 0, maxInFlight: 0 };
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    state.requests.push(`${req.method} ${pathname}`);
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        state.inFlight--;
      }
    };
    res.on('finish', finish);
    res.on('close', finish);
    if (pathname.startsWith('/slow/')) {
      setTimeout(() => res.writeHead(200).end('slow'), 60);
      return;
    }
    const handler = ROUTES[pathname];
    if (handler) handler(req, res);
    else res.writeHead(404).end('Not found');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path: string) => `${origin}${path}`,
    get requests() {
      return state.requests;
    },
    get maxInFlight() {
      return state.maxInFlight;
    },
    get inFlight() {
      return state.inFlight;
    },
    reset() {
      state.requests = [];
      state.maxInFlight = 0;
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  } as TestServer;
}

/** A port on 127.0.0.1 with nothing listening (connection refused). */
export async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}
