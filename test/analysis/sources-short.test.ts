import { describe, expect, test } from 'vitest';
import { findAttributions } from '../../src/analysis/attributions';
import { splitSentences } from '../../src/analysis/sentences';
import { collectSources } from '../../src/analysis/sources';
import type { Attribution } from '../../src/analysis/types';

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

describe('full names written out in the article', () => {
  test('an acronym takes the full name the text writes without defining it, "of" counted', () => {
    const text = 'The Department of Agriculture declined to answer questions.\n\nThe DOA says the program will end next year.';
    expect(namesOf(text)).toEqual(['Department of Agriculture']);
  });

  test('a lone given name and a lone surname the text writes together are one person', () => {
    const text = 'When the suit was filed, chairwoman Helga Brandt was in Oslo.\n\nBrandt told staff the merger was off.\n\nHelga worried.';
    const at = (source: string, start: number): Attribution => ({ start, end: start + 5, text: source, source, cue: 'said', anonymous: false, sentence: 0 });
    const names = collectSources([at('Brandt', text.indexOf('Brandt told')), at('Helga', text.indexOf('Helga worried'))], [], text).map((s) => s.name);
    expect(names).toEqual(['Helga Brandt']);
  });

  test('a bare surname cited before the full name joins it', () => {
    const text = '“It was a long night,” says Okonkwo.\n\n“We waited,” says the engineer Tobias Okonkwo.';
    expect(namesOf(text)).toEqual(['Tobias Okonkwo']);
  });
});

describe('mergeCompoundSurnames: a surname of two words joins the full name ending with it', () => {
  test('"Red Cloud said" and "Anna Red Cloud" are one person', () => {
    const text = '“We will stay,” said Anna Red Cloud, a member of the tribe.\n\n“It is our land,” Red Cloud said.';
    expect(namesOf(text)).toEqual(['Anna Red Cloud']);
  });

  test('a given name and a surname stay apart from a longer name that ends with them', () => {
    const text = '“We will stay,” said Peter Mary Jones.\n\n“It is our land,” Mary Jones said.';
    expect(namesOf(text)).toHaveLength(2);
  });
});
