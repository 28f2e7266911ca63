const quoteMarkRe = /[“”"]/g;

/** The quote state after one mark: “ opens, ” closes, a straight " toggles. */
function afterMark(mark: string, open: boolean): boolean {
  return mark === '“' ? true : mark === '”' ? false : !open;
}

/**
 * Whether a direct quotation is open after `passage`, given whether one was open at its start:
 * “ opens, ” closes, a straight " toggles. Claims and objectives both track quotes this way.
 * A regex finds the marks: faster than reading every character, and most passages hold none.
 */
export function quoteOpenAfter(passage: string, open: boolean): boolean {
  quoteMarkRe.lastIndex = 0;
  for (let m = quoteMarkRe.exec(passage); m; m = quoteMarkRe.exec(passage)) open = afterMark(m[0], open);
  return open;
}

/**
 * `quoteOpenAfter` that also writes to `opening[index]` where the passage's first “ or straight "
 * is (-1 when none), from the same scan: the claims step wants both of each sentence.
 */
export function quoteOpenAfterAt(passage: string, open: boolean, opening: number[], index: number): boolean {
  let first = -1;
  quoteMarkRe.lastIndex = 0;
  for (let m = quoteMarkRe.exec(passage); m; m = quoteMarkRe.exec(passage)) {
    if (first < 0 && m[0] !== '”') first = m.index;
    open = afterMark(m[0], open);
  }
  opening[index] = first;
  return open;
}

/**
 * The quote state of `passage` at offsets asked in increasing order, as `quoteOpenAfter` would give
 * for the text before each: the marks are read once, forward, so asking at every cue of a long
 * sentence stays linear where rescanning from the start would be quadratic.
 */
export function quoteStateAt(passage: string, open: boolean): (at: number) => boolean {
  const marks = /[“”"]/g;
  let next = marks.exec(passage);
  return (at) => {
    for (; next && next.index < at; next = marks.exec(passage)) open = afterMark(next[0], open);
    return open;
  };
}
