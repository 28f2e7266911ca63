/**
 * "the Chicago Tribune published an interview with …", "CNN aired an interview in which …": the
 * outlet that ran an interview is cited beside whoever spoke in it, as "in an interview with Reuters"
 * cites Reuters. Only a known publication or a name ending with a publication word counts, so a
 * person who gave or did an interview is never taken for an outlet. Reads 120 characters before each
 * "interview" of the text, nothing more.
 */
import { isOutletName } from './outlets';

// The outlet's capitalised name (with "the" and "of"/"and" inside), a verb of running a piece, "a(n)" and up to two words.
const RAN_INTERVIEW = /(?<![\p{L}’'.-])((?:the[ \t]+|The[ \t]+)?\p{Lu}[\p{L}\p{N}’'&.-]*(?:[ \t]+(?:(?:of|and|&)[ \t]+)?\p{Lu}[\p{L}\p{N}’'&.-]*){0,4})[ \t]+(?:published|aired|ran|broadcast|posted|printed|conducted|carried)[ \t]+(?:an?[ \t]+)?(?:[\p{Ll}-]+[ \t]+){0,2}$/u;

/** The outlets that `text` says published or aired an interview, in order. */
export function interviewOutlets(text: string): string[] {
  const out: string[] = [];
  for (let at = text.indexOf('interview'); at >= 0; at = text.indexOf('interview', at + 9)) {
    const name = RAN_INTERVIEW.exec(text.slice(Math.max(0, at - 120), at))?.[1]?.replace(/['’]s$|[.’']+$/, '');
    if (name && isOutletName(name)) out.push(name);
  }
  return out;
}
