const quoteMarkRe = /[“”"]/g;

/**
 * Whether a direct quotation is open after `passage`, given whether one was open at its start:
 * “ opens, ” closes, a straight " toggles. Claims and objectives both track quotes this way.
 * A regex finds the marks: faster than reading every character, and most passages hold none.
 */
export function quoteOpenAfter(passage: string, open: boolean): boolean {
  quoteMarkRe.lastIndex = 0;
  for (let m = quoteMarkRe.exec(passage); m; m = quoteMarkRe.exec(passage)) {
    open = m[0] === '“' ? true : m[0] === '”' ? false : !open;
  }
  return open;
}
