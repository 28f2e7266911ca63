/**
 * axe-core finds no serious or critical violation in the popup (showing the demo article, in
 * light and dark) and in the options page (issue 6).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { describeEachBrowser, findControl, ROOT, useSession, waitFor, type Tab } from './harness';

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core in `tab`; returns its serious and critical violations. */
async function seriousViolations(tab: Tab): Promise<Violation[]> {
  await tab.evaluateScript(AXE);
  const all = await tab.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describeEachBrowser('accessibility (axe-core)', (browser) => {
  const session = useSession(browser);

  // Firefox under WebDriver BiDi cannot emulate dark mode; Chromium checks both.
  const schemes = browser === 'chromium' ? (['light', 'dark'] as const) : (['light'] as const);

  test.each(schemes)('popup for the demo article, %s', async (colorScheme) => {
    const s = session();
    const url = s.server.articleUrl('kursk-seed');
    const page = await s.open(url);
    const popup = await s.openExtensionPage(`popup.html?url=${encodeURIComponent(url)}`, { colorScheme });
    await waitFor('the popup to render its switches', () => findControl(popup, 'Highlights'), (c) => c !== null);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('options page', async () => {
    const options = await session().openExtensionPage('options.html');
    await waitFor('the options page to render', () => options.evaluate(() => document.querySelectorAll('input, select, button').length), (n) => n > 0);
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });
});
