/**
 * Words of a text with their offsets and the keys onrecord compares them by.
 */
import {
  CONTRACTION_SUFFIXES,
  IRREGULAR_CONTRACTIONS,
  NUMBER_WORDS,
  S_CONTRACTION_HOSTS,
  americanSpelling,
  stemKey
} from '../lexicon/index.js'
import {composed, isApostrophe, isDigit, isLetter, isWordChar} from './characters.js'
import {ownEntry} from '../../lexicons/lookup.js'

/**
 * One word of a text. A contraction ("There's") yields one word per part
 * ("there", "is"), each with the span of the whole contraction.
 *
 * @example
 * tokenizeWords("There's") // two words, keys 'there' and 'is', both spanning "There's"
 */
export interface Word {
  /** Offset of the word (of the whole contraction) in the text. */
  start: number
  end: number
  /** The word as written. */
  text: string
  /** Lower case, apostrophes straightened, in Unicode NFC. */
  lower: string
  /** `lower` with American spelling, and for a contraction part, the word it stands for. */
  key: string
  /** Stem of `key` (Porter), possessive and abbreviation periods removed. */
  stem: string
  /** Index of this part in its contraction, and the number of parts (1 when not contracted). */
  part: number
  parts: number
  /** The value of a number ("3", "3.5", "three"), else null. */
  number: number | null
  /** Starts with an upper-case letter. */
  capitalized: boolean
}

/**
 * Split `text` into words with offsets, in one linear pass. Hyphens split
 * words ("ministerial-level" is two words); apostrophes inside a word,
 * periods of abbreviations ("U.S.") and separators inside numbers ("1,000")
 * do not.
 *
 * @example
 * tokenizeWords("There's a U.S. plan").map((w) => w.key) // ['there', 'is', 'a', 'us', 'plan']
 */
export function tokenizeWords(text: string): Word[] {
  const words: Word[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    // an abbreviation of single letters (U.S., J.D.) so far: letters seen, and still in that shape
    let letters = isLetter(text.charCodeAt(i)) ? 1 : 0
    let abbreviation = letters === 1
    i++
    while (i < n) {
      const code = text.charCodeAt(i)
      const prev = text.charCodeAt(i - 1)
      if (isWordChar(code)) {
        if (abbreviation) {
          if (prev === 46 && isLetter(code)) letters++
          else abbreviation = false
        }
        i++
        continue
      }
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0
      if (isApostrophe(code) && isLetter(prev) && isLetter(next)) {
        abbreviation = false
        i++
        continue
      }
      if ((code === 44 || code === 46) && isDigit(prev) && isDigit(next)) {
        abbreviation = false
        i++
        continue
      }
      if (code === 38 && isLetter(prev) && isLetter(next) && isUpper(prev) && isUpper(next)) {
        abbreviation = false
        i++
        continue
      }
      if (code === 46 && abbreviation && isLetter(prev)) {
        // U.S. / J.D.: one more letter and period follow, or this period ends one of two letters or more
        const after = i + 2 < n ? text.charCodeAt(i + 2) : 0
        if (isLetter(next) && after === 46) {
          i++
          continue
        }
        if (letters >= 2 && !isWordChar(next)) {
          i++
          break
        }
      }
      break
    }
    pushWord(words, text, start, i)
  }
  return words
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90
}

function pushWord(words: Word[], text: string, start: number, end: number): void {
  const surface = text.slice(start, end)
  const lower = foldApostrophes(composed(surface).toLowerCase())
  const capitalized = isUpper(surface.charCodeAt(0)) || (surface.charCodeAt(0) > 127 && surface[0] !== surface[0]?.toLowerCase())
  const expansion = expand(lower)
  for (let part = 0; part < expansion.length; part++) {
    const base = expansion[part] as string
    const key = americanSpelling(stripPeriods(base))
    const number = numberValue(key)
    words.push({
      start,
      end,
      text: surface,
      lower,
      key,
      stem: number === null ? stemKey(key) : `#${number}`,
      part,
      parts: expansion.length,
      number,
      capitalized
    })
  }
}

function stripPeriods(word: string): string {
  if (!word.includes('.')) return word
  // "u.s." -> "us"; "3.5" keeps its period
  if (isDigit(word.charCodeAt(0))) return word
  return word.split('.').join('')
}

function foldApostrophes(word: string): string {
  let out = ''
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    out += isApostrophe(code) ? "'" : word[i]
  }
  return out
}

/**
 * The words a lower-case word stands for: itself, or the parts of a
 * contraction ("there's" -> there, is).
 */
function expand(lower: string): string[] {
  const irregular = ownEntry(IRREGULAR_CONTRACTIONS, lower)
  if (irregular) return [...irregular]
  const apostrophe = lower.indexOf("'")
  if (apostrophe < 0) return [lower]
  if (lower.endsWith("n't") && lower.length > 3) return [lower.slice(0, -3), 'not']
  const suffix = lower.slice(apostrophe)
  const host = lower.slice(0, apostrophe)
  const expansion = ownEntry(CONTRACTION_SUFFIXES, suffix)
  if (!expansion || host === '') return [lower]
  if ((suffix === "'s" || suffix === "'d") && !S_CONTRACTION_HOSTS.has(host)) return [lower]
  return [host, expansion]
}

/**
 * The value of a number written in digits or as a word, else null.
 *
 * @example
 * numberValue('1,000') // 1000
 * numberValue('seven') // 7
 */
export function numberValue(key: string): number | null {
  const code = key.charCodeAt(0)
  if (isDigit(code)) {
    let digits = ''
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i)
      if (isDigit(c) || c === 46) digits += key[i]
      else if (c !== 44) return null
    }
    const value = Number(digits)
    return Number.isFinite(value) ? value : null
  }
  return NUMBER_WORDS.get(key) ?? null
}
