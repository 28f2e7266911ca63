// @vitest-environment happy-dom
/**
 * axe-core over the popup (report and state pages) and the options page in
 * happy-dom: no serious or critical violation. happy-dom has no layout, so rules
 * that need rendering (colour contrast) are left to the real-browser check.
 */
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { VNode } from 'preact';
import { Options } from '../../src/options/Options';
import { Popup } from '../../src/popup/Popup';
import { fake } from './fake-browser';
import { button, buttons, click, mount, unmount, until } from './dom';
import { sampleAnalysis } from './fixtures';
import { closedPage, openPage, readyPage } from './page';

vi.mock('../../src/shared/browser', async () => (await import('./fake-browser')).browserModule);

let root: HTMLElement | undefined;
beforeEach(() => {
  fake.reset();
  document.documentElement.lang = 'en';
  document.title = 'Claimlens';
});
afterEach(async () => {
  if (root) await unmount(root);
  root = undefined;
});

/**
 * The violations axe finds in the document, as "impact rule: target" lines. The
 * requirement is no serious or critical one; the pages keep the others at zero too.
 */
async function violations(): Promise<string[]> {
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')}`));
}

async function show(node: VNode, ready: () => boolean): Promise<HTMLElement> {
  root = await mount(node);
  await until(ready, 'the page to render');
  return root;
}

describe('axe finds no violation', () => {
  test('popup with a report, every disclosure open', async () => {
    readyPage({ id: 1, active: true }, sampleAnalysis());
    const r = await show(<Popup search="" pollMs={1} />, () => document.querySelector('[data-testid="objectives"]') !== null);
    for (const b of buttons(r, /^Show claims/)) await click(b);
    for (const name of ['Claims (4)', 'Numbers (2)', 'Attributions (3)', 'Hedges (1)']) await click(button(r, name));
    expect(r.querySelectorAll('.annotations li').length).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
  });

  test('full report', async () => {
    readyPage({ id: 3 }, sampleAnalysis());
    await show(<Popup search="?tab=3" pollMs={1} />, () => document.querySelector('.kind-hedge li') !== null);
    expect(await violations()).toEqual([]);
  });

  test('run-on-click state', async () => {
    openPage({ id: 1, active: true }, { status: 'idle' });
    await show(<Popup search="" pollMs={1} />, () => document.querySelector('button.primary') !== null);
    expect(await violations()).toEqual([]);
  });

  test('page where extensions cannot run', async () => {
    closedPage({ id: 1, active: true, url: 'chrome://settings' });
    await show(<Popup search="" pollMs={1} />, () => /browser’s own/.test(document.body.textContent ?? ''));
    expect(await violations()).toEqual([]);
  });

  test('options page, with sites listed and an input error', async () => {
    fake.writeSettings({ ...fake.storedSettings(), sites: { 'a.example': 'always', 'b.example': 'never' } });
    const r = await show(<Options />, () => document.querySelector('[data-testid="sites"]') !== null);
    await click(button(r, 'Add site'));
    expect(document.querySelector('.form-error')).not.toBeNull();
    expect(await violations()).toEqual([]);
  });
});
