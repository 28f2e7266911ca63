import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analysis/index';

/** The source of the attribution whose cue is `cue` (the first, or the `nth`). */
function sourceOf(text: string, cue: string, nth = 0): string | null | undefined {
  return analyze({ title: '', text }).attributions.filter((a) => a.cue === cue)[nth]?.source;
}

describe('settleTitles: "the president" is the person introduced with that title', () => {
  test('an office description goes to its holder, not to the person cited last', () => {
    const text = [
      'President Okonjo named Clara Venn as his trade envoy on Monday.',
      '“I am ready to serve,” Clara Venn told reporters.',
      'But the president insisted the appointment was long planned.',
    ].join('\n\n');
    expect(sourceOf(text, 'insisted')).toBe('President Okonjo');
  });

  test('a lower-case office before a full name ("county mayor Dale Korver") names its holder in full', () => {
    const text = [
      'Marsh County mayor Dale Korver called the protest unlawful.',
      '“We kept the peace,” said Ana Ruiz, an organiser.',
      '“Nobody was hurt,” the mayor said in a later statement.',
    ].join('\n\n');
    expect(sourceOf(text, 'said', 1)).toBe('Dale Korver');
  });

  test('a former or dated holder is not the one "the mayor" stands for', () => {
    const text = [
      'In 1998, when Mayor Tilden Hart opened the bridge, traffic doubled.',
      'Former Mayor Rosa Quell said the city forgot its bridges.',
      '“Repairs start soon,” Mayor Ivo Brandt said on Monday.',
      'Residents cheered, and the mayor said more money would follow.',
    ].join('\n\n');
    expect(sourceOf(text, 'said', 2)).toBe('Ivo Brandt');
  });
});

describe('dropImpossibleReadings: a pronoun never stands for a body, a place or a lone title', () => {
  test('"he said" after a body and no person is not credited to the body', () => {
    const text = 'Staff at the Carver Institute were caught off guard by the move. He said that the plan was final.';
    expect(sourceOf(text, 'said')).toBe('He');
  });

  test('"he said" after a place is not credited to the place', () => {
    const text = [
      'In 1962, when fear ran high, New York boasted thousands of shelters.',
      '“I have doubts that this is the answer for New York City,” he said.',
    ].join('\n\n');
    expect(sourceOf(text, 'said')).toBe('he');
  });

  test('a person is still "he" after a body is named', () => {
    const text = '“We will reopen,” Marko Lind said. The Elm House staff were caught off guard. He said that the plan was final.';
    expect(sourceOf(text, 'said', 1)).toBe('Marko Lind');
  });

  test('a person’s aides are not the person', () => {
    const text = [
      '“We will win,” Senator Dolores Vance said.',
      'Yet the senator’s aides insisted the race was close.',
    ].join('\n\n');
    expect(sourceOf(text, 'insisted')).not.toBe('Dolores Vance');
  });
});

describe('settleAppositiveWho: "Name, the head of a body, who said" credits the person', () => {
  test('the relative pronoun after an appositive goes to the person it describes', () => {
    const text = '“We need more time,” said Petra Olsen, the chair of the Lakeside Farmers Union, who has urged lawmakers to wait.';
    expect(sourceOf(text, 'has urged')).toBe('Petra Olsen');
  });

  test('a body followed by its own description keeps the body', () => {
    const text = 'The rules were set by the Lakeside Farmers Union, a group of 400 growers, which has urged lawmakers to wait.';
    expect(sourceOf(text, 'has urged')).not.toBe('Petra Olsen');
  });
});

describe('a group of people is never "he"; a body’s description never a body of another kind', () => {
  test('"he" after a described group is not credited to the group', () => {
    const text = [
      '“She was superb,” Ms. Dara Quinn said.',
      'People close to Ms. Quinn insisted the move was planned.',
      'Her appearance with Mr. Brandt made her a rarity among officials leaving, whom he often criticizes as they go.',
    ].join('\n\n');
    expect(sourceOf(text, 'criticizes')).not.toBe('People close to Ms. Quinn');
  });

  test('"the department" goes to the department the text named, not to the police cited before', () => {
    const text = [
      'Crews from the Harlan County fire department were sent to the camp on Monday.',
      'Police have acknowledged using rubber bullets. Footage later showed hoses aimed at the crowd. The department subsequently conceded that it had used them.',
    ].join('\n\n');
    const conceded = analyze({ title: '', text }).attributions.find((a) => a.cue === 'conceded');
    expect(conceded?.source).toBe('Harlan County fire department');
  });

  test('"the government" with no government named names only itself', () => {
    const text = [
      'Police have acknowledged using rubber bullets against the crowd.',
      'The land is disputed. While the government asserts that it owns the land, the tribe says it holds treaty rights.',
    ].join('\n\n');
    const asserts = analyze({ title: '', text }).attributions.find((a) => a.cue === 'asserts');
    expect(asserts?.source).toBe('the government');
  });
});

describe('settleAffiliations: a person named before "of the Country’s Body" is the source, not the body', () => {
  test('the subject cut at a possessive goes back to the person', () => {
    const text = '“These results matter,” Anna de Wit of the Netherlands’ Delft University of Technology writes in a commentary. She says the sample is small.';
    expect(sourceOf(text, 'writes')).toBe('Anna de Wit');
    expect(sourceOf(text, 'says')).toBe('Anna de Wit');
  });

  test('a body that is the subject on its own stays the source', () => {
    const text = 'In a report on Monday, the Netherlands’ Delft University of Technology writes that the sample is small.';
    expect(sourceOf(text, 'writes')).toBe('Delft University of Technology');
  });
});
