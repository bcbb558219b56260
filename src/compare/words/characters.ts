/**
 * Character classes for comparing quotes: which marks are quotation marks,
 * apostrophes or dashes, whatever their typography. Linear scans, no regex
 * over quote marks.
 */

const QUOTE_MARKS = new Set([
  0x22, 0x27, 0x60, 0xab, 0xbb, 0x2018, 0x2019, 0x201a, 0x201b, 0x201c, 0x201d, 0x201e, 0x201f,
  0x2039, 0x203a, 0x300c, 0x300d, 0x300e, 0x300f, 0xff02, 0xff07, 0x2032, 0x2033
])
const APOSTROPHES = new Set([0x27, 0x2019, 0x2018, 0x2bc, 0x2032, 0x60, 0xb4])
const DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d])

/**
 * True for any quotation mark, straight or curly, single or double, or guillemet.
 *
 * @example
 * isQuoteMark('“'.charCodeAt(0)) // true
 */
export function isQuoteMark(code: number): boolean {
  return QUOTE_MARKS.has(code)
}

/**
 * True for a character used as an apostrophe (’ ' ʼ).
 *
 * @example
 * isApostrophe('’'.charCodeAt(0)) // true
 */
export function isApostrophe(code: number): boolean {
  return APOSTROPHES.has(code)
}

/**
 * True for a hyphen or dash of any length.
 *
 * @example
 * isDash('—'.charCodeAt(0)) // true
 */
export function isDash(code: number): boolean {
  return DASHES.has(code)
}

/**
 * True for a letter, digit or combining mark (Unicode-aware).
 *
 * @example
 * isWordChar('é'.charCodeAt(0)) // true
 */
export function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  }
  return WORD_CHAR.test(String.fromCharCode(code))
}

/**
 * True for a letter (Unicode-aware).
 *
 * @example
 * isLetter('a'.charCodeAt(0)) // true
 */
export function isLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return LETTER.test(String.fromCharCode(code))
}

/**
 * True for an ASCII digit.
 *
 * @example
 * isDigit('7'.charCodeAt(0)) // true
 */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * `word` in Unicode normal form C, so that a letter and its combining accent
 * ("e" + U+0301) read as the precomposed letter ("é"). ASCII words, the most
 * common, are returned as they are without calling `normalize`.
 *
 * @example
 * composed('Gene\u0300ve') === 'Genève' // true
 */
export function composed(word: string): string {
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 127) return word.normalize('NFC')
  }
  return word
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u
const LETTER = /[\p{L}\p{M}]/u

/**
 * Fold the punctuation between two words to what counts when a quote is
 * checked: white space and quotation marks are dropped, dashes become `-`,
 * an ellipsis becomes `...`, other marks stay.
 *
 * @example
 * foldPunctuation(' — “') // '-'
 */
export function foldPunctuation(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code <= 32 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x3000) continue
    if (isQuoteMark(code)) continue
    if (isDash(code)) out += '-'
    else if (code === 0x2026) out += '...'
    else out += text[i]
  }
  return out
}
