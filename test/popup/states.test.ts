/** Which sentence a page where Claimlens cannot run gets, and how settings treat a site. */
import { describe, expect, test } from 'vitest';
import { hostnameOf, runModeFor, siteRule, unreachableSentence } from '../../src/popup/states';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';

test.each([
  ['chrome://newtab/', /browser’s own pages/],
  ['about:blank', /browser’s own pages/],
  ['edge://settings', /browser’s own pages/],
  ['view-source:https://x.org', /browser’s own pages/],
  ['moz-extension://abc/popup.html', /browser’s own pages/],
  ['https://chromewebstore.google.com/detail/abc', /extension store/],
  ['https://chrome.google.com/webstore/detail/abc', /extension store/],
  ['https://addons.mozilla.org/en-US/firefox/addon/x/', /extension store/],
  ['https://example.org/paper.PDF', /PDF/],
  ['https://example.org/paper.pdf#page=2', /PDF/],
  ['file:///C:/notes.html', /Allow access to file URLs/],
  ['https://news.example/story', /cannot read this page/],
  [undefined, /cannot read this page/],
  ['not a url at all \u0000', /cannot read this page/],
])('%s', (url, sentence) => {
  expect(unreachableSentence(url)).toMatch(sentence);
});

const settings = (over: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...over });

describe('run mode for a page', () => {
  test.each([
    [{}, 'https://a.example/x', 'always'],
    [{ runMode: 'on-click' as const }, 'https://a.example/x', 'on-click'],
    [{ runMode: 'on-click' as const, sites: { 'a.example': 'always' as const } }, 'https://www.a.example/x', 'always'],
    [{ sites: { 'a.example': 'never' as const } }, 'https://news.a.example/x', 'never'],
    [{ sites: { 'news.a.example': 'always' as const, 'a.example': 'never' as const } }, 'https://news.a.example/x', 'always'],
    [{ sites: { 'a.example': 'never' as const } }, 'https://ba.example/x', 'always'],
    [{ sites: { 'a.example': 'never' as const } }, undefined, 'always'],
  ])('%j at %s → %s', (over, url, mode) => {
    expect(runModeFor(settings(over), url)).toBe(mode);
  });

  test('no settings yet: always', () => {
    expect(runModeFor(null, 'https://a.example/')).toBe('always');
  });

  test('inherited object keys are not site rules', () => {
    expect(siteRule({}, 'constructor')).toBeUndefined();
  });

  test.each([
    ['https://WWW.Example.org/a?b', 'www.example.org'],
    ['nonsense', ''],
    [undefined, ''],
  ])('hostname of %s', (url, host) => {
    expect(hostnameOf(url)).toBe(host);
  });
});
