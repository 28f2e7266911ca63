/**
 * The pipeline's steps, one by one, for bench/steps.ts: bundled and minified like the analysis
 * (bench/analysis-bundle.ts), so each step is timed as it ships.
 */
export { splitSentences } from '../src/analysis/sentences';
export { findNumbers } from '../src/analysis/numbers';
export { findAttributions } from '../src/analysis/attributions';
export { findHedges } from '../src/analysis/hedges';
export { findClaims } from '../src/analysis/claims';
export { findObjectives } from '../src/analysis/objectives';
export { collectSources } from '../src/analysis/sources';
export { buildLedger, carryClaimAttributions, linkNumbersToAttributions } from '../src/analysis/ledger';
export { findNumberTraps } from '../src/analysis/traps';
export { checkHeadline } from '../src/analysis/headline';
