/**
 * The analysis pipeline: article text in, one typed `Analysis` out. Pure: no DOM,
 * no browser API. Each step is a small module that reads what earlier steps found.
 */
// First: the word lists, grouped in the bundle (see lexicon/all.ts).
import './lexicon/all';
import { splitSentences } from './sentences';
import { findNumbers } from './numbers';
import { findAttributions } from './attributions';
import { findHedges } from './hedges';
import { findClaims } from './claims';
import { findObjectives } from './objectives';
import { collectSources } from './sources';
import { ledgerStep } from './ledger';
import { findNumberTraps } from './traps';
import { checkHeadline } from './headline';
import type { Analysis, ArticleInput } from './types';

export type { Analysis, ArticleInput } from './types';

/** Analyses an article: `text` holds paragraphs separated by blank lines. */
export function analyze(input: ArticleInput): Analysis {
  const title = input.title.trim();
  const text = input.text;
  const { blocks, sentences } = splitSentences(text);
  const numbers = findNumbers(text, sentences);
  const attributions = findAttributions(text, sentences);
  const hedges = findHedges(text, sentences);
  const claims = findClaims({ text, sentences, numbers, attributions, hedges });
  const objectives = findObjectives(text, sentences, blocks);
  const sources = collectSources(attributions, claims, text, input.site);
  const ledger = ledgerStep({ text, sentences, numbers, attributions, claims, sources });
  const traps = findNumberTraps(text, sentences, numbers);
  const headline = checkHeadline(title, { text, sentences, numbers, hedges, objectives });
  return { version: 1, title, text, blocks, sentences, numbers, attributions, claims, hedges, objectives, sources, ledger, headline, traps };
}
