/**
 * Lookups built once from the word lists in this folder.
 */
import {stemmer} from 'stemmer'
import {SPELLING_ENDINGS, SPELLING_ROOTS} from './spelling.js'
import {METONYMS, SYNONYM_GROUPS} from './synonyms.js'
import {IRREGULAR_VERBS} from './irregular.js'
import {WORDNET_ANTONYMS, WORDNET_SYNSETS} from './wordnet.js'
import {NEWS_ANTONYMS} from './antonyms.js'

export {CONTRACTION_SUFFIXES, IRREGULAR_CONTRACTIONS, S_CONTRACTION_HOSTS} from './contractions.js'
export {FRAME_WORDS, IMPLICIT_NEGATIONS, NEGATIONS, NOT_NEGATING, NUMBER_WORDS, STOPWORDS} from './stopwords.js'
export {METONYMS, SYNONYM_GROUPS} from './synonyms.js'
export {SPELLING_ENDINGS, SPELLING_ROOTS} from './spelling.js'
export {IRREGULAR_VERBS} from './irregular.js'
export {NEWS_ANTONYMS} from './antonyms.js'

let spelling: Map<string, string> | undefined

/**
 * The American spelling of a lower-case British word, or the word itself.
 *
 * @example
 * americanSpelling('recognised') // 'recognized'
 * americanSpelling('peace') // 'peace'
 */
export function americanSpelling(word: string): string {
  if (!spelling) {
    spelling = new Map()
    for (const [gb, us, kind] of SPELLING_ROOTS) {
      for (const [gbEnd, usEnd] of SPELLING_ENDINGS[kind]) spelling.set(gb + gbEnd, us + usEnd)
    }
  }
  return spelling.get(word) ?? word
}

/**
 * A phrase lexicon: stem sequences (joined by a space) to group ids.
 *
 * @example
 * synonymLexicon().phrases.get('walk awai') // the group ids of 'walk away'
 */
export interface PhraseLexicon {
  /** Stem sequence -> group ids. */
  phrases: Map<string, number[]>
  /** Longest phrase, in words. */
  longest: number
}

function buildPhrases(groups: ReadonlyArray<readonly string[]>): PhraseLexicon {
  const phrases = new Map<string, number[]>()
  let longest = 1
  groups.forEach((group, id) => {
    for (const entry of group) {
      const words = entry
        .toLowerCase()
        .split(/[\s-]+/)
        .filter((w) => w !== '')
        .map((w) => stemKey(americanSpelling(w)))
      longest = Math.max(longest, words.length)
      const key = words.join(' ')
      const ids = phrases.get(key)
      if (!ids) phrases.set(key, [id])
      else if (!ids.includes(id)) ids.push(id)
    }
  })
  return {phrases, longest}
}

/**
 * The stem onrecord compares words by: Porter stem of the lower-case,
 * American-spelled word, with a possessive `'s` and the periods of an
 * abbreviation removed.
 *
 * @example
 * stemKey("russia's") // 'russia'
 * stemKey('meetings') // 'meet'
 */
export function stemKey(word: string): string {
  const known = stems.get(word)
  if (known !== undefined) return known
  const stem = computeStem(word)
  if (stems.size >= STEM_CACHE) stems.clear()
  stems.set(word, stem)
  return stem
}

/** Stems already computed (news vocabulary repeats; Porter stemming is the slow part of tokenizing). */
const stems = new Map<string, string>()
const STEM_CACHE = 100_000

function computeStem(word: string): string {
  let w = word
  if (w.endsWith("'s")) w = w.slice(0, -2)
  else if (w.endsWith("'")) w = w.slice(0, -1)
  if (w.includes('.')) w = w.split('.').join('')
  if (w.length <= 2) return w
  return stemmer(w)
}

let synonyms: PhraseLexicon | undefined
let metonyms: PhraseLexicon | undefined

/**
 * The synonym groups as a phrase lexicon keyed by stems.
 *
 * @example
 * synonymLexicon().phrases.get('halt') // group ids shared with 'freez'
 */
export function synonymLexicon(): PhraseLexicon {
  synonyms ??= buildPhrases(SYNONYM_GROUPS)
  return synonyms
}

/**
 * The capital / country / government groups as a phrase lexicon keyed by stems.
 *
 * @example
 * metonymLexicon().phrases.get('kremlin') // the id shared with 'moscow' and 'russia'
 */
export function metonymLexicon(): PhraseLexicon {
  metonyms ??= buildPhrases(METONYMS)
  return metonyms
}

let wordnet: Map<string, number[]> | undefined
const NO_SENSES: readonly number[] = []

/**
 * The WordNet synsets a stem belongs to (ids in ascending order, empty when
 * WordNet has none shared with another word). Two stems sharing an id are
 * synonyms in one of their frequent senses or derivationally related forms.
 * Built once from the generated data of ./wordnet.ts.
 *
 * @example
 * wordnetSenses(stemKey('postpone')).some((id) => wordnetSenses(stemKey('defer')).includes(id)) // true
 */
export function wordnetSenses(stem: string): readonly number[] {
  if (!wordnet) {
    wordnet = new Map()
    let id = 0
    let start = 0
    const data = WORDNET_SYNSETS
    while (start <= data.length) {
      let end = data.indexOf('\n', start)
      if (end < 0) end = data.length
      for (const member of data.slice(start, end).split(' ')) {
        const ids = wordnet.get(member)
        if (ids) ids.push(id)
        else wordnet.set(member, [id])
      }
      id++
      start = end + 1
    }
  }
  return wordnet.get(stem) ?? NO_SENSES
}


let antonyms: Map<string, string[]> | undefined
const NO_ANTONYMS: readonly string[] = []

/**
 * The antonyms of a stem: WordNet's in its frequent senses ("rise" ->
 * "fall") and the hand-written {@link NEWS_ANTONYMS} ("approve" -> "reject").
 *
 * @example
 * antonymsOf(stemKey('increase')) // ['decreas']
 */
export function antonymsOf(stem: string): readonly string[] {
  if (!antonyms) {
    antonyms = new Map()
    const lines = WORDNET_ANTONYMS.split('\n').map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)] as const)
    for (const [a, b] of [...lines, ...NEWS_ANTONYMS.map(([x, y]) => [stemKey(x), stemKey(y)] as const)]) {
      if (antonyms.get(a)?.includes(b)) continue
      for (const [x, y] of [
        [a, b],
        [b, a]
      ] as const) {
        const list = antonyms.get(x)
        if (list) list.push(y)
        else antonyms.set(x, [y])
      }
    }
  }
  return antonyms.get(stem) ?? NO_ANTONYMS
}

/**
 * True when two stems are WordNet antonyms in one of their frequent senses
 * ("rise" / "fall", "win" / "lose").
 *
 * @example
 * areAntonyms(stemKey('increase'), stemKey('decrease')) // true
 * areAntonyms(stemKey('increase'), stemKey('rise')) // false
 */
export function areAntonyms(a: string, b: string): boolean {
  return antonymsOf(a).includes(b)
}

let irregular: Map<string, string> | undefined

/**
 * The base form of an irregular past or participle ("rose" -> "rise"), or
 * undefined.
 *
 * @example
 * irregularBase('froze') // 'freeze'
 * irregularBase('walked') // undefined
 */
export function irregularBase(key: string): string | undefined {
  if (!irregular) {
    irregular = new Map()
    for (const [base, ...forms] of IRREGULAR_VERBS) for (const form of forms) irregular.set(form, base as string)
  }
  return irregular.get(key)
}
