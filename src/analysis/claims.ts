import type { Attribution, Claim, Hedge, NumberSpan, Sentence } from './types';
export interface ClaimInput { text: string; sentences: Sentence[]; numbers: NumberSpan[]; attributions: Attribution[]; hedges: Hedge[] }
/** Finds claims. (Stub: to be written.) */
export function findClaims(_input: ClaimInput): Claim[] { return []; }
