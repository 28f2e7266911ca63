import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findObjectives } from '../../src/analysis/objectives';
import { splitSentences } from '../../src/analysis/sentences';

function objectives(text: string): string[] {
  const { sentences, blocks } = splitSentences(text);
  const found = findObjectives(text, sentences, blocks);
  for (const o of found) expect(text.slice(o.start, o.end)).toBe(o.text);
  return found.map((o) => o.text);
}

describe('findObjectives', () => {
  test('the seed article gives exactly its three enumerated objectives', () => {
    const text = readFileSync(new URL('../fixtures/articles/kursk-seed/article.txt', import.meta.url), 'utf8');
    const found = objectives(text);
    expect(found).toHaveLength(3);
    expect(found.map((o) => o.split(' ').slice(0, 2).join(' '))).toEqual(['The first', 'The second', 'The third']);
  });

  test('a counted announcement followed by ordinal sentences gives the items, not the announcement', () => {
    const text = [
      'The council set out four priorities for the year.',
      'First, it will repair the bridges. Work starts in May.',
      'Second, it will hire more teachers.',
      'The third priority is to cut bus fares. Fares rose last year.',
      'Finally, it will plant trees along the river.',
    ].join('\n\n');
    expect(objectives(text)).toEqual([
      'First, it will repair the bridges.',
      'Second, it will hire more teachers.',
      'The third priority is to cut bus fares.',
      'Finally, it will plant trees along the river.',
    ]);
  });

  test('"One is… The other is…" enumerates two items, with detail sentences between', () => {
    const text = 'The mission has two aims. One is to map the crater. Scientists are excited. The other is to find water ice.';
    expect(objectives(text)).toEqual(['One is to map the crater.', 'The other is to find water ice.']);
  });

  test('an inline enumeration gives one span per item', () => {
    expect(objectives('The treaty has two goals: first, to end the fighting; and second, to return prisoners.')).toEqual([
      'first, to end the fighting',
      'second, to return prisoners.',
    ]);
  });

  test('a list after a colon gives one span per item', () => {
    expect(objectives('Ukraine has three objectives: to divert forces, to sow discord and to advance talks. Nothing else.')).toEqual([
      'to divert forces',
      'to sow discord',
      'to advance talks',
    ]);
  });

  test('a colon list may be split by semicolons, commas, "and" and "or"', () => {
    const items = ['cutting costs', 'raising wages', 'hiring more staff'];
    expect(objectives('The plan has three goals: cutting costs; raising wages, or hiring more staff.')).toEqual(items);
    expect(objectives('The plan has three goals: cutting costs;and raising wages and hiring more staff.')).toEqual(items);
  });

  test('a colon list with the wrong number of parts is not taken for the items', () => {
    expect(objectives('The plan has two goals: cheaper buses, safer roads and cleaner air.')).toEqual([]);
  });

  test('lines after an announcement ending in a colon are its items', () => {
    const text = 'The bill has two goals:\nLower drug prices for seniors\nCap insulin prices\n\nIt passed on Monday.';
    expect(objectives(text)).toEqual(['Lower drug prices for seniors', 'Cap insulin prices']);
  });

  test('an announcement whose items are not all there falls back to goal sentences', () => {
    const text = 'The plan has three goals. The first is to cut costs. The agency also aims to double its staff.';
    expect(objectives(text)).toEqual(['The agency also aims to double its staff.']);
  });

  test('numbered list items count as an enumeration', () => {
    const text = 'The bill has two objectives:\n1. Lower drug prices for seniors.\n2. Cap insulin at $35 a month.';
    expect(objectives(text)).toEqual(['1. Lower drug prices for seniors.', '2. Cap insulin at $35 a month.']);
  });

  test.each([
    ['aims to', 'The company aims to double its sales by 2030.'],
    ['the goal is to', 'The goal of the mission is to land on the Moon.'],
    ['plans to', 'The city plans to close three schools next year.'],
    ['seeks to', 'The lawsuit seeks to block the merger.'],
    ['intends to', 'Ukraine intends to hold the territory.'],
    ['in order to', 'They raised rates in order to curb inflation.'],
    ['purpose clause', 'To test the idea, the researchers recruited 40 volunteers.'],
    ['purpose clause after a comma', 'In 1997, to mark the date, the town planted an oak.'],
    ['purpose clause closing the sentence', 'He sealed the tubes, then filled them, to make a lamp that lasted 1,000 hours.'],
    ['purpose clause after a denied wish', 'They did not want to but, to win the vote, they agreed.'],
    ['what a bill is for', 'Lawmakers are drafting a bill to give the police more tools.'],
    ['what legislation would do', 'Republicans introduced legislation this month that would make the cuts permanent.'],
    ['a demand reported as a noun', 'She backed calls to ban the pesticide across the region.'],
    ['what a bill would do', 'The bill would require banks to keep records for five years.'],
    ['a goal with an adverb', 'Apple’s goal for the headset is clearly to attract developers.'],
    ['for the purpose of', 'The cameras would record plates for the purpose of tracking stolen cars.'],
    ['a plan to be announced', 'Next week the ministry will unveil its new water strategy.'],
    ['an announced action', 'The studio will launch the game on Android next spring.'],
    ['an announced action with an adverb', 'The museum will then open a second wing in Lyon.'],
    ['a scheduled passive action', 'The reform will be debated in the Senate this week.'],
    ['a schedule', 'The new terminal is set to open next year.'],
    ['an expected action by an actor', 'The prime minister is expected to meet the strikers on Monday.'],
    ['reported intent', 'She would appeal the ruling before the end of the month, her lawyer said.'],
    ['a scheduled action', 'A second probe is scheduled to launch in mid-December.'],
    ['an announced action beside a quoted word', 'He would speak "bluntly" against corruption in Kenya.'],
    ['a promise with its addressee', 'The airline has promised the city council that it will restore the night flights.'],
    ['a promise with a bare clause', 'The landlord now promises it will fix the heating by March.'],
    ['a pledge with a bare clause', 'The minister pledged he would publish the report.'],
    ['an announced action beside a quoted name', 'Later, the firm will change its name to something without “Acme” in it.'],
    ['a demand in the subjunctive', 'Residents are demanding that the old bridge be reopened to cars.'],
    ['an urging in the subjunctive', 'The panel urged the fees be sharply reduced for students.'],
    ['an effort still going on', 'The regulator has repeatedly tried to break up the cartel.'],
    ['an effort in progress', 'The club is trying to sign a new striker before the deadline.'],
    ['work with partners towards an end', 'The council is working with two local charities to house the families.'],
    ['a present-tense schedule', 'The foreign minister arrives in Lagos later on Tuesday for talks on trade.'],
    ['a present-tense opening to come', 'The new library opens next month beside the old market.'],
    ['a wanted outcome named before the verb', 'The union has criticised the reform the minister wants passed by June.'],
    ['a wanted outcome named after the verb', 'Parents wanted the parking rules scrapped before the school year.'],
    ['a thing put to use for an end', 'The insurer uses the driving data to set each premium.'],
    ['a tool set up for an end', 'The lab set up a camera to film the nests at night.'],
    ['a firm hired for an end', 'The board hired an outside firm to audit the accounts.'],
    ['a bare participle of design', 'Each parcel carries a tag designed to alert the depot when it is opened.'],
    ['purpose with "so that"', 'The council widened the lane so that buses could pass the trucks.'],
    ['purpose with "so we can"', 'We store your address so we can send you the catalogue.'],
    ['working towards an end', 'As the engineers work to restore power, the roads stay closed.'],
    ['an inquiry’s purpose', 'Police are reviewing phone records to determine whether the two men met.'],
    ['leaving a post for an end', 'In 2019 he quit his job to open a bakery in Leeds.'],
    ['staying up for an end', 'The clerks stayed up until 3 a.m. to count the ballots.'],
    ['an aim named as a noun', 'The family arrived in Dover in 2015, seeking asylum after the war.'],
    ['an idea weighed', 'The mayor is toying with the idea of a congestion charge.'],
    ['a way devised for an end', 'The nurses devised a simple way to track the doses.'],
    ['a long thing put to use', 'The charity will use its fleet of vans and its phone line to reach lonely pensioners.'],
    ['leaving a school for an end', 'She left college last spring to join the family business.'],
    ['moving to take part', 'Hundreds of students flocked to join the strike on Friday.'],
    ['steps taken for an end', 'The airline is taking steps to shorten the queues at check-in.'],
    ['measures named before their taking', 'The mayor listed the measures the city is taking to cut noise.'],
    ['a purpose served', 'The speed bumps serve a clear purpose on the school road.'],
    ['what a gathering is for', 'The ceremony would honour the miners who died in the flood.'],
    ['ways come up with for an end', 'The club says it has come up with a couple of ways to keep ticket prices down.'],
    ['a passive action announced with "’ll get"', 'Older phones in the range that’ll get upgraded this spring include the A5.'],
    ['a promise named as a noun', 'Customers kept the old plan, with a promise of a refund if the new one failed.'],
    ['an intent confirmed', 'The carmaker confirmed it would close the plant in Ohio.'],
    ['a date fixed for a hearing', 'A hearing on the appeal has been set for early March.'],
    ['a meeting scheduled for a time', 'Talks between the unions and the rail operator are scheduled for next week.'],
    ['work announced as under way', 'The studio says a sequel to the film is in the works.'],
    ['a filing made for an end', 'The brewery filed to protect its logo in 2012.'],
    ['a filing with its aim after a detour', 'Neighbours lodged a complaint with the county board (twice) last winter asking for a noise limit.'],
    ['the thing filed names its aim', 'Voters are signing a petition to recall the mayor.'],
    ['a goal with "still"', 'The charity’s goal is still to house every family by 2030.'],
    ['a motivation', 'Her main motivation was to give the children a safer school.'],
    ['work framed by its end', 'The agency, as part of its remit of protecting rivers, tests the water every week.'],
    ['leaving to found something', 'In 1998 the singer left the band to form a new group.'],
    ['work commissioned for an end', 'The city commissioned a young sculptor to design the new fountain.'],
    ['a deal made for an end', 'The club struck a deal with a local brewery to rename the stadium.'],
    ['a search begun', 'After the fire, the owners began looking for a new site.'],
    ['an invitation announced', 'Next month the club will invite members to choose a new crest.'],
    ['a scheme being launched', 'The ministry is launching a pilot program for rural clinics.'],
    ['what guidelines are for', 'These are guidelines that will shape how hospitals share data.'],
    ['a proposal made, the verb', 'The mayor proposed a tax on empty homes last week.'],
  ])('a single goal sentence (%s) is an objective', (_cue, sentence) => {
    expect(objectives(`It rained. ${sentence} Nobody came.`)).toEqual([sentence]);
  });

  test.each([
    ['a question', 'Does the company aim to double its sales?'],
    ['no goal language', 'The company doubled its sales in 2023.'],
    ['a rule that would have done something', 'A judge blocked a rule that would have capped late fees.'],
    ['a denied plan', 'He said he would not declare martial law again.'],
    ['a place after a comma, not a purpose', 'He moved to Paris in 1990, to the dismay of his fans.'],
    ['a possession after a comma, not a purpose', 'It is alien to our culture, to our way of life.'],
    ['calls to a place, not a demand', 'He made three calls to the police that night.'],
    ['what a bill would be', 'The bill would be costly for small banks.'],
    ['a law feared, not proposed', 'Editors fear the laws would crush investigative journalism.'],
    ['a clause of being, not of purpose', 'In the end, to be fair to him, the vote went badly.'],
    ['a plan the text says is absent', 'Alibaba says it has no plans to sell the shares.'],
    // The participle as an adjective names the thing, not a proposal made: "the proposed rules" (cf. "the mayor proposed").
    ['a proposal named by its adjective', 'Few shoppers noticed the proposed fees at the hearing.'],
    ['a wish in a condition', 'If another bidder still wants to acquire Yahoo, it has time.'],
    ['a wish voiced in a quote', '“We want to unify against this danger,” Lourimi said.'],
    ['an announcement of no plan', 'The ministry will announce the results on Monday.'],
    ['a prediction with "will"', 'Prices will rise sharply and buyers will find it harder to borrow.'],
    ['a forecast that something will happen', 'Many workers fear robots will take over their jobs.'],
    ['a forecast of a start', 'The storm will begin to weaken on Tuesday.'],
    ['a forecast with no object', 'Analysts say conditions will improve.'],
    ['a hedged future', 'The company will probably start talks, analysts say.'],
    ['a forecast of a quantity', 'The deficit is expected to total $1 trillion next year.'],
    ['a forecast of the weather', 'Temperatures are expected to soar this weekend.'],
    ['a forecast of a rise', 'Rents are set to rise again in the spring.'],
    // A speaker's own "we will launch" is a commitment (objectives-plans.test.ts); another's action in a quote is hearsay.
    ['a future action of others voiced in a quote', '“They will launch the boat tomorrow,” the captain said.'],
    ['a future action in a condition', 'If the council will open the park, residents may return.'],
    ['a question about a future action', 'When will the company launch the phone?'],
    ['a denied future action', 'The firm will not launch the phone this year.'],
    ['a habit in the past', 'He would often walk to the harbour before dawn.'],
    ['a forecast with "would"', 'They would cost taxpayers $250 billion, the office estimated.'],
    ['a taste with "would"', 'They would rather stay in the city.'],
    ['a past action', 'The firm launched the phone last year and opened two stores.'],
    ['a promise as a noun', 'The promised land was never reached by the settlers.'],
    ['a demand with no outcome named', 'The strikers insisted that they were owed back pay.'],
    ['a past attempt', 'Talks stalled as the two parties tried to agree on a budget.'],
    ['an attempt before a past event', 'The lock showed marks where a burglar had attempted to force it open.'],
    ['working with a tool, no aim', 'She was working with clay to the end of her life.'],
    ['a present-tense habit, no time to come', 'The ferry arrives in the harbour every morning at six.'],
    ['a past movement', 'The minister arrived in Lagos on Tuesday and left the next day.'],
    ['a schedule inside a condition', 'If the library opens next month, the old one will close.'],
    ['a schedule voiced in a quote', '“The library opens next month,” she said.'],
    ['a wanted thing, no outcome', 'The union wanted higher pay for the nurses.'],
    ['a habit with "used to"', 'She used to walk the dogs along the canal.'],
    ['use in another clause', 'The engine uses less fuel than it is able to burn.'],
    ['use as a noun', 'Nobody objects to the use of drones to map the fields.'],
    ['a result with ", so"', 'The road flooded, so we could not reach the farm.'],
    ['a result with "so that" and no modal', 'The tax was cut so that only the largest firms paid it.'],
    ['a scene in the past', 'They would gather on the porch to hear the radio.'],
    ['a plan given up', 'The airline has shelved its plans to fly to Lima.'],
    ['efforts put aside', 'The two sides have put aside efforts to merge the leagues.'],
    ['advice, not a wish', 'The first levels drag, and players might want to skip them.'],
    ['a fate, not a purpose', 'Fans say the film ends the way it was meant to be.'],
    ['a result made so', 'The rain made it so that nobody could leave.'],
    ['a how-to for the reader', 'You can use the free converter to shrink the files.'],
    ['a how-to for the reader, with a modal', 'You’ll need to use a long cable to charge the old model.'],
    ['a product promoted as something', 'The maker is still pushing the tablet as a laptop replacement.'],
    ['the reader’s “you’ll” is no schedule', 'As a subscriber, you’ll get updated maps every month.'],
    ['an allure, not a promise', 'Investors were drawn by the promise of quick returns.'],
    ['a stage set, no time', 'The stage is set for a bitter fight over the budget.'],
    ['a filing sent somewhere, no aim', 'The report was filed to the court on Monday.'],
    ['what a motion needs, not what it is for', 'The vote fell short of the majority needed for the motion to pass.'],
    ['the generic reader’s wish', 'The menu lets you sort the photos however you want to sort them.'],
    ['work as a noun', 'She went back to work to find the office empty.'],
    ['an inquiry that cannot be made', 'It is too early to tell, and officials are unable to determine whether the fire was set.'],
    ['a seat left, no end', 'He left the room to the sound of applause.'],
    ['a place reached, not a verb', 'After years in the mines, she had worked to where she could buy a farm.'],
    ['a question asked', 'A reader wanted to know whether the bridge would reopen.'],
    ['promises as a noun', 'The shops lure buyers with discounts and promises of goods that last for years.'],
    ['an infinitive as the subject', 'To say that the mayor did nothing wrong, is simply false.'],
    ['a reader told what to do', 'To see how rare the bird is, look at the survey from last spring.'],
    ['the author’s habit', 'I try to keep my sentences short when I write.'],
    ['a launch voiced in a quote', '“We are launching a campaign today,” she said.'],
    ['the noun commission', 'The commission has to decide on the merger by May.'],
    ['a deal completed', 'He closed the deal to buy the team last year.'],
    ['left to cope, no end', 'The flood left the farmers to fend for themselves.'],
    ['use with no object', 'The form lists the drugs patients use and for how long they need to take them.'],
    ['empty', ''],
  ])('%s gives no objective', (_name, text) => {
    expect(objectives(text)).toEqual([]);
  });

  test('wishes are weighed against the quote state where each stands, however many a sentence holds', () => {
    expect(objectives('“We want to win,” he said, and “we want to stay,” she said.')).toEqual([]);
    expect(objectives('He said they “want to win” and “want to stay” here.')).toEqual([]);
    expect(objectives('She wants to stay home,” he said, “and wants to rest.”')).toEqual([]);
    expect(objectives('“We want to win,” he said, and she wants to leave the town.')).toEqual(['“We want to win,” he said, and she wants to leave the town.']);
    expect(objectives('“It is late. We want to leave,” he said. She wants to stay, though.')).toEqual(['She wants to stay, though.']);
  });

  test('bullet points after a line ending in a colon need no full stop; a heading elsewhere still does', () => {
    const text = 'The minister made three points in her speech:\n\nThe port needs new cranes in order to handle larger ships\n\nFares will stay frozen\n\nThe city plans to rebuild the pier\n\nThe harbour was busy.';
    expect(objectives(text)).toEqual(['The port needs new cranes in order to handle larger ships', 'The city plans to rebuild the pier']);
    expect(objectives('The port needs new cranes in order to handle larger ships\n\nThe harbour was busy.')).toEqual([]);
  });

  test('objectives come in article order', () => {
    const text = 'The army plans to retreat. Earlier, the mayor vowed to rebuild the school.';
    expect(objectives(text)).toEqual(['The army plans to retreat.', 'Earlier, the mayor vowed to rebuild the school.']);
  });

  test('a plan, strategy or first instinct stated as "was to"; a decision not to act is a decision', () => {
    for (const s of ['The plan was to sell the land before the winter.', 'Her strategy is to win over the rural voters first.',
      'His first instinct was to call his lawyer.', 'The board had decided not to renew the contract.',
      'The march is part of a week of action planned by the nurses\' union.']) expect(objectives(s), s).toEqual([s]);
  });

  test('an assurance of what will be done', () => {
    const s = 'The minister assured farmers that, after the election, the subsidy would stay.';
    expect(objectives(s)).toEqual([s]);
  });

  test('steps taken and work with partners, with their modifiers', () => {
    for (const s of ['The council is taking the necessary steps to protect the wetlands.',
      'We are working closely with the unions to keep the trains running.']) expect(objectives(s), s).toEqual([s]);
  });

  test('scheduled protests and events, but not "held responsible"', () => {
    for (const s of ['Nurses will be joined by teachers at the march on Friday.', 'Protests will take place in a dozen cities on Saturday.',
      'The summit will be held in Geneva in March.', 'Workers at three plants will strike on Monday.']) expect(objectives(s), s).toEqual([s]);
    expect(objectives('The owners will be held responsible for the damage.')).toEqual([]);
  });
});

describe('a decision in a condition', () => {
  test('"if … decides to", "unless … decides to" is a hypothesis, not a decision', () => {
    for (const s of ['If the buyer decides to walk away, the seller keeps the deposit.', 'Unless the council decides to act, the bridge will close in May.']) expect(objectives(s), s).toEqual([]);
  });
  test('a decision taken still counts', () => {
    for (const s of ['The board decided to close the plant in March.', 'Voters may decide to reject the levy if turnout is low.']) expect(objectives(s), s).toEqual([s]);
  });
});
