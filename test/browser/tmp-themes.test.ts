import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { describeEachBrowser, listItems, ROOT, useSession, waitFor, waitForHighlights } from './harness';
const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
describeEachBrowser('tmp themes', (browser) => {
  const session = useSession(browser);
  test('themes', async () => {
    const s = session();
    const url = s.server.articleUrl('kursk-seed');
    const page = await s.open(url);
    await waitForHighlights(page, 'hl', (r) => Object.keys(r).length > 0);
    const out: unknown[] = [];
    for (const file of ['popup.html?url=' + encodeURIComponent(url), 'options.html']) {
      const tab = await s.openExtensionPage(file);
      await waitFor('render', () => tab.evaluate(() => document.querySelectorAll('fieldset').length), (n) => n > 0);
      if (file.startsWith('popup')) {
        await waitFor('3', () => listItems(tab, 'objectives'), (items) => items.length >= 3);
        await tab.evaluate(() => { for (const b of document.querySelectorAll('button.disclosure')) (b as HTMLButtonElement).click(); });
      }
      await tab.evaluateScript(AXE);
      for (const theme of ['light', 'dark', 'contrast']) {
        const v = await tab.evaluate(async (t) => {
          document.documentElement.dataset.theme = t;
          await new Promise((r) => setTimeout(r, 50));
          const axe = (window as any).axe;
          const r = await axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map((x: any) => `${x.impact} ${x.id} ${x.nodes.length} ${x.nodes.slice(0, 3).map((n: any) => n.target.join(' ') + ' ' + (n.any?.[0]?.message ?? '')).join(' | ')}`);
        }, theme);
        out.push([file.slice(0, 6), theme, v]);
      }
    }
    console.log(JSON.stringify(out, null, 1));
    expect(1).toBe(1);
  });
});
