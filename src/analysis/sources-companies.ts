/**
 * "a contract with Boeing Co. to build …" … "The company said in a statement": a company the text
 * names by its legal form ("Co.", "Inc.", "Corp.", "Ltd.", "plc") without citing it is what a later
 * "the company" left unresolved stands for. One scan of the text, made only when such a description
 * is left, gives every such name with where it stands.
 */

// One to three capitalised words, then the legal form; "The", "A" and the like open a sentence, not a name.
const LEGAL_NAME = /\b((?:[A-Z][\w&’'-]*[ \t]+){1,3}(?:Co\.|Corp\.|Inc\.|Ltd\.|Co|Corp|Inc|Ltd|LLC|plc|PLC|Corporation))(?![\w])/g;
const LEADING_ARTICLE = /^(?:The|A|An|This|That|Its|Their)[ \t]+/;

export interface LegalNames {
  at: number[];
  names: string[];
  /** Where each name's short form ("Boeing" for "Boeing Co.") stands in the text, found once on first use. */
  shortAt?: Map<string, number[]>;
}

/** Every company named with its legal form in `text`, in order. */
export function legalNames(text: string): LegalNames {
  const out: LegalNames = { at: [], names: [] };
  LEGAL_NAME.lastIndex = 0;
  for (let m = LEGAL_NAME.exec(text); m; m = LEGAL_NAME.exec(text)) {
    const name = (m[1] ?? '').replace(LEADING_ARTICLE, '');
    if (!name.includes(' ')) continue;
    out.at.push(m.index);
    out.names.push(name);
  }
  return out;
}

const LEGAL_FORM = /[ \t]+\S+$/;

/** Every index where `short` starts in `text`, in order. */
function occurrences(text: string, short: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) out.push(at);
  return out;
}

/** The last of the sorted `positions` at or before `pos`, or -1 (what `text.lastIndexOf(short, pos)` gives). */
function lastAtOrBefore(positions: number[], pos: number): number {
  let lo = 0;
  let hi = positions.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = positions[mid] ?? 0;
    if (at <= pos) { found = at; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/**
 * Of `found`, the company whose name, with or without its legal form ("Boeing Co.", "Boeing"), the
 * text writes last before `pos`: the one the reporter was speaking of. Null when none is named before.
 * Each short form's places are found once per text, so a long text with many "the company" stays linear.
 */
export function legalNameBefore(text: string, found: LegalNames, pos: number): string | null {
  const shortAt = (found.shortAt ??= new Map());
  let best: string | null = null;
  let bestAt = -1;
  for (let i = 0; i < found.at.length && (found.at[i] ?? pos) < pos; i++) {
    const name = found.names[i] ?? '';
    const short = name.replace(LEGAL_FORM, '');
    let positions = shortAt.get(short);
    if (!positions) shortAt.set(short, (positions = occurrences(text, short)));
    const at = lastAtOrBefore(positions, pos);
    if (at >= bestAt) { best = name; bestAt = at; }
  }
  return best;
}
