/**
 * How two words relate: the same word, a cosmetic variant, an inflection,
 * a synonym, or a different word.
 */
import {STOPWORDS, synonymLexicon} from '../lexicon/index.js'
import type {Word} from './tokenize.js'

/**
 * `same`: same key (case, British/American spelling and contractions aside);
 * `inflection`: same stem ("work" / "working"); `synonym`: the two stems
 * share a synonym group ("halt" / "freeze"); `different` otherwise.
 *
 * @example
 * relate(wordOf('halt'), wordOf('freeze')) // 'synonym'
 */
export type Relation = 'same' | 'inflection' | 'synonym' | 'different'

/**
 * Relate two words (see {@link Relation}).
 *
 * @example
 * const [a, b] = [...tokenizeWords('good'), ...tokenizeWords('positive')]
 * relate(a, b) // 'synonym'
 */
export function relate(a: Word, b: Word): Relation {
  if (a.key === b.key) return 'same'
  if (a.stem === b.stem) return 'inflection'
  if (areSynonyms(a.stem, b.stem)) return 'synonym'
  return 'different'
}

/**
 * True when two stems share a synonym group (stop words never do).
 *
 * @example
 * areSynonyms('halt', 'freez') // true
 */
export function areSynonyms(a: string, b: string): boolean {
  if (STOPWORDS.has(a) || STOPWORDS.has(b)) return false
  const {phrases} = synonymLexicon()
  const ga = phrases.get(a)
  const gb = phrases.get(b)
  if (!ga || !gb) return false
  for (const id of ga) if (gb.includes(id)) return true
  return false
}
