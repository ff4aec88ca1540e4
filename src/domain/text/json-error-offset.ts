/**
 * Offset of the first character at which `text` stops being JSON (RFC 8259 §2–§7), or its length
 * when the text ends too early. JSON.parse does not always say where it failed: V8 names no
 * position for an unexpected token (`{"email": }`), and other engines word their messages
 * differently, so the editor finds the spot itself.
 */
export function jsonErrorOffset(text: string): number {
  let at = 0;
  const stop = (): never => {
    throw new JsonStop(at);
  };
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at++;
  };
  const expect = (char: string) => {
    if (text[at] !== char) stop();
    at++;
  };
  const string = () => {
    expect('"');
    for (;;) {
      if (at >= text.length || text.charAt(at) < ' ') stop();
      const char = text[at++];
      if (char === '"') return;
      if (char !== '\\') continue;
      if (text[at] === 'u') {
        at++;
        for (let i = 0; i < 4; i++) {
          if (!/[0-9a-fA-F]/.test(text[at] ?? '')) stop();
          at++;
        }
      } else if ('"\\/bfnrt'.includes(text[at] ?? '|')) at++;
      else stop();
    }
  };
  const members = (close: string, member: () => void) => {
    at++;
    skipSpace();
    if (text[at] === close) return void at++;
    for (;;) {
      member();
      skipSpace();
      if (text[at] !== ',') return expect(close);
      at++;
    }
  };
  const value = (): void => {
    skipSpace();
    const char = text[at];
    if (char === '{') {
      return members('}', () => {
        skipSpace();
        string();
        skipSpace();
        expect(':');
        value();
      });
    }
    if (char === '[') return members(']', value);
    if (char === '"') return string();
    const literal = ['true', 'false', 'null'].find((word) => word[0] === char);
    if (literal) {
      for (const letter of literal) expect(letter);
      return;
    }
    // A number, one part at a time, so the stop falls on the character that breaks it.
    if (char === '-') at++;
    if (text[at] === '0') at++;
    else digits();
    if (text[at] === '.') {
      at++;
      digits();
    }
    if (text[at] === 'e' || text[at] === 'E') {
      at++;
      if (text[at] === '+' || text[at] === '-') at++;
      digits();
    }
  };
  const digits = () => {
    if (!isDigit(text[at])) stop();
    while (isDigit(text[at])) at++;
  };

  try {
    value();
    skipSpace();
    if (at < text.length) stop();
  } catch (error) {
    if (error instanceof JsonStop) return Math.min(error.offset, text.length);
    throw error;
  }
  return text.length;
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

class JsonStop {
  readonly offset: number;
  constructor(offset: number) {
    this.offset = offset;
  }
}
