import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findAttributions } from '../../src/analysis/attributions';
import { attributionsOf } from './helpers';

type Row = [sentence: string, expected: { source: string | null; cue: string; text?: string; mention?: string }];

// Sentences from the annotated pages in test/fixtures/articles (and the seed article).
const cases: Row[] = [
  ['Bloomberg has called the Ukrainian breakthrough of the Russian border in Kursk Oblast the first case since World War II.', { source: 'Bloomberg', cue: 'has called', text: 'Bloomberg has called' }],
  ['According to Bloomberg, up to a thousand Ukrainian troops have entered Kursk Oblast.', { source: 'Bloomberg', cue: 'according to', text: 'According to Bloomberg' }],
  ['Bloomberg also reports that Putin summoned his subordinates to explain the situation recently.', { source: 'Bloomberg', cue: 'reports', text: 'Bloomberg also reports' }],
  ['And Russian milbloggers accused the officials of incompetence.', { source: 'Russian milbloggers', cue: 'accused' }],
  ['Leaks indicate that Ukrainian President Volodymyr Zelenskyy considered occupying Russian villages.', { source: 'Leaks', cue: 'indicate', text: 'Leaks indicate' }],
  ['It is noted that in less than two days of fighting, Russia has lost control of 350 square kilometers.', { source: null, cue: 'it is noted', text: 'It is noted' }],
  ['Additionally, dozens of Russians are reportedly captured by Ukrainian forces.', { source: null, cue: 'reportedly' }],
  ['“It’s very much something to worry about,” said Marc Goldwein, senior vice president at the Committee for a Responsible Federal Budget.', { source: 'Marc Goldwein', cue: 'said' }],
  ['“The issue has just disappeared,” said Senator Mark Warner, a Virginia Democrat.', { source: 'Mark Warner', cue: 'said', mention: 'Senator Mark Warner' }],
  ['The combination, say economists, marks a major shift.', { source: 'economists', cue: 'say', text: 'say economists' }],
  ['But Mr. Frankel warns that when the economy weakens, the government will find itself short.', { source: 'Mr. Frankel', cue: 'warns' }],
  ['The deficit is expected to total nearly $1 trillion next year.', { source: null, cue: 'is expected', text: 'is expected' }],
  ['That would reduce federal revenue by an estimated $1.5 trillion over 10 years, according to the Tax Policy Center.', { source: 'Tax Policy Center', cue: 'according to' }],
  ['Deficit hawks have warned for years that a day of reckoning is coming.', { source: 'Deficit hawks', cue: 'have warned' }],
  ['“That’s a powerful combination,” Forte said.', { source: 'Forte', cue: 'said', text: 'Forte said' }],
  ['Two gunmen died, and three others may have escaped, officials said.', { source: 'officials', cue: 'said', text: 'officials said' }],
  ['About 50 other people were wounded, according to local news reports.', { source: 'local news reports', cue: 'according to' }],
  ['Ngātiwai believe the whales beach when they are sick.', { source: 'Ngātiwai', cue: 'believe' }],
  ['Climate change is to blame too, scientists think.', { source: 'scientists', cue: 'think' }],
  ['Whole Foods said it has lowered prices on hundreds of items, with an emphasis on fresh produce.', { source: 'Whole Foods', cue: 'said' }],
  ['In Washington, White House press secretary Josh Earnest condemned the attack and said the U.S. government was willing to assist.', { source: 'Josh Earnest', cue: 'said' }],
  ['One commenter, Bruce Van Horn, noted that job titles matter.', { source: 'Bruce Van Horn', cue: 'noted' }],
  ['Israel, which controls tax receipts, has pledged to transfer the money.', { source: 'Israel', cue: 'has pledged' }],
  ['Netanyahu strongly warned against a deal, in a speech criticized by the Obama administration for its tone.', { source: 'Obama administration', cue: 'criticized' }],
  ['The recent spate of mass strandings has been described as “heartbreaking” by the conservation department.', { source: 'conservation department', cue: 'has been described as' }],
  ['It now has 11 automated convenience stores and is rumored to be planning as many as 3,000 more.', { source: null, cue: 'is rumored' }],
  ['Mr. Trump has called for spending $1 trillion on infrastructure.', { source: 'Mr. Trump', cue: 'has called for' }],
  ['As the report states: "The birth lottery matters."', { source: 'report', cue: 'states', mention: 'the report' }],
  ['People familiar with the matter said the talks had stalled.', { source: 'People familiar with the matter', cue: 'said' }],
  ['The talks had stalled, according to sources familiar with the negotiations.', { source: 'sources familiar with the negotiations', cue: 'according to' }],
  ['“We are ready,” she told reporters.', { source: 'she', cue: 'told' }],
  ['Apple is calling it the Touch Bar.', { source: 'Apple', cue: 'is calling' }],
  ['Nintendo and Apple shocked the world by announcing a partnership.', { source: 'Nintendo and Apple', cue: 'announcing' }],
  ['Alverson, a commissioner on the Seattle-based International Pacific Halibut Commission, which has managed catch limits since 1924, described it as a stable but declining resource.', { source: 'Alverson', cue: 'described' }],
  ['The ability to take what Apple is calling “spatial” photos was not enabled.', { source: 'Apple', cue: 'is calling' }],
  ['The election keeps in place an Israeli prime minister who has declared his intention to resist Obama.', { source: 'Israeli prime minister', cue: 'has declared', mention: 'who' }],
  ['A spokesperson for the company said it was reviewing the decision.', { source: 'spokesperson for the company', cue: 'said' }],
  ['According to a report by the Institute for the Study of War, Russian forces advanced.', { source: 'Institute for the Study of War', cue: 'according to' }],
  ['The courts have held that the definition is broad.', { source: 'courts', cue: 'have held' }],
  ['My colleague David Pierce, who also tried the headset, pointed out that the display is sharp.', { source: 'David Pierce', cue: 'pointed out' }],
  ['“Our nation is in danger,” Essid declared.', { source: 'Essid', cue: 'declared', text: 'Essid declared' }],
  ['Alverson summed up the journey from a wooden boat to a grocery counter.', { source: 'Alverson', cue: 'summed up' }],
  // Written for these tests: two groups of people in lower case share one cue.
  ['The driver was freed from the wreck after an hour, firefighters and paramedics said.', { source: 'firefighters and paramedics', cue: 'said' }],
  ['The hospital was evacuated overnight, police and nurses said.', { source: 'police and nurses', cue: 'said' }],
  // A second verb after "but" keeps the subject, as after "and".
  ['The mayor said the budget was tight but insisted no library would close.', { source: 'mayor', cue: 'insisted' }],
  // "accused of" is a passive: the accuser is not named, and the noun before it is the accused.
  ['Two executives accused of bribery resigned from the board on Monday.', { source: null, cue: 'accused' }],
  ['The senator was accused of lying to the committee.', { source: null, cue: 'was accused' }],
  // A noun-like form closing its sentence is a speaker tag after a comma.
  ['Tram lines outlived the buses that replaced them, the historian Ruth Okafor notes.', { source: 'Ruth Okafor', cue: 'notes', mention: 'the historian Ruth Okafor' }],
  ['Sales of vinyl records doubled last year, the trade group reports.', { source: 'trade group', cue: 'reports' }],
  ['Hospital workers demanded that every ward be fully staffed by June.', { source: 'Hospital workers', cue: 'demanded' }],
  ['The council is demanding a full audit of the contract.', { source: 'council', cue: 'is demanding' }],
  // A stance adjective after "is"/"are" before a clause.
  ['The teachers’ union is adamant that class sizes must shrink.', { source: 'union', cue: 'is adamant' }],
  ['The regulator is concerned the merger would raise fares.', { source: 'regulator', cue: 'is concerned' }],
  ['The trading firm, which was suspected of hiding losses, closed in March.', { source: null, cue: 'was suspected' }],
  ['Dr. Alvarez showed that the vaccine protects older patients.', { source: 'Dr. Alvarez', cue: 'showed' }],
  ['Port officials divulged on Monday that the new crane had been idle for weeks.', { source: 'Port officials', cue: 'divulged' }],
  // "blamed", like "accused", credits a claim of cause to its subject.
  ['Union leaders blamed the delays on a shortage of drivers.', { source: 'Union leaders', cue: 'blamed' }],
  // A second verb phrase with its own auxiliary after "and" keeps the sentence's subject.
  ['Mayor Jane Holt and two of her aides were questioned on Monday and are insisting the plan is sound.', { source: 'Jane Holt', cue: 'are insisting' }],
  // "reputed", like "reputedly", passes on hearsay without a source.
  ['The reputed owner of the yacht has never been seen aboard.', { source: null, cue: 'reputed' }],
  // "seen by X as": the agent between the participle and "as" is the source.
  ['The senator, long seen by rural voters as one of their own, lost the primary.', { source: 'rural voters', cue: 'seen as' }],
  // The agent of a participle after a document is not the subject: the document is.
  ['Audit reports obtained by the local paper show that the fund was short.', { source: 'Audit reports obtained by the local paper', cue: 'show' }],
  // A speaker tag after the clause it reports, with an insert: the description is the subject, not the clause's last noun.
  ['The talks collapsed late on Friday after the unions walked out of the meeting, an official, who said she had seen the minutes, told reporters.', { source: 'official', cue: 'told', mention: 'an official' }],
  ['The talks collapsed late on Friday after the unions walked out of the meeting, an official, who said she had seen the minutes, told reporters.', { source: 'official', cue: 'said', mention: 'who' }],
  // Kin and friends of the people in the news are sources in lower case too.
  ['Her grandson’s mother said the ferry left without lifejackets.', { source: 'Her grandson’s mother', cue: 'said' }],
  ['His widow told the inquest the brakes had failed twice.', { source: 'His widow', cue: 'told' }],
  ['The boy’s father has warned that the crossing is unsafe.', { source: 'boy’s father', cue: 'has warned' }],
  // A promise and a disagreement credit a stance to their subject, as "pledged" does.
  ['The ministry now promises that outages will be fixed within a day.', { source: 'ministry', cue: 'promises' }],
  ['The Mayor’s office has promised residents that the pool will reopen.', { source: 'Mayor’s office', cue: 'has promised' }],
  ['Local farmers disagree, pointing to the dry spring.', { source: 'Local farmers', cue: 'disagree' }],
  // "the corporation" is a source like "the company", and a description of the one named before.
  ['The corporation believes the new plant will pay for itself.', { source: 'corporation', cue: 'believes' }],
  // A bracketed aside may stand between the subject and its verb.
  ['Local historian Ruth Abara (who led the first dig in 1998) noted that the wall was older than thought.', { source: 'Ruth Abara', cue: 'noted', mention: 'Local historian Ruth Abara' }],
  ['The water board (a public body since 1974) has said the pipes are safe.', { source: 'water board', cue: 'has said' }],
  // Stories, articles, pages and petitions are documents that report; outlets are sources like an outlet.
  ['As the agency’s June story explains, the figures were revised twice.', { source: 'agency’s June story', cue: 'explains' }],
  ['Several news outlets that claim to be neutral took money from the party.', { source: 'Several news outlets', cue: 'claim', mention: 'that' }],
  // A noun-like form before a clause without "that" is the verb.
  ['The council’s petition notes two schools would close next year.', { source: 'council’s petition', cue: 'notes' }],
];

describe('findAttributions: reporting cues in real news sentences', () => {
  test.each(cases)('%s', (sentence, expected) => {
    const found = attributionsOf(sentence);
    const hit = found.find((a) => a.cue === expected.cue);
    expect(hit, JSON.stringify(found.map((a) => [a.text, a.source, a.cue]))).toBeDefined();
    expect(hit?.source).toBe(expected.source);
    expect(hit?.anonymous).toBe(expected.source === null ? true : hit?.anonymous);
    if (expected.text) expect(hit?.text).toBe(expected.text);
    if (expected.mention) expect(hit?.mention).toBe(expected.mention);
    expect(sentence.slice(hit?.start, hit?.end)).toBe(hit?.text);
  });
});

// Not reporting: negated cues, a speaker's own "I think", verbs used as nouns, naming.
const nonCases: string[] = [
  'Although Ukraine has not officially confirmed its control over the situation, the fighting there indicates three key objectives of Ukraine.',
  '“I think we will win,” the coach said.',
  'Officials monitor weather forecasts closely for freeze-thaw cycles.',
  'The extreme temperature swings are adding to the challenges of winter.',
  'A group called Friends of the Earth held a rally.',
  'Although no group claimed responsibility, the bloodshed raised fears.',
  'He did not say when the talks would resume.',
  'The 10-year Treasury note rose above 3 percent.',
  'Washington wants an independent Palestinian state.',
  'Political leaders will find it harder to act.',
  'The team added two players before the deadline.',
  'They were calling out to each other and reassuring each other.',
  'So, where do people learn how to fix some of these problems?',
  "I'd say the plan failed.",
  "They'll tell you it works.",
  'The board held a meeting on Tuesday.',
  'The president declared martial law around 10:30 p.m.',
  'During the lecture the students took notes.',
  'The inspector filed two reports.',
  'Rising demand for copper lifted prices.',
  'Strong export demand in May helped the mills.',
  'Shoppers are concerned about rising rents.',
  'As far as the board is concerned, the matter is closed.',
  'The club was confident enough to sign him.',
  'Witnesses saw the suspected gunman flee.',
  'Ghana has shown real progress in its debt talks.',
  'Nobody in the village was to blame for the flood.',
  'The weekend promises to be warm and dry.',
  'The two maps disagree by a wide margin.',
  'Police reports from the scene were sealed by the court.',
  'The police notes are missing from the file.',
];

describe('findAttributions: not attributions', () => {
  test.each(nonCases)('%s', (sentence) => {
    const found = attributionsOf(sentence);
    // "the coach said" is an attribution; "I think" inside the quote is not.
    expect(found.filter((a) => !(a.cue === 'said' && a.source === 'coach'))).toEqual([]);
  });
});

describe('findAttributions: long sentences', () => {
  test('a token window that opens inside a word never yields part of that word', () => {
    const sentence = 'The two deputy mayors named by the council are the former finance director Anna Lindqvist and the transport planner Tomas Berglund, who moved to the town hall after their offices were flooded during Sunday night\'s storm, the spokesman, who said he had attended the session, told local radio.';
    for (const a of attributionsOf(sentence)) {
      expect(a.start === 0 || /\s/.test(sentence[a.start - 1] ?? ''), a.text).toBe(true);
      expect(a.source).toBe('spokesman');
    }
  });
});

describe('findAttributions: sources resolved from earlier mentions', () => {
  test('"The news agency" is the publication cited before it', () => {
    const text = 'According to Bloomberg, troops crossed the border.\n\nThe news agency also suggests that this will change the war.';
    const found = attributionsOf(text);
    expect(found.map((a) => [a.source, a.mention ?? null])).toEqual([['Bloomberg', null], ['Bloomberg', 'The news agency']]);
  });

  test('"he" is the person quoted last, and a surname is the full name (a third party credited inside a quote counts too)', () => {
    const text = '“People think it is all protected,” said Patrick McHugh, vice president of Con Edison.\n\n“You have water and gas down there,” he added. “It also lets smoke escape,” Mr. McHugh said.';
    expect(attributionsOf(text).map((a) => a.source)).toEqual(['People', 'Patrick McHugh', 'Patrick McHugh', 'Patrick McHugh']);
  });

  test.each([
    ['Jeffrey A. Frankel teaches at Harvard. The deficit is large, Frankel said.', 'Jeffrey A. Frankel'],
    ['Sean O’Brien runs the union. The talks failed, O’Brien said.', 'Sean O’Brien'],
    ['The talks failed, Mr. Kowalski said.', 'Mr. Kowalski'],
  ])('a surname is the full name named earlier, initials and apostrophes included: %s', (text, source) => {
    expect(attributionsOf(text).at(-1)?.source).toBe(source);
  });

  test('"the company" is a one-word name cited before, but not one named as the reporter in its own sentence', () => {
    const text = 'Zentrix announced a recall of its heaters. The firm said no one was hurt.\n\nAs Pollbridge reports, the company told dealers to stop sales.';
    expect(attributionsOf(text).map((a) => [a.source, a.mention ?? null])).toEqual([
      ['Zentrix', null], ['Zentrix', 'The firm'], ['Pollbridge', null], ['Zentrix', 'the company'],
    ]);
  });

  test('"the corporation" is the company named before it', () => {
    const text = 'Holtmark said sales had doubled. Prices stayed at what the corporation believes is a fair level.';
    expect(attributionsOf(text).map((a) => [a.source, a.mention ?? null])).toEqual([['Holtmark', null], ['Holtmark', 'the corporation']]);
  });

  test('"the company" does not take a surname: "Frankel" after "Jeffrey Frankel" is a person', () => {
    const text = 'Jeffrey Frankel teaches at Harvard. The deficit is large, Frankel said. The company said it disagreed.';
    expect(attributionsOf(text).at(-1)?.source).not.toBe('Frankel');
  });

  test('"the bureau" is the bureau named earlier in the text, even when it was not yet a source', () => {
    const text = 'The judge wrote that the Consumer Financial Protection Bureau had exceeded its authority. The bureau said it was reviewing the decision.';
    expect(attributionsOf(text).map((a) => [a.source, a.mention ?? null])).toContainEqual(['Consumer Financial Protection Bureau', 'The bureau']);
  });

  test('a judge named with the court keeps the name as the source', () => {
    const text = 'Judge Mark T. Pittman of the U.S. District Court in Fort Worth, Texas, wrote that the bureau had exceeded its authority.';
    expect(attributionsOf(text).map((a) => [a.source, a.cue])).toEqual([['Mark T. Pittman', 'wrote']]);
  });

  test('"the company" is the organisation cited last, even a few sources back', () => {
    const text = 'Whole Foods said prices fell. Analysts said that was expected. Tom Forte said margins would shrink. The company also said it was hiring.';
    expect(attributionsOf(text).at(-1)?.source).toBe('Whole Foods');
  });

  test('results are sorted by start and every text is its own slice', () => {
    const text = readFileSync(new URL('../fixtures/articles/kursk-seed/article.txt', import.meta.url), 'utf8');
    const found = attributionsOf(text);
    expect(found.map((a) => a.start)).toEqual([...found.map((a) => a.start)].sort((x, y) => x - y));
    for (const a of found) expect(text.slice(a.start, a.end)).toBe(a.text);
  });
});

describe('findAttributions: the seed article', () => {
  const text = readFileSync(new URL('../fixtures/articles/kursk-seed/article.txt', import.meta.url), 'utf8');
  const found = attributionsOf(text);

  test('finds the gold cues with their sources', () => {
    expect(found.map((a) => [a.source, a.cue])).toEqual([
      ['Bloomberg', 'has called'], ['Bloomberg', 'according to'], ['Bloomberg', 'reports'], ['Russian milbloggers', 'accused'],
      ['Bloomberg', 'suggests'], ['Bloomberg', 'believes'], ['The Telegraph', 'according to'], [null, 'it is noted'],
      [null, 'reportedly'], ['Leaks', 'indicate'], [null, 'reportedly'],
    ]);
  });
});

describe('findAttributions: bad input', () => {
  const nested = `${'“He said ‘she said “they said ‘we said '.repeat(200)}`;
  test.each([
    ['empty', ''],
    ['1 MB line without spaces', 'x'.repeat(1_000_000)],
    ['binary garbage', Array.from({ length: 50_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
    ['deeply nested quotes', nested],
    ['a runaway sentence of cues', ', said the officials'.repeat(20_000)],
  ])('%s does not throw and keeps offsets valid', (_label, text) => {
    const found = attributionsOf(text);
    for (const a of found) expect(text.slice(a.start, a.end)).toBe(a.text);
  });

  test('no sentences means no attributions', () => {
    expect(findAttributions('Officials said so.', [])).toEqual([]);
  });
});

describe('"issued a plea/statement/warning": the cue takes in its noun', () => {
  test.each<[string, string, string]>([
    ['Sarah Jones issued a plea for drivers to slow down near the school.', 'Sarah Jones', 'issued a plea'],
    ['The health ministry has issued a warning about strong currents.', 'health ministry', 'has issued a warning'],
    ['Police issued a statement on Monday night.', 'Police', 'issued a statement'],
  ])('%s', (sentence, source, cue) => {
    const found = attributionsOf(sentence);
    expect(found.map((a) => [a.source, a.cue])).toContainEqual([source, cue]);
  });

  test.each([
    'The bank issued bonds worth $3m last year.',
    'The council issued parking permits to residents.',
  ])('no cue for a thing issued: %s', (sentence) => {
    expect(attributionsOf(sentence).filter((a) => a.cue.startsWith('issued'))).toEqual([]);
  });
});

describe('verbs of dispute report when a claim follows', () => {
  test.each<[string, string, string]>([
    ['Several economists have challenged the view that wages will rise.', 'Several economists', 'have challenged'],
    ['Union leaders defended the deal on the grounds that it protects jobs.', 'Union leaders', 'defended'],
    ['The minister rejected claims that he misled parliament.', 'minister', 'rejected'],
    ['Scientists dispute the notion that the drug is safe.', 'Scientists', 'dispute'],
  ])('%s', (sentence, source, cue) => {
    expect(attributionsOf(sentence).map((a) => [a.source, a.cue])).toContainEqual([source, cue]);
  });

  test.each([
    'However, he defended his decision to visit those governments.',
    'The company has been defending its pricing in the wake of accusations, which it says are false.',
    'The army defended the city for three months.',
    'Voters rejected the plan, and the mayor said that he would resign.',
  ])('no cue for a thing defended or rejected: %s', (sentence) => {
    expect(attributionsOf(sentence).filter((a) => /defend|reject|challeng|disput/.test(a.cue))).toEqual([]);
  });
});

// A share of those polled, or "another" of them, is cited as the group last named.
test('survey shares and "another" speak for the group last cited', () => {
  const text = 'Most union members said the deal was fair. Another 20 percent said it was too soon. One called it a trap, and another said it was late.';
  const found = attributionsOf(text).map((a) => [a.source, a.cue, a.mention ?? null]);
  expect(found).toContainEqual(['Most union members', 'said', 'Another 20 percent']);
  expect(found).toContainEqual(['Most union members', 'said', 'another']);
});

describe('a degree word with its "-ly" adverb between subject and verb', () => {
  test.each<[string, string, string]>([
    ['The governor more recently has said she opposes the tax.', 'governor', 'has said'],
    ['Mr. Ortiz most recently told reporters the deal was off.', 'Mr. Ortiz', 'told'],
  ])('%s', (sentence, source, cue) => {
    expect(attributionsOf(sentence).map((a) => [a.source, a.cue])).toContainEqual([source, cue]);
  });
});

describe('who a group, a title or a participle that goes on stands for', () => {
  test.each<[string, string, string, string]>([
    ['Many farmers, tired of the drought, are selling land, and some say the valley is finished.', 'some', 'say', 'Many farmers'],
    ['Harris County sheriff Dana Whitlock ordered the roads closed. The sheriff said the water was still rising.', 'The sheriff', 'said', 'Dana Whitlock'],
    ['Both Smith and Jones said the plan had failed.', 'Smith and Jones', 'said', 'Smith and Jones'],
  ])('%s', (text, mention, cue, source) => {
    const a = attributionsOf(text).find((x) => x.cue === cue && (x.mention ?? x.source) === mention);
    expect(a?.source).toBe(source);
  });

  test('"the report" does not stand for a source known only by a common noun', () => {
    const found = attributionsOf('The email spoke of revenge. Later the report states that the threat was a hoax.');
    expect(found.map((a) => a.source)).toEqual(['email', 'report']);
  });

  test('two people named together are no antecedent of one of them', () => {
    const found = attributionsOf('Ellen Gille said the code was hers. Hamilton and Gille still speak of him warmly. Gille recalls the night well.');
    expect(found.map((a) => a.source)).toEqual(['Ellen Gille', 'Hamilton and Gille', 'Ellen Gille']);
  });
});
