/**
 * "Several Republican leaders and strategists, some critical of him, said …" … "they said": a group
 * named with capitalised words before its plural noun is still a group, and a later "they" stands for
 * it rather than for a group cited before it. Re-points a "they" read as an earlier source to the
 * latest such group cited (by name, not by a pronoun) between that source's last citation and the
 * pronoun, within 2,000 characters.
 */
import type { Attribution } from './types';

const THEY = /^(?:they|them|their)$/i;
// Capitalised words in the phrase, then a lower-case plural noun at its end ("Republican leaders and strategists").
const PROPER_GROUP = /^(?=.*\b[A-Z])(?:\S+\s+)+[a-z]+[^s\s]s$/;
const REACH = 2000;

/** Re-points (in place) each "they" attribution to the proper-named group cited after the source it was read as. */
export function settleThey(attributions: Attribution[]): void {
  const lastCited = new Map<string, number>();
  let group: Attribution | undefined;
  for (const a of attributions) {
    if (a.source === null) continue;
    const pronoun = THEY.test(a.mention ?? '');
    const name = group?.source;
    if (pronoun && group !== undefined && name && name !== a.source && a.start - group.start < REACH && (lastCited.get(a.source) ?? -1) < group.start) a.source = name;
    if (!pronoun && !a.anonymous && PROPER_GROUP.test(a.source)) group = a;
    lastCited.set(a.source, a.start);
  }
}
