// Aims shown by an act done for them: the cues of CALL_CUE_PATTERNS in lexicon/objectives-calls.ts.
import { describe, test } from 'vitest';
import { found, none } from './objectives-helpers';

describe('a call on others to act', () => {
  test('"call on", "called upon", "calling on", also quoted', () => {
    found([
      '"We call on both parties to resume talks without conditions," the envoy said.',
      'The union called upon its members to vote against the offer.',
      'Rights groups are calling on the government to release the detainees.',
    ]);
  });
  test('not a dated phone call', () => {
    none(['She called on Monday to say the deal was off.', 'The agent called on 12 May to confirm the booking.']);
  });
});

describe('a gathering convened for a business', () => {
  test('"called a news conference … to", "held a rally to", "will convene a session … to"', () => {
    found([
      'The mayor has called a news conference on Friday to announce the budget.',
      'Organizers held a rally outside city hall to protest the cuts.',
      'The board will convene a special session next week to review the audit.',
    ]);
  });
  test('not a gathering still to be held', () => {
    none(['The conference to be held in May will draw thousands of delegates.']);
  });
});

describe('being somewhere for a purpose', () => {
  test('"are in Brussels to negotiate", "was in town to promote"', () => {
    found([
      'The two ministers are in Brussels to negotiate a new trade deal.',
      'She was in town last week to promote her memoir.',
    ]);
  });
  test('not a state or a time ("in a position to", "in no mood to", "in time to")', () => {
    none([
      'The team was in a position to meet the deadline.',
      'He is in no mood to discuss the matter.',
      'They arrived in time to attend the ceremony.',
    ]);
  });
});

describe('a body set up for a task', () => {
  test('"founded … to", "was formed to", "established … in 2005 to"', () => {
    found([
      'The brothers founded the charity in 1998 to help refugees.',
      'A special unit was formed to track the missing funds.',
      'The bank established a subsidiary in Dublin in 2003 to hold its patents.',
    ]);
  });
  test('not a cause, a measure or a noun phrase after "to"', () => {
    none([
      'The new rules created an incentive to hoard cash.',
      'Ice formed to a depth of two metres overnight.',
      'The ministry formed a response to the flooding within days.',
      'It is the oldest bank founded to date in the region.',
    ]);
  });
});

describe('readiness a party is reported to have declared', () => {
  test('"indicated that it was ready to", "said they are ready to"', () => {
    found([
      'The ministry indicated that it was ready to resume talks with the rebels.',
      'The landlords said they are ready to cut rents by a fifth.',
    ]);
  });
  test('not a state of mind, nobody\'s stance, or a quoted line', () => {
    none([
      'The senator says he is ready to face the voters again.',
      'The bread is ready to eat after an hour.',
      '"We said that we are ready to talk," the envoy said.',
    ]);
  });
});
