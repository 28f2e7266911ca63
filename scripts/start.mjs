#!/usr/bin/env node
/**
 * `npm start`: build, serve the bundled articles on 127.0.0.1, and open a browser with
 * Claimlens loaded on the demo article (kursk-seed). Chromium by default:
 *   npm start                 Chromium (/usr/bin/chromium, or $CHROMIUM)
 *   npm start -- --firefox    Firefox ESR (/usr/bin/firefox-esr, or $FIREFOX) via web-ext run
 *   npm start -- --no-build   skip the build (use extension/ as it is)
 * Run through tsx (see package.json), which lets it import the test server written in TypeScript.
 * With no display (Linux without DISPLAY or WAYLAND_DISPLAY) no window can open, so it says so
 * and prints the `npm run analyze` report of the demo article instead.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// The browser tests' server: saved pages under a CSP that blocks their scripts and any fetch
// off 127.0.0.1, so the demo shows the page as saved and nothing leaves the machine.
import { startServer } from '../test/browser/harness/server.ts';
import { run as runIn } from './run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const extension = join(root, 'extension');
const DEMO = 'kursk-seed';
const args = new Set(process.argv.slice(2));
const firefox = args.has('--firefox');
const browserPath = firefox ? process.env.FIREFOX || '/usr/bin/firefox-esr' : process.env.CHROMIUM || '/usr/bin/chromium';

/** Runs a command in the project folder, output shown; resolves with its exit status. */
const run = async (command, commandArgs) => (await runIn(command, commandArgs, { cwd: root })).status;

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
  const server = await startServer();
  const url = server.articleUrl(DEMO);
  console.log(`serving test/fixtures/articles/ at ${server.origin}/articles/`);
  console.log(`opening ${firefox ? 'Firefox' : 'Chromium'} on ${url} (close the browser or press Ctrl+C to stop)`);
  // Ctrl+C reaches the browser too; once it has closed, the server stops below.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => undefined);
  process.exitCode = firefox ? await openFirefox(url) : await openChromium(url);
  await server.close();
}
