/**
 * Real-browser test harness: which browsers exist, launching each with Claimlens loaded, and
 * closing them whatever happens. Tests call `describeEachBrowser` and `useSession`.
 *
 * Environment:
 *   CI=true                    a missing browser fails its suite instead of skipping it
 *   CLAIMLENS_EXTENSION=zip    load every suite from the store zips instead of extension/
 *   CLAIMLENS_CHROMIUM / CLAIMLENS_FIREFOX   other browser binaries
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe } from 'vitest';
import { CHROMIUM_PATH, launchChromium } from './harness/chromium';
import { FIREFOX_PATH, launchFirefox } from './harness/firefox';
import { extensionDir, type BrowserName, type ExtensionSource } from './harness/extension-source';
import type { Session } from './harness/session';
import { classifyProxied, proxiedHost } from './harness/server';

export * from './harness/page';
export * from './harness/session';
export { classifyProxied, ROOT, ARTICLES_DIR, PAGES_DIR } from './harness/server';
export { zipPath, type BrowserName } from './harness/extension-source';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

const INSTALL: Record<BrowserName, { path: string; install: string }> = {
  chromium: { path: CHROMIUM_PATH, install: 'apt-get install chromium' },
  firefox: { path: FIREFOX_PATH, install: 'apt-get install firefox-esr' },
};

const warned = new Set<BrowserName>();

/**
 * True when `name`'s binary is installed. When it is not: outside CI, prints how to install it
 * (once) and returns false so the suite is skipped; with CI=true returns true, so the suite runs
 * and fails at launch, saying what is missing.
 */
export function requireBrowser(name: BrowserName): boolean {
  const { path, install } = INSTALL[name];
  if (existsSync(path)) return true;
  if (process.env.CI === 'true') return true;
  if (!warned.has(name)) {
    warned.add(name);
    console.warn(`⚠ ${name} tests skipped: ${path} not found. Install it with \`${install}\` (with CI=true this is a failure).`);
  }
  return false;
}

/** `describe` once per browser, skipped (with an install hint) where the browser is missing. */
export function describeEachBrowser(title: string, body: (name: BrowserName) => void): void {
  for (const name of BROWSERS) {
    const run = requireBrowser(name) ? describe : describe.skip;
    run(`${title} [${name}]`, () => body(name));
  }
}

/** Launches `name` with Claimlens loaded from `source`. */
export async function launch(name: BrowserName, source: ExtensionSource = defaultSource()): Promise<Session> {
  const { path, install } = INSTALL[name];
  if (!existsSync(path)) throw new Error(`${name} is not installed at ${path}: \`${install}\``);
  const dir = await extensionDir(name, source);
  return name === 'chromium' ? launchChromium(dir) : launchFirefox(dir);
}

/**
 * Privacy, checked for every session: nothing went off 127.0.0.1 but the browser's own service
 * traffic and requests to hosts the served pages themselves name (a corpus page's CDN; the
 * strict check, with pages naming no host, is privacy.test.ts).
 */
export function assertNothingLeft(session: Session): void {
  const pages = session.server.referencedHosts;
  const other = classifyProxied(session.proxy.seen).other.filter((line) => !pages.has(proxiedHost(line).replace(/:\d+$/, '')));
  const foreign = session.requests.filter((url) => !isLocal(session, url) && !pages.has(hostOf(url)));
  if (other.length || foreign.length) {
    throw new Error(`network requests off 127.0.0.1 in ${session.name}:\n${[...other, ...foreign].join('\n')}`);
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** True for the test server, the extension's own files and in-memory URLs. */
export function isLocal(session: Session, url: string): boolean {
  return url.startsWith('http://127.0.0.1:') || url.startsWith(session.extensionOrigin + '/') || /^(data|blob|about):/.test(url);
}

function defaultSource(): ExtensionSource {
  return process.env.CLAIMLENS_EXTENSION === 'zip' ? 'zip' : 'build';
}

/**
 * One browser session for the enclosing describe: launched in beforeAll, always closed in
 * afterAll. Returns a getter (the session exists only once beforeAll has run).
 */
export function useSession(name: BrowserName, source?: ExtensionSource): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await launch(name, source);
  });
  afterAll(async () => {
    const closing = session;
    session = undefined;
    if (!closing) return;
    await closing.close();
    assertNothingLeft(closing);
  });
  return () => {
    if (!session) throw new Error(`the ${name} session did not start (see the beforeAll error above)`);
    return session;
  };
}

