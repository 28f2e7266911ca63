import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { siteNameOf } from '../../src/dom/site';
import { readArticle } from '../../src/dom/read';

const page = (head: string) => parseHTML(`<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`).document as unknown as Document;

describe('siteNameOf', () => {
  test('reads the site name the page declares', () => {
    expect(siteNameOf(page('<meta property="og:site_name" content="  NBC   News ">'))).toBe('NBC News');
    expect(siteNameOf(page('<meta name="application-name" content="The Seattle Times">'))).toBe('The Seattle Times');
    expect(siteNameOf(page('<meta value="Bloomberg.com" name="og:site_name">'))).toBe('Bloomberg.com');
  });

  test('falls back to the host name, and to nothing when there is no host', () => {
    const doc = page('');
    expect(siteNameOf(doc)).toBe('');
    Object.defineProperty(doc, 'location', { value: { hostname: 'WWW.Latimes.com' } });
    expect(siteNameOf(doc)).toBe('www.latimes.com');
  });

  test('a meta tag holding a paragraph rather than a name is not taken for one', () => {
    const doc = page(`<meta property="og:site_name" content="${'word '.repeat(40)}">`);
    expect(siteNameOf(doc)).toBe('');
  });

  test('readArticle passes it on with the text', () => {
    const body = '<p>' + 'The council said on Monday that the bridge would reopen in spring after repairs. '.repeat(6) + '</p>';
    const { document } = parseHTML(`<html><head><meta property="og:site_name" content="The Herald"></head><body><article><h1>Bridge</h1>${body}</article></body></html>`);
    expect(readArticle(document as unknown as Document, { computedStyle: false })?.site).toBe('The Herald');
  });
});
