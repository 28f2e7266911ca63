// Goal cues in the background of their sentence (src/analysis/objectives-background.ts): a gerund subject, a decision dating a clause.
import { describe, expect, test } from 'vitest';
import { findObjectives } from '../../src/analysis/objectives';
import { splitSentences } from '../../src/analysis/sentences';

function objectives(text: string): string[] {
  const { sentences, blocks } = splitSentences(text);
  return findObjectives(text, sentences, blocks).map((o) => o.text);
}

describe('cues in the background', () => {
  test('an attempt or a plan as the subject states no aim', () => {
    for (const s of [
      'Attempting to rescue every stranded car would tie up the crews for days.',
      '“Trying to please every donor is a losing game,” she said.',
      'Planning to reopen the mine before the survey ends is reckless.',
    ]) expect(objectives(s), s).toEqual([]);
  });
  test('a participial clause before its subject keeps the aim', () => {
    const s = 'Seeking to calm the markets, the central bank cut its main rate on Tuesday.';
    expect(objectives(s)).toEqual([s]);
  });
  test('a decision in a time clause dates the main clause', () => {
    const s = 'When the club decided to sell its captain in 2019, the fans marched on the ground.';
    expect(objectives(s)).toEqual([]);
    const main = 'The club decided to sell its captain to pay off the debt.';
    expect(objectives(main)).toEqual([main]);
  });
  test('an action someone forecasts is no plan of the actor', () => {
    for (const s of [
      'The agency projects that the state will retire nine coal plants by 2030.',
      'Analysts expect the bank will launch a bid for its rival within the year.',
    ]) expect(objectives(s), s).toEqual([]);
    const own = 'The state will retire nine coal plants by 2030, the governor said.';
    expect(objectives(own)).toEqual([own]);
  });
  test('an infinitive after "it is hard, …," is the subject of the adjective, not a purpose', () => {
    for (const s of [
      'Inspectors say it is hard, at first glance, to tell the forged stamps from real ones.',
      'It was impossible for the crews, in the blizzard, to reach the stranded village.',
    ]) expect(objectives(s), s).toEqual([]);
    const purpose = 'The crews worked through the night, in freezing rain, to restore power to the valley.';
    expect(objectives(purpose)).toEqual([purpose]);
  });
});
