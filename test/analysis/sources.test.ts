import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findAttributions } from '../../src/analysis/attributions';
import { splitSentences } from '../../src/analysis/sentences';
import { collectSources, venuesOf } from '../../src/analysis/sources';
import type { Attribution, Claim, Source } from '../../src/analysis/types';

function sourcesOf(text: string, claims: Claim[] = []): Source[] {
  return collectSources(findAttributions(text, splitSentences(text).sentences), claims);
}

function attribution(source: string | null, anonymous = false, mention?: string): Attribution {
  return { start: 0, end: 0, text: '', source, cue: 'said', anonymous, sentence: 0, ...(mention ? { mention } : {}) };
}

describe('collectSources: one entry per source, typed', () => {
  test.each<[string, string, Source['type']]>([
    ['According to Bloomberg, troops crossed the border.', 'Bloomberg', 'publication'],
    ['The fighting indicates three objectives, according to The Telegraph.', 'The Telegraph', 'publication'],
    ['According to fan site MakingStarWars.net, the film is delayed.', 'MakingStarWars.net', 'publication'],
    ['The deficit will grow, according to the Congressional Budget Office.', 'Congressional Budget Office', 'government'],
    ['Environmental Protection officials said the department repaired 75 breaks.', 'Environmental Protection officials', 'government'],
    ['Amazon is finding success, according to Coresight Research.', 'Coresight Research', 'organisation'],
    ['“This attack is meant to threaten us,” said Lotfi Azzouz, a director at Amnesty International.', 'Lotfi Azzouz', 'person'],
    ['In Washington, White House press secretary Josh Earnest said the U.S. would help.', 'Josh Earnest', 'person'],
    ['The report concluded that the safety net is weak.', 'report', 'document'],
    ['Leaks indicate that the president considered the plan.', 'Leaks', 'anonymous'],
    ['Two gunmen died, officials said.', 'officials', 'anonymous'],
    ['Ms. Lauren Saunders of the National Consumer Law Center called the decision a gift.', 'Lauren Saunders', 'person'],
    ['Banks say the figure is too high.', 'Banks', 'organisation'],
    ['Many Tunisians accuse the politicians of negligence.', 'Many Tunisians', 'other'],
    ['The Meteorological Office warned drivers about black ice.', 'Meteorological Office', 'organisation'],
    ['“Nobody was hurt,” said duty sergeant Paul Okafor from the Kent police.', 'Paul Okafor', 'person'],
    ['Analyst Rosa Lindqvist at Nordic Bank said rates would fall.', 'Rosa Lindqvist', 'person'],
  ])('%s → %s (%s)', (sentence, name, type) => {
    const found = sourcesOf(sentence);
    expect(found.map((s) => [s.name, s.type])).toContainEqual([name, type]);
  });

  test('"Bloomberg", "The news agency" and "Bloomberg\'s report" are one source', () => {
    const text = 'According to Bloomberg, troops crossed.\n\nThe news agency also suggests it will matter.\n\nBloomberg’s report said the border was weak.';
    const found = sourcesOf(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: 'Bloomberg', type: 'publication', mentions: 3, attributions: [0, 1, 2], anonymous: false });
  });

  test('"The <Capitalised> Agency" is a name of its own, not "the agency" cited before', () => {
    const text = 'Officials at the health agency said the water was safe.\n\nThe Drinking Water Inspectorate Agency warned residents to boil it.\n\n“The levels are too high,” it said.';
    const found = sourcesOf(text);
    expect(found.map((s) => s.name)).toContain('Drinking Water Inspectorate Agency');
    expect(findAttributions(text, splitSentences(text).sentences).map((a) => a.source)).toEqual(['Officials at the health agency', 'Drinking Water Inspectorate Agency', 'Drinking Water Inspectorate Agency']);
  });

  test('the Bank of England keeps its "of": only a titled person\'s body goes', () => {
    const found = sourcesOf('The Bank of England said inflation had peaked.');
    expect(found.map((s) => s.name)).toEqual(['Bank of England']);
  });

  test('a surname or "Mr." form joins the full name', () => {
    const found = collectSources([attribution('Jeffrey Frankel'), attribution('Frankel'), attribution('Mr. Frankel')], []);
    expect(found.map((s) => [s.name, s.mentions])).toEqual([['Jeffrey Frankel', 3]]);
  });

  test('agentless attributions and unresolved pronouns are not listed', () => {
    expect(collectSources([attribution(null, true), attribution('it'), attribution('he')], [])).toEqual([]);
  });

  test('sorted by mentions, then first appearance; claims follow their attribution', () => {
    const atts = [attribution('Reuters'), attribution('officials', true), attribution('officials', true)];
    const claim = (attributionIndex?: number): Claim => ({ start: 0, end: 0, text: '', score: 0.8, reasons: [], hedged: false, sentence: 0, ...(attributionIndex === undefined ? {} : { attribution: attributionIndex }) });
    const found = collectSources(atts, [claim(0), claim(), claim(2), claim(1)]);
    expect(found.map((s) => [s.name, s.mentions, s.claims, s.anonymous])).toEqual([['officials', 2, [2, 3], true], ['Reuters', 1, [0], false]]);
  });
});

describe('collectSources: the seed article', () => {
  test('lists Bloomberg first, then The Telegraph, the leaks and the Russian milbloggers', () => {
    const text = readFileSync(new URL('../fixtures/articles/kursk-seed/article.txt', import.meta.url), 'utf8');
    const found = sourcesOf(text);
    expect(found[0]).toMatchObject({ name: 'Bloomberg', type: 'publication', mentions: 5 });
    expect(found.map((s) => s.name).sort()).toEqual(['Bloomberg', 'Leaks', 'Russian milbloggers', 'The Telegraph']);
    expect(found.find((s) => s.name === 'Leaks')?.anonymous).toBe(true);
  });
});

describe('collectSources: bad input', () => {
  test('empty lists and odd names do not throw', () => {
    expect(collectSources([], [])).toEqual([]);
    expect(() => collectSources([attribution('   '), attribution("’s"), attribution('\u0000\uffff')], [{ start: 0, end: 0, text: '', score: 1, reasons: [], hedged: false, sentence: 0, attribution: 99 }])).not.toThrow();
  });
});

describe('collectSources: the outlet that read a cited document', () => {
  const withText = (text: string): string[] =>
    collectSources(findAttributions(text, splitSentences(text).sentences), [], text).map((s) => s.name);

  test('"according to a memo reviewed by X" lists the memo and the outlet', () => {
    const names = withText('The merger was agreed in May, according to a memo reviewed by The Wall Street Journal.');
    expect(names).toContain('Wall Street Journal');
    expect(names).toContain('memo');
  });

  test('"documents seen by X suggest" lists the documents and the outlet apart', () => {
    const names = withText('Army reports seen by the Guardian suggest that the inquiry was closed early.');
    expect(names).toContain('Army reports');
    expect(names).toContain('Guardian');
    expect(names.some((n) => n.includes(' seen by '))).toBe(false);
  });

  test('the outlet keeps out of the attribution it stands beside', () => {
    const text = 'Army reports seen by the Guardian suggest that the inquiry was closed early.';
    const found = collectSources(findAttributions(text, splitSentences(text).sentences), [], text);
    expect(found.find((s) => s.name === 'Guardian')?.attributions).toEqual([]);
  });

  test('no outlet for a lower-case reader, a later "seen by", or without the text', () => {
    expect(withText('The rise was large, according to a survey reviewed by researchers.')).not.toContain('researchers');
    expect(withText('The mayor said the car was later seen by Tom Hale near the bridge.')).not.toContain('Tom Hale');
    const text = 'The merger was agreed in May, according to a memo reviewed by The Wall Street Journal.';
    expect(collectSources(findAttributions(text, splitSentences(text).sentences), []).map((s) => s.name)).not.toContain('Wall Street Journal');
  });
});

describe('collectSources: the outlet a source spoke to', () => {
  const withText = (text: string): Source[] => collectSources(findAttributions(text, splitSentences(text).sentences), [], text);

  test('"X told The Guardian" lists the speaker and the publication beside', () => {
    const found = withText('The inspector, Maya Trent, told The Guardian that the dam was unsafe.');
    expect(found.map((s) => s.name)).toEqual(expect.arrayContaining(['Maya Trent', 'Guardian']));
    expect(found.find((s) => s.name === 'Guardian')).toMatchObject({ type: 'publication', attributions: [] });
    expect(withText('“It leaks,” Omar Haddad told the Valley Gazette.').map((s) => s.name)).toContain('Valley Gazette');
  });

  test('a person told, or someone told nothing, is no outlet', () => {
    expect(withText('The inspector, Maya Trent, told Peter Olsen that the dam was unsafe.').map((s) => s.name)).not.toContain('Peter Olsen');
    expect(withText('“It leaks,” Omar Haddad told me.').map((s) => s.name)).toEqual(['Omar Haddad']);
  });
});

describe('collectSources: a first name cited before the full name', () => {
  test('"said Fiona" then "Fiona Parry" is one person', () => {
    const found = sourcesOf('“It was awful,” said Fiona. Fiona Parry told reporters the shop had closed.');
    expect(found.map((s) => s.name)).toEqual(['Fiona Parry']);
    expect(found[0]?.mentions).toBe(2);
  });

  test('no merge when two full names start with the same first name', () => {
    const names = sourcesOf('“It was awful,” said Fiona. Fiona Parry told reporters the shop had closed. Fiona Hale said it reopened.').map((s) => s.name);
    expect(names).toContain('Fiona');
  });
});

describe('collectSources: one group under a quantifier, two sources joined by "and"', () => {
  test('"Some economists" and later "economists" are one group', () => {
    const found = collectSources([attribution('Some economists'), attribution('economists'), attribution('Many economists')], []);
    expect(found.map((s) => [s.name, s.mentions])).toEqual([['Some economists', 3]]);
  });

  test('"the airline and other carriers" cites the airline and the other carriers', () => {
    const found = collectSources([attribution('Lufthansa and other carriers')], []);
    expect(found.map((s) => s.name)).toEqual(['Lufthansa', 'other carriers']);
    expect(found.every((s) => s.attributions[0] === 0)).toBe(true);
  });

  test('a known surname and a full name joined by "and" are two people, each joining their own entry', () => {
    const found = collectSources([attribution('Priya Natarajan'), attribution('Natarajan and Tomas Berglund'), attribution('Tomas Berglund')], []);
    expect(found.map((s) => [s.name, s.attributions])).toEqual([['Priya Natarajan', [0, 1]], ['Tomas Berglund', [1, 2]]]);
  });

  test('two bodies the lists know, or a bare group beside a body, are two sources', () => {
    expect(collectSources([attribution('Microsoft and Google')], []).map((s) => s.name)).toEqual(['Microsoft', 'Google']);
    expect(collectSources([attribution('firefighters and police')], []).map((s) => s.name)).toEqual(['firefighters', 'police']);
  });

  test.each(['Procter and Gamble', 'Marks and Spencer', 'Department of Health and Human Services', 'Israeli and Palestinian leaders', 'doctors and nurses'])('"%s" stays one source', (name) => {
    expect(collectSources([attribution(name)], []).map((s) => s.name)).toEqual([name]);
  });

  test('a name doubled around "&" stays whole even after a person of that surname', () => {
    const found = collectSources([attribution('Carla Johnson'), attribution('Johnson & Johnson')], []);
    expect(found.map((s) => s.name)).toEqual(['Carla Johnson', 'Johnson & Johnson']);
  });
});

describe('collectSources: a bare noun after a fuller phrase with that head', () => {
  test('"the survey" and "economists" stand for the survey and the economists cited before', () => {
    const found = collectSources([attribution('a survey of 300 dentists'), attribution('economists at the central bank'), attribution('survey'), attribution('Economists', true)], []);
    expect(found.map((s) => [s.name, s.attributions])).toEqual([['survey of 300 dentists', [0, 2]], ['economists at the central bank', [1, 3]]]);
  });

  test('the latest phrase with the head wins', () => {
    const found = collectSources([attribution('French officials'), attribution('German officials'), attribution('officials')], []);
    expect(found.map((s) => [s.name, s.attributions])).toEqual([['German officials', [1, 2]], ['French officials', [0]]]);
  });

  test('a bare noun cited before any fuller phrase stays its own source', () => {
    const found = collectSources([attribution('officials'), attribution('French officials')], []);
    expect(found.map((s) => s.name)).toEqual(['officials', 'French officials']);
  });

  test('a publication is no bare noun', () => {
    const found = collectSources([attribution('Financial Times'), attribution('The Times')], []);
    expect(found.map((s) => s.name)).toEqual(['Financial Times', 'The Times']);
  });
});

describe('collectSources: a study known by the journal it came out in', () => {
  const withText = (text: string): Source[] => collectSources(findAttributions(text, splitSentences(text).sentences), [], text);

  test('a bare "research" or "the study" takes the journal the next sentences name', () => {
    const text = 'New research suggests that sleeping late harms memory.\n\nThe study was published in the Journal of Sleep Science, and it followed 300 nurses.';
    const found = withText(text);
    expect(found.map((s) => s.name)).toContain('New research in the Journal of Sleep Science');
    expect(found.find((s) => s.name.startsWith('New research'))?.type).toBe('document');
    expect(withText('The study, published in Nature on Monday, found that bees count.').map((s) => s.name)).toContain('study in Nature');
  });

  test('the journal may come first in the paragraph, with the day it came out', () => {
    const text = 'Doctors praised the trial. The study, published Monday in Pediatrics, followed 500 children. The study found that naps help.';
    expect(withText(text).map((s) => s.name)).toEqual(['study in Pediatrics']);
  });

  test('a study named with its day and the journal right after it ("a study Monday in Nature Energy")', () => {
    expect(withText('Homes waste heat, according to a study Monday in Nature Energy.').map((s) => s.name)).toEqual(['study in Nature Energy']);
    expect(withText('Homes waste heat, according to a study in the journal Buildings.').map((s) => s.name)).toEqual(['study in Buildings']);
    expect(withText('Homes waste heat, according to a survey in March.').map((s) => s.name)).toEqual(['survey']);
    expect(withText('Homes waste heat, according to a survey in Ohio.').map((s) => s.name)).toEqual(['survey']);
  });

  test('no journal for another study, a named report, or a paragraph too far', () => {
    expect(withText('Research shows that bees count. Another study, published in Nature, found that ants do too.').map((s) => s.name)).toContain('Research');
    expect(withText('A Pew report shows that voters are tired. The report was published in Science.').map((s) => s.name)).toContain('Pew report');
    const far = 'Research shows that bees count.\n\nBees fly far.\n\nThe study was published in Nature.';
    expect(withText(far).map((s) => s.name)).toContain('Research');
  });
});

describe('collectSources: claims of a split subject', () => {
  test('"Acme and other carmakers say" credits its claims to both sources', () => {
    const claim = (attributionIndex: number): Claim => ({ start: 0, end: 0, text: '', score: 0.8, reasons: [], hedged: false, sentence: 0, attribution: attributionIndex });
    const found = collectSources([attribution('Acme and other carmakers')], [claim(0)]);
    expect(found.map((s) => [s.name, s.claims])).toEqual([['Acme', [0]], ['other carmakers', [0]]]);
  });
});

describe('collectSources: the outlet a story or an interview came out in', () => {
  const withText = (text: string): Source[] => collectSources(findAttributions(text, splitSentences(text).sentences), [], text);

  test('"in an interview with X", "a story published at X", "an article by X magazine" list X', () => {
    const interview = withText('In an interview with the Toronto Star on Friday, Lena Ortiz called the ruling a disgrace.');
    expect(interview.map((s) => s.name)).toEqual(expect.arrayContaining(['Lena Ortiz', 'Toronto Star']));
    const story = withText('The founder spoke out in a story published at Gizmodo. There, she says the board lied.');
    expect(story.find((s) => s.name === 'Gizmodo')).toMatchObject({ type: 'publication', attributions: [] });
    expect(withText('He shared an article by Harper magazine about the strike.').map((s) => s.name)).toContain('Harper magazine');
  });

  test('"in"/"on"/"at" without "published" name an outlet only when it is known as one, not a topic or a place', () => {
    expect(withText('In an essay on Hegel, Mary Fox said reason fails.').map((s) => s.name)).toEqual(['Mary Fox']);
    expect(withText('In an interview in Lisbon, Mary Fox said reason fails.').map((s) => s.name)).toEqual(['Mary Fox']);
    expect(withText('In an op-ed in the Denver Post, Mary Fox said reason fails.').map((s) => s.name)).toContain('Denver Post');
  });

  test('no outlet from a date, a pronoun, or without the text', () => {
    expect(withText('In an interview on Monday, Lena Ortiz said the ruling was wrong.').map((s) => s.name)).toEqual(['Lena Ortiz']);
    expect(withText('A story in March was short. In an interview with It, nobody spoke.').map((s) => s.name)).toEqual([]);
    const text = 'In an interview with the Toronto Star, Lena Ortiz said the ruling was wrong.';
    expect(collectSources(findAttributions(text, splitSentences(text).sentences), []).map((s) => s.name)).toEqual(['Lena Ortiz']);
  });
});

describe('collectSources: a bare quantifier names nobody', () => {
  test('"others said", "some argue" list no source of their own', () => {
    const found = sourcesOf('Most analysts expect a cut. But others said the bank would wait, and some argue it should raise rates.');
    expect(found.map((s) => s.name.toLowerCase())).not.toContain('others');
    expect(found.map((s) => s.name.toLowerCase())).not.toContain('some');
  });
});

describe('venuesOf: where a story came out or a person spoke', () => {
  test('a date after the outlet is no part of its name', () => {
    expect(venuesOf('The senator wrote an op-ed in the Chicago Tribune Monday arguing for the bill.').map((v) => v.name)).toEqual(['the Chicago Tribune']);
  });

  test('a programme of a known outlet, quoted or not, is where a person spoke', () => {
    expect(venuesOf('Speaking on NBC\'s “Meet the Press,” the governor defended the plan.').map((v) => v.name)).toEqual(['NBC\'s Meet the Press']);
    expect(venuesOf('The aide, speaking on Fox News, denied it.').map((v) => v.name)).toEqual(['Fox News']);
  });

  test('a programme is typed as a publication', () => {
    const text = 'The minister, speaking on the BBC\'s World Service, said the talks had failed.';
    const found = collectSources(findAttributions(text, splitSentences(text).sentences), [], text);
    expect(found.map((s) => [s.name, s.type])).toContainEqual(['BBC\'s World Service', 'publication']);
  });

  test('the person who spoke on a programme, named in full just before, is cited too', () => {
    const text = 'The governor\'s chief of staff, Dana Whitlow, speaking on NBC\'s “Meet the Press,” rejected the claim.';
    expect(venuesOf(text).map((v) => v.name)).toEqual(['NBC\'s Meet the Press', 'Dana Whitlow']);
    const found = collectSources(findAttributions(text, splitSentences(text).sentences), [], text);
    expect(found.map((s) => [s.name, s.type])).toContainEqual(['Dana Whitlow', 'person']);
  });

  test('a reprint note and a place are no venue', () => {
    expect(venuesOf('This article originally appeared on The Atlantic. He was speaking on Capitol Hill.')).toEqual([]);
  });
});

describe('collectSources: a document named in quotation marks', () => {
  const withText = (text: string): string[] => collectSources(findAttributions(text, splitSentences(text).sentences), [], text).map((s) => s.name);

  test('"according to the latest “Beige Book” of regional reports" cites the document, not "latest"', () => {
    expect(withText('Growth slowed in most districts, according to the latest “Beige Book” of regional reports.')).toEqual(['latest “Beige Book” of regional reports']);
    expect(withText('Hiring picked up, according to the new "Jobs Outlook".')).toEqual(['new "Jobs Outlook"']);
  });
});

describe('collectSources: a story cited by its outlet', () => {
  test('"Gizmodo\'s June story" is listed under Gizmodo, and joins Gizmodo cited by name', () => {
    const names = collectSources([attribution('Gizmodo'), attribution('Gizmodo’s June story'), attribution("The Verge's article")], []).map((s) => s.name);
    expect(names).toEqual(['Gizmodo', 'The Verge']);
  });

  test('a story that is not owned by a name stays as written', () => {
    const names = collectSources([attribution('the March story')], []).map((s) => s.name);
    expect(names).toEqual(['March story']);
  });
});

describe('collectSources: negative pronouns name nobody', () => {
  test('"nobody", "none" and "no one" are no source', () => {
    const text = 'Nobody believes the plan will work. None of them agree the bridge is old. No one said the repairs were cheap.';
    expect(collectSources(findAttributions(text, splitSentences(text).sentences), [], text).map((s) => s.name)).toEqual([]);
  });
});

describe('collectSources: a count of people names the group counted', () => {
  test('"a number of X in a lower-case place" and "a majority of X" are the group X', () => {
    const names = collectSources([
      attribution('a handful of dairy farmers in western counties'),
      attribution('a 60-percent majority of dairy farmers'),
    ], []).map((s) => s.name);
    expect(names).toEqual(['dairy farmers']);
  });

  test('a share of a group ("79 percent of survey respondents", "fewer than three-quarters of farmers") is the group', () => {
    expect(collectSources([attribution('fewer than three-quarters of dairy farmers'), attribution('dairy farmers')], []).map((s) => s.name)).toEqual(['dairy farmers']);
    expect(collectSources([attribution('79 percent of survey respondents')], []).map((s) => s.name)).toEqual(['survey']);
    expect(collectSources([attribution('half of them')], []).map((s) => s.name)).toEqual(['half of them']);
  });

  test('"Two of the nurses", "all three nurses" and "the nurses" are one group', () => {
    const names = collectSources([attribution('Two of the nurses'), attribution('all three nurses'), attribution('the nurses')], []).map((s) => s.name);
    expect(names).toHaveLength(1);
  });

  test('a named body after "group of" stays itself, and "the number of" is a quantity, not people', () => {
    expect(collectSources([attribution('Group of Seven')], []).map((s) => s.name)).toEqual(['Group of Seven']);
    expect(collectSources([attribution('three nurses'), attribution('three doctors')], []).map((s) => s.name)).toHaveLength(2);
  });
});

describe('the outlet publishing the article', () => {
  const names = (text: string, site?: string) => {
    const { sentences } = splitSentences(text);
    return collectSources(findAttributions(text, sentences), [], text, site).map((s) => s.name);
  };
  const text = '“We will appeal the ruling,” Dana Smith told NBC News on Monday. In an interview with Reuters, her lawyer said the fine was unlawful.';

  test('is no source where it only heard what someone said; other outlets still are', () => {
    expect(names(text)).toEqual(expect.arrayContaining(['NBC News', 'Reuters']));
    const own = names(text, 'NBC News');
    expect(own).not.toContain('NBC News');
    expect(own).toEqual(expect.arrayContaining(['Dana Smith', 'Reuters']));
    expect(names(text, 'www.nbcnews.com')).not.toContain('NBC News');
  });

  test('stays a source where it is the one reporting', () => {
    const reported = 'NBC News reported in March that the plant would close. The company declined to comment.';
    expect(names(reported, 'NBC News')).toContain('NBC News');
  });
});

describe('venuesOf: the outlet that ran an interview', () => {
  test('"the Chicago Tribune published an interview with", "CNN aired an exclusive interview": the outlet is cited', () => {
    expect(venuesOf('An hour before, the Chicago Tribune published an interview with the chief executive.').map((v) => v.name)).toEqual(['the Chicago Tribune']);
    expect(venuesOf('CNN aired an exclusive interview with him on Sunday.').map((v) => v.name)).toEqual(['CNN']);
  });
  test('a person who gave or did an interview is no outlet', () => {
    expect(venuesOf('Dana Reyes gave an interview to students. Mr. Harlan conducted a long interview with the suspect.')).toEqual([]);
  });
});
