/**
 * Counts of people named as a source ("a number of insiders", "a 52-percent majority of voters",
 * "Two of the executives"): the people counted are the source, under the group's own name.
 */

// "a number of insiders", "a 52-percent majority of voters": the people counted are the source; "insiders in
// key early states": a lower-case place after "in" or "across" says where they are, not what they are.
const COUNT_OF = /^(?:(?:a|an|the)\s+)?(?:[\d.,]+[- ]?(?:percent|per cent|%)\s+)?(?:number|majority|minority|plurality|handful|couple|dozen|host|group|share)\s+of\s+(?=\S)/i;
// "79 percent of survey respondents", "a third of voters": a share of a group, for the sources list.
const SHARE_OF = /^(?:(?:about|nearly|almost|more than|fewer than|less than|over|some)\s+)?(?:[\d.,]+[- ]?(?:percent|per cent|%)|(?:a|one|two)[ -](?:third|quarter|half|fifth)s?|half|three[ -]quarters)\s+of\s+(?=\p{Ll})/iu;
const LOWER_PLACE = /\s+(?:in|across|around|throughout)\s+[^A-Z]*$/;
const UPPER = /\p{Lu}/u;

/** The counted people of `name` with any lower-case place after them, for typing ("a number of insiders in key states" → "insiders"). */
export function countCore(name: string): string {
  return name.replace(COUNT_OF, '').replace(LOWER_PLACE, '');
}

/** "a number of insiders in key early states" → "insiders", "a couple of Virginia Republicans" → "Virginia Republicans": the group a count of people is taken from, or `name` itself. */
export function countedGroup(name: string): string {
  // "the number of tools respondents" is a quantity, not the people.
  if (/^the\s/i.test(name)) return name;
  const share = name.replace(SHARE_OF, '');
  if (share !== name && !/^(?:the|those|these|them|us|you|it)\b/.test(share)) return share;
  const core = name.replace(COUNT_OF, '');
  // "Group of Seven", "Dozen of Us": a capitalised count is a name of its own.
  if (core === name || UPPER.test(name.slice(0, name.length - core.length).replace(/^An?\s/, ''))) return name;
  return core.replace(LOWER_PLACE, '') || name;
}

// "Two of the executives", "all four executives" … "the executives": a count of a group names the same group.
const COUNT = /^(?:(?:two|three|four|five|six|seven|eight|nine|ten|a few|\d+)\s+of\s+(?:the|these|those)\s+|(?:all\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?=\p{Ll}[\p{Ll}-]*s$))/u;

/** A lower-case source key without its count ("two of the nurses" → "nurses"). */
export function uncounted(key: string): string {
  return key.replace(COUNT, '');
}
