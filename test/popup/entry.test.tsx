// @vitest-environment happy-dom
/** The page entries: the HTML's placeholder sentence gives way to the rendered page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, expect, test, vi } from 'vitest';
import { fake } from './fake-browser';
import { text, until } from './dom';
import { sampleAnalysis } from './fixtures';
import { readyPage } from './page';

vi.mock('../../src/shared/browser', async () => (await import('./fake-browser')).browserModule);

/** Puts the body of static/<page>.html into the document, as the browser would before running the script. */
function loadHtml(page: string): void {
  const html = readFileSync(join(__dirname, `../../static/${page}.html`), 'utf8');
  // Only the #app element: parsing the whole page would make happy-dom fetch its stylesheet.
  const fragment = /<div id="app">.*?<\/div>/s.exec(html)?.[0] ?? '';
  const app = new DOMParser().parseFromString(fragment, 'text/html').getElementById('app');
  if (!app) throw new Error(`no #app in ${page}.html`);
  document.body.replaceChildren(document.importNode(app, true));
}

beforeEach(() => fake.reset());

test('popup.html says something before the script runs, then shows the report in its place', async () => {
  loadHtml('popup');
  expect(text(document.getElementById('app'))).toBe('Opening Claimlens…');
  readyPage({ id: 1, active: true }, sampleAnalysis());
  await import('../../src/popup/index');
  await until(() => document.querySelector('[data-testid="objectives"]') !== null, 'the report');
  expect(document.querySelector('.boot')).toBeNull();
  expect(document.documentElement.dataset.layout).toBe('popup');
});

test('options.html says something before the script runs, then shows the options in its place', async () => {
  loadHtml('options');
  expect(text(document.getElementById('app'))).toBe('Opening Claimlens options…');
  await import('../../src/options/index');
  await until(() => document.querySelector('fieldset') !== null, 'the options');
  expect(document.querySelector('.boot')).toBeNull();
});
