/**
 * Content terms of a sentence: the words that carry what it reports, with
 * their synonym groups and the place they name, multi-word phrases
 * ("walk away", "White House") joined into one term.
 */
import {NEGATIONS, STOPWORDS, metonymLexicon, synonymLexicon} from '../lexicon/index.js'
import type {Word} from './tokenize.js'

/**
 * One term of a sentence.
 *
 * @example
 * termsOf(tokenizeWords('the White House'))[1] // {stem: 'white hous', place: 0, proper: true, ...}
 */
export interface Term {
  /** Stem, or stems joined by a space for a phrase; `#3.5` for a number. */
  stem: string
  /** Synonym groups of the term (may be empty). */
  synonyms: readonly number[]
  /** Country / capital group (Washington, U.S.), or -1. */
  place: number
  /** The value of a number, else null. */
  number: number | null
  /** A stop word (function word). */
  stop: boolean
  /** A negation ("not", "never"). */
  negation: boolean
  /** Capitalised and not the sentence's first word: likely a name. */
  proper: boolean
  /** Index of its first word, and number of words. */
  word: number
  words: number
  /** The key of its (first) word, for character-level comparison. */
  key: string
}

const NONE: readonly number[] = []

/**
 * The terms of a word sequence (all words, stop words marked).
 *
 * @example
 * termsOf(tokenizeWords('Washington will walk away')).map((t) => t.stem) // ['washington', 'will', 'walk awai']
 */
export function termsOf(words: Word[]): Term[] {
  const synonyms = synonymLexicon()
  const places = metonymLexicon()
  const longest = Math.max(synonyms.longest, places.longest)
  const terms: Term[] = []
  let i = 0
  while (i < words.length) {
    const word = words[i] as Word
    let matched = false
    // phrases, longest first (a single word naming a place counts too)
    for (let len = Math.min(longest, words.length - i); len >= 1 && !matched; len--) {
      let key = word.stem
      for (let k = 1; k < len; k++) key += ' ' + (words[i + k] as Word).stem
      const place = places.phrases.get(key)
      if (place && (len > 1 || !STOPWORDS.has(word.key) || isAllCaps(word.text))) {
        terms.push(makeTerm(words, i, len, key, synonyms.phrases.get(key) ?? NONE, place[0] as number))
        i += len
        matched = true
      } else if (len > 1) {
        const group = synonyms.phrases.get(key)
        if (group) {
          terms.push(makeTerm(words, i, len, key, group, -1))
          i += len
          matched = true
        }
      }
    }
    if (matched) continue
    terms.push(makeTerm(words, i, 1, word.stem, STOPWORDS.has(word.key) ? NONE : (synonyms.phrases.get(word.stem) ?? NONE), -1))
    i++
  }
  return terms
}

function makeTerm(words: Word[], i: number, len: number, stem: string, synonyms: readonly number[], place: number): Term {
  const word = words[i] as Word
  const stop = len === 1 && place < 0 && (STOPWORDS.has(word.key) || NEGATIONS.has(word.key)) && word.number === null
  return {
    stem,
    synonyms,
    place,
    number: len === 1 ? word.number : null,
    stop,
    negation: len === 1 && NEGATIONS.has(word.key),
    proper: i > 0 && word.capitalized && !stop,
    word: i,
    words: len,
    key: word.key
  }
}

function isAllCaps(text: string): boolean {
  let letters = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 97 && c <= 122) return false
    if (c >= 65 && c <= 90) letters++
  }
  return letters > 0
}
