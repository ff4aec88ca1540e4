/** Source of randomness, a parameter so a seeded run can make the same codes and tokens. */
export type RandomBytes = (length: number) => Uint8Array;

export const cryptoRandom: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Lower-case letters and digits, like the references' codes (14), access (16) and refresh (20) tokens. */
export function randomToken(length: number, random: RandomBytes): string {
  // 252 is the largest multiple of 36 below 256: rejecting above it keeps every character equally likely.
  let token = '';
  while (token.length < length) {
    for (const byte of random(length)) {
      if (byte < 252 && token.length < length) token += ALPHABET[byte % ALPHABET.length];
    }
  }
  return token;
}
