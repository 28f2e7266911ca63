#!/usr/bin/env node
/**
 * `npm start`: build, serve the bundled articles on 127.0.0.1, and open a browser with
 * Claimlens loaded on the demo article (kursk-seed). Chromium by default:
 *   npm start                 Chromium (/usr/bin/chromium, or $CHROMIUM)
 *   npm start -- --firefox    Firefox ESR (/usr/bin/firefox-esr, or $FIREFOX) via web-ext run
 *   npm start -- --no-build   skip the build (use extension/ as it is)
 * With no display (Linux without DISPLAY or WAYLAND_DISPLAY) no window can open, so it says so
 * and prints the `npm run analyze` report of the demo article instead.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const articles = join(root, 'test', 'fixtures', 'articles');
const extension = join(root, 'extension');
const DEMO = 'kursk-seed/source.html';
const args = new Set(process.argv.slice(2));
const firefox = args.has('--firefox');
const browserPath = firefox ? process.env.FIREFOX || '/usr/bin/firefox-esr' : process.env.CHROMIUM || '/usr/bin/chromium';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json',
  '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml',
};

/**
 * The saved articles are real news pages full of third-party scripts, trackers and fonts.
 * Served under this policy they run no script and fetch nothing beyond 127.0.0.1, so the demo
 * shows the page as saved and nothing leaves the machine (content scripts are not bound by it).
 */
const SAVED_PAGE_CSP = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'none'";

/** Runs a command with inherited output; resolves with its exit status. */
function run(command, commandArgs) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** Escapes text for the one small HTML page this script writes (the index of articles). */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An index page linking every article folder's source.html. */
async function indexPage() {
  const slugs = (await readdir(articles, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const items = slugs.map((slug) => `<li><a href="/${encodeURIComponent(slug)}/source.html">${escapeHtml(slug)}</a></li>`);
  return `<!doctype html><meta charset="utf-8"><title>Claimlens test articles</title><h1>Test articles</h1><ul>${items.join('')}</ul>`;
}

/**
 * Serves test/fixtures/articles/ read-only on 127.0.0.1 at a free port chosen by the system.
 * Paths outside that folder are refused. Resolves with the server and its base URL.
 */
function serveArticles() {
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      if (path === '/') {
        response.writeHead(200, { 'content-type': TYPES['.html'] }).end(await indexPage());
        return;
      }
      const file = normalize(join(articles, path));
      if (!file.startsWith(articles + sep) || !(await stat(file)).isFile()) throw new Error('not found');
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': SAVED_PAGE_CSP });
      response.end(await readFile(file));
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${server.address().port}/` }));
  });
}

/** Opens Chromium with a throwaway profile and the unpacked extension; resolves when it closes. */
async function openChromium(url) {
  const profile = await mkdtemp(join(tmpdir(), 'claimlens-chromium-'));
  const flags = [
    `--user-data-dir=${profile}`,
    `--load-extension=${extension}`,
    `--disable-extensions-except=${extension}`,
    // Chromium 137+ only honours --load-extension with this feature turned off.
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    '--no-first-run',
    '--no-default-browser-check',
    // Chromium refuses to run its sandbox as root (e.g. in a container).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    url,
  ];
  try {
    return await run(browserPath, flags);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** Opens Firefox with the extension installed temporarily (web-ext run: own profile, reloads on rebuild). */
function openFirefox(url) {
  return run(join(root, 'node_modules', '.bin', 'web-ext'), [
    'run', '--source-dir', extension, '--firefox', browserPath, '--start-url', url, '--no-input',
  ]);
}

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!hasDisplay) {
  console.log('No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser window can open.');
  console.log('Here is what Claimlens finds in the demo article instead (npm run analyze):\n');
  process.exitCode = await run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'analyze']);
} else if (!existsSync(browserPath)) {
  const pkg = firefox ? 'firefox-esr' : 'chromium';
  console.error(`${browserPath} not found. Install it (Debian/Ubuntu: sudo apt-get install ${pkg}) or set ${firefox ? 'FIREFOX' : 'CHROMIUM'}=/path/to/browser.`);
  process.exitCode = 1;
} else {
  if (!args.has('--no-build') && (await run(process.execPath, [join(root, 'build.mjs')])) !== 0) {
    console.error('build failed');
    process.exit(1);
  }
  const { server, base } = await serveArticles();
  const url = new URL(DEMO, base).href;
  console.log(`serving test/fixtures/articles/ at ${base}`);
  console.log(`opening ${firefox ? 'Firefox' : 'Chromium'} on ${url} (close the browser or press Ctrl+C to stop)`);
  const stop = () => {
    server.close();
    server.closeAllConnections(); // a browser's keep-alive sockets would otherwise hold the process open
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.exitCode = firefox ? await openFirefox(url) : await openChromium(url);
  stop();
}
