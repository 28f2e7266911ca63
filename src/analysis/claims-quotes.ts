/**
 * Whether a direct quotation is open after `text[from, to)`, given whether one was open at `from`:
 * “ opens, ” closes, a straight " toggles. Claims and objectives both track quotes this way.
 */
export function quoteOpenAfter(text: string, from: number, to: number, open: boolean): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open = true;
    else if (c === 0x201d) open = false;
    else if (c === 34) open = !open;
  }
  return open;
}
