// @vitest-environment happy-dom
/** What the report shows of an analysis, and what a click on it does to the page. */
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Analysis } from '../../src/analysis/types';
import { Popup } from '../../src/popup/Popup';
import { fake } from './fake-browser';
import { button, buttons, checkbox, click, listItems, mount, text, unmount, until } from './dom';
import { sampleAnalysis, seedAnalysis, withContractLedger, withLedger } from './fixtures';
import { readyPage, reveals } from './page';

vi.mock('../../src/shared/browser', async () => (await import('./fake-browser')).browserModule);

let root: HTMLElement;
beforeEach(() => fake.reset());
afterEach(async () => {
  if (root) await unmount(root);
});

/** Opens the popup on a ready tab 1 showing `analysis`; resolves once the report is there. */
async function showReport(analysis: Analysis, search = ''): Promise<HTMLElement> {
  readyPage({ id: 1, active: true, url: 'https://news.example/story' }, analysis);
  root = await mount(<Popup search={search} pollMs={1} />);
  await until(() => root.querySelector('[data-testid="objectives"]') !== null, 'the report');
  return root;
}

describe('the seed article through the real analyze()', () => {
  let seed: Analysis;
  beforeAll(() => {
    seed = seedAnalysis();
  });

  test('the title is the article’s first line', async () => {
    await showReport(seed);
    expect(text(root.querySelector('h1'))).toBe(seed.title);
    expect(seed.title).toMatch(/^First invasion of Russia/);
  });

  test('objectives are numbered list items in article order', async () => {
    await showReport(seed);
    const list = root.querySelector('[data-testid="objectives"]');
    expect(list?.tagName).toBe('OL');
    const shown = listItems(root, 'objectives').map((li) => text(li));
    const inOrder = [...seed.objectives].sort((a, b) => a.start - b.start).map((o) => o.text.replace(/\s+/g, ' ').trim());
    expect(shown).toEqual(inOrder);
  });

  test('one item per source, every source of the analysis listed', async () => {
    await showReport(seed);
    const items = listItems(root, 'sources');
    expect(items).toHaveLength(seed.sources.length);
    for (const s of seed.sources) expect(items.some((li) => text(li.querySelector('.source-name')) === s.name)).toBe(true);
  });

  test('the counts per kind match the analysis', async () => {
    await showReport(seed);
    const counts = [...root.querySelectorAll('[data-testid="counts"] li')].map((li) => text(li));
    expect(counts).toEqual([
      expect.stringMatching(new RegExp(`^${seed.claims.length} claims?$`)),
      expect.stringMatching(new RegExp(`^${seed.numbers.length} numbers?$`)),
      expect.stringMatching(new RegExp(`^${seed.attributions.length} attributions?$`)),
      expect.stringMatching(new RegExp(`^${seed.hedges.length} hedges?$`)),
    ]);
  });
});

describe('sources', () => {
  test('grouped by type, each group headed once, publications before people before unnamed sources', async () => {
    await showReport(sampleAnalysis());
    const items = listItems(root, 'sources');
    expect(items.map((li) => text(li.querySelector('.source-name')))).toEqual(['Reuters', 'The mayor', 'Officials']);
    expect(items.map((li) => text(li.querySelector('h3')))).toEqual(['Publications', 'People', 'Unnamed sources']);
    expect(text(items[0])).toMatch(/1 mention · 1 claim/);
  });

  test('a source opens to the claims it supports, hedged ones marked; a claim click reveals it in the page', async () => {
    const a = sampleAnalysis();
    await showReport(a);
    const mayor = listItems(root, 'sources')[1] as HTMLLIElement;
    const toggle = button(mayor, /claims citing The mayor/);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(mayor.querySelector('ul')).toBeNull();
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const claim = a.claims[2]!;
    const shown = button(mayor, /costs may double/);
    expect(text(shown)).toBe(`${claim.text} hedged`);
    await click(shown);
    expect(reveals()).toEqual([[1, claim.start, claim.end]]);
    expect(listItems(root, 'sources')).toHaveLength(3);
  });

  test('a source’s name reveals where it is first cited', async () => {
    const a = sampleAnalysis();
    await showReport(a);
    await click(button(root, 'Reuters'));
    expect(reveals()).toEqual([[1, a.attributions[1]!.start, a.attributions[1]!.end]]);
  });

  test('claims citing nobody are listed under "No source given", with numbers lacking a source', async () => {
    const a = sampleAnalysis();
    await showReport(a);
    const section = root.querySelector('section.unsourced') as HTMLElement;
    expect(text(section.querySelector('h2'))).toBe('No source given');
    expect(listItems(section, 'unsourced').map((li) => text(li))).toEqual(['Prices rose 40% last year.']);
    await click(button(section, '40%'));
    expect(reveals()).toEqual([[1, a.numbers[1]!.start, a.numbers[1]!.end]]);
  });

  test('an article citing nobody says so instead of an empty section', async () => {
    await showReport(withLedger({ ...sampleAnalysis(), sources: [], attributions: [] }));
    expect(listItems(root, 'sources')).toHaveLength(0);
    expect(text(root.querySelector('section.sources'))).toMatch(/cites no sources/);
  });
});

describe('objectives', () => {
  test('a click on an objective reveals it in the page', async () => {
    const a = sampleAnalysis();
    await showReport(a);
    const second = listItems(root, 'objectives')[1]!.querySelector('button') as HTMLButtonElement;
    await click(second);
    expect(reveals()).toEqual([[1, a.objectives[1]!.start, a.objectives[1]!.end]]);
  });

  test('objectives given out of order are listed in article order', async () => {
    const a = sampleAnalysis();
    await showReport({ ...a, objectives: [...a.objectives].reverse() });
    expect(listItems(root, 'objectives').map((li) => text(li))).toEqual(a.objectives.map((o) => o.text));
  });

  test('no objectives: an empty list and a sentence', async () => {
    await showReport({ ...sampleAnalysis(), objectives: [] });
    expect(listItems(root, 'objectives')).toHaveLength(0);
    expect(text(root.querySelector('section.objectives'))).toMatch(/states no objectives/);
  });
});

describe('ledger and headline', () => {
  test('the ledger’s summary line, how the claims split, and a bar per source with one for no source', async () => {
    await showReport(sampleAnalysis());
    expect(text(root.querySelector('[data-testid="ledger-summary"]'))).toBe('4 claims: 1 Reuters, 1 Officials, 1 The mayor, 1 no source');
    expect(text(root.querySelector('.ledger-split'))).toBe('2 claims cite a named source, 1 an unnamed one, 1 nobody.');
    const bars = [...root.querySelectorAll('.ledger-bars li')].map((li) => text(li));
    expect(bars).toEqual(['Reuters 1 claim (25%)', 'Officials 1 claim (25%)', 'The mayor 1 claim (25%)', 'No source 1 claim (25%)']);
    expect(root.querySelector('.ledger-dominant')).toBeNull();
  });

  test('one source backing most claims is called out; sources backing none get no bar; quotes are counted', async () => {
    const a = sampleAnalysis();
    a.claims[0]!.attribution = 1;
    a.claims[2]!.attribution = 1;
    a.attributions[1]!.quote = true;
    await showReport(withLedger(a));
    expect(text(root.querySelector('[data-testid="ledger-summary"]'))).toBe('4 claims: 3 Reuters, 1 no source');
    const bars = [...root.querySelectorAll('.ledger-bars li')].map((li) => text(li));
    expect(bars).toEqual(['Reuters 3 claims (75%), 1 quote', 'No source 1 claim (25%)']);
    expect(text(root.querySelector('.ledger-dominant'))).toMatch(/Reuters backs 75% of the claims/);
  });

  test('an analysis without the ledger’s lines and lists shows the rest of the report, and no "every claim cites a source"', async () => {
    const a = withContractLedger(sampleAnalysis());
    await showReport(a);
    expect(root.querySelector('[data-testid="ledger-summary"]')).toBeNull();
    expect(root.querySelector('.ledger-bars')).toBeNull();
    expect(text(root.querySelector('.ledger-split'))).toBe('2 claims cite a named source, 1 an unnamed one, 1 nobody.');
    expect(root.querySelector('section.unsourced')).toBeNull();
    expect(listItems(root, 'sources')).toHaveLength(3);
  });

  test.each([
    ['agrees', 'Agrees with the body'],
    ['differs', 'The body says otherwise'],
    ['absent', 'Not found in the body'],
    ['hedged-in-body', 'Stated flatly, hedged in the body'],
  ] as const)('headline check %s is shown in words', async (status, words) => {
    await showReport({ ...sampleAnalysis(), headline: [{ text: '3 key objectives', status, body: 'three key objectives' }] });
    expect(text(root.querySelector('[data-testid="headline"] li'))).toBe(`“3 key objectives” ${words} Body: “three key objectives”`);
  });

  test('no headline section when the analysis checked nothing', async () => {
    await showReport({ ...sampleAnalysis(), headline: [] });
    expect(root.querySelector('[data-testid="headline"]')).toBeNull();
  });
});

describe('the switches', () => {
  test.each([
    ['Claims', 'claim'],
    ['Numbers', 'number'],
    ['Attributions', 'attribution'],
    ['Hedges', 'hedge'],
  ] as const)('"%s" turns its kind off and on in the stored settings, announced', async (name, kind) => {
    await showReport(sampleAnalysis());
    const box = checkbox(root, name);
    expect(box.checked).toBe(true);
    await click(box);
    expect(fake.storedSettings().kinds[kind]).toBe(false);
    expect(text(root.querySelector('[role="status"]'))).toBe(`${name} off.`);
    await click(box);
    expect(fake.storedSettings().kinds[kind]).toBe(true);
    expect(text(root.querySelector('[role="status"]'))).toBe(`${name} on.`);
  });

  test('"Highlights" turns all highlights off and on', async () => {
    await showReport(sampleAnalysis());
    await click(checkbox(root, 'Highlights'));
    expect(fake.storedSettings().enabled).toBe(false);
    expect(fake.storedSettings().kinds).toEqual({ claim: true, number: true, attribution: true, hedge: true });
    expect(text(root.querySelector('[role="status"]'))).toBe('All highlights off.');
    await click(checkbox(root, 'Highlights'));
    expect(fake.storedSettings().enabled).toBe(true);
  });

  test('the switches follow a change made elsewhere (the keyboard command)', async () => {
    await showReport(sampleAnalysis());
    fake.writeSettings({ ...fake.storedSettings(), enabled: false });
    await until(() => !checkbox(root, 'Highlights').checked, 'the switch to follow');
  });
});

describe('all annotations by kind', () => {
  test('each kind opens to buttons that reveal its items', async () => {
    const a = sampleAnalysis();
    await showReport(a);
    const section = root.querySelector('section.annotations') as HTMLElement;
    expect(buttons(section, /^(Claims|Numbers|Attributions|Hedges) \(\d+\)$/).map((b) => text(b))).toEqual(['Claims (4)', 'Numbers (2)', 'Attributions (3)', 'Hedges (1)']);
    await click(button(section, 'Attributions (3)'));
    const items = [...section.querySelectorAll('.kind-attribution li button')].map((b) => text(b));
    expect(items).toEqual(a.attributions.map((x) => x.text));
    await click(button(section, 'The mayor said'));
    expect(reveals()).toEqual([[1, a.attributions[2]!.start, a.attributions[2]!.end]]);
  });

  test('the full report opens every list from the start', async () => {
    const a = sampleAnalysis();
    readyPage({ id: 5 }, a);
    root = await mount(<Popup search="?tab=5" pollMs={1} />);
    await until(() => root.querySelector('.kind-hedge li') !== null, 'open lists');
    expect(root.querySelectorAll('.annotations li')).toHaveLength(a.claims.length + a.numbers.length + a.attributions.length + a.hedges.length);
  });
});

describe('where a jump lands', () => {
  test('from the small popup the page stays as it is, under the popup', async () => {
    const a = sampleAnalysis();
    await showReport(a);
    await click(listItems(root, 'objectives')[0]!.querySelector('button') as HTMLButtonElement);
    await until(() => reveals().length === 1, 'the reveal');
    expect(fake.activated).toEqual([]);
  });

  test('from the full report the article’s tab is brought to the front, then revealed', async () => {
    const a = sampleAnalysis();
    readyPage({ id: 6 }, a);
    root = await mount(<Popup search="?tab=6" pollMs={1} />);
    await until(() => root.querySelector('[data-testid="objectives"] li') !== null, 'the report');
    await click(listItems(root, 'objectives')[0]!.querySelector('button') as HTMLButtonElement);
    await until(() => reveals().length === 1, 'the reveal');
    expect(fake.activated).toEqual([6]);
    expect(reveals()).toEqual([[6, a.objectives[0]!.start, a.objectives[0]!.end]]);
  });
});

describe('long articles', () => {
  test('a long list of claims with no source shows 25, then all on request', async () => {
    const a = sampleAnalysis();
    const one = a.claims[3]!;
    a.claims = Array.from({ length: 60 }, () => ({ ...one }));
    await showReport(withLedger(a));
    const section = root.querySelector('section.unsourced') as HTMLElement;
    expect(listItems(section, 'unsourced')).toHaveLength(25);
    await click(button(section, 'Show all 60 claims with no source'));
    expect(listItems(section, 'unsourced')).toHaveLength(60);
    expect(buttons(section, /^Show all/)).toHaveLength(0);
  });
});
