import { describe, expect, test } from 'vitest';
import { settleShares } from '../../src/analysis/sources-shares';
import type { Attribution } from '../../src/analysis/types';

const share = (text: string, mention: string, nth = 0): Attribution => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(`${mention} said`, start + 1);
  return { start, end: start + mention.length + 5, text: '', source: 'analysts', mention, cue: 'said', anonymous: true, sentence: 0 };
};

describe('settleShares: a share is one of the group its sentence names', () => {
  test('"47 percent said" after "most Labour members" in the same sentence', () => {
    const text = 'Analysts said the vote was close.\n\nOn the budget, most Labour members were pleased: 61 percent said it was fair, and another 20 percent said it was too timid.';
    const first = share(text, '61 percent');
    const second = share(text, 'another 20 percent');
    settleShares(text, [first, second]);
    expect(first.source).toBe('Labour members');
    expect(second.source).toBe('Labour members');
  });

  test('"another said" after a sentence naming the group', () => {
    const text = 'A handful of Ohio Democrats praised the plan. One called it “bold,” and another said it was overdue.';
    const another = share(text, 'another');
    settleShares(text, [another]);
    expect(another.source).toBe('A handful of Ohio Democrats');
  });

  test('with no group named in the sentence or the one before, the first reading stays', () => {
    const text = 'The poll closed on Friday. The results came late.\n\nIn the end, 40 percent said yes.';
    const a = share(text, '40 percent');
    settleShares(text, [a]);
    expect(a.source).toBe('analysts');
  });
});
