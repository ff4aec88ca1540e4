/**
 * RFC 6749 §4.1.2.1 and §5.2: error_description "MUST NOT include characters outside the set
 * %x20-21 / %x23-5B / %x5D-7E" — printable ASCII without the double quote and the backslash.
 * https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1
 * The mock's messages are written with typographic characters in places; they are folded to the
 * allowed set here, in one place, so no answer can carry a forbidden one.
 */
const REPLACEMENTS: Record<string, string> = {
  '"': "'",
  '\\': '/',
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': "'",
  '\u201D': "'",
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u00A7': 'section ',
  '\u2192': '->',
  '\u2229': 'and',
  '\n': ' ',
  '\t': ' ',
};

const isAllowed = (code: number) => code === 0x20 || code === 0x21 || (code >= 0x23 && code <= 0x5b) || (code >= 0x5d && code <= 0x7e);

export function safeDescription(text: string): string {
  let out = '';
  for (const char of text) {
    if (char in REPLACEMENTS) out += REPLACEMENTS[char];
    else if (isAllowed(char.codePointAt(0)!)) out += char;
    // Any other character (non-ASCII, controls) is left out.
  }
  return out;
}

/** Whether a text is already within the allowed set. */
export function isSafeDescription(text: string): boolean {
  return [...text].every((char) => isAllowed(char.codePointAt(0)!));
}
