// The hand-read line ends of objectives-lines.ts against the regexes they stand in for.
import { describe, expect, test } from 'vitest';
import { endsLikeSentence, endsWithColon } from '../../src/analysis/objectives-lines';
import { isRegexSpace } from '../../src/analysis/char-codes';

const endsLikeSentenceRe = /[.!…]["”’')\]]*$/;
const endsWithColonRe = /:\s*$/;
const LINES = [
  '', '.', 'x', 'He left.', 'He left!', 'He left?', 'He left…', 'He said “go.”', "It's 'done.')", 'a.] ', 'a. ', 'list:', 'list: ',
  'list:\u00a0\u2003\n', 'list:\ufeff', 'list:x', ':', '  :  ', '”)', 'said:”', 'a.”’"\')]',
];

describe('objectives line ends', () => {
  test.each(LINES)('%j reads as the regexes do, whole and from each offset', (line) => {
    for (let from = 0; from <= line.length; from++) {
      const part = line.slice(from);
      expect(endsLikeSentence(line, from, line.length)).toBe(endsLikeSentenceRe.test(part));
      expect(endsWithColon(line, from, line.length)).toBe(endsWithColonRe.test(part));
    }
  });

  test('isRegexSpace is \\s', () => {
    for (let c = 0; c < 0x10000; c++) expect(isRegexSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});
