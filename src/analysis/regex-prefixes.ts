/**
 * The literal text every match of a regex source must open with: for `(?:will|would) seek`, the
 * strings "will seek" and "would seek" (read up to eight characters). A lookahead of these in front of a long alternation
 * (`\b(?=prefix trie)(?:alternatives)`) lets the engine pass a word that no alternative can start
 * with after a character or two, where it would try each alternative in turn. Sound by construction:
 * the reading stops (keeping what it has, maybe the empty string) at anything it does not
 * understand, so a prefix may be shorter than it could be, never wrong.
 */

/** Characters with a meaning of their own in regex source; every other character matches itself. */
const SPECIAL = new Set('\\^$.|?*+()[]{}');
/** How far a prefix is read, in characters. */
const MAX_LENGTH = 8;
/** Above this many prefixes for one group and what follows it, the reading stops before the group. */
const MAX_PREFIXES = 256;

/** A literal opening read so far; `open` while everything before it was literal, so more may follow. */
interface Read { text: string; open: boolean }

/** Index of the "]" closing the character class that opens at `at`. */
function classEnd(source: string, at: number): number {
  let i = at + 1;
  for (; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
  return i;
}

/** Index just past the ")" closing the group that opens at `at`, skipping escapes and character classes. */
function groupEnd(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return source.length;
}

/** The top-level alternatives of `source` (a "|" inside a group or a class does not split). */
function branches(source: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') i = groupEnd(source, i) - 1;
    else if (c === '|') {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

const isQuantifier = (c: string | undefined): boolean => c === '?' || c === '*' || c === '+' || c === '{';

/** Where the text of the group opening at `at` starts: after "(", "(?:" or "(?<name>"; -1 for a lookaround, -2 for anything else. */
function groupBody(source: string, at: number): number {
  if (source[at + 1] !== '?') return at + 1;
  if (source[at + 2] === ':') return at + 3;
  if (/^\(\?<?[=!]/.test(source.slice(at, at + 4))) return -1;
  const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(source.slice(at));
  return named ? at + named[0].length : -2;
}

/** `reads` without repeats. */
function unique(reads: Read[]): Read[] {
  const seen = new Set<string>();
  return reads.filter((r) => {
    const key = `${+r.open}${r.text}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

/**
 * The literal openings of one alternative (no top-level "|") after `start`, read up to
 * MAX_LENGTH characters: enough to tell most words apart, and the openings of a pattern with
 * several groups in a row ("(?:his|her|the) (?:stated )?(?:goal|aim)") stay few.
 */
function readSequence(source: string, start: string): Read[] {
  let text = start;
  for (let i = 0; i < source.length; ) {
    if (text.length >= MAX_LENGTH) return [{ text, open: false }];
    const c = source[i]!;
    if (c === '^') {
      i++; // an anchor matches no text
      continue;
    }
    if (c === '(') {
      const end = groupEnd(source, i);
      const body = groupBody(source, i);
      if (body === -1) {
        i = end; // a lookaround matches no text
        continue;
      }
      // A group taken once, or maybe not at all ("(?:stated )?"): both ways are read on.
      const optional = source[end] === '?';
      if (body < 0 || (isQuantifier(source[end]) && !optional)) return [{ text, open: false }];
      const inner = branches(source.slice(body, end - 1)).flatMap((b) => readSequence(b, text));
      if (optional) inner.push({ text, open: true });
      const rest = source.slice(optional ? end + 1 : end);
      const reads = unique(inner.flatMap((r) => (r.open ? readSequence(rest, r.text) : [r])));
      return reads.length > MAX_PREFIXES ? [{ text, open: false }] : reads;
    }
    if (SPECIAL.has(c) || isQuantifier(source[i + 1])) return [{ text, open: false }];
    text += c;
    i++;
  }
  return [{ text, open: true }];
}

/**
 * Strings one of which opens every match of `source`, compared as the regex compares (so
 * case-insensitively under the `i` flag); the shortest only (a string that another one opens is
 * left out). [""] when a match may open with anything.
 */
export function literalPrefixes(source: string): string[] {
  const all = [...new Set(branches(source).flatMap((b) => readSequence(b, '')).map((r) => r.text))];
  return all.filter((p) => !all.some((q) => q !== p && p.startsWith(q))).sort();
}
