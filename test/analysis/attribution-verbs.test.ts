import { describe, expect, test } from 'vitest';
import { attributionsOf, pairs } from './helpers';

// src/analysis/lexicon/reporting.ts and src/analysis/attribution-verbs.ts: which words report.
describe('reporting verbs and source nouns of the lexicon', () => {
  test.each<[string, string, string]>([
    // "elaborate" reports like "explain"; "deem" gives a judgement as "call" does.
    ['Later, by phone, she elaborated that the plan was dead.', 'she', 'elaborated'],
    ['The judge deemed the evidence inadmissible.', 'judge', 'deemed'],
    // A user speaks as users do; an obituary is a document that reports.
    ['“We will appeal,” one user wrote on the forum.', 'one user', 'wrote'],
    ['“Prices went up,” one user complained about the shop.', 'one user', 'complained'],
    ['His obituary, printed in the Daily Star, called him a pioneer of radio.', 'His obituary', 'called'],
    // What a study yields reports as the study does, in a relative clause too.
    ['Despite the test results that show that the water is safe, residents worry.', 'test results', 'show'],
    ['The findings, which suggest a link, were published.', 'findings', 'suggest'],
    // "someone" is as plain a source as "people".
    ['Later, someone pointed out that the bridge was closed.', 'someone', 'pointed out'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });
});

describe('"continue" and "go on" report only as a speaker tag beside a quotation', () => {
  test.each<[string, string, string]>([
    ['“We never gave up,” she continued.', 'she', 'continued'],
    ['“Prices rise and fall,” he goes on, and the firm grew.', 'he', 'goes on'],
    ['Okafor went on, “It was a mess.”', 'Okafor', 'went on'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test.each(['The fighting continued.', 'Sales fell in May. Okafor continued.', 'The show went on.', 'She went on to win the race.', 'He continued his work at the lab.'])('no cue: %s', (sentence) => {
    expect(attributionsOf(sentence)).toEqual([]);
  });
});

// src/analysis/attributions.ts: a capitalised preposition opening a sentence is no first name.
describe('a full name is never read with a sentence-opening preposition', () => {
  test.each(['Like Ruiz', 'Unlike Ruiz', 'Enter Tomas Ruiz'])('%s', (opening) => {
    const text = `${opening}, the board kept quiet. “We will wait,” Ruiz says.`;
    expect(pairs(text)).toContainEqual([opening === 'Enter Tomas Ruiz' ? 'Tomas Ruiz' : 'Ruiz', 'says']);
  });
});

describe('"put it" and "point this out": a pronoun object inside the reporting phrase', () => {
  test.each<[string, string, string]>([
    ['The club attracts “drifters,” as Moreno put it, and students.', 'Moreno', 'put'],
    ['Okafor puts it this way: the city is broke.', 'Okafor', 'puts'],
    ['As one official put it, the plan is dead.', 'one official', 'put'],
    ['Ruiz points this out: the map is wrong.', 'Ruiz', 'points out'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test.each(['He put it on the table.', 'She put it in the bank.', 'The firm put it up for sale.'])('no cue: %s', (sentence) => {
    expect(attributionsOf(sentence)).toEqual([]);
  });
});

// Common reporting verbs of news writing: criticism, rulings, answers, signals, appeals, views told with a clause.
describe('verbs of criticism, rulings, answers, appeals and views', () => {
  test.each<[string, string, string]>([
    ['The mayor fumed in a post that the budget was a joke.', 'mayor', 'fumed'],
    ['The union slammed the plan as reckless.', 'union', 'slammed'],
    ['Activists blasted the ruling on Friday.', 'Activists', 'blasted'],
    ['The appeals court ruled that the ban was lawful.', 'appeals court', 'ruled'],
    ['A spokesman answered that the talks would go on.', 'spokesman', 'answered'],
    ['Okafor answered curtly: "Not today."', 'Okafor', 'answered'],
    ['The central bank signaled that rates would rise.', 'central bank', 'signaled'],
    ['The council called on the minister to resign.', 'council', 'called on'],
    ['The bank feels the recovery is still fragile.', 'bank', 'feels'],
    ['Officials recognize that the rules are unclear.', 'Officials', 'recognize'],
    ['Landlords resent what many tenants saw as overdue relief.', 'many tenants', 'saw as'],
    ['The senator made the claim on Tuesday.', 'senator', 'made the claim'],
    ['The agency made this suggestion in a memo.', 'agency', 'made this suggestion'],
    ['The mayor has made it clear that she will run.', 'mayor', 'has made it clear'],
    ['Ruiz had made it very clear that he would stay.', 'Ruiz', 'had made it very clear'],
    ['Senator Ruiz among others made this suggestion last year.', 'Senator Ruiz', 'made this suggestion'],
    ['Analysts believe he still felt Smith’s old party had betrayed him.', 'he', 'felt'],
    ['The council tried to calm tenants and called on the owner to repair the roof.', 'council', 'called on'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test.each([
    'He slammed the door.', 'The rocket blasted off at dawn.', 'The king ruled the country for decades.',
    'Regulators struck down a rule that would cap fees.', 'Smith answered the door.', 'She felt sick.',
    'It was more than what they felt like they could pay.', 'Critics worried about costs stayed away.',
    'He saw as many as 300 people.', 'She called on her neighbour at home.', 'The minister made a cake.',
    'The box lets you pass audio signals to the receiver.', 'I think he recognizes that, she said.',
  ])('no cue: %s', (sentence) => {
    expect(attributionsOf(sentence).filter((a) => /slam|blast|rule|answer|felt|feel|worr|saw|call|made|signal|recogni/.test(a.cue))).toEqual([]);
  });
});

describe('findings, replies, objections and credited causes report only with what was said after them', () => {
  test.each<[string, string, string]>([
    ['Fire investigators determined that a faulty heater had started the blaze.', 'Fire investigators', 'determined'],
    ['The manager had informed the players that practice was cancelled.', 'manager', 'had informed'],
    ['Mr. Ortiz curtly responded that the figures were wrong.', 'Mr. Ortiz', 'responded'],
    ['The minister responded: “We will not resign.”', 'minister', 'responded'],
    ['Farmers protested that the new quotas would ruin them.', 'Farmers', 'protested'],
    ['The company attributed the delays to a shortage of pilots.', 'company', 'attributed'],
    ['Most historians ascribe the collapse to drought.', 'Most historians', 'ascribe'],
    ['The ruling affirms that the contract was valid.', 'ruling', 'affirms'],
    // An audit and an inquiry report as a study does; a sender and a caller speak as a writer does.
    ['The audit states that the money was never repaid.', 'audit', 'states'],
    ['The inquiry concluded that the alarms had failed.', 'inquiry', 'concluded'],
    ['The anonymous caller vowed to strike again.', 'anonymous caller', 'vowed'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test.each([
    'The team was determined to win the final.', 'Judges determined the winner by lot.', 'Crews responded to the fire within minutes.',
    'We will update this story if the officials respond.', 'Thousands protested the ruling outside the court.',
    'She made an informed decision.', 'The quote was attributed to Lincoln.', 'A remark attributed to him went viral.',
  ])('no cue: %s', (sentence) => {
    expect(attributionsOf(sentence).filter((a) => /determin|respond|protest|inform|attribut/.test(a.cue))).toEqual([]);
  });
});

describe('a letter or a memo "began" as a speaker tag beside its quotation', () => {
  test.each<[string, string, string]>([
    ['“Dear neighbours, we are sorry,” the letter began.', 'letter', 'began'],
    ['The memo began: “You have been warned.”', 'memo', 'began'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test.each(['The letter began by thanking the volunteers.', 'The meeting began at noon.'])('no cue: %s', (sentence) => {
    expect(attributionsOf(sentence).filter((a) => /began/.test(a.cue))).toEqual([]);
  });
});

describe('hints, ridicule, advice, doubt, forecasts and labels report; other senses of the same words do not', () => {
  test.each<[string, string, string]>([
    ['The minister hinted that an election was near.', 'minister', 'hinted'],
    ['Health officials advise travellers to boil their water.', 'Health officials', 'advise'],
    ['Engineers question whether the levee can hold.', 'Engineers', 'question'],
    ['The bureau projects that exports will fall next year.', 'bureau', 'projects'],
    ['Mr. Diaz labeled the budget a “fantasy.”', 'Mr. Diaz', 'labeled'],
    ['The minister conceded the vote was lost, allowing that the count had been fair.', 'minister', 'allowing'],
    ['The letter spoke of a long feud between the brothers.', 'letter', 'spoke of'],
    ['Analysts anticipate that the merger will close in May.', 'Analysts', 'anticipate'],
    ['The mayor boasted that crime had fallen.', 'mayor', 'boasted'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test.each([
    'Ms. Park advises the council on security matters.', 'The key question is cost.', 'The projects cost millions.',
    'The jars are labeled as organic.', 'The board allowed him to leave early.', 'The port city boasted tens of thousands of sailors.',
  ])('no cue: %s', (sentence) => {
    expect(attributionsOf(sentence).filter((a) => /advis|question|project|label|allow|boast/.test(a.cue))).toEqual([]);
  });
});

describe('"according to" a norm is conformity, not a source', () => {
  test.each([
    'The robots sort parcels according to fixed rules.',
    'The launch went according to plan.',
    'The buses leave according to a tight schedule.',
    'The dead are buried according to local custom.',
  ])('%s', (sentence) => {
    expect(pairs(sentence).filter(([, cue]) => cue === 'according to')).toEqual([]);
  });

  test.each<[string, string]>([
    ['The city will add 300 buses, according to the plan released on Monday.', 'plan'],
    ['According to the rules of the league, the fine is capped.', 'rules of the league'],
  ])('a norm set off as the report cites it: %s', (sentence, source) => {
    expect(pairs(sentence)).toContainEqual([source, 'according to']);
  });
});

describe('"conclude" ending an event is no report', () => {
  test.each([
    'The central bank concludes three days of meetings on Thursday.',
    'The minister concluded her visit to Ghana with a speech.',
    'The committee concluded its inquiry last month.',
  ])('%s', (sentence) => {
    expect(pairs(sentence).filter(([, cue]) => /conclude/.test(cue))).toEqual([]);
  });

  test.each<[string, string]>([
    ['The committee concluded that the rules were broken.', 'committee'],
    ['The review concluded the program had failed.', 'review'],
  ])('%s', (sentence, source) => {
    expect(pairs(sentence).map(([s]) => s)).toContain(source);
  });
});

describe('worry and declarations of oneself', () => {
  test.each<[string, string, string]>([
    ['In the interview, Ms. Lund fretted that tariffs would hurt exports.', 'Ms. Lund', 'fretted'],
    ['Markets slid after the senator declared herself a candidate for governor.', 'senator', 'declared'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test('fretting about something is a feeling, not a report', () => {
    expect(pairs('The coach fretted about the weather.')).toEqual([]);
  });
});

describe('a coordinated base form under a modal is what might be said', () => {
  test.each([
    'Once the audit ends, the board may meet with the auditors and say the accounts are sound.',
    'If prices fall, investors will sell and argue the rally was a bubble.',
  ])('%s', (sentence) => {
    expect(pairs(sentence)).toEqual([]);
  });

  test('a habitual "would … and say" reports', () => {
    expect(pairs('Ruiz would walk in, sit down and say, “Let’s begin.”')).toContainEqual(['Ruiz', 'say']);
  });
});

describe('an estimate given as a figure: "pegged / put the odds at"', () => {
  test.each<[string, string, string]>([
    ['Dr. Ames pegged the chances of a recession next year at one in three.', 'Dr. Ames', 'pegged'],
    ['Insurers put the cost of the storm at $2 billion.', 'Insurers', 'put'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test.each([
    'She put the files on the desk.',
    'The currency is pegged to the dollar.',
    'He put the cost of living at the center of his campaign.',
  ])('no estimate: %s', (sentence) => {
    expect(pairs(sentence)).toEqual([]);
  });
});

describe('questioning a person is no report of doubt', () => {
  test.each(['Detectives questioned him about the missing funds.', 'Days after a student questioned Ortega at a town hall, the video spread.'])('%s', (sentence) => {
    expect(pairs(sentence)).toEqual([]);
  });

  test('questioning a claim reports', () => {
    expect(pairs('Economists questioned whether the cuts would pay for themselves.')).toContainEqual(['Economists', 'questioned']);
  });
});

describe('a member or the representatives of a body speak for it', () => {
  test.each<[string, string, string]>([
    ['A member of Ortiz’s campaign staff announced that the rally was off.', 'member of Ortiz’s campaign staff', 'announced'],
    ['The band’s representatives denied the report.', 'band’s representatives', 'denied'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test('joining is no report: "became a member of the club"', () => {
    expect(pairs('He became a member of the club.')).toEqual([]);
  });
});
