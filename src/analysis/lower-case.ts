/**
 * `s.toLowerCase()`, skipping the call when `s` is plain ASCII with no capital letter (most
 * words), since lower-casing a slice of a two-byte text (one with a curly quote or a dash)
 * goes through the runtime and costs several times a one-byte one.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return s.toLowerCase();
  }
  return s;
}
