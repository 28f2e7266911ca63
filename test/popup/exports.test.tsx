// @vitest-environment happy-dom
/** "Open as full report", "Copy as Markdown" and "Download JSON". */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Popup } from '../../src/popup/Popup';
import { fake } from './fake-browser';
import { button, click, mount, text, unmount, until } from './dom';
import { sampleAnalysis } from './fixtures';
import { readyPage } from './page';

vi.mock('../../src/shared/browser', async () => (await import('./fake-browser')).browserModule);

let root: HTMLElement;
beforeEach(async () => {
  fake.reset();
  readyPage({ id: 42, active: true, url: 'https://news.example/flood' }, sampleAnalysis());
  root = await mount(<Popup search="" pollMs={1} />);
  await until(() => root.querySelector('[data-testid="objectives"]') !== null, 'the report');
});
afterEach(async () => {
  await unmount(root);
  vi.restoreAllMocks();
});

const status = () => text(root.querySelector('.export-status'));

describe('exports', () => {
  test('"Open as full report" opens popup.html?tab=<id> in a new tab and closes the popup', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    await click(button(root, 'Open as full report'));
    await until(() => close.mock.calls.length === 1, 'the popup to close');
    expect(fake.created).toEqual([{ url: 'chrome-extension://claimlens-test/popup.html?tab=42' }]);
  });

  test('"Copy as Markdown" writes the report to the clipboard', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await click(button(root, 'Copy as Markdown'));
    await until(() => status() === 'Copied the report as Markdown.', 'the copied line');
    const markdown = writeText.mock.calls[0]?.[0] ?? '';
    expect(markdown).toMatch(/^# Town braces for the flood\n/);
    expect(markdown).toContain('1. The first is to protect the town.\n2. The second is to save the harvest.');
    expect(root.querySelector('textarea')).toBeNull();
  });

  test('when the clipboard refuses, the Markdown is shown in a box to copy by hand', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => Promise.reject(new Error('denied')) }, configurable: true });
    await click(button(root, 'Copy as Markdown'));
    await until(() => root.querySelector('textarea') !== null, 'the fallback box');
    expect(status()).toMatch(/Could not copy/);
    expect((root.querySelector('textarea') as HTMLTextAreaElement).value).toMatch(/^# Town braces for the flood/);
    expect(text(root.querySelector('label.fallback'))).toMatch(/^Report as Markdown/);
  });

  test('"Download JSON" saves the analysis through a blob link named after the title', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:claimlens/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    await click(button(root, 'Download JSON'));
    expect(clicked.map((a) => [a.download, a.href])).toEqual([['town-braces-for-the-flood.claimlens.json', 'blob:claimlens/1']]);
    const json = JSON.parse(await (blobs[0] as Blob).text());
    expect(json).toMatchObject({ version: 1, title: 'Town braces for the flood', url: 'https://news.example/flood' });
    expect(json.objectives).toHaveLength(2);
    expect(status()).toBe('Downloaded the analysis as JSON.');
  });
});
