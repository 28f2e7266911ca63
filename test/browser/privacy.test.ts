/**
 * Claimlens makes no network request at all (issue 7). The session exercises everything a
 * reader does; then every request the drivers saw went to 127.0.0.1 or the extension's own
 * files, the extension's pages fetched nothing else, and the recording proxy that all
 * non-loopback traffic is routed to saw nothing but the browser's own services.
 */
import { expect, test } from 'vitest';
import {
  classifyProxied, clickControl, describeEachBrowser, fetchedResources, findControl, isLocal, listItems, useSession, waitFor, waitForHighlights,
} from './harness';

const CANARY = 'claimlens-canary.test';

describeEachBrowser('privacy', (browser) => {
  const session = useSession(browser);

  test('every request goes to 127.0.0.1; the extension pages fetch only their own files', async () => {
    const s = session();
    const url = s.server.articleUrl('kursk-seed');
    const page = await s.open(url);
    const others = [await s.open(s.server.pageUrl('strict.csp.html')), await s.open(s.server.pageUrl('mutating.html'))];
    await waitForHighlights(page, 'highlights on the demo article', (r) => Object.keys(r).length > 0);
    const popup = await s.openExtensionPage(`popup.html?url=${encodeURIComponent(url)}`);
    await waitFor('the popup objectives', () => listItems(popup, 'objectives'), (items) => items.length > 0);
    await waitFor('the Claims switch', () => findControl(popup, 'Claims'), (c) => c !== null);
    await clickControl(popup, 'Claims');
    await clickControl(popup, 'Claims');
    const options = await s.openExtensionPage('options.html');
    // Give anything the extension might send on its own a moment to show up.
    await new Promise((resolve) => setTimeout(resolve, 1500));

    for (const tab of [popup, options]) {
      const fetched = await fetchedResources(tab);
      expect(fetched.filter((u) => !u.startsWith(s.extensionOrigin + '/'))).toEqual([]);
    }
    expect(s.requests.length, 'the drivers reported the page requests').toBeGreaterThan(0);
    expect(s.requests.filter((u) => !isLocal(s, u))).toEqual([]);
    expect([...s.server.referencedHosts], 'the pages used here name no other host').toEqual([]);
    const { other, browserServices } = classifyProxied(s.proxy.seen);
    if (browserServices.length) console.info(`${browser}'s own service traffic (not Claimlens): ${[...new Set(browserServices)].join(', ')}`);
    expect(other).toEqual([]);

    // The net can catch: a request an extension page makes off 127.0.0.1 reaches the proxy.
    // (The canary host is marked as named by the test so the session's final check allows it.)
    s.server.referencedHosts.add(CANARY);
    await options.evaluate((url) => fetch(url, { mode: 'no-cors' }).then(() => undefined, () => undefined), `http://${CANARY}/`);
    await waitFor('the proxy to record the canary request', async () => s.proxy.seen, (seen) => seen.some((line) => line.includes(CANARY)), 10_000);
    await Promise.all([options.close(), popup.close(), page.close(), ...others.map((t) => t.close())]);
  });
});
