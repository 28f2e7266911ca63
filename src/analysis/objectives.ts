import type { Block, Objective, Sentence } from './types';
/** Finds stated objectives. (Stub: to be written.) */
export function findObjectives(_text: string, _sentences: Sentence[], _blocks: Block[]): Objective[] { return []; }
