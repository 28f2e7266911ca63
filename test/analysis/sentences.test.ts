import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../src/analysis/sentences';

function split(text: string): string[] {
  return splitSentences(text).sentences.map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  test.each([
    ['abbreviation before a name', 'The U.S. Army said so. It left.', ['The U.S. Army said so.', 'It left.']],
    ['abbreviation ending a sentence', 'He lives in the U.S. The rest live abroad.', ['He lives in the U.S.', 'The rest live abroad.']],
    ['titles', 'Dr. Smith met Mr. Jones and Mrs. Lee. They talked.', ['Dr. Smith met Mr. Jones and Mrs. Lee.', 'They talked.']],
    ['month before a day', 'It opened on Jan. 5 and closed on Sept. 30. Nobody came.', ['It opened on Jan. 5 and closed on Sept. 30.', 'Nobody came.']],
    ['a.m. inside and at the end', 'At 9 a.m. local time it fell. It rose by 5 p.m. The market closed.', ['At 9 a.m. local time it fell.', 'It rose by 5 p.m.', 'The market closed.']],
    ['initials', 'J. R. R. Tolkien and George W. Bush met. Fine.', ['J. R. R. Tolkien and George W. Bush met.', 'Fine.']],
    ['a letter naming a thing ends the sentence', 'It lacks vitamin D. Researchers found more.', ['It lacks vitamin D.', 'Researchers found more.']],
    ['decimals', 'Growth was 3.5 percent. Inflation hit 2.1.', ['Growth was 3.5 percent.', 'Inflation hit 2.1.']],
    ['ellipsis then lower case', 'He paused... and went on. Then… Silence.', ['He paused... and went on.', 'Then…', 'Silence.']],
    ['quote ending with a period, speaker after', '"We will win." he said. Others agreed.', ['"We will win." he said.', 'Others agreed.']],
    ['exclamation inside a quote', '"Stop!" she shouted. He stopped.', ['"Stop!" she shouted.', 'He stopped.']],
    ['a question quoted, then its speaker', '“Can they win?” Forte asked. Nobody knew.', ['“Can they win?” Forte asked.', 'Nobody knew.']],
    ['an exclamation quoted, then a new sentence', '“Stop!” The crowd left.', ['“Stop!”', 'The crowd left.']],
    ['an ellipsis after a period stays with it', 'Whole paycheck. … They charge more.', ['Whole paycheck. …', 'They charge more.']],
    ['closing quote after the period', 'She said: “It is over.” The crowd left.', ['She said: “It is over.”', 'The crowd left.']],
    ['closing bracket after the period', 'It failed (again.) We tried.', ['It failed (again.)', 'We tried.']],
    ['questions and exclamations', 'Why? Because! Fine.', ['Why?', 'Because!', 'Fine.']],
    ['e.g. and i.e.', 'Some fruit, e.g. apples, i.e. Granny Smiths, stay. Others rot.', ['Some fruit, e.g. apples, i.e. Granny Smiths, stay.', 'Others rot.']],
    ['company suffix before a verb', 'Apple Inc. said it would. Google Inc. The rival declined.', ['Apple Inc. said it would.', 'Google Inc.', 'The rival declined.']],
    ['list label stays with its item', '1. Finland is first.', ['1. Finland is first.']],
    ['no terminator at all', 'A headline without a period', ['A headline without a period']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  test('a single line break inside a paragraph ends a sentence', () => {
    expect(split('Heading\nBody text goes on. More.')).toEqual(['Heading', 'Body text goes on.', 'More.']);
  });

  test('blocks are paragraphs separated by blank lines, and sentences never cross them', () => {
    const text = '  First para without stop\n\n \t \nSecond para. Still second.\n\nThird';
    const { blocks, sentences } = splitSentences(text);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['First para without stop', 'Second para. Still second.', 'Third']);
    expect(sentences.map((s) => s.block)).toEqual([0, 1, 1, 2]);
  });

  test('Windows line endings behave like Unix ones', () => {
    expect(split('One.\r\n\r\nTwo. Three.')).toEqual(['One.', 'Two.', 'Three.']);
  });

  test.each([
    ['empty', ''],
    ['whitespace only', ' \n\n\t '],
    ['a run of periods', '.'.repeat(100_000)],
    ['a long line of initials', 'A. '.repeat(50_000)],
  ])('odd input (%s) gives consistent, sorted, trimmed sentences', (_name, text) => {
    const { sentences } = splitSentences(text);
    let last = 0;
    const bad = sentences.filter((s) => {
      const piece = text.slice(s.start, s.end);
      const wrong = s.start < last || s.end <= s.start || piece !== piece.trim();
      last = s.end;
      return wrong;
    });
    expect(bad).toEqual([]);
  });
});
