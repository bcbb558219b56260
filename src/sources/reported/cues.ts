import {CUE_LEMMAS, HEARER_CUES, STANCE_LEMMAS, WEAK_CUES} from '../../lexicons/cues.js'
import type {ArticleDocument, Cue, Word} from '../../attribution/index.js'

const BASE_LEMMAS: ReadonlySet<string> = new Set([...CUE_LEMMAS, ...STANCE_LEMMAS].filter((lemma) => !WEAK_CUES.has(lemma) && !lemma.includes(' ')))

/** Plural nouns without an "s" that take a present-tense verb ("data show", "people say"). */
const PLURALS_WITHOUT_S: ReadonlySet<string> = new Set(['data', 'people', 'majority', 'police', 'staff', 'public'])

/**
 * Present-tense plural cues the quote cue reader leaves to a few known
 * subjects ("officials say"): a bare cue verb right after a plural noun or a
 * comma-closed aside, or after a capitalised word right before "that" ("Data
 * from the American Community Survey show that …"), opening a clause ("environmentalists worry that",
 * "Polls show a close contest", "some groups acknowledge that").
 *
 * @example
 * pluralPresentCues(doc, sentence.from, sentence.to, cues).map((c) => c.lemma) // ['worry']
 */
export function pluralPresentCues(doc: ArticleDocument, from: number, to: number, known: readonly Cue[]): Cue[] {
  const words = doc.words
  const taken = new Set(known.map((c) => c.from))
  const found: Cue[] = []
  for (let i = from + 1; i < to; i++) {
    const word = words[i] as Word
    if (word.quote >= 0 || word.kind !== 'word' || word.capitalized || taken.has(i) || !BASE_LEMMAS.has(word.lower)) continue
    const prev = words[i - 1] as Word
    const next = words[i + 1]
    // "Data from the 2014 American Community Survey show that …": after a name, only right before "that".
    const thatAfter = next?.lower === 'that' && prev.capitalized && prev.sentence === word.sentence
    // "The findings, published Wednesday in Nature, suggest that …": after the comma that closes an aside on a plural noun.
    const afterAside = prev.text === ',' && prev.quote < 0 && asideOnPlural(words, i - 1, from)
    if (!afterAside && (prev.quote >= 0 || prev.kind !== 'word' || !(isPlural(prev.lower) || thatAfter))) continue
    if (!next || next.quote >= 0 || next.kind !== 'word') continue
    // "A Financial Times report said …": a verb after it makes the word a noun ("report"), its subject a name ("Times").
    if (FINITE_AFTER_NOUN.has(next.lower)) continue
    found.push({from: i, to: i + 1, lemma: word.lower, form: 'finite', hearer: HEARER_CUES.has(word.lower)})
  }
  return found
}

/** Finite verbs that make the cue-like word before them a noun: "the Times report said", "the polls show found". */
const FINITE_AFTER_NOUN: ReadonlySet<string> = new Set([
  'said', 'says', 'shows', 'showed', 'found', 'finds', 'suggests', 'suggested', 'claims', 'claimed', 'states', 'stated',
  'concludes', 'concluded', 'notes', 'noted', 'was', 'is', 'has', 'had'
])

function isPlural(lower: string): boolean {
  if (PLURALS_WITHOUT_S.has(lower)) return true
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith("'s") && !lower.endsWith('us') && !lower.endsWith('is')
}

/** The longest aside between a plural subject and its verb, in tokens ("published Wednesday in the journal Nature"). */
const MAX_ASIDE = 20

/** Words that open an aside set off after a noun: a relative pronoun, or a participle in "-ed" ("published", "released"). */
const ASIDE_RELATIVES: ReadonlySet<string> = new Set(['which', 'who'])

/**
 * True when the comma at token `comma` closes an aside set off after a plural
 * noun: "The findings, published Wednesday in the journal Nature, [suggest]",
 * "Officials, who spoke on condition of anonymity, [say]". The aside opens
 * with a relative pronoun or a participle in "-ed" and holds no quote.
 */
function asideOnPlural(words: readonly Word[], comma: number, floor: number): boolean {
  let k = comma - 1
  while (k > floor && comma - k <= MAX_ASIDE && (words[k] as Word).text !== ',') {
    if ((words[k] as Word).quote >= 0) return false
    k--
  }
  const open = words[k]
  const first = words[k + 1]
  const head = words[k - 1]
  if (k <= floor || !open || open.text !== ',' || !first || !head || k + 1 >= comma) return false
  if (!(ASIDE_RELATIVES.has(first.lower) || (/^[a-z]{3,}ed$/u.test(first.lower) && !first.capitalized))) return false
  return head.kind === 'word' && head.quote < 0 && isPlural(head.lower)
}
