/** What the site list accepts as a site. */
import { expect, test } from 'vitest';
import { siteHostname } from '../../src/options/hostname';

test.each([
  ['example.com', 'example.com'],
  ['  Example.COM  ', 'example.com'],
  ['https://www.bbc.co.uk/news/world-123', 'www.bbc.co.uk'],
  ['http://news.example:8080/a', 'news.example'],
  ['example.com.', 'example.com'],
  ['localhost', 'localhost'],
  ['bücher.example', 'xn--bcher-kva.example'],
  ['', null],
  ['not a site', null],
  ['example', null],
  ['-bad.example', null],
  ['javascript:alert(1)', null],
  ['a'.repeat(100_000), null],
  ['\u0000\u0001binary', null],
])('%j → %j', (input, host) => {
  expect(siteHostname(input)).toBe(host);
});
