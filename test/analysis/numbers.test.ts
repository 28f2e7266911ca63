/**
 * The numbers step on sentences as news prints them: what a reader sees highlighted
 * (span text), and what the popup and claims read from it (value, unit, approximation,
 * kind). Conventions: test/fixtures/README.md and the corpus README (gold numbers).
 */
import { describe, expect, test } from 'vitest';
import { findNumbers } from '../../src/analysis/numbers';
import { splitSentences } from '../../src/analysis/sentences';
import type { NumberSpan } from '../../src/analysis/types';

const run = (text: string): NumberSpan[] => findNumbers(text, splitSentences(text).sentences);
const texts = (text: string): string[] => run(text).map((n) => n.text);

/** Every list must be sorted, non-overlapping, and point at its own text. */
function expectWellFormed(text: string, spans: NumberSpan[]): void {
  let last = 0;
  for (const n of spans) {
    expect(n.start).toBeGreaterThanOrEqual(last);
    expect(n.end).toBeGreaterThan(n.start);
    expect(text.slice(n.start, n.end)).toBe(n.text);
    last = n.end;
  }
}

describe('findNumbers: spans as a reader would mark them', () => {
  test.each([
    ['According to Bloomberg, up to a thousand Ukrainian troops have entered Kursk Oblast.', ['up to a thousand']],
    ['Ukraine captured 350 square kilometers in less than two days.', ['350 square kilometers', 'less than two days']],
    ['The club paid £300m for the site, and €12 for the ticket.', ['£300m', '€12']],
    ['Unemployment fell to 4.2 percent from 6.6 percent.', ['4.2 percent', '6.6 percent']],
    ['The yield has risen by more than half a percentage point, to 3.1 percent.', ['more than half a percentage point', '3.1 percent']],
    ['It was 12C in Moscow and 40 miles away it snowed.', ['12C', '40 miles']],
    ['The budget was passed in March 2024, on 12 April, on Jan. 5 and in the 1990s, after 9/11.', ['March 2024', '12 April', 'Jan. 5', '1990s', '9/11']],
    ['Since the beginning of 2023, Russia has resumed minor offensive actions.', ['2023']],
    ['Two people were killed and dozens of settlements were hit; tens of thousands of people fled.', ['Two', 'dozens', 'tens of thousands']],
    ['The deal was worth hundreds of millions of dollars, several million more than planned.', ['hundreds of millions of dollars', 'several million']],
    ['It provides only half the financial help people need.', ['half']],
    ['It refers to bacteria that cannot be treated using two or more antibiotics.', ['two or more']],
    ['The 22-year-old driver hit a 300-pound rock on a three-day trip.', ['22-year-old', '300-pound', 'three-day']],
    // An age with its first hyphen missing keeps its unit; a standalone "century-old" after a count does not.
    ['The 71 year-old mayor and her 8 month-old grandson toured four century-old mills.', ['71 year-old', '8 month-old', 'four']],
    // "a thing or two" is an idiom, not a count; "two things" is one.
    ['The coach knows a thing or two about comebacks, and he named two things to fix.', ['two']],
    // The article of a compound adjective belongs to its noun; "a thousand" alone is a number.
    ['The city signed a million-dollar contract for a hundred-year lease and a thousand lamps.', ['million-dollar', 'hundred-year', 'a thousand']],
    ['The chip is built on a 3-nanometer process and runs at up to 4.05GHz.', ['3-nanometer', 'up to 4.05GHz']],
    ['Almost 1.8 million people drove about 90,000 miles, and 255,904 cars stayed home.', ['Almost 1.8 million', 'about 90,000 miles', '255,904']],
    ['It was -5C, or 23 degrees Fahrenheit, at 10:30 a.m. on April 17, 2015.', ['-5C', '23 degrees Fahrenheit', '10:30 a.m.', 'April 17, 2015']],
    ['Some 2.4 billion gallons, an estimated $470 million and at least 19 deaths.', ['Some 2.4 billion gallons', '$470 million', 'at least 19']],
    ['The company hired about one-tenth of the staff, two-thirds of whom were women.', ['about one-tenth', 'two-thirds']],
    ['Nearly three-quarters (74%) of respondents agreed over three quarters.', ['Nearly three-quarters', '74%', 'three quarters']],
    ['The Great Wall is more than 500 years old and runs for 2,000 years old walls.', ['more than 500 years old', '2,000 years old']],
    ['The agreement guarantees two more years of difficult diplomacy, said a 2015 report.', ['two more years', '2015']],
    ['It took up to a $1 billion investment over two years.', ['up to a $1 billion', 'two years']],
    ['The sale of four or five buyers took 18 months.', ['four or five', '18 months']],
    ['It lifted off at 8:51 p.m. (1451 GMT) and stopped 6 ½ minutes later.', ['8:51 p.m.', '1451 GMT', '6 ½ minutes']],
    ['One in five Americans and one in 10 voters agree.', ['One in five', 'one in 10']],
    ['She has one son and two daughters, and only one car.', ['one', 'two', 'one']],
    ['Gains over 2015 levels were small.', ['2015']],
    ['It passed the House 218-214 and the Lakers beat the Celtics 112-104.', ['218-214', '112-104']],
    ['The plan costs $9.99/month and sales rose 40pc.', ['$9.99', '40pc']],
    ['Returns of between 5-10% and bids of $50,000-$60,000 were seen.', ['between 5-10%', '$50,000-$60,000']],
    ['The shop is open 24/7 and it is a 50-50 bet.', []],
    // A clock time keeps both its am/pm and its time zone.
    ['Polls close at 8:00 PM ET and results follow at 11:30 p.m. GMT.', ['8:00 PM ET', '11:30 p.m. GMT']],
    // An hour in words is a time too, and "or" between two hours makes one span: the first borrows "a.m.".
    ['The shift ended at eleven p.m., and the alarm rang at five or six a.m., or 3 or 4 PM.', ['eleven p.m.', 'five or six a.m.', '3 or 4 PM']],
    // Without a.m./p.m. an hour word stays a count, and "AM"/"PM" after a word is a radio band or a title.
    ['Two AM stations and three PM candidates met.', ['Two', 'three']],
    // "a half-hour" is one half of an hour: the article belongs to it, as in "a thousand".
    ['The talk ran a half-hour over and the trail adds a half-mile, but half-hearted fans left.', ['a half-hour', 'a half-mile']],
    // "a year and a half" is one and a half years; "a year" alone is not a number.
    ['A week and a half later, she walked a mile and a half; a year passed.', ['A week and a half', 'a mile and a half']],
    // A nationality after a "$" amount names its dollar, unless it describes the noun after it.
    ['Fares are $8 Australian per trip after $2 billion Chinese investment.', ['$8 Australian', '$2 billion']],
    // "one day" in a story is a time, not a count; it counts after "in", "for", "only" or before "later".
    ['And then one day the well ran dry. One night, he left.', []],
    ['The strike lasted one day, and one day later the talks ended in only one day.', ['one day', 'one day', 'one day']],
    // A compound adjective keeps its noun, unit or not; idioms with "one" or "half" and ranks are no numbers.
    ['The 12-member board backed a three-part plan for 2010-era and 1970s-era plants, a 6-core laptop and 40-inches screens.',
      ['12-member', 'three-part', '2010-era', '1970s-era', '6-core', '40-inches']],
    ['It was a one-off, half-hearted bid in the twenty-first century, agreed one-on-one.', []],
    // A day and a month take a two-digit year only where the date ends: "on 9 Nov. 17 staff" counts staff.
    ['The memo (dated 9 Nov. 17) was leaked, and on 9 Nov. 17 staff quit.', ['9 Nov. 17', '9 Nov.', '17']],
    // A glued "k" after four bare digits ends a model code, not a number of thousands.
    ['Players earn 40k, or 2.5k a week, on a desktop with a 6600k processor.', ['40k', '2.5k']],
    // A comparative between amount and measure stays in the span, as "two more years" does.
    ['The utility plans 45 more megawatts, and the road needs 3 additional miles.', ['45 more megawatts', '3 additional miles']],
    // "a couple of" before a unit is two of it; before another noun the noun is counted and left out.
    ['The repairs may take a couple of months on a couple of acres, says a couple of neighbours.', ['a couple of months', 'a couple of acres']],
    // A vague plural takes its unit with "of", as "hundreds of millions of dollars" does.
    ['Light has crossed thousands of miles over millions of years.', ['thousands of miles', 'millions of years']],
  ])('%s', (text, expected) => {
    const spans = run(text);
    expectWellFormed(text, spans);
    expect(spans.map((n) => n.text)).toEqual(expected);
  });
});

describe('findNumbers: values, units, approximations and kinds', () => {
  test.each([
    ['Up to a thousand troops entered.', 'Up to a thousand', 1000, null, 'up to', 'count'],
    ['The trial lasted an hour and a half.', 'an hour and a half', 1.5, 'h', null, 'duration'],
    ['Tickets cost a minimum of $40 each.', 'a minimum of $40', 40, 'USD', 'a minimum of', 'money'],
    ['A ride costs $25 Canadian, or more.', '$25 Canadian', 25, 'CAD', null, 'money'],
    ['Verizon agreed to pay $4.8 billion for Yahoo.', '$4.8 billion', 4.8e9, 'USD', null, 'money'],
    ['The fine was 5 million euros.', '5 million euros', 5e6, 'EUR', null, 'money'],
    // "Euro" and "Bitcoin" are often written as names; a bitcoin amount is money too.
    ['Entry costs 15 Euro at the door.', '15 Euro', 15, 'EUR', null, 'money'],
    ['The ransom was 0.6 bitcoins.', '0.6 bitcoins', 0.6, 'BTC', null, 'money'],
    ['They paid £300m.', '£300m', 3e8, 'GBP', null, 'money'],
    ['The share fell 15 percent.', '15 percent', 15, '%', null, 'percent'],
    ['It covered 350 square kilometers.', '350 square kilometers', 350, 'km²', null, 'measure'],
    ['The tank holds 500 cubic feet of gas.', '500 cubic feet', 500, 'ft³', null, 'measure'],
    ['Crews moved 800 cubic yards of soil.', '800 cubic yards', 800, 'yd³', null, 'measure'],
    ['A six-month-old baby was found.', 'six-month-old', 6, 'month', null, 'duration'],
    ['The 3-week-old strike goes on.', '3-week-old', 3, 'week', null, 'duration'],
    ['The vote is on 12 april, in the spring.', '12 april', null, null, null, 'date'],
    ['The temperature hit 12C.', '12C', 12, '°C', null, 'measure'],
    ['The talks lasted 21 months.', '21 months', 21, 'month', null, 'duration'],
    ['Dozens of homes burned.', 'Dozens', 24, null, 'dozens', 'count'],
    ['Tens of thousands of people fled.', 'Tens of thousands', 20000, null, 'tens of thousands', 'count'],
    ['Nearly 50 percent of the budget goes there.', 'Nearly 50 percent', 50, '%', 'nearly', 'percent'],
    ['In March 2024, the raids expanded.', 'March 2024', 2024, null, null, 'date'],
    ['The town was founded in 1840 by settlers.', '1840', 1840, null, null, 'year'],
    ['It was a hit in the 1990s.', '1990s', 1990, null, null, 'year'],
    ['The treaty dates from ’91 and still holds.', '’91', 1991, null, null, 'year'],
    ['He was fined 10,000 Swiss francs.', '10,000 Swiss francs', 10000, 'CHF', null, 'money'],
    ['The plant makes 40 megawatts.', '40 megawatts', 40, 'MW', null, 'measure'],
    ['It sold for 50 cents.', '50 cents', 0.5, 'USD', null, 'money'],
    ['Some 1.5m people live there.', 'Some 1.5m', 1.5e6, null, 'some', 'count'],
    ['She won the 100m sprint.', '100m', 100, 'm', null, 'measure'],
    ['They pumped 3m barrels.', '3m barrels', 3e6, 'bbl', null, 'measure'],
    ['The patch weighs only 640 kilobytes.', '640 kilobytes', 640, 'KB', null, 'measure'],
    ['An IPv6 block holds 2^64 addresses.', '2^64', 2 ** 64, null, null, 'count'],
    ['The sensor samples 10^6 times a second.', '10^6', 1e6, null, null, 'count'],
    ['The leaked file held 12 megs of mail.', '12 megs', 12, 'MB', null, 'measure'],
    ['Each clip takes one gigabyte on disk.', 'one gigabyte', 1, 'GB', null, 'measure'],
    ['The 2005-era servers failed.', '2005-era', 2005, null, null, 'year'],
    ['An 8-core chip ran it.', '8-core', 8, null, null, 'count'],
    // An ISO code after the amount belongs to it, and names the dollar after a "$".
    ['The kit sells for $49 USD online.', '$49 USD', 49, 'USD', null, 'money'],
    ['The kit sells for $60 CAD in Toronto.', '$60 CAD', 60, 'CAD', null, 'money'],
    ['Tickets cost 120 EUR at the door.', '120 EUR', 120, 'EUR', null, 'money'],
    // "<month> of <year>" is one date.
    ['The plant closed in March of 2019 after a fire.', 'March of 2019', 2019, null, null, 'date'],
    // Units whose case means nothing are read in any case; frame rates, pixels and flops are units.
    ['Its 3.1Ghz chip renders 120FPS.', '3.1Ghz', 3.1, 'GHz', null, 'measure'],
    ['Its 3.1Ghz chip renders 120FPS.', '120FPS', 120, 'fps', null, 'measure'],
    ['Films run at 24 FPS on the new screen.', '24 FPS', 24, 'fps', null, 'measure'],
    ['The panel is 2,400 pixels wide.', '2,400 pixels', 2400, 'px', null, 'measure'],
    ['The new supercomputer peaks at 9.7 teraflops.', '9.7 teraflops', 9.7, 'TFLOPS', null, 'measure'],
    // A capital "K" after money is thousands; "a 4K screen" stays a resolution.
    ['The mayor earns $95K, and his aides £40K.', '£40K', 4e4, 'GBP', null, 'money'],
    // Common news units: blast yields, power, sound, gems.
    ['The test device yielded 15 kilotons.', '15 kilotons', 15, 'kt', null, 'measure'],
    ['The turbine is rated at 1 gigawatt.', '1 gigawatt', 1, 'GW', null, 'measure'],
    ['Traffic noise reached 85 decibels.', '85 decibels', 85, 'dB', null, 'measure'],
    ['The stolen diamond weighed 40 carats.', '40 carats', 40, 'ct', null, 'measure'],
  ])('%s → %s', (text, spanText, value, unit, approximate, kind) => {
    const [n] = run(text).filter((x) => x.text === spanText);
    expect(n).toMatchObject({ text: spanText, value, unit, approximate, kind });
  });

  test.each([
    ['Between 3 and 5 percent of patients got sick.', 'Between 3 and 5 percent', 3, 5, '%', 'between'],
    ['Prices rose 10 to 15 percent.', '10 to 15 percent', 10, 15, '%', null],
    ['The fiscal 2008-9 budget passed.', '2008-9', 2008, 2009, null, null],
    ['It will cost $1 to $2 billion.', '$1 to $2 billion', 1e9, 2e9, 'USD', null],
    ['The 2022-23 season ended.', '2022-23', 2022, 2023, null, null],
    // A dash range borrows the scale of its second number, glued or spelled out.
    ['Analysts see 3-4 million sales.', '3-4 million', 3e6, 4e6, null, null],
    ['A seat costs $20–25k a year.', '$20–25k', 2e4, 2.5e4, 'USD', null],
    ['Repairs run $7-9K per home.', '$7-9K', 7e3, 9e3, 'USD', null],
    // "or" between two numbers that share one unit or scale is a range too; two counts stay two.
    ['Turnout fell to 60 or 70 percent.', '60 or 70 percent', 60, 70, '%', null],
    ['The repairs take 2 or 3 weeks.', '2 or 3 weeks', 2, 3, 'week', null],
  ])('range: %s', (text, spanText, low, value, unit, approximate) => {
    const [n] = run(text);
    expect(n).toMatchObject({ text: spanText, low, value, unit, approximate, kind: 'range' });
  });

  test.each([
    ['Prices went from 10 to 15 dollars.', ['10', '15 dollars']],
    ['Shares traded between $24 and $28.', ['$24', '$28']],
    ['Men and women between the ages of 25 and 54 were counted.', ['25', '54']],
    ['Only $5 or $6 bids came.', ['$5', '$6']],
  ])('two numbers, not a range: %s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe('findNumbers: modifiers and ranges as news writes them', () => {
  test.each([
    // "between A unit and B unit" is one range even when both ends repeat the unit; money stays two amounts.
    ['Mortgage rates sat between 3.5 percent and 4.25 percent, and loans cost between $200 and $300.', ['between 3.5 percent and 4.25 percent', '$200', '$300']],
    // "early", "mid" and "late" before a year belong to it, with or without a hyphen; "the late 1980s" is an adjective of the decade.
    ['The plant opens in late 2027; sales peaked in the late 1980s and again in early-2004 and mid 2011.', ['late 2027', '1980s', 'early-2004', 'mid 2011']],
    // "near" approximates a quantity as "nearly" does; before a bare count it names a place.
    ['Inflation fell to near zero, support stood near 40 percent, and the crowd gathered near two schools.', ['near zero', 'near 40 percent', 'two']],
    // A size comparison ("higher than") looks at a value at another time: it bounds no span of time.
    ['Prices are higher than six weeks ago, and wages lower than two years earlier.', ['six weeks', 'two years']],
    // After "for", "in" or "after", "over"/"under" bounds a duration; elsewhere it is the span the amount covers.
    ['She has coached the team for over 12 years and led it for under six months; it will cost $2 million over four years.', ['over 12 years', 'under six months', '$2 million', 'four years']],
    // "multi-" before a scale is an estimate of that scale, kept with its compound.
    ['The firm won a multi-billion-dollar contract and a multimillion settlement.', ['multi-billion-dollar', 'multimillion']],
    // "just one" or "only one" counts, whatever noun follows.
    ['She steered with just one hand and had only one way out.', ['one', 'one']],
  ])('%s', (text, expected) => {
    const spans = run(text);
    expectWellFormed(text, spans);
    expect(spans.map((n) => n.text)).toEqual(expected);
  });

  test('a between-and range with the unit on both ends keeps both values', () => {
    expect(run('Rates rose to between 0.25 percent and 0.5 percent.')[0]).toMatchObject({ low: 0.25, value: 0.5, unit: '%', approximate: 'between', kind: 'range' });
  });
});

describe('findNumbers: what is not a number here', () => {
  test.each([
    ['It was the first time since World War II.'],
    ['He bought an iPhone 4, a 4K TV and a 3D printer.'],
    ['Upgrade to version 1.8.3 or the 0x08 build now.'],
    ['See https://example.com/2015/05/story-123 or mail jane2015@example.com for details.'],
    ['It was one of the worst storms. No one knows why. The middle one broke.'],
    ['He stayed a week and then a year, on Monday in March.'],
    ['It marked the 20th anniversary of the film.'],
    ['Air Force One landed in the second half of the year.'],
    ['Officers tested COVID-19 samples in room No. 5 at Route 66.'],
    ['The overall rankings were as follows:\n1. Finland\n2. Norway\n3. Australia'],
    ['You may want to march on.'],
    ['If you want to know why you would choose one structure over another, read on.'],
    ['This may be one reason why employers were not looking. One commenter noted it.'],
    ['It may help people with type 2 diabetes, in size 10 shoes.'],
    ['Call 555-123-4567 or write to 10 Downing Street or 1600 Pennsylvania Avenue.'],
    ['The case is Chamber of Commerce v. CFPB, No. 4:24-cv-00213.'],
  ])('%s', (text) => {
    expect(texts(text)).toEqual([]);
  });

  test('a number alone on its own line (chart label, list rank) is page furniture', () => {
    expect(texts('Interest payments rose.\n\n$915\n\n’17\n\n25\n\nThe deficit grew by $1 trillion.')).toEqual(['$1 trillion']);
  });

  test('a score is one span but not a range running downwards', () => {
    expect(run('They won 3-1 at home.')).toMatchObject([{ text: '3-1', kind: 'other', value: null }]);
    expect(run('They won 3-1 at home.')[0]!.low).toBeUndefined();
  });

  test('a Title Case line without closing punctuation is a related-link headline', () => {
    expect(texts('The deficit grew.\n\nHow the Tax Cut Is Helping to Push the Federal Deficit to $1 Trillion\n\nIt rose 5 percent.')).toEqual(['5 percent']);
  });

  test('a text that is only a number still gives that number', () => {
    expect(texts('1,234,567')).toEqual(['1,234,567']);
  });
});

describe('findNumbers: sentence indices', () => {
  test('each number points at the sentence holding it', () => {
    const text = 'Nothing here. It cost $5.\n\nThen 12 people came. And 3 more.';
    const { sentences } = splitSentences(text);
    const spans = findNumbers(text, sentences);
    expect(spans.map((n) => n.text)).toEqual(['$5', '12', '3']);
    for (const n of spans) {
      const s = sentences[n.sentence]!;
      expect(n.start).toBeGreaterThanOrEqual(s.start);
      expect(n.end).toBeLessThanOrEqual(s.end);
    }
  });
});

describe('findNumbers: bad input never throws and stays well formed', () => {
  const garbage = Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join('');
  test.each([
    ['empty', ''],
    ['1 MB of letters without spaces', 'a'.repeat(1_000_000)],
    ['1 MB of digits without spaces', '7'.repeat(1_000_000)],
    ['digits and commas', '1,'.repeat(200_000)],
    ['dots between digits', '1.'.repeat(200_000)],
    ['binary garbage', garbage],
    ['100k words of prose with numbers', 'About 40 people paid $5 each in 2015 for 3 days. '.repeat(10_000)],
    ['deeply nested quotes', `${'“‘"'.repeat(5000)}12 percent${'"’”'.repeat(5000)}`],
  ])('%s', (_name, text) => {
    const spans = run(text);
    expectWellFormed(text, spans);
  }, 60_000);

  test('a 1 MB run of digits is an identifier, not a quantity', () => {
    expect(run(`x ${'7'.repeat(1_000_000)} y`)).toEqual([]);
  });
});

describe('findNumbers: forms of informal and police-report writing', () => {
  test.each([
    // An age written with an abbreviated unit is one span, like "22-year-old".
    ['Police sought a 31-yr-old man and his 19 y.o. cousin; the 6-yr deal ends soon.', ['31-yr-old', '19 y.o.', '6-yr']],
    // An estimate before a clock time belongs to it; a bound ("before", "over") does not.
    ['Officers arrived around 9:15 and left at about 11 p.m.; the polls closed over 6:30 p.m. with nearly 2,000 votes.', ['around 9:15', 'about 11 p.m.', '6:30 p.m.', 'nearly 2,000']],
    // A compound adjective keeps its noun ("8-core chip"); a plural noun after the hyphen is counted ("12-packs"), and left out.
    ['It sold 12-packs and two-packs with an 8-core chip on a two-week trip for 20-somethings.', ['12', 'two', '8-core', 'two-week', '20-somethings']],
    // "one more" or "one additional" adds to a count: a number, not the pronoun.
    ['By evening, one more ship had sunk and one additional crew was missing.', ['one', 'one']],
    // Feet and inches written with prime marks are one height.
    ['A 6’1” guard and a 5\'10" forward, both under 6′ 4″, signed.', ['6’1”', '5\'10"', 'under 6′ 4″']],
  ])('%s', (text, expected) => {
    const spans = run(text);
    expectWellFormed(text, spans);
    expect(spans.map((n) => n.text)).toEqual(expected);
  });

  test('a height in feet and inches reads in feet', () => {
    expect(run('He is 5’6” tall.')[0]).toMatchObject({ value: 5.5, unit: 'ft', kind: 'measure' });
  });

  test('an abbreviated age reads in years', () => {
    expect(run('a 19yo student and a 31-yr-old man')).toMatchObject([{ text: '19yo', value: 19, unit: 'year' }, { value: 31, unit: 'year' }]);
  });
});
