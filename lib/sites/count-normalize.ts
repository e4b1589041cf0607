/** Text of a displayed count made plain: invisible marks gone, spaces one kind, digits of any script ASCII. */

/** The value of any decimal digit (Unicode Nd): digit runs are ten code points, 0 to 9. */
function asciiDigit(char: string): string {
  let code = char.codePointAt(0)!;
  let offset = 0;
  while (offset < 60 && isDigitCode(code - 1)) {
    code--;
    offset++;
  }
  return String(offset % 10);
}

function isDigitCode(code: number): boolean {
  return code >= 0 && /\p{Nd}/u.test(String.fromCodePoint(code));
}

export function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u2007\u2009\u202f\s]+/g, ' ');
}

/** Bidi marks and zero-width characters that pages put inside numbers. */
const INVISIBLE = /[\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u00ad]/g;

export function normalize(text: string): string {
  return normalizeSpaces(text.replace(INVISIBLE, ''))
    .replace(/[^\0-\x7f\p{L}\p{M}\p{P}\p{S}\p{Z}]/gu, (c) =>
      /\p{Nd}/u.test(c) ? asciiDigit(c) : c,
    )
    .replace(/\u066b/g, '٫')
    .replace(/[〇一二三四五六七八九]/g, (c) => String('〇一二三四五六七八九'.indexOf(c)))
    .trim();
}
