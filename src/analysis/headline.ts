import type { HeadlineCheck, Hedge, NumberSpan, Objective, Sentence } from './types';
export interface HeadlineBody { text: string; sentences: Sentence[]; numbers: NumberSpan[]; hedges: Hedge[]; objectives: Objective[] }
/** Compares the headline with the body. (Stub.) */
export function checkHeadline(_title: string, _body: HeadlineBody): HeadlineCheck[] { return []; }
