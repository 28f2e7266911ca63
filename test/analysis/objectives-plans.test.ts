// Plans and ends stated without a goal word: the cues of PLAN_CUE_PATTERNS in lexicon/objectives-plans.ts.
import { describe, test } from 'vitest';
import { found, none } from './objectives-helpers';

describe('a commitment in the first person', () => {
  test('"we will", "I will", "we\'ll", also quoted and negated', () => {
    found([
      '"We will publish every contract the council signs," the mayor said.',
      '“I will keep fighting for these families,” she told reporters.',
      'The union said: "We will not be signing any deal that cuts pensions."',
      '"If the price is right, we’ll reopen the mill in the spring," he said.',
      '"We will be transparent with the inspectors about every shipment," the firm said.',
    ]);
  });
  test('not a forecast, a feeling or a turn of speech', () => {
    none([
      '"I will never forget the look on his face," she said.',
      '"We will see what the court decides," he said.',
      '"By next year we will pay more for fuel than for food," the farmer said.',
      '"We’ll all be older by then," he joked.',
      '"You will find the forms online," the clerk said.',
    ]);
  });
});

describe('an event on the calendar', () => {
  test('"was to speak", "is due to close", "is on track to be finished"', () => {
    found([
      'The protest began an hour before the governor was to speak at the college.',
      'The old power station is due to close in the spring.',
      'Talks between the two unions are due to resume on Monday.',
      'The new bridge is on track to be finished by 2027.',
    ]);
  });
  test('not a cause, nor a forecast', () => {
    none([
      'The delay was due to heavy rain across the region.',
      'Sales are on track to hit a record this quarter.',
      'The fault was due to a loose cable in the cabinet.',
    ]);
  });
});

describe('an action done for an end named by its verb', () => {
  test('"…to avoid", "…to ensure", "…to inform"', () => {
    found([
      'The city closed the bridge on Sunday to avoid a jam during the marathon.',
      'Both hospitals hired extra nurses to ensure every ward stays open.',
      '"I am writing to inform you that your account has been closed," the letter said.',
    ]);
  });
  test('not a complement of a wish, an ability or a permission', () => {
    none([
      'The smell of the factory is hard to avoid in the summer months.',
      'The new rule allows small firms in the region to avoid the tax.',
      'Parents were told for years to avoid giving eggs to babies.',
      'It will be harder than ever for the buyers to avoid the fee.',
    ]);
  });
});

describe('more ends named by their verb, and others called on to act', () => {
  test('"sold the hotel to raise cash", "were moved to make room", "to lessen"', () => {
    found([
      'The club sold two of its players to raise cash for the new stadium.',
      'The old stalls were moved last spring to make room for a bus lane.',
      'Engineers lowered the dam by a metre to lessen the pressure on its walls.',
    ]);
  });
  test('"rallied supporters to march", "lobbied the council to drop"', () => {
    found([
      'The pastor rallied his congregation to march on the town hall.',
      'Shop owners lobbied the council for months to drop the parking fee.',
    ]);
    none(['The crowd pressed forward to the gates as the doors opened.', 'He was pressed into service when the driver fell ill.']);
  });
});

describe('a demand pressed now', () => {
  test('"are asking for", "have been lobbying for"', () => {
    found([
      'Nurses at the two clinics are asking for a ten percent raise.',
      'Residents have been lobbying for a new crossing outside the school.',
    ]);
  });
  test('not a request for comment, a plight or a cause looked back on', () => {
    none([
      'Doctors said three of the passengers are fighting for their lives.',
      'A spokesman for the firm was asking for comment on the report.',
      '“It is what my father was fighting for, all those years,” she said.',
    ]);
  });
});

describe('an actor\'s own next move on its own thing', () => {
  test('"will move its headquarters", "will end their strike"', () => {
    found([
      'Next spring the bank will move its headquarters to Leeds.',
      'The dockers will end their strike at midnight, the union confirmed.',
    ]);
  });
  test('not a forecast, a supposition or a feeling', () => {
    none([
      'The river will reach its peak on Thursday.',
      'Most traders assume the bank will move its headquarters eventually.',
      '"We’re going to miss the old stadium," one fan said.',
    ]);
  });
});
