// @vitest-environment happy-dom
/** The options page as a reader uses it: each control writes the stored settings. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Options } from '../../src/options/Options';
import { fake } from '../popup/fake-browser';
import { button, checkbox, click, mount, nameOf, text, unmount, until } from '../popup/dom';
import { act } from 'preact/test-utils';

vi.mock('../../src/shared/browser', async () => (await import('../popup/fake-browser')).browserModule);

let root: HTMLElement;
beforeEach(async () => {
  fake.reset();
});
afterEach(async () => {
  await unmount(root);
});

async function open(): Promise<HTMLElement> {
  root = await mount(<Options />);
  await until(() => root.querySelector('fieldset') !== null, 'the settings');
  return root;
}

const radio = (name: string) => {
  const found = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => nameOf(r).startsWith(name));
  if (found.length !== 1) throw new Error(`expected one radio "${name}", found ${found.length}`);
  return found[0] as HTMLInputElement;
};

async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('highlights on by default', () => {
  test.each([
    ['Claims', 'claim'],
    ['Numbers', 'number'],
    ['Attributions', 'attribution'],
    ['Hedges', 'hedge'],
  ] as const)('"%s" is stored off and on', async (name, kind) => {
    await open();
    await click(checkbox(root, name));
    expect(fake.storedSettings().kinds[kind]).toBe(false);
    expect(checkbox(root, name).checked).toBe(false);
    await click(checkbox(root, name));
    expect(fake.storedSettings().kinds[kind]).toBe(true);
  });

  test('the page shows what is stored', async () => {
    fake.writeSettings({ ...fake.storedSettings(), enabled: false, kinds: { claim: true, number: false, attribution: true, hedge: false } });
    await open();
    expect(['Highlights', 'Claims', 'Numbers', 'Attributions', 'Hedges'].map((n) => checkbox(root, n).checked)).toEqual([false, true, false, true, false]);
  });
});

describe('run mode', () => {
  test('"Only when I ask" and back to "On every site"', async () => {
    await open();
    expect(radio('On every site').checked).toBe(true);
    await click(radio('Only when I ask'));
    expect(fake.storedSettings().runMode).toBe('on-click');
    await click(radio('On every site'));
    expect(fake.storedSettings().runMode).toBe('always');
  });
});

describe('site rules', () => {
  const siteInput = () => root.querySelector<HTMLInputElement>('input[name="site"]') as HTMLInputElement;
  const ruleSelect = () => root.querySelector<HTMLSelectElement>('select[name="rule"]') as HTMLSelectElement;
  const listed = () => [...root.querySelectorAll('[data-testid="sites"] li')].map((li) => [text(li.querySelector('.site-host')), text(li.querySelector('.site-rule'))]);

  test('adding a site from a pasted address, with its rule, and removing it', async () => {
    await open();
    expect(nameOf(siteInput())).toMatch(/^Site/);
    await type(siteInput(), 'https://WWW.Example.org/news/1');
    await choose(ruleSelect(), 'always');
    await click(button(root, 'Add site'));
    expect(fake.storedSettings().sites).toEqual({ 'www.example.org': 'always' });
    expect(listed()).toEqual([['www.example.org', 'Always run']]);
    expect(siteInput().value).toBe('');
    await type(siteInput(), 'tabloid.example');
    await choose(ruleSelect(), 'never');
    await click(button(root, 'Add site'));
    expect(listed()).toEqual([['tabloid.example', 'Never run'], ['www.example.org', 'Always run']]);
    await click(button(root, 'Remove www.example.org'));
    expect(fake.storedSettings().sites).toEqual({ 'tabloid.example': 'never' });
    expect(text(root.querySelector('.site-rules [role="status"]'))).toBe('www.example.org removed.');
  });

  test('a word that is no site name is refused with a sentence', async () => {
    await open();
    await type(siteInput(), 'not a site');
    await click(button(root, 'Add site'));
    expect(fake.storedSettings().sites).toEqual({});
    expect(text(root.querySelector('.form-error'))).toMatch(/is not a site name/);
    expect(siteInput().getAttribute('aria-invalid')).toBe('true');
  });
});

describe('theme', () => {
  test.each([
    ['Dark', 'dark'],
    ['Light', 'light'],
    ['High contrast', 'contrast'],
    ['Follow the system', 'system'],
  ] as const)('"%s" is stored and applied to the page as data-theme', async (label, theme) => {
    fake.writeSettings({ ...fake.storedSettings(), theme: theme === 'system' ? 'dark' : 'system' });
    await open();
    await click(radio(label));
    expect(fake.storedSettings().theme).toBe(theme);
    await until(() => document.documentElement.dataset.theme === theme, `data-theme=${theme}`);
  });
});

describe('keyboard shortcut', () => {
  test('names the command and its current shortcut', async () => {
    fake.commands = [{ name: 'toggle-highlights', shortcut: 'Ctrl+Shift+K' }];
    await open();
    await until(() => root.querySelector('kbd') !== null, 'the shortcut');
    expect(text(root.querySelector('[data-testid="shortcut"]'))).toBe('Turn all highlights off and on (the command toggle-highlights): Ctrl+Shift+K');
  });

  test('says when no shortcut is set', async () => {
    fake.commands = [{ name: 'toggle-highlights', shortcut: '' }];
    await open();
    await until(() => /no shortcut is set/.test(text(root.querySelector('[data-testid="shortcut"]'))), 'the no-shortcut sentence');
  });

  test('in Chrome: the steps name chrome://extensions/shortcuts, and the button opens it in a tab', async () => {
    await open();
    expect(text(root.querySelector('.shortcut'))).toContain('chrome://extensions/shortcuts');
    await click(button(root, 'Open shortcut settings'));
    await until(() => fake.created.length === 1, 'a tab to open');
    expect(fake.created[0]?.url).toBe('chrome://extensions/shortcuts');
  });

  test('in Firefox: the steps name about:addons, and the button uses commands.openShortcutSettings', async () => {
    fake.baseUrl = 'moz-extension://abc/';
    const opened = vi.fn(async () => undefined);
    fake.openShortcutSettings = opened;
    await open();
    expect(text(root.querySelector('.shortcut'))).toMatch(/about:addons.*Manage Extension Shortcuts/);
    await click(button(root, 'Open shortcut settings'));
    await until(() => opened.mock.calls.length === 1, 'the settings to open');
    expect(fake.created).toEqual([]);
  });

  test('when the browser refuses to open the page, the steps stay and a sentence says so', async () => {
    fake.createFails = 'Illegal URL';
    await open();
    await click(button(root, 'Open shortcut settings'));
    await until(() => /does not let extensions open/.test(text(root.querySelector('.shortcut [role="status"]'))), 'the refusal sentence');
  });
});
