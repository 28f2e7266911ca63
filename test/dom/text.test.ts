import { describe, expect, test } from 'vitest';
import { extractText } from '../../src/dom/text';
import { page } from './helpers';

const read = (html: string, opts = {}) => extractText(page(html).body, opts).text;

describe('extractText', () => {
  test.each([
    ['paragraphs become blocks separated by a blank line', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['whitespace collapses as the browser renders it', '<p>  A \n\t lot   of\n space  </p>', 'A lot of space'],
    ['inline elements do not break the text', '<p>A <a href="#">link</a>, <em>some</em><strong>thing</strong> else</p>', 'A link, something else'],
    ['<br> is a line break', '<p>Line one<br>line two</p>', 'Line one\nline two'],
    ['nested blocks give one break, not several', '<div><div><p>A</p></div></div><section><p>B</p></section>', 'A\n\nB'],
    ['a heading is its own block', '<h2>Head</h2>Body text', 'Head\n\nBody text'],
    ['list items are blocks', '<ul><li>one</li><li>two</li></ul>', 'one\n\ntwo'],
    ['no-break spaces read as spaces', '<p>$4.5&nbsp;billion</p>', '$4.5 billion'],
    ['pre keeps its whitespace', '<pre>a  b\nc</pre>', 'a  b\nc'],
    ['the hidden attribute hides', '<p>Seen</p><p hidden>Unseen</p>', 'Seen'],
    ['aria-hidden hides', '<p>Seen <span aria-hidden="true">icon</span>too</p>', 'Seen too'],
    ['inline display:none hides', '<p>Seen</p><div style="color: red; display: none">Unseen</div>', 'Seen'],
    ['inline visibility:hidden hides', '<p>Seen</p><div style="visibility:hidden">Unseen</div>', 'Seen'],
    ['script, style, noscript, template and svg are not text', '<p>A</p><script>var x = 1;</script><style>p{}</style><noscript>No JS</noscript><template>T</template><svg><text>S</text></svg><p>B</p>', 'A\n\nB'],
    ['buttons and form fields are not text', '<p>A <button>Share</button>B</p><textarea>typed</textarea>', 'A B'],
  ])('%s', (_name, html, expected) => {
    expect(read(html)).toBe(expected);
  });

  test('computed style hides what a stylesheet hides, when the DOM has computed style', () => {
    const html = '<style>.gone { display: none }</style><p>Seen</p><p class="gone">Unseen</p>';
    expect(read(html)).toBe('Seen');
    expect(read(html, { computedStyle: false })).toBe('Seen\n\nUnseen');
  });

  test('skip leaves out subtrees the caller rejects, but never the root', () => {
    const doc = page('<div class="story"><p>Story.</p><div class="related"><p>Other story.</p></div></div>');
    const root = doc.querySelector('.story')!;
    const skip = (el: Element) => el.classList.contains('related') || el === root;
    expect(extractText(root, { skip }).text).toBe('Story.');
  });

  test('every segment maps its text one to one onto its Text node', () => {
    const doc = page('<p>  The <a href="#">council</a>   said\n  on <em>Monday</em>&nbsp;it spent <b>$4 million</b>.</p><p>Second <span>para</span>graph.<br>Line.</p>');
    const { text, segments } = extractText(doc.body);
    expect(text).toBe('The council said on Monday it spent $4 million.\n\nSecond paragraph.\nLine.');
    let covered = 0;
    for (const s of segments) {
      const fromNode = s.node.data.slice(s.offset, s.offset + (s.end - s.start)).replace(/\s/g, ' ');
      expect(fromNode).toBe(text.slice(s.start, s.end));
      covered += s.end - s.start;
    }
    // Only the inserted separators ("\n\n", "\n") are outside every segment.
    expect(covered).toBe(text.length - 3);
    for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBeGreaterThanOrEqual(segments[i - 1]!.end);
  });

  test.each([
    ['single spaces only (the fast path)', '<p> A <b>big</b> one </p><p>next one</p>', 'A big one\n\nnext one'],
    ['a space-only node between inline elements', '<p><b>A</b> <i>B</i></p>', 'A B'],
    ['leading and trailing spaces across nodes', '<p>A <b> B </b> C</p>', 'A B C'],
  ])('spaces: %s', (_name, html, expected) => {
    const doc = page(html);
    const { text, segments } = extractText(doc.body);
    expect(text).toBe(expected);
    for (const s of segments) expect(s.node.data.slice(s.offset, s.offset + (s.end - s.start)).replace(/\s/g, ' ')).toBe(text.slice(s.start, s.end));
  });

  test('the document is not changed by reading it', () => {
    const doc = page('<article><p>A <em>b</em> c</p><p hidden>d</p></article>');
    const before = doc.documentElement.outerHTML;
    extractText(doc.body);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test.each([
    ['a 1 MB word with no spaces', () => `<p>${'x'.repeat(1 << 20)}</p>`, (t: string) => expect(t.length).toBe(1 << 20)],
    ['5,000 nested elements', () => `${'<span>'.repeat(5000)}deep${'</span>'.repeat(5000)}`, (t: string) => expect(t).toBe('deep')],
    ['an empty body', () => '', (t: string) => expect(t).toBe('')],
  ])('bad input does not throw: %s', (_name, make, check) => {
    // happy-dom's own getComputedStyle recurses per ancestor and overflows on deep trees; browsers do not.
    check(read(make(), { computedStyle: false }));
  });
});
