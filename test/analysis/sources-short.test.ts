import { describe, expect, test } from 'vitest';
import { findAttributions } from '../../src/analysis/attributions';
import { splitSentences } from '../../src/analysis/sentences';
import { collectSources } from '../../src/analysis/sources';

function namesOf(text: string): string[] {
  return collectSources(findAttributions(text, splitSentences(text).sentences), [], text).map((s) => s.name).sort();
}

describe('mergeShortForms: a short form of a source named in full is that source', () => {
  test('an acronym joins the body whose initials it is', () => {
    expect(namesOf('The European Central Bank said inflation would ease.\n\nThe ECB said wages were rising.')).toEqual(['European Central Bank']);
  });

  test('an acronym defined in parentheses takes the full name', () => {
    const text = 'The Consumer Financial Protection Bureau (CFPB) wrote the rule in May.\n\nThe CFPB said lenders must comply.';
    expect(namesOf(text)).toEqual(['Consumer Financial Protection Bureau']);
  });

  test('"the Times" after "the Los Angeles Times" is that paper', () => {
    const text = 'Ortiz told the Los Angeles Times that the deal was done.\n\nMarta Ruiz told the Times that it was not.';
    expect(namesOf(text).filter((n) => n.includes('Times'))).toEqual(['Los Angeles Times']);
  });

  test('"the Fed" in an article naming the Federal Reserve is listed by its full name', () => {
    const text = 'The Federal Reserve kept its benchmark rate unchanged on Wednesday.\n\nInflation is easing, the Fed said.';
    expect(namesOf(text)).toEqual(['Federal Reserve']);
  });

  test('an acronym with no full name in the article stays as written', () => {
    expect(namesOf('The ECB said wages were rising.')).toEqual(['ECB']);
  });
});
