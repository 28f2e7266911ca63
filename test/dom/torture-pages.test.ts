/**
 * Hostile and huge pages through the page layer: deep nesting, a 1 MB text node,
 * 100,000 nodes, frames, shadow roots, editable areas and form fields, right-to-left
 * and non-Latin scripts, quirks mode, broken HTML. Each ends with no exception and
 * the page's DOM unchanged. (Speed is reported by the benchmark, not asserted here.)
 */
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { articleFromHtml } from '../../src/cli/html';
import { findArticle } from '../../src/dom/article';
import { readArticle } from '../../src/dom/read';
import { rangeFromOffsets } from '../../src/dom/ranges';
import { extractText } from '../../src/dom/text';
import { page } from './helpers';

const PARA = 'Officials said on Tuesday that up to 1,200 troops had crossed the border, according to Reuters.';
const story = (n = 5) => Array.from({ length: n }, () => `<p>${PARA}</p>`).join('');

/**
 * The DOM as a string, walked without recursion (happy-dom's own serializer recurses
 * and overflows on 5,000 levels): tags, attributes, text and comments in order.
 */
export function snapshot(doc: Document): string {
  const out: string[] = [];
  const stack: (Node | string)[] = [doc.documentElement];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    if (item.nodeType === 3 || item.nodeType === 8) {
      out.push(`${item.nodeType}:${(item as CharacterData).data}`);
      continue;
    }
    const el = item as Element;
    out.push(`<${el.tagName}${Array.from(el.attributes, (a) => ` ${a.name}="${a.value}"`).join('')}>`);
    stack.push(`</${el.tagName}>`);
    const children: Node[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out.join('');
}

/** Reads the page as the content script does and checks the DOM did not change. */
function readUnchanged(doc: Document, computedStyle = true) {
  const before = snapshot(doc);
  const article = readArticle(doc, { computedStyle });
  expect(snapshot(doc)).toBe(before);
  return article;
}

describe('huge pages', () => {
  // happy-dom's querySelector recurses and overflows at this depth (browsers do not), so the
  // whole read runs over linkedom, as the command line does; extraction alone over happy-dom.
  test('nesting 5,000 deep: no stack overflow, the story at the bottom is read', () => {
    const deep = (inner: string) => `${'<div><span>'.repeat(2500)}${inner}${'</span></div>'.repeat(2500)}`;
    const { document } = parseHTML(`<!doctype html><html><head><title>T</title></head><body>${deep(`<article>${story()}</article>`)}</body></html>`);
    const doc = document as unknown as Document;
    let depth = 0;
    for (let el: Element | null = doc.querySelector('article'); el; el = el.parentElement) depth++;
    expect(depth).toBeGreaterThan(5000);
    expect(readUnchanged(doc, false)?.text).toContain('up to 1,200 troops');

    const happy = page('');
    let at: Element = happy.body;
    for (let i = 0; i < 5000; i++) at = at.appendChild(happy.createElement(i % 2 ? 'div' : 'span'));
    at.append(happy.createTextNode(PARA));
    const before = snapshot(happy);
    expect(extractText(happy.body, { computedStyle: false }).text).toBe(PARA);
    expect(snapshot(happy)).toBe(before);
  });

  test('a 1 MB text node (no spaces, then words) is read whole and maps back exactly', () => {
    const doc = page('<article><p id="a"></p><p id="b"></p></article>');
    const blob = 'x'.repeat(1_000_000);
    const words = `${PARA} `.repeat(Math.ceil(1_000_000 / (PARA.length + 1)));
    doc.getElementById('a')!.textContent = blob;
    doc.getElementById('b')!.textContent = words;
    const article = readUnchanged(doc)!;
    expect(article).not.toBeNull();
    expect(article.text.length).toBeGreaterThan(2_000_000);
    const at = article.text.indexOf('according to Reuters', 1_500_000);
    const range = rangeFromOffsets(doc, article.segments, at, at + 20)!;
    expect(range.toString()).toBe('according to Reuters');
  });

  test('a 100,000-node page: the article is found among 20,000 link-list items', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => `<li><a href="/${i}">Link ${i}</a></li>`).join('');
    const paras = Array.from({ length: 400 }, (_, i) => `<p>${i}: ${PARA} <em>Also</em> <a href="#">this</a>.</p>`).join('');
    // linkedom: happy-dom's querySelectorAll takes seconds over 80,000 elements (a browser, milliseconds).
    const { document } = parseHTML(`<!doctype html><html><head><title>T</title></head><body><nav><ul>${items}</ul></nav><article>${paras}</article><footer><ul>${items}</ul></footer></body></html>`);
    const doc = document as unknown as Document;
    // 81,000 elements and as many Text nodes.
    expect(doc.querySelectorAll('*').length).toBeGreaterThan(80_000);
    const article = readUnchanged(doc, false)!;
    expect(article.root.tagName).toBe('ARTICLE');
    expect(article.text).not.toContain('Link 1');
    expect(article.text).toContain('399: Officials said');
  }, 60_000);
});

describe('frames and shadow roots', () => {
  test('an iframe in the article is never read across, whatever it holds', () => {
    const doc = page(`<article>${story()}<iframe srcdoc="<p>FRAME TEXT ${PARA}</p>"></iframe><p>Last paragraph of the story here, said a spokesperson.</p></article>`);
    const article = readUnchanged(doc)!;
    expect(article.text).not.toContain('FRAME TEXT');
    expect(article.text).toContain('Last paragraph');
  });

  test('open shadow roots are skipped (only the light DOM is read, documented in extractText)', () => {
    const doc = page(`<article>${story()}<div id="host">light text stays</div></article>`);
    const host = doc.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const p = doc.createElement('p');
    p.textContent = `SHADOW TEXT ${PARA}`;
    shadow.append(p);
    const article = readUnchanged(doc)!;
    expect(article.text).not.toContain('SHADOW TEXT');
    expect(article.text).toContain('light text stays');
  });
});

describe('what the reader types is never read', () => {
  test.each([
    ['a textarea', '<textarea>SECRET typed 42 words said Reuters</textarea>'],
    ['an input', '<input value="SECRET 42 said Reuters">'],
    ['a select', '<select><option>SECRET 42 said Reuters</option></select>'],
    ['a contenteditable div', '<div contenteditable="true"><p>SECRET 42 people, officials said in a draft.</p></div>'],
    ['a bare contenteditable', '<div contenteditable><p>SECRET 42 people, officials said in a draft.</p></div>'],
    ['a plaintext-only editor', '<p contenteditable="plaintext-only">SECRET 42 people, officials said.</p>'],
    ['a role=textbox widget', '<div role="textbox">SECRET 42 people, officials said.</div>'],
    ['a form field inside a paragraph', '<p>Type here: <input value="SECRET"> and go.</p>'],
  ])('%s inside the article', (_name, field) => {
    const doc = page(`<article>${story()}${field}</article>`);
    const article = readUnchanged(doc)!;
    expect(article.text).toContain('up to 1,200 troops');
    expect(article.text).not.toContain('SECRET');
  });

  test('contenteditable="false" inside ordinary text is read', () => {
    const doc = page(`<article>${story()}<p contenteditable="false">Plain words 77 here.</p></article>`);
    expect(readUnchanged(doc)!.text).toContain('Plain words 77 here.');
  });

  test('an article that is itself being edited is not read at all', () => {
    const doc = page(`<div contenteditable="true"><article>${story(8)}</article></div>`);
    expect(readUnchanged(doc)).toBeNull();
  });

  test('a document in design mode is not read', () => {
    const doc = page(`<article>${story(8)}</article>`);
    (doc as { designMode: string }).designMode = 'on';
    expect(readUnchanged(doc)).toBeNull();
  });
});

describe('scripts and modes', () => {
  test.each([
    ['Arabic (rtl)', 'ar', 'rtl', 'قال مسؤولون يوم الثلاثاء إن ما يصل إلى 1200 جندي عبروا الحدود، وفقا لرويترز، في هجوم مفاجئ على المنطقة.'],
    ['Hebrew (rtl)', 'he', 'rtl', 'גורמים רשמיים אמרו ביום שלישי כי עד 1,200 חיילים חצו את הגבול, כך לפי רויטרס, במתקפה מפתיעה על האזור.'],
    ['Chinese', 'zh', 'ltr', '官员周二表示，多达1200名士兵越过边境，据路透社报道，这是对该地区的一次突然袭击。这一消息引起了广泛关注和讨论。'],
    ['Japanese', 'ja', 'ltr', '当局者は火曜日、最大1200人の兵士が国境を越えたとロイターが報じた。地域への突然の攻撃であり、多くの注目を集めた。'],
    ['Russian', 'ru', 'ltr', 'Во вторник официальные лица заявили, что до 1200 военнослужащих пересекли границу, сообщает Reuters, в ходе внезапного нападения.'],
  ])('%s: no crash, the text is read as it stands', (_name, lang, dir, sentence) => {
    const window = new Window({ url: 'https://news.example/x' });
    window.document.write(`<!doctype html><html lang="${lang}" dir="${dir}"><head><title>T</title></head><body><article>${`<p>${sentence}</p>`.repeat(5)}</article></body></html>`);
    const doc = window.document as unknown as Document;
    const article = readUnchanged(doc);
    expect(article?.text).toContain(sentence);
    const at = article!.text.indexOf(sentence);
    expect(rangeFromOffsets(doc, article!.segments, at, at + sentence.length)!.toString()).toBe(sentence);
  });

  test('a quirks-mode page (no doctype, <font>, <center>, tables for layout) is read', () => {
    const window = new Window({ url: 'https://news.example/old' });
    window.document.write(`<html><head><title>Old</title></head><body bgcolor=white><center><table><tr><td><font size=2>${story(6).replace(/<p>/g, '<p><font face=Arial>')}</font></td></tr></table></center></body></html>`);
    const doc = window.document as unknown as Document;
    expect(findArticle(doc)).not.toBeNull();
    expect(readUnchanged(doc)!.text).toContain('up to 1,200 troops');
  });
});

describe('broken HTML through the command line', () => {
  test.each([
    ['unclosed paragraphs', `<html><body><article>${`<p>${PARA}`.repeat(5)}</article>`],
    ['stray closing tags', `<body></p></div><article>${story()}</span></p></p></article></td></body></html></html>`],
    ['unclosed inline elements', `<body><article>${story(3)}<p><em><b>${PARA}<p>${PARA}</article>`],
    ['a truncated page', `<!doctype html><html><body><article>${story()}<p>Cut off mid <a href="/x`],
    ['mis-nested tags', `<body><article>${story(3)}<p><b><i>${PARA}</b></i></p><div><p>${PARA}</div></p></article>`],
  ])('%s: the story is still found', (_name, html) => {
    const { text } = articleFromHtml(html);
    expect(text).toContain('up to 1,200 troops');
  });

  test.each([
    ['empty input', ''],
    ['binary garbage', String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65_000))],
    ['only tags', '<div><div><span></span></div></div>'.repeat(1000)],
  ])('%s: a plain "no article" error, never a crash of another kind', (_name, html) => {
    expect(() => articleFromHtml(html)).toThrow(/no article/);
  });
});
