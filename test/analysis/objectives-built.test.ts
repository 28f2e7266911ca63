// Things built, fitted or contracted for an end, work under way, and the cues that only look like aims:
// lexicon/objectives-built.ts, objectives-words.ts, and the hooks they feed in lexicon/objectives*.ts and objectives-background.ts.
import { describe, test } from 'vitest';
import { found, none } from './objectives-helpers';

describe('a thing made or fitted for an end', () => {
  test('"is built to", "are trained to", "is equipped to be refuelled"', () => {
    found([
      'The armoured lorry is built to withstand a roadside bomb.',
      'The sniffer dogs are trained to detect banknotes in luggage.',
      'The new ferry was also equipped to carry forty lorries at a time.',
      'The tanker is configured to be refuelled at sea.',
    ]);
  });
  test('not a state or an ideal', () => {
    none([
      'The old mill was built in 1820 by the Crane family.',
      'He was trained as an engineer in Leeds.',
      'The ward is equipped with twelve beds.',
    ]);
  });
});

describe('work under way, contracted or looked forward to', () => {
  test('"in the early stages of planning", "a contract to build", "look forward to working with"', () => {
    found([
      'The council is in the early stages of planning a tram line to the airport.',
      'The club is in only the first stages of designing its new stadium.',
      'The ministry is in the process of drafting new rules for drones.',
      'A local firm won a contract to repave the ring road.',
      'The lab is under contract for $2 million to study the river’s sediment.',
      '"We look forward to working with the new owners," the union said.',
    ]);
  });
  test('not the craft itself, a cancelled contract nor a contrast', () => {
    none([
      'The process of building a boat by hand is slow.',
      'The city cancelled a contract to rebuild the pier after costs doubled.',
      'In contrast to last winter, the roads stayed open.',
      '"I look forward to seeing the photos," she said.',
    ]);
  });
});

describe('purposes named by other verbs', () => {
  test('working with partners to an end, and an inquiry with "figure out whether"', () => {
    found([
      'The charity works with landlords to find homes for refugees.',
      'Inspectors opened the crates to figure out whether the seals had been broken.',
    ]);
    none(['Investigators were unable to figure out whether the seals had been broken.']);
  });
});

describe('cues that only look like aims', () => {
  test('the idiom "take aim at", and a "to" that leads a noun phrase or closes a range', () => {
    none([
      'The senator is not the first to take aim at the farm subsidies.',
      'The lab uses an alternative approach to protein folding that is slower.',
      'The appeal mobilized an estimated two hundred to three hundred volunteers.',
    ]);
    found(['The campaign is aimed at first-time voters in the suburbs.']);
  });
  test('a passive "will be" needs a participle: "will be impossible" is no plan', () => {
    none(['It will be impossible to say which bridges are safe until the survey ends.']);
    found(['The new tolls will be imposed from January.']);
  });
  test('a how-to before a remedy, a market\'s speculation, a proposal that dates its clause', () => {
    none([
      'The best way to curb the outbreak is still debated among doctors.',
      'Bonds fell as speculation grew that the central bank will extend its stimulus program.',
      'When the theory was first proposed, in the 1950s, it was a curiosity.',
    ]);
    found([
      'The central bank cut rates to curb the slide in prices.',
      'The mayor proposed a new levy on empty homes.',
    ]);
  });
});

describe('a party prepared, or ready at a time to come, to act', () => {
  test('"is prepared to strike", "may be ready to issue", "stands ready to act"', () => {
    found([
      'The nurses’ union is prepared to strike over the new rota.',
      'The regulator may be ready to publish its rules by next spring.',
      'The central bank stands ready to buy bonds if markets seize up.',
    ]);
  });
  test('not a state told now, a forecast, nor advice to the reader', () => {
    none([
      'The chemist is now ready to test the sample on the bench.',
      'Be prepared to queue for an hour at the border.',
      'Drivers should be prepared to pay more for parking.',
      'Shares will be ready to rise once the merger closes.',
    ]);
  });
});

describe('infrastructure built to connect places', () => {
  test('"will link", "will connect", "will build" announce a plan', () => {
    found(['The new rail line will link the port with the capital.', 'The utility will build two substations north of the river.']);
  });
});
