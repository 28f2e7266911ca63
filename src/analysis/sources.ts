import type { Attribution, Claim, Source } from './types';
/** Collects distinct sources. (Stub: to be written.) */
export function collectSources(_attributions: Attribution[], _claims: Claim[]): Source[] { return []; }
