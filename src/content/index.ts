/**
 * Content script entry: wires the page controller to the extension (settings,
 * messages, badge). All the work is in ./page.ts and src/dom/.
 */
import { browser, loadSettings, onSettingsChanged, sendToBackground } from '../shared/browser';
import type { ContentRequest, PageState } from '../shared/messages';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { PageController } from './page';

/** Answers one request from the popup or background; undefined for requests not meant for us. */
function answer(page: PageController, request: ContentRequest): Promise<unknown> | undefined {
  switch (request?.type) {
    case 'get-state':
      return Promise.resolve<PageState>(page.getState());
    case 'reveal':
      return Promise.resolve(page.reveal(request.start, request.end));
    case 'run':
      return page.run().then(() => true, () => false);
    default:
      return undefined;
  }
}

async function main(): Promise<void> {
  const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
  const page = new PageController(document, settings, {
    analyzeInBackground: (title, text, site) => sendToBackground({ type: 'analyze', title, text, site }),
    reportAnalysed: (claims, status) => {
      sendToBackground({ type: 'page-analysed', claims, status }).catch(() => undefined);
    },
  });
  browser.runtime.onMessage.addListener((message: unknown) => answer(page, message as ContentRequest));
  onSettingsChanged((next) => page.updateSettings(next));
  page.start();
}

// Only the top document: frames (ads, embeds) are not the article.
if (window.top === window) main().catch(() => undefined);
