/**
 * The only network the browsers under test may reach: a static server on 127.0.0.1 for the
 * test pages, and a recording proxy that every non-local request is routed to (and refused),
 * so a request the extension makes anywhere else is seen even when no page listener sees it.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const ARTICLES_DIR = join(ROOT, 'test', 'fixtures', 'articles');
export const PAGES_DIR = join(ROOT, 'test', 'browser', 'pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

/**
 * Corpus pages are real news pages full of third-party scripts, images and fonts. Served with
 * this policy, the browser never runs their scripts nor fetches anything off 127.0.0.1, so the
 * live DOM is the saved one (as the CLI sees it) and the privacy test sees no page traffic.
 */
export const CORPUS_CSP = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'none'";

/** Our strict-CSP torture page (any `*.csp.html`): no script, no style, nothing but the favicon the browser asks for. */
export const STRICT_CSP = "default-src 'none'; img-src 'self'";

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** URL of a corpus page: `articleUrl('kursk-seed')` → `…/articles/kursk-seed/source.html`. */
  articleUrl(slug: string): string;
  /** URL of one of our own pages in test/browser/pages/. */
  pageUrl(file: string): string;
  /**
   * Hosts named in the HTML served so far (`//host` anywhere in a page). A request to one of
   * them is the page's own doing (corpus pages preconnect, embed and link to their CDNs).
   */
  referencedHosts: Set<string>;
  close(): Promise<void>;
}

const HOST_IN_PAGE = /(?:https?:)?\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;

/** Adds every host named in `html` to `hosts`. */
function collectHosts(html: string, hosts: Set<string>): void {
  for (const m of html.matchAll(HOST_IN_PAGE)) hosts.add(m[1]!.toLowerCase());
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: Server, sockets: Set<Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}

/**
 * Tracks open sockets so close() never waits on a browser's keep-alive connection. Each socket
 * also gets an error listener: Node hands a CONNECT socket to our handler without its own, and
 * a browser that resets the refused tunnel (ECONNRESET) would otherwise crash the test run.
 */
function trackSockets(server: Server): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  });
  return sockets;
}

/** Maps a URL path to a file under one of the two roots, or null (outside them, or traversal). */
function fileFor(pathname: string): { file: string; csp?: string } | null {
  const mounts: [string, string, string | undefined][] = [
    ['/articles/', ARTICLES_DIR, CORPUS_CSP],
    ['/pages/', PAGES_DIR, undefined],
  ];
  for (const [prefix, dir, csp] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    if (!file.startsWith(dir + sep)) return null;
    return { file, csp: file.endsWith('.csp.html') ? STRICT_CSP : csp };
  }
  return null;
}

/** Starts the static server on a random port of 127.0.0.1. */
export async function startServer(): Promise<TestServer> {
  const referencedHosts = new Set<string>();
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/favicon.ico') {
        // Browsers ask for it on their own; a 404 would be a console error on every page.
        res.statusCode = 204;
        res.end();
        return;
      }
      const target = fileFor(url.pathname);
      try {
        if (!target || !(await stat(target.file)).isFile()) throw new Error('not found');
        const body = await readFile(target.file);
        if (target.file.endsWith('.html')) collectHosts(body.toString('latin1'), referencedHosts);
        res.setHeader('content-type', TYPES[extname(target.file)] ?? 'application/octet-stream');
        res.setHeader('cache-control', 'no-store');
        if (target.csp) res.setHeader('content-security-policy', target.csp);
        res.end(body);
      } catch {
        res.statusCode = 404;
        res.setHeader('content-type', 'text/plain');
        res.end('not found');
      }
    })();
  });
  const sockets = trackSockets(server);
  const origin = `http://127.0.0.1:${await listen(server)}`;
  return {
    origin,
    articleUrl: (slug) => `${origin}/articles/${slug}/source.html`,
    pageUrl: (file) => `${origin}/pages/${file}`,
    referencedHosts,
    close: () => closeServer(server, sockets),
  };
}

export interface RecordingProxy {
  port: number;
  /** Every request routed through the proxy, as `METHOD target`, in order. */
  seen: string[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy that records and refuses everything. Browsers send all non-loopback traffic
 * here (loopback bypasses proxies by default), so `seen` is every request that tried to
 * leave the machine, whoever made it.
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method ?? 'GET'} ${req.url ?? ''}`);
    res.statusCode = 403;
    res.end();
  });
  server.on('connect', (req, socket: Socket) => {
    seen.push(`CONNECT ${req.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  const sockets = trackSockets(server);
  const port = await listen(server);
  return { port, seen, close: () => closeServer(server, sockets) };
}

/**
 * The browsers' own background services (updates, remote settings, sign-in) that no flag or
 * pref fully silences. A proxied request to one of these is the browser's, not Claimlens's;
 * anything else proxied is a privacy failure.
 */
const BROWSER_SERVICE_HOSTS = /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com|mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com|mozaws\.net)(:\d+)?$/;

/** Host of a proxy log line (`CONNECT host:443` or `GET http://host/…`). */
export function proxiedHost(line: string): string {
  const target = line.slice(line.indexOf(' ') + 1);
  if (/^[a-z]+:\/\//i.test(target)) return new URL(target).host;
  return target;
}

/** Splits the proxy log into the browser's own service traffic and everything else. */
export function classifyProxied(seen: readonly string[]): { browserServices: string[]; other: string[] } {
  const browserServices: string[] = [];
  const other: string[] = [];
  for (const line of seen) (BROWSER_SERVICE_HOSTS.test(proxiedHost(line)) ? browserServices : other).push(line);
  return { browserServices, other };
}
