/**
 * "a contract with Boeing Co. to build …" … "The company said in a statement": a company the text
 * names by its legal form ("Co.", "Inc.", "Corp.", "Ltd.", "plc") without citing it is what a later
 * "the company" left unresolved stands for. One scan of the text, made only when such a description
 * is left, gives every such name with where it stands.
 */

// One to three capitalised words, then the legal form; "The", "A" and the like open a sentence, not a name.
const LEGAL_NAME = /\b((?:[A-Z][\w&’'-]*[ \t]+){1,3}(?:Co\.|Corp\.|Inc\.|Ltd\.|Co|Corp|Inc|Ltd|LLC|plc|PLC|Corporation))(?![\w])/g;
const LEADING_ARTICLE = /^(?:The|A|An|This|That|Its|Their)[ \t]+/;

export interface LegalNames { at: number[]; names: string[] }

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

/**
 * Of `found`, the company whose name, with or without its legal form ("Boeing Co.", "Boeing"), the
 * text writes last before `pos`: the one the reporter was speaking of. Null when none is named before.
 */
export function legalNameBefore(text: string, found: LegalNames, pos: number): string | null {
  let best: string | null = null;
  let bestAt = -1;
  for (let i = 0; i < found.at.length && (found.at[i] ?? pos) < pos; i++) {
    const name = found.names[i] ?? '';
    const at = text.lastIndexOf(name.replace(LEGAL_FORM, ''), pos);
    if (at >= bestAt) { best = name; bestAt = at; }
  }
  return best;
}
