import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, test } from 'vitest';
import { findArticle, findTitle } from '../../src/dom/article';
import { readArticle } from '../../src/dom/read';

const dir = join(__dirname, '..', 'fixtures', 'articles');
const slugs = readdirSync(dir).filter((s) => existsSync(join(dir, s, 'source.html'))).sort();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function load(slug: string): Document {
  return parseHTML(readFileSync(join(dir, slug, 'source.html'), 'utf8')).document as unknown as Document;
}

/** Page furniture readers never count as the story: navigation, footers, comment threads. */
const FURNITURE = 'nav, footer, [role="navigation"], [role="contentinfo"], [id*="comments"], [class*="comment-list"], [class*="cookie"]';

const report: string[] = [];
let goldFound = 0;
let goldTotal = 0;

describe('findArticle on the corpus pages', () => {
  test.each(slugs)('%s: the story is found, its gold sentences are in the text, the furniture is not', (slug) => {
    const doc = load(slug);
    const before = doc.documentElement.outerHTML.length;
    const article = readArticle(doc, { computedStyle: false });
    expect(article, 'an article is found').not.toBeNull();
    const text = norm(article!.text);

    const goldPath = join(dir, slug, 'gold.json');
    let found = 0;
    let total = 0;
    if (existsSync(goldPath)) {
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { attributions: { sentence_start: string }[] };
      for (const a of gold.attributions) {
        total++;
        if (text.includes(norm(a.sentence_start))) found++;
      }
    }
    goldFound += found;
    goldTotal += total;

    // Furniture outside the story (at least 40 characters of it) must not leak into the text.
    let furniture = 0;
    let leaked = 0;
    for (const el of Array.from(doc.querySelectorAll(FURNITURE))) {
      if (article!.root.contains(el) && !el.contains(article!.root)) continue;
      if (el.contains(article!.root)) continue;
      const t = norm(el.textContent ?? '');
      if (t.length < 40) continue;
      furniture += t.length;
      if (text.includes(t)) leaked += t.length;
    }
    report.push(`${slug.padEnd(26)} gold ${found}/${total}  text ${String(text.length).padStart(6)} chars  furniture leaked ${leaked}/${furniture}`);
    expect(leaked).toBe(0);
    if (total) expect(found / total).toBeGreaterThanOrEqual(0.9);
    // The headline is the title, not repeated as the text's first paragraph.
    expect(norm(article!.text.split('\n\n')[0]!)).not.toBe(norm(article!.title));
    expect(doc.documentElement.outerHTML.length).toBe(before);
  });

  afterAll(() => {
    console.log(`\nArticle finding (linkedom, markup only): gold sentences found ${goldFound}/${goldTotal} = ${(goldFound / Math.max(1, goldTotal)).toFixed(3)}\n${report.join('\n')}`);
    if (goldTotal) expect(goldFound / goldTotal).toBeGreaterThanOrEqual(0.98);
  });
});

describe('pages without an article', () => {
  test.each([
    ['a navigation page', '<nav><a href="/a">World</a> <a href="/b">Business</a></nav><ul><li><a href="/1">Story one headline here and more words</a></li><li><a href="/2">Story two headline here and more words</a></li></ul>'],
    ['a login form', '<form><p>Sign in to continue reading our journalism and more.</p><input name="u"></form>'],
    ['a cookie banner only', '<div class="cookie-banner"><p>We use cookies to improve your experience on our site, to personalise ads and to analyse traffic.</p></div>'],
    ['an empty page', ''],
  ])('%s: no article', (_name, body) => {
    const doc = parseHTML(`<!doctype html><html><head><title>Home</title></head><body>${body}</body></html>`).document as unknown as Document;
    expect(findArticle(doc)).toBeNull();
  });

  test('a short story among furniture is found, without the furniture', () => {
    const para = 'The council said on Monday that the bridge would cost $4 million, twice the first estimate, and open in 2026.';
    const doc = parseHTML(`<html><body><nav><p>${'Menu item text that is long enough to count. '.repeat(3)}</p></nav>
      <main><h1>Bridge costs double</h1><p>${para}</p><p>${para}</p><p>${para}</p>
      <div class="related-stories"><p>${'Another story you might like to read today. '.repeat(3)}</p></div></main>
      <footer><p>${'Copyright and terms of use of this newspaper. '.repeat(3)}</p></footer></body></html>`).document as unknown as Document;
    const article = readArticle(doc, { computedStyle: false })!;
    expect(article.title).toBe('Bridge costs double');
    expect(article.text).toBe([para, para, para].join('\n\n'));
  });
});

describe('story shapes', () => {
  test('a live blog: the lead paragraphs beside a long feed of entries all belong to the story', () => {
    const entries = Array.from({ length: 20 }, (_, i) => `<p>Entry ${i}: the council estimates ${i * 3} homes lost power overnight.</p>`).join('');
    const doc = parseHTML(`<html><body><article><h1>Live</h1><p>According to the fire service, 120 firefighters were sent to the scene.</p>
      <p id="live">Update: officials said 4,321 people were evacuated, according to the police.</p><div id="feed">${entries}</div></article></body></html>`).document as unknown as Document;
    const article = readArticle(doc, { computedStyle: false })!;
    expect(article.text.startsWith('According to the fire service')).toBe(true);
    expect(article.text).toContain('4,321 people were evacuated');
    expect(article.text).toContain('Entry 19');
  });

  test('links with furniture-like class names keep their words inside a sentence', () => {
    const para = 'sale to <a class="meta-org" href="/v">Verizon</a> is a complicated beast, showing how different acquisition structures can affect shareholders.';
    const doc = parseHTML(`<html><body><article><p><a class="meta-org" href="/y">Yahoo</a>’s ${para}</p><p>${para}</p><p>${para}</p></article></body></html>`).document as unknown as Document;
    expect(readArticle(doc, { computedStyle: false })!.text.startsWith('Yahoo’s sale to Verizon is')).toBe(true);
  });
});

describe('findTitle', () => {
  test.each([
    ['the h1 when it agrees with og:title', '<meta property="og:title" content="Big news | Paper">', '<h1>Big news</h1>', 'Big news'],
    ['og:title when the h1 is something else', '<meta property="og:title" content="Big news">', '<h1>Paper</h1>', 'Big news'],
    ['<title> when there is nothing else', '<title>Only title</title>', '<p>x</p>', 'Only title'],
    ['empty when the page has none', '', '<p>x</p>', ''],
  ])('%s', (_name, head, body, expected) => {
    const doc = parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
    expect(findTitle(doc, null)).toBe(expected);
  });
});
