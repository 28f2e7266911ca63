import type { Attribution, Claim, Ledger, NumberSpan, Source } from './types';
/** Gives each number the attribution of the claim holding it. (Stub.) */
export function linkNumbersToAttributions(_numbers: NumberSpan[], _claims: Claim[]): void {}
/** The article's source ledger. (Stub.) */
export function buildLedger(claims: Claim[], _attributions: Attribution[], _sources: Source[]): Ledger {
  return { claims: claims.length, named: 0, anonymous: 0, unsourced: claims.length, topSource: null, topSourceShare: 0 };
}
