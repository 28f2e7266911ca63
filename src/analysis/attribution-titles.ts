/**
 * "the sheriff" after "Morton County sheriff Kyle Kirchmeier": a description by a title stands for the person
 * the text last named with that title right before the name. Reads a bounded window before the description, and
 * only when the title word occurs there (a literal search first), so the cost per description is fixed.
 */
const LOOK_BACK = 4000;
// A description by one lower-case title word: "the sheriff", "the coroner".
const TITLE_DESCRIPTION = /^the\s+([a-z]{3,})$/;
// Up to three capitalised name words right after the title ("sheriff Kyle Kirchmeier", "spokeswoman Maria Lopez").
const NAME_AFTER = /^[ \t]+((?:\p{Lu}[\p{Ll}’'-]+|\p{Lu}\.)(?:[ \t]+(?:\p{Lu}[\p{Ll}’'-]+|\p{Lu}\.)){1,2})/u;

/** The full name the title in `mention` ("the sheriff") last stood before, in the text before `pos`; null when none. */
export function titleHolderBefore(text: string, pos: number, mention: string): string | null {
  const m = TITLE_DESCRIPTION.exec(mention.toLowerCase());
  if (!m) return null;
  const title = m[1] as string;
  const from = Math.max(0, pos - LOOK_BACK);
  // Searched within the window only: a search running on past `pos` would make a long text quadratic.
  const window = text.slice(from, pos);
  let best: string | null = null;
  for (let w = window.indexOf(title); w >= 0; w = window.indexOf(title, w + title.length)) {
    const k = from + w;
    if (/[\p{L}]/u.test(text.charAt(k - 1))) continue;
    const name = NAME_AFTER.exec(text.slice(k + title.length, Math.min(pos, k + title.length + 60)));
    if (name) best = name[1] as string;
  }
  return best;
}
