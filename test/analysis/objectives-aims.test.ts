// Aims stated in clauses and nouns rather than by a goal verb: the cues of AIM_CUE_PATTERNS and
// WEAK_AIM_CUE_PATTERNS in lexicon/objectives.ts, and the exclusions that go with them.
import { describe, expect, test } from 'vitest';
import { found, none, objectives } from './objectives-helpers';

describe('aims named by a noun or a means', () => {
  test('a plot, scheme or quest with an infinitive', () => {
    found(['Police said they had foiled a plot to bomb the station.', 'Investigators uncovered a scheme to rig the tender.']);
  });
  test('"as a way of …ing", "as a means to …"', () => {
    found(['He moved the shares into a trust as a way of avoiding tax.', 'The region adopted the euro as a means to attract investors.']);
    none(['Farming is a way of life in the valley.']);
  });
  test('"out to" an end, not out to lunch', () => {
    found(['The villagers believed the company was out to ruin them.']);
    none(['The whole team was out to lunch when the call came.']);
  });
  test('a possessive "hopes of" or "hopes for"', () => {
    found(["The injury dealt a blow to the team's hopes of winning the title.", 'The vote ended their hopes for a quick deal.']);
  });
  test('"the idea is to", "one of the reasons is to"', () => {
    found(['The idea is to give farmers more time to sell their grain.', '"One of the reasons was to calm the markets," she said.']);
  });
});

describe('vows, calls and appointments', () => {
  test('swearing to do something is a vow; sworn to secrecy is not', () => {
    found(['The new officers swore to protect the city and its people.']);
    none(['The witnesses were sworn to secrecy by the court.']);
  });
  test('a call made on others in the past tense; a general description is not one', () => {
    found(['The mayor urged residents to stay indoors on Sunday.', 'The coach encouraged his players to speak out.']);
    none(['Schools that encourage pupils to read tend to do better.']);
  });
  test('a post given for a task', () => {
    found(['She has been tapped to lead the new agency.', 'The board named a veteran banker to run the fund.']);
  });
  test('a reported meeting or visit with any subject', () => {
    found(['Aides said the senator would meet the families on Friday.', 'Officials said the prime minister would sit down with union leaders.']);
  });
});

describe('plans and schedules', () => {
  test('a plan in the first person, not a forecast', () => {
    found(['"We are going to close the plant in June," she said.', "I'm going to leave the party after the vote."]);
    none(["We're going to see more storms like this one.", 'We are going to need a bigger budget next year.']);
  });
  test('a new date for a postponed event; no date, no plan', () => {
    found(['The launch has been postponed until March.', 'The vote was pushed back to 2026 after the floods.']);
    none(['The launch has been postponed because of the weather.']);
  });
  test('an institution signalling or projecting its own rate path', () => {
    found(['The central bank sees three rate hikes in 2025.', 'The bank signalled two more interest rate cuts next year.',
      'Policymakers signaled a slower pace of rate increases for next year.', 'The projected two rate cuts would come in the spring.']);
  });
  test('a numeric target named with its owner', () => {
    found(["Inflation stayed just above the bank's 2 percent target.", 'The country is far from its 40% emissions target.']);
  });
  test('seeking a thing named with a determiner, also in a relative clause', () => {
    found(['The state, which is also seeking the death penalty, will try him next year.', 'Lawyers for the family sought the release of the records.']);
  });
  test('measures taken to steady or curb something; a failure to do so is no aim', () => {
    found(['The government cut taxes to stimulate the economy.', 'Ministers raised rates sharply to curb inflation.']);
    none(['The bank was unable to curb inflation in time.']);
  });
});

describe('attempts and hopes', () => {
  test('a past attempt ascribed by a source states an intent; narrated, or in a quote, it does not', () => {
    found(['The minister said the rebels had attempted to seize the airport.', 'Critics accused the firm of saying it tried to hide the losses.']);
    none(['Officials tried to stop the leak for two days.', '"We tried to stop it," he said.']);
  });
  test('a hope that something will happen, not a group described by it', () => {
    found(['The council hoped the new road would ease traffic.']);
    none(['Those hoping the rain would stop were disappointed.']);
  });
  test('"attempting to" named as an act after a preposition is no aim', () => {
    none(['He was convicted of robbing a bank and attempting to flee the scene.', 'She was charged with attempting to bribe a judge.']);
  });
  test('"determined to be" in the passive is a finding, not a resolve', () => {
    none(['The cause of the fire was determined to be faulty wiring.']);
    found(['She is determined to win back the seat.']);
  });
});

describe('sentences without a full stop', () => {
  test("a long paragraph's last sentence counts even without its full stop; a short line does not", () => {
    const long = 'The agency wants to move its staff out of the capital and into smaller offices across the region by the end of next year';
    expect(objectives(`${long}\n\nIt gave no cost.`)).toEqual([long]);
    expect(objectives('The agency wants to move\n\nIt gave no cost.')).toEqual([]);
  });
});

describe('non-aims that look like cues', () => {
  test('"going to hope" or "wait" is no plan', () => {
    none(['"We\'re going to hope for good weather," the captain said.', "We're going to wait and watch the river."]);
  });
  test("a tool's usual function and an adjective's infinitive are no actor's aim", () => {
    none(['Normally used only to warn drivers, the sirens sounded at noon.', 'The guards may use any means necessary to restore order.']);
    found(['The app uses your location to suggest nearby cafes.']);
  });
  test('"deter" does not match "determine"', () => {
    none(['Smudges on the page made it impossible to determine who signed it.']);
    found(['The city raised fines to deter speeding.']);
  });
  test('a search whose object came before ("the man police were looking for.") is no stated aim', () => {
    none(['The photo showed little of the man the police were looking for.']);
    found(['The council is looking for a new site for the school.', 'Staff are looking into funding for the repairs.']);
  });
  test('a hypothetical seeker, generic wishes and a product appraisal are not aims', () => {
    none(['The data may have come from anyone in the region seeking to hide their identity.', 'Most of the time, people want to talk to each other.',
      'The lamp, a $40 gadget, is a great way to brighten a small room.']);
    found(['Smugglers seeking to avoid the patrols took the mountain road.', 'He moved the money abroad as a way to avoid tax.']);
  });
  test('"compelled X, an aide, to decide": the comma clause is a complement, not a purpose', () => {
    none(['The governor ordered her deputy, Mark T. Olsen, to take charge of the case.']);
    found(['In 2012, to cut costs, the city closed two libraries.']);
  });
});

describe('decisions, requests and reported plans', () => {
  test('a reported future step with a time phrase or a named subject', () => {
    found(['The mayor said on Monday that she would resign in the spring.', 'The minister announced that the government would impose new tariffs.',
      'The coach said that he hoped Mr. Diaz would stay another season.', 'The update will be released in the second half of the year.']);
  });
  test('a decision on what shall be done, a pull-out announced as under way', () => {
    found(['After the meeting, it was decided that all the bridges should be inspected.', 'Last week the firm announced it was closing its Ohio plant.']);
    none(['The court decided the case in May.']);
  });
  test('a letter sent asking, a reach-out to request, a successor sought', () => {
    found(['The union sent a letter to the board, the top body of the school, asking for an audit.', 'The agency reached out to the ministry to request more time.',
      'The owner is weighing several candidates to replace the coach.']);
  });
  test('a role stated with an aside, a wish or a tactic named as a noun', () => {
    found(['Her role, in effect, was to keep the peace between the two sides.', 'The note spoke of a desire to punish the company.',
      'Critics called the raid a tactic to frighten voters.']);
    none(['Residents blamed the harsh tactics to poor training.']);
    none(['"I have no real desire to go back," she said.']);
  });
});

describe('orders given', () => {
  test('an actor ordering or instructing others to act, not what an alert or sign instructs', () => {
    found(['The ministry instructed its staff to shred the files.', 'The judge ordered the company to pay the workers.']);
    none(['The sirens have instructed residents to stay indoors.', 'Drivers ignored a sign which directed traffic to turn left.']);
  });
});

describe('a call made by a cause', () => {
  test('what rules or rates "encouraged" people to do is an effect, not an aim', () => {
    none([
      'Low interest rates have encouraged borrowers to take on more debt.',
      'The new rules encouraged firms to move their profits abroad.',
      'Generous tax breaks have long encouraged landlords to leave flats empty.',
    ]);
  });
  test('a person or a body that encouraged others still calls on them', () => {
    found(['The coach encouraged players to speak up about injuries.', 'The government has encouraged residents to leave the coast.']);
  });
});
