import { describe, expect, test } from 'vitest';
import { attributionsOf, pairs } from './helpers';

// src/analysis/attribution-speaker.ts: what a verb's object says about whether it reports.
describe('verbs of discovery report a finding, not a thing found', () => {
  test.each<[string, string, string]>([
    ['Okafor found that the pumps had failed twice before.', 'Okafor', 'found'],
    ['She found the records were incomplete.', 'She', 'found'],
    ['The study found a sharp rise in asthma among children.', 'study', 'found'],
    ['Inspectors noticed that the seals were cracked.', 'Inspectors', 'noticed'],
    ['Patel described the new rules as a step backwards.', 'Patel', 'described'],
    ['Moreno described it as a turning point for the league.', 'Moreno', 'described'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test.each([
    'After weeks of digging, Okafor found a box of letters in the attic.',
    'Chen identified two errors in the original survey design.',
    'Only the night staff noticed the smell.',
    'In 2004, Patel described it at a meeting of the society.',
  ])('no cue: %s', (sentence) => {
    expect(attributionsOf(sentence).filter((a) => /found|identified|noticed|described/.test(a.cue))).toEqual([]);
  });
});

describe('"wrote" reports what was written, not a thing composed', () => {
  test.each<[string, string]>([
    ['Okafor wrote that the budget was unrealistic.', 'Okafor'],
    ['Okafor wrote in a letter to the board that the budget was unrealistic.', 'Okafor'],
    ['“The budget is unrealistic,” wrote the report’s authors.', 'report’s authors'],
  ])('%s', (sentence, source) => {
    expect(attributionsOf(sentence).map((a) => a.source)).toContainEqual(expect.stringContaining(source.split(' ').pop() as string));
  });

  test.each([
    'Two students wrote the code that runs the telescope.',
    'She joined the team that wrote the software for the probe.',
    'Martins wrote a novel about the strike.',
  ])('no cue: %s', (sentence) => {
    expect(attributionsOf(sentence).filter((a) => a.cue.includes('wrote'))).toEqual([]);
  });
});

describe('memory, views and studies as speakers', () => {
  test.each<[string, string, string]>([
    ['Torres recalls standing in line for hours outside the bank.', 'Torres', 'recalls'],
    ['Two colleagues later remembered that the vote had been close.', 'Two colleagues', 'remembered'],
    ['One theory holds that the lake formed in a single flood.', 'One theory', 'holds'],
    ['A survey of hospital nurses shows that overtime fell by half.', 'A survey of hospital nurses', 'shows'],
  ])('%s', (sentence, mention, cue) => {
    expect(attributionsOf(sentence).map((a) => [a.mention ?? a.source, a.cue])).toContainEqual([mention, cue]);
  });

  test.each([
    'She remembered her umbrella on the way out.',
    'The firm held a meeting in March.',
    'Product recalls rose sharply last year.',
  ])('no cue: %s', (sentence) => {
    expect(attributionsOf(sentence).filter((a) => /remember|held|recall/.test(a.cue))).toEqual([]);
  });
});

describe('a thought inside a relative clause reports nothing', () => {
  test.each([
    'The crew steered toward what they thought was the harbour light.',
    'Each player pressed the button on the side that they thought the ball would land.',
  ])('no cue: %s', (sentence) => {
    expect(attributionsOf(sentence).filter((a) => a.cue === 'thought')).toEqual([]);
  });

  test.each<[string, string]>([
    ['Engineers said that they thought the bridge was safe.', 'thought'],
    ['They reject what they believe to be a biased ruling.', 'believe'],
  ])('still a cue: %s', (sentence, cue) => {
    expect(attributionsOf(sentence).map((a) => a.cue)).toContain(cue);
  });
});

describe('messages from people not named, and referrals', () => {
  test('"comments accusing" credits the comments', () => {
    expect(pairs('Within hours the shop was getting comments accusing it of price gouging.')).toContainEqual(['comments', 'accusing']);
  });

  test('a person recommended to someone is no advice', () => {
    const text = 'Silva met an editor in the features department, who recommended him to the publisher.';
    expect(attributionsOf(text).filter((a) => a.cue === 'recommended')).toEqual([]);
  });

  test('advice recommended is still a cue', () => {
    expect(pairs('The panel recommended that the plant close by 2030.')).toContainEqual(['panel', 'recommended']);
  });
});

describe('a noun-like form after an article and a singular word is a noun', () => {
  test.each([
    'Diplomats said on Friday that the British demand that the ship be released still stood.',
    'The latest estimate from the port put losses at $4 million, traders said.',
  ])('no noun cue: %s', (sentence) => {
    expect(attributionsOf(sentence).filter((a) => a.cue === 'demand' || a.cue === 'estimate')).toEqual([]);
  });

  test.each<[string, string, string]>([
    ['The data show that rents rose again.', 'data', 'show'],
    ['The nurses demand that wages be indexed.', 'nurses', 'demand'],
  ])('still a verb: %s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });
});

describe('"mention" and "detail" report', () => {
  test.each<[string, string, string]>([
    ['The company has mentioned that a cheaper model will follow next year.', 'company', 'has mentioned'],
    ['She also details the delays that followed the first audit.', 'She', 'details'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test.each([
    'In his speech the mayor mentioned his late father.',
    'The details of the deal remain secret.',
  ])('no cue: %s', (sentence) => {
    expect(attributionsOf(sentence).filter((a) => /mention|detail/.test(a.cue))).toEqual([]);
  });
});

describe('what the author guesses or describes is no report', () => {
  test.each([
    'Perhaps the two partners thought that a handshake deal would last forever.',
    'But maybe the owners believed the market would recover on its own.',
    'The new labels will mislead shoppers who believe they are buying local honey.',
  ])('no cue: %s', (sentence) => {
    expect(attributionsOf(sentence)).toEqual([]);
  });

  test('a belief in a clause set off by commas still reports', () => {
    expect(pairs('The growers, who believe the new dam will dry up the river, have filed suit.')).toContainEqual(['growers', 'believe']);
  });
});

describe('"It found that …" stands for a study or an inquiry', () => {
  test('a finding told with "it"', () => {
    expect(pairs('The review was published on Monday. It found that most patients recovered within a week.')).toContainEqual(['It', 'found']);
  });

  test.each(['It found a new home in a former warehouse.', 'It shows that the players care.'])('no cue: %s', (sentence) => {
    expect(attributionsOf(sentence)).toEqual([]);
  });
});

describe('"demonstrate" reports a claim shown, not a trait shown', () => {
  test('no cue: a willingness demonstrated', () => {
    expect(attributionsOf('Local leaders have demonstrated a willingness to compromise.')).toEqual([]);
  });

  test('a clause demonstrated still reports', () => {
    expect(pairs('Engineers demonstrated that the bridge was safe.')).toContainEqual(['Engineers', 'demonstrated']);
  });
});

describe('a participle clause after "while"/"after" reports for the sentence\'s subject', () => {
  test.each<[string, string, string]>([
    ['The mayor resigned after saying the budget was a lie.', 'mayor', 'saying'],
    ['Norvik quietly raised its fares, while claiming that costs had not changed.', 'Norvik', 'claiming'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });
});

describe('an eager adjective hands its subject to the reporting infinitive', () => {
  test.each<[string, string, string]>([
    ['Ortiz was keen to stress that the deal was legal.', 'Ortiz', 'stress'],
    ['The mayor was quick to point out that taxes had fallen.', 'mayor', 'point out'],
    ['She has been careful to note that no one was hurt.', 'She', 'note'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test.each(['Ortiz plans to stress that the deal was legal.', 'Voters want to say that they were heard.'])('no cue: %s', (sentence) => {
    expect(attributionsOf(sentence)).toEqual([]);
  });
});

describe('a participle after a speaker tag and its comma goes on for that speaker', () => {
  test.each<[string, string, string]>([
    ['“The roads are fine,” says Okafor, adding that repairs had begun.', 'Okafor', 'adding'],
    ['“Fine,” Okafor said, adding that repairs had begun.', 'Okafor', 'adding'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });
});

describe('verbs that keep, sell, make or compute a thing report only a claim', () => {
  test.each<[string, string, string]>([
    ['Okafor maintains that the vote was rigged.', 'Okafor', 'maintains'],
    ['A sign advertised “Fresh halibut today”.', 'sign', 'advertised'],
    ['Analysts calculated that the tax would raise two billion.', 'Analysts', 'calculated'],
    ['The agency published a report on the floods.', 'agency', 'published'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test.each([
    'He maintains a website for fans.',
    'Sellers advertise their wares openly.',
    'Okafor published a small guide to the city.',
    'She made an error in how she calculated it.',
  ])('no cue: %s', (sentence) => {
    expect(attributionsOf(sentence)).toEqual([]);
  });
});

// Speakers written in other places than a plain subject.
describe('speakers of survey shares, pronoun chains, brackets and inverted tags', () => {
  test.each<[string, string, string]>([
    ['In the poll, 62 percent said the council had failed, and another 20 percent said it had done well.', '62 percent', 'said'],
    ['In the poll, 62 percent said the council had failed, and another 20 percent said it had done well.', 'another 20 percent', 'said'],
    ['By contrast, fewer than half of teachers, 41 percent, think the reform will last.', 'fewer than half of teachers', 'think'],
    ['One called the budget “a fantasy,” and another said it was cruel.', 'another', 'said'],
    ['“We lost the vote,” added a Texas Republican.', 'Texas Republican', 'added'],
    ['“It is over,” said a party insider in the capital of the province.', 'party insider', 'said'],
    ['“The board knew, and it hid the memo,” [Alvarez] said.', 'Alvarez', 'said'],
    ['The ministry continued to describe the talks as "productive."', 'ministry', 'describe'],
    ['The mayor denied the report, accusing him of lying and saying she had never met him.', 'mayor', 'saying'],
    ['"I was there, and she described hearing the shots," Ruiz said.', 'she', 'described'],
    ['The dam is safe, engineers of U.K.-French projects say.', 'engineers of U.K.-French projects', 'say'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test('no cue: "in another tweet" is a noun', () => {
    expect(pairs('In another tweet in which he links to a poll, Okafor states, “We lead.”').filter(([s]) => s === 'another')).toEqual([]);
  });
});

// A group that holds a view in a restrictive clause, an opinion piece written, a question quoted after "asked".
describe('views of groups, opinion pieces and quoted questions', () => {
  test.each<[string, string, string]>([
    ['Other Democrats who thought the mayor would lose stayed quiet.', 'Other Democrats', 'thought'],
    ['The ruling alarmed critics who fear the court has gone too far.', 'critics', 'fear'],
    ['The senator wrote an op-ed in the Herald arguing the deal was weak.', 'senator', 'wrote'],
    ['One Ohio Democrat asked simply, "Who cares?"', 'One Ohio Democrat', 'asked'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test.each(['Those critics who believe in miracles stayed.', 'The study asked participants to rate the taste.', 'Martins wrote a novel about the strike.'])('no cue: %s', (sentence) => {
    expect(attributionsOf(sentence).filter((a) => /believe|asked|wrote/.test(a.cue))).toEqual([]);
  });
});

// A noun-like verb ending its sentence is a speaker tag after a quotation that closes with its comma.
describe('a document speaking after a quotation', () => {
  test.each<[string, string, string]>([
    ['“Staff lacked basic training,” the audit states.', 'audit', 'states'],
    ['“No alarm sounded,” the memo reads.', 'memo', 'reads'],
    ['“Who approved this?” the report states.', 'report', 'states'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test.each(['The clerk took notes.', 'Officials filed their reports.'])('no cue: %s', (sentence) => {
    expect(attributionsOf(sentence)).toEqual([]);
  });
});

// After an insert, "said" followed by a common noun whose clause reaches its own verb: the noun is what was said, not the speaker.
describe('a long title between a name and "said"', () => {
  test.each<[string, string, string]>([
    ['Maria Ortiz, director of the tenants’ union of the Riverside Housing Association, said local families in the district were losing hope.', 'Maria Ortiz', 'said'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test.each([['“Prices will rise,” said economists at the bank.', 'economists', 'said'], ['The plan, say analysts, will fail.', 'analysts', 'say']])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });
});

describe('a strong verb credits any common noun or quantified group as its subject', () => {
  test.each<[string, string, string]>([
    ['Both carriers said they had cancelled the evening flights.', 'Both carriers', 'said'],
    ['One nurse complained the wards were understaffed.', 'One nurse', 'complained'],
    ['“We were never told,” the night manager said.', 'night manager', 'said'],
    ['The inspectors all said the bridge was unsafe.', 'inspectors', 'said'],
    ['Some warned that the dam could fail.', 'Some', 'warned'],
    ['The levy is unpopular, many say.', 'many', 'say'],
    ['Others insisted the vote was fair.', 'Others', 'insisted'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test.each([
    'The babies admitted to the state hospital rose by a third.',
    'The clerk listed maps, old letters, and diaries says the catalogue.',
    'A report on the flooding of the river towns reveals little.',
    'Residents always say the same thing.',
  ])('%s', (sentence) => {
    const found = pairs(sentence).filter(([, cue]) => /^(?:said|admitted|says|reveals|say)$/.test(cue));
    expect(found.filter(([s]) => s !== null && /babies|diaries|flooding|always/i.test(s))).toEqual([]);
  });
});

describe('"-ing" forms that name or go on for a speaker', () => {
  test.each<[string, string, string]>([
    ['The governor held a rally, calling the senator a “coward.”', 'governor', 'calling'],
    ['The mayor spoke for an hour, describing the plan as a disaster.', 'mayor', 'describing'],
    ['“We will decide soon,” Ms. Ruiz said on the radio, signaling a shift on taxes.', 'Ms. Ruiz', 'signaling'],
    ['Fans flooded the replies to Okafor’s tweet calling the referee a “fraud.”', 'Okafor', 'calling'],
    ['In Ohio, she described the city as safer than ever.', 'she', 'described'],
    ['Those who know him say he rarely sleeps.', 'Those who know him', 'say'],
    ['An internal review of the city’s response to the floods reveals that warnings were ignored.', 'internal review of the city’s response', 'reveals'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test.each([
    'The governor left the hall, calling the police.',
    'Western states — a coal stronghold — are turning to gas.',
    'How would you as a mayor say no to that?',
    '@janedoe British people say it differently.',
    'A group called Hamas sent the letter.',
  ])('no cue: %s', (sentence) => {
    expect(pairs(sentence).filter(([, cue]) => /calling|states|say|called/.test(cue))).toEqual([]);
  });
});

describe('the object of a causative thinks or says what is caused', () => {
  test.each([
    'The glitch was meant to make the bank’s customers think their accounts were empty.',
    'The campaign ads made voters believe the tax would double.',
  ])('%s', (sentence) => {
    expect(pairs(sentence)).toEqual([]);
  });
});
