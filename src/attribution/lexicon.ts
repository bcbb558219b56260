import nlp from 'compromise'
import {OUTLETS} from '../lexicons/outlets.js'
import type {OutletEntry} from '../lexicons/outlets.js'
import {ORGANIZATIONS} from '../lexicons/organizations.js'
import {lowerFolded} from '../text/fold.js'
import {DETERMINERS} from '../lexicons/words.js'
import type {Word} from './document.js'

type Lexicon = Record<string, string | string[] | undefined>

let compromiseLexicon: Lexicon | undefined
const NO_TAGS: readonly string[] = Object.freeze([])
/** One array per single tag ("MaleName" -> ['MaleName']), shared by every word with that tag. */
const singleTags = new Map<unknown, readonly string[]>()

/**
 * Tags compromise's lexicon gives a word ("MaleName", "Country", "PastTense"),
 * looked up without running its tagger.
 *
 * @example
 * wordTags('marco') // ['MaleName']
 */
export function wordTags(lower: string): readonly string[] {
  compromiseLexicon ??= (nlp as unknown as {model: () => {one: {lexicon: Lexicon}}}).model().one.lexicon
  const tags = Object.hasOwn(compromiseLexicon, lower) ? compromiseLexicon[lower] : undefined
  if (tags === undefined) return NO_TAGS
  if (Array.isArray(tags)) return tags
  let single = singleTags.get(tags)
  if (single === undefined) {
    single = [tags]
    singleTags.set(tags, single)
  }
  return single
}

/** Outlet and organisation names, looked up by folded text. */
export interface NameLexicon {
  outlet(name: string): string | undefined
  organization(name: string): string | undefined
}

/**
 * Build the name lookups, with the user's extra outlets added.
 *
 * @example
 * createNameLexicon([{name: 'Kyiv Post', aliases: ['KP']}]).outlet('the KP') // 'Kyiv Post'
 */
export function createNameLexicon(extraOutlets: readonly OutletEntry[] = []): NameLexicon {
  // The built-in lexicons alone: built once, shared (it holds no state).
  if (extraOutlets.length === 0) return (builtInNames ??= buildNameLexicon([]))
  return buildNameLexicon(extraOutlets)
}

let builtInNames: NameLexicon | undefined

function buildNameLexicon(extraOutlets: readonly OutletEntry[]): NameLexicon {
  const outlets = new Map<string, string>()
  for (const entry of [...OUTLETS, ...extraOutlets]) {
    outlets.set(fold(entry.name), entry.name)
    for (const alias of entry.aliases) outlets.set(fold(alias), entry.name)
  }
  const organizations = new Map<string, string>()
  for (const name of ORGANIZATIONS) organizations.set(fold(name), name)
  // A name is looked up as an outlet, then as an organisation: fold it once for both.
  let lastName: string | undefined
  let lastFolded = ''
  const folded = (name: string): string => {
    if (name !== lastName) {
      lastFolded = fold(name)
      lastName = name
    }
    return lastFolded
  }
  return {
    outlet: (name) => outlets.get(folded(name)),
    organization: (name) => organizations.get(folded(name))
  }
}

/** Lower case, no leading article, no possessive, apostrophes folded. */
export function fold(name: string): string {
  // Each step only when it can apply: no regex run over a name that needs none.
  let folded = lowerFolded(name)
  if (folded.startsWith('the')) folded = folded.replace(/^the\s+/, '')
  if (folded.endsWith("'s")) folded = folded.slice(0, -2)
  else if (folded.endsWith("'")) folded = folded.slice(0, -1)
  return folded.trim()
}

/**
 * True when token `k` reads as an adverb in "-ly" ("reportedly", "publicly"):
 * not a noun in "-ly" ("family", "ally", "supply"), which the lexicon knows
 * as a noun or which follows a determiner or a possessive ("Lawyers for the
 * family said", "the assembly said").
 *
 * @example
 * isLyAdverb(doc.words, k) // false for "family" in "Lawyers for the family said"
 */
export function isLyAdverb(words: readonly Word[], k: number): boolean {
  const word = words[k]
  if (word === undefined || !word.lower.endsWith('ly') || word.lower.length <= 4) return false
  const before = words[k - 1]
  if (before !== undefined && before.sentence === word.sentence && before.kind === 'word' && (DETERMINERS.has(before.lower) || /'s$|s'$/u.test(before.lower))) return false
  const tags = wordTags(word.lower)
  return !tags.includes('Singular') && !tags.includes('Plural') && !tags.includes('Noun')
}
