import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analysis/index';
import { settlePronouns } from '../../src/analysis/sources-pronouns';
import type { Attribution } from '../../src/analysis/types';

/** The source of the attribution whose cue is `cue` (the first, or the `nth`). */
function sourceOf(text: string, cue: string, nth = 0): string | null | undefined {
  return analyze({ title: '', text }).attributions.filter((a) => a.cue === cue)[nth]?.source;
}

const at = (text: string, phrase: string): number => text.indexOf(phrase);

describe('settlePronouns: he and she go to the person their paragraph names', () => {
  test('a person named as the subject before a quote, cited by name only later, is the "he" of that quote', () => {
    const text = [
      '“We will open on Monday,” Hugo Brand says.',
      'Reyl first joined the project in 2012. “I wanted to help,” he wrote in a post.',
      '“It took years,” Tomas Reyl told reporters.',
    ].join('\n\n');
    expect(sourceOf(text, 'wrote')).toBe('Tomas Reyl');
  });

  test('the person the sentence is about, not the latest source, is the "she" of a trailing cue', () => {
    const text = [
      '“The samples were clean,” Dana Whitlow said.',
      '“We test every week,” Pim Oduya told me.',
      'But Whitlow has found lead in the paint, and also, she says, in the water.',
    ].join('\n\n');
    expect(sourceOf(text, 'says')).toBe('Dana Whitlow');
  });

  test('a person the text names by given name and surname, never cited by name, is the "she" of their paragraph', () => {
    const text = 'Louise Garnier joined the lab in 1962.\n\n“It was cold,” Hugo Brand said.\n\nOnce Garnier arrived, she was up to speed. “He knew it all,” she said';
    const hugo: Attribution = { start: at(text, '“It'), end: at(text, ' said.') + 5, text: '', source: 'Hugo Brand', cue: 'said', anonymous: false, sentence: 1 };
    const she: Attribution = { start: text.length - 8, end: text.length, text: 'she said', source: 'Hugo Brand', mention: 'she', cue: 'said', anonymous: false, sentence: 2 };
    settlePronouns(text, [hugo, she]);
    expect(she.source).toBe('Louise Garnier');
  });

  test('"Mr. Brand" and "Hugo Brand" are one man, not two sharing a surname', () => {
    const text = '“Yes,” Hugo Brand said.\n\nMr. Brand spoke again. “No,” he said';
    const named: Attribution[] = [
      { start: 0, end: 10, text: '', source: 'Hugo Brand', cue: 'said', anonymous: false, sentence: 0 },
      { start: 24, end: 40, text: '', source: 'Mr. Brand', cue: 'spoke', anonymous: false, sentence: 1 },
    ];
    const he: Attribution = { start: text.length - 7, end: text.length, text: 'he said', source: 'Omar Brandt', mention: 'he', cue: 'said', anonymous: false, sentence: 1 };
    settlePronouns(text, [...named, he]);
    expect(he.source).toBe('Hugo Brand');
  });

  test('names in quotation marks and a different given name before the surname do not count', () => {
    const attributions: Attribution[] = [
      { start: 0, end: 20, text: '', source: 'Ellen Marsh', cue: 'said', anonymous: false, sentence: 0 },
      { start: 0, end: 20, text: '', source: 'Hugo Brand', cue: 'said', anonymous: false, sentence: 0 },
    ];
    const text = 'Ellen Marsh and Hugo Brand spoke.\n\nHer daughter, Sarah Marsh, went on. “I met Hugo Brand,” she said';
    const she: Attribution = { start: text.length - 8, end: text.length, text: 'she said', source: 'Hugo Brand', mention: 'she', cue: 'said', anonymous: false, sentence: 1 };
    settlePronouns(text, [...attributions, she]);
    // Not Ellen Marsh, nor Hugo Brand named inside the quotation: the daughter the text names in full.
    expect(she.source).toBe('Sarah Marsh');
  });

  test('a person whose given name says the other gender is passed over; with nobody in the paragraph the first reading stays', () => {
    const attributions: Attribution[] = [
      { start: 0, end: 10, text: '', source: 'Helen Ruiz', cue: 'said', anonymous: false, sentence: 0 },
    ];
    const text = 'Helen Ruiz spoke first. “No,” he said';
    const he: Attribution = { start: text.length - 7, end: text.length, text: 'he said', source: 'Omar Brandt', mention: 'he', cue: 'said', anonymous: false, sentence: 0 };
    settlePronouns(text, [...attributions, he]);
    expect(he.source).toBe('Omar Brandt');
  });
});

describe('settlePronouns: the subject of the latest sentence, and the paragraph before', () => {
  test('the "she" after a sentence goes to its subject, not to a person the sentence mentions', () => {
    const text = [
      '“I regret nothing,” Emil Voss said.',
      '“We were afraid,” Agnes Holm said.',
      'Another neighbour, Agnes Holm, told the court Voss had followed her home. When she said no, Voss shouted at her.',
    ].join('\n\n');
    expect(sourceOf(text, 'said', 2)).toBe('Agnes Holm');
  });

  test('a "he" opening a paragraph that names nobody goes to the person the paragraph before is about', () => {
    const text = [
      '“The budget is fair,” Oskar Lind said.',
      '“Lind is wrong,” Kim Sato wrote.',
      'Lind spoke again on Monday after his aides attacked the columnist Kim Sato for her reporting.',
      'On Tuesday, he went further, saying the paper should apologise.',
    ].join('\n\n');
    expect(sourceOf(text, 'saying')).toBe('Oskar Lind');
  });

  test('the speaker of a trailing cue is whom the sentence is about', () => {
    const text = [
      '“We test everything,” Ana Duarte said.',
      'Clearly, Ana Duarte trusted the reputation he had built, Tomas Reyl said. “We could not fail,” he added.',
    ].join('\n\n');
    expect(sourceOf(text, 'added')).toBe('Tomas Reyl');
  });
});

describe('settlePronouns: a paragraph that names no one, and surnames two people share', () => {
  test('a "she" in a paragraph naming nobody goes on with the woman the paragraph before is about', () => {
    const text = [
      '“We mapped every reef,” Ellen Varga said.',
      '“It took a decade,” Omar Brandt said.',
      'Later, Varga moved to Oslo with her husband and took a job at a bank.',
      'Still, the reefs stayed on her mind. “I never stopped thinking about them,” she said.',
    ].join('\n\n');
    const she: Attribution = { start: at(text, 'she said'), end: at(text, 'she said') + 8, text: 'she said', source: 'They', mention: 'she', cue: 'said', anonymous: false, sentence: 5 };
    const named: Attribution[] = [
      { start: 0, end: 40, text: '', source: 'Ellen Varga', cue: 'said', anonymous: false, sentence: 0 },
      { start: 42, end: 80, text: '', source: 'Omar Brandt', cue: 'said', anonymous: false, sentence: 1 },
    ];
    settlePronouns(text, [...named, she]);
    expect(she.source).toBe('Ellen Varga');
  });

  test('a paragraph that names someone before the pronoun, even after a quotation, keeps to itself', () => {
    const text = [
      '“We mapped every reef,” Ellen Varga said.',
      '“Who mapped it?” Kowalski asked at the time. “It was a marvel,” she said.',
    ].join('\n\n');
    const she: Attribution = { start: at(text, 'she said'), end: at(text, 'she said') + 8, text: 'she said', source: 'Kowalski', mention: 'she', cue: 'said', anonymous: false, sentence: 3 };
    const named: Attribution[] = [
      { start: 0, end: 40, text: '', source: 'Ellen Varga', cue: 'said', anonymous: false, sentence: 0 },
      { start: at(text, 'Kowalski'), end: at(text, 'Kowalski') + 14, text: '', source: 'Kowalski', cue: 'asked', anonymous: false, sentence: 2 },
    ];
    settlePronouns(text, [...named, she]);
    expect(she.source).toBe('Kowalski');
  });

  test('the given name says which of two people sharing a surname the paragraph is about', () => {
    const text = [
      '“We sailed in May,” Ellen Varga said. “So did I,” Peter Varga said.',
      'Their daughter, Nina Varga, studied at Yale. “I loved it,” she said.',
    ].join('\n\n');
    const she: Attribution = { start: at(text, 'she said'), end: at(text, 'she said') + 8, text: 'she said', source: 'Ellen Varga', mention: 'she', cue: 'said', anonymous: false, sentence: 3 };
    const named: Attribution[] = [
      { start: 0, end: 36, text: '', source: 'Ellen Varga', cue: 'said', anonymous: false, sentence: 0 },
      { start: 38, end: 66, text: '', source: 'Peter Varga', cue: 'said', anonymous: false, sentence: 1 },
    ];
    settlePronouns(text, [...named, she]);
    expect(she.source).toBe('Nina Varga');
  });
});

describe('settlePronouns: "the group" goes to the body its paragraph names', () => {
  test('an unresolved "the group" goes to the body cited by name that the paragraph names before it', () => {
    const text = 'Harbor Watch said the river was clean.\n\nIn a post about Harbor Watch’s new lab, the group promised more tests.';
    const named: Attribution = { start: 0, end: 17, text: 'Harbor Watch said', source: 'Harbor Watch', cue: 'said', anonymous: false, sentence: 0 };
    const group: Attribution = { start: at(text, 'the group'), end: at(text, ' more'), text: 'the group promised', source: 'group', mention: 'the group', cue: 'promised', anonymous: false, sentence: 1 };
    settlePronouns(text, [named, group]);
    expect(group.source).toBe('Harbor Watch');
  });

  test('"the group" taken for a one-word name the text shows is a person\'s surname goes to the body instead', () => {
    const text = 'Her colleague Tomasz Ruelas Okoye runs the tests. Okoye says most samples are pure.\n\nIn a post about Harbor Watch’s service, the group promised more tests.';
    const named: Attribution[] = [
      { start: at(text, 'Okoye says'), end: at(text, 'Okoye says') + 10, text: '', source: 'Okoye', cue: 'says', anonymous: false, sentence: 1 },
      { start: 0, end: 17, text: '', source: 'Harbor Watch', cue: 'said', anonymous: false, sentence: 0 },
    ];
    const group: Attribution = { start: at(text, 'the group'), end: at(text, ' more'), text: '', source: 'Okoye', mention: 'the group', cue: 'promised', anonymous: false, sentence: 2 };
    settlePronouns(text, [...named, group]);
    expect(group.source).toBe('Harbor Watch');
  });

  test('a one-word company name the text never writes after other capitalised words stays the group', () => {
    const text = 'The startup Vantrix said sales doubled.\n\nIn a post on its blog, the group promised more tests.';
    const named: Attribution = { start: 12, end: 26, text: '', source: 'Vantrix', cue: 'said', anonymous: false, sentence: 0 };
    const group: Attribution = { start: at(text, 'the group'), end: at(text, ' more'), text: '', source: 'Vantrix', mention: 'the group', cue: 'promised', anonymous: false, sentence: 1 };
    settlePronouns(text, [named, group]);
    expect(group.source).toBe('Vantrix');
  });

  // A person whose given name the lists do not know, always cited by full name, may still be taken for a body.
  test('a person by given name, one cited by surname, or a body outside the paragraph, is not the group', () => {
    const text = 'Harbor Watch said the river was clean. Helen Whitlow said so too.\n\nIn a post about Helen Whitlow and Pim Oduya, the group promised more tests.';
    const named: Attribution[] = [
      { start: 0, end: 17, text: '', source: 'Harbor Watch', cue: 'said', anonymous: false, sentence: 0 },
      { start: 39, end: 56, text: '', source: 'Helen Whitlow', cue: 'said', anonymous: false, sentence: 1 },
      { start: 39, end: 56, text: '', source: 'Pim Oduya', mention: 'Oduya', cue: 'said', anonymous: false, sentence: 1 },
    ];
    const group: Attribution = { start: at(text, 'the group'), end: at(text, ' more'), text: '', source: 'group', mention: 'the group', cue: 'promised', anonymous: false, sentence: 2 };
    settlePronouns(text, [...named, group]);
    expect(group.source).toBe('group');
  });
});

describe('settlePronouns: common given names', () => {
  test('a man named by a common given name the lists hold ("Jeff", "Elon") is the "he" of his paragraph', () => {
    for (const given of ['Jeff', 'Elon', 'Mitch']) {
      const text = `“The pad is ready,” Dana Whitlow said.\n\nOn Monday, ${given} Ostrander posted a video of the test, which he called “a clean burn.”`;
      const named: Attribution = { start: 0, end: 36, text: '', source: 'Dana Whitlow', cue: 'said', anonymous: false, sentence: 0 };
      const he: Attribution = { start: at(text, 'he called'), end: at(text, 'he called') + 9, text: 'he called', source: 'Dana Whitlow', mention: 'he', cue: 'called', anonymous: false, sentence: 1 };
      settlePronouns(text, [named, he]);
      expect(he.source).toBe(`${given} Ostrander`);
    }
  });
});

describe('settlePronouns: the speaker of a reporting verb is whom the sentence is about', () => {
  test('"X notes that" makes X the "he" that follows, not another cited person the sentence mentions first', () => {
    const text = [
      '“Taxes will come down,” Governor Lionel Pratt said on Monday.',
      '“Prices will fall,” said Omar Hadley, an economist at the bank.',
      'Investors hope Pratt and the legislature will cut taxes, but Hadley notes that demand is weak. Cheaper engines have also held fuel use down, he said.',
    ].join('\n\n');
    expect(sourceOf(text, 'said', 2)).toBe('Omar Hadley');
  });

  test('a "he" skips a woman whose given name the lists know', () => {
    const text = [
      '“It never happened,” Dorian Kask said on Monday.',
      'Dorian Kask met Gretchen Vale in May. “I was scared,” Gretchen Vale said. “You should smile more,” he told her.',
    ].join('\n\n');
    expect(sourceOf(text, 'told')).toBe('Dorian Kask');
  });
});

describe('settleIt: an "it" goes to the body its sentence opens with', () => {
  test('a body named with an appositive that says it is one ("Zentek, a Danish company that …") is the "it" inside its sentence', () => {
    const text = 'Orbit Labs said on Monday that sales would grow.\n\n(Zentek, a Danish company that drew notice when it announced a new chip in May, makes sensors.) When Kalmar, the Swedish firm, reported its results, it said demand was weak.';
    expect(sourceOf(text, 'announced')).toBe('Zentek');
    expect(sourceOf(text, 'said', 1)).toBe('Kalmar');
  });
  test('with no such appositive, "it" stays with the body cited before', () => {
    const text = 'Orbit Labs said on Monday that sales would grow.\n\nWhen Kalmar reported results, analysts were pleased. In May it announced a new chip.';
    expect(sourceOf(text, 'announced')).not.toBe('Kalmar');
  });
});

describe('settlePronouns: a sentence about one of two people who share a surname', () => {
  test('"Okafor recalls …; she said" stays with the Okafor first read, not the woman named with her before', () => {
    const text = [
      '“We were the only two,” Ruth Banner said. “It was a long year,” Ellen Okafor said.',
      'Her daughter, Tara Okafor, later studied the same field. “I grew up with it,” Tara Okafor said.',
      'Banner and Okafor still speak of those years. Okafor recalls that only once was she thanked in print; she said she was stunned.',
    ].join('\n\n');
    expect(sourceOf(text, 'said', 3)).toBe('Tara Okafor');
  });
});

describe('settlePronouns: cues chained to one pronoun', () => {
  test('"he said on Fox News, signaling" has the subject of "he said", never a woman named before', () => {
    const text = [
      'Working off a script, Mr. Harlan is tempering his language about Hillary Clinton’s record.',
      '“We will decide very soon,” he said on Fox News, signaling flexibility on an issue that divides voters.',
      '“It is time,” Mr. Harlan said in Ohio.',
    ].join('\n\n');
    expect(sourceOf(text, 'signaling')).toBe('Mr. Harlan');
  });
});

describe('settleDescriptions: "the company" and a company named by its legal form', () => {
  test('"The company said" goes to the company the text named with "Co." or "Inc.", not cited before', () => {
    const text = [
      'In a post, Mr. Harlan said a contract with Halvern Co. to build two planes was too costly.',
      'Halvern is at an early stage. The company said in a statement that it was under contract.',
      '“We look forward to the work,” the company said.',
    ].join('\n\n');
    expect(sourceOf(text, 'said', 1)).toBe('Halvern Co.');
    expect(sourceOf(text, 'said', 2)).toBe('Halvern Co.');
  });
  test('of two such companies, the one the text wrote last before the description', () => {
    const text = [
      'Mr. Harlan said deals with Halvern Co. and Tesk Inc. were too costly. Reports said Tesk Inc. and Halvern would move jobs.',
      'Halvern is at an early stage. The company said in a statement that it was under contract.',
    ].join('\n\n');
    expect(sourceOf(text, 'said', 2)).toBe('Halvern Co.');
  });
  test('with no company named by its legal form, "the company" stays a description', () => {
    const text = 'Mr. Harlan said the deal was too costly.\n\nThe company said in a statement that it was under contract.';
    expect(sourceOf(text, 'said', 1)).toBe('company');
  });
});

describe('settleThey: a group named with capitalised words is the "they" after it', () => {
  test('"Several Republican leaders and strategists … said" is the later "they", not a group cited before', () => {
    const text = [
      'His new political team told reporters the plan was set.',
      'Several Republican leaders and strategists, some of them critical of Mr. Harlan, said they had noticed changes.',
      'Still, with voting set to begin, they said it was impossible to know.',
    ].join('\n\n');
    expect(sourceOf(text, 'said', 1)).toBe('Several Republican leaders and strategists');
  });
  test('a "they" whose source was cited again after the group stays with it', () => {
    const text = [
      'Several Republican leaders said the plan was weak.',
      'The campaign’s advisers told reporters it would change. The advisers said they would meet; they said more later.',
    ].join('\n\n');
    expect(sourceOf(text, 'said', 2)).not.toBe('Several Republican leaders');
  });
});
