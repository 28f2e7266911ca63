import { beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';

const fake = vi.hoisted(() => {
  const listeners: { message?: (m: unknown, s: { tab?: { id?: number } }) => unknown; command?: (c: string) => void } = {};
  const store: { settings?: unknown } = {};
  const browser = {
    runtime: { onMessage: { addListener: (f: typeof listeners.message) => (listeners.message = f) } },
    commands: { onCommand: { addListener: (f: typeof listeners.command) => (listeners.command = f) } },
    action: { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined) },
  };
  return { listeners, store, browser };
});

vi.mock('../../src/shared/browser', () => ({
  browser: fake.browser,
  loadSettings: async () => ({ ...(fake.store.settings as object) }),
  saveSettings: async (s: unknown) => {
    fake.store.settings = s;
  },
}));

const { badgeText } = await import('../../src/background/index');

beforeEach(() => {
  fake.store.settings = { ...DEFAULT_SETTINGS };
  fake.browser.action.setBadgeText.mockClear();
});

describe('background', () => {
  test.each([
    [12, 'ready', '12'],
    [0, 'ready', ''],
    [5, 'no-article', ''],
    [5, 'error', ''],
    [12345, 'ready', '999+'],
  ])('badge for %i claims, status %s: "%s"', (claims, status, text) => {
    expect(badgeText(claims, status)).toBe(text);
  });

  test('a page-analysed message sets the badge of the tab that sent it', async () => {
    await fake.listeners.message!({ type: 'page-analysed', claims: 7, status: 'ready' }, { tab: { id: 42 } });
    expect(fake.browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 42, text: '7' });
  });

  test('an analyze request is answered with the analysis of that text', async () => {
    const reply = (await fake.listeners.message!({ type: 'analyze', title: 'T', text: 'The council said it spent $4 million.' }, { tab: { id: 1 } })) as { title: string; text: string };
    expect(reply.title).toBe('T');
    expect(reply.text).toBe('The council said it spent $4 million.');
  });

  test('an analyze request with the site name leaves the publishing outlet out of the sources', async () => {
    const text = '“We will appeal,” Dana Smith told NBC News on Monday.';
    const ask = async (site?: string) =>
      ((await fake.listeners.message!({ type: 'analyze', title: 'T', text, site }, { tab: { id: 1 } })) as { sources: { name: string }[] }).sources.map((s) => s.name);
    expect(await ask()).toContain('NBC News');
    expect(await ask('NBC News')).toEqual(['Dana Smith']);
  });

  test('messages meant for others get no answer from the background', () => {
    expect(fake.listeners.message!({ type: 'get-state' }, {})).toBeUndefined();
  });

  test('the toggle-highlights command flips the master switch in stored settings, twice back to on', async () => {
    fake.listeners.command!('toggle-highlights');
    await vi.waitFor(() => expect((fake.store.settings as Settings).enabled).toBe(false));
    fake.listeners.command!('toggle-highlights');
    await vi.waitFor(() => expect((fake.store.settings as Settings).enabled).toBe(true));
    expect((fake.store.settings as Settings).kinds).toEqual(DEFAULT_SETTINGS.kinds);
  });
});
