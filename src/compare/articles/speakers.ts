/**
 * Are two quotes attributed compatibly? Names are compared by their
 * capitalised words (titles left out), and two speakers' names also by
 * their country group (the Kremlin / Moscow / Russia); a speaker named near
 * the other quote
 * (in its sentence, or in the words before its speaker's name: "Kremlin
 * spokesman Dmitry Peskov") counts as evidence.
 */
import type {Quote, Span} from '../../types.js'
import {TITLES} from '../lexicon/titles.js'
import {tokenizeWords} from '../words/tokenize.js'
import type {Word} from '../words/tokenize.js'
import {termsOf} from '../words/terms.js'

/**
 * `same`: the speakers are one person or body; `near`: one speaker is
 * named in the other quote's sentence; `unknown`: a speaker is missing;
 * `different`: both known and unrelated.
 *
 * @example
 * const c: SpeakerMatch = 'same' // Yermak and Andriy Yermak
 */
export type SpeakerMatch = 'same' | 'near' | 'unknown' | 'different'

/**
 * What is known of who said a quote.
 *
 * @example
 * speakerEvidence(quote, text, sentences).phrase // Set {'kremlin', 'dmitry', 'peskov'}
 */
export interface SpeakerEvidence {
  known: boolean
  /** Name words of the speaker (lower case) and place groups (`@3`). */
  names: Set<string>
  /** Name words of the speaker's mention and the words just before it. */
  phrase: Set<string>
  /** Capitalised words of the quote's sentences. */
  context: Set<string>
}

/**
 * Collect the evidence for a quote in its article.
 *
 * @param sentences The sentences of the article (to find the quote's own).
 * @example
 * speakerEvidence(quote, text, sentences).names // Set {'yermak', 'andriy'}
 */
export function speakerEvidence(quote: Quote, text: string, sentences: Span[]): SpeakerEvidence {
  const names = new Set<string>()
  const phrase = new Set<string>()
  const context = new Set<string>()
  const speaker = quote.speaker
  if (speaker) {
    addNames(names, tokenizeWords(speaker.name), true, true)
    if (speaker.title) addNames(phrase, tokenizeWords(speaker.title), true)
    const mention = speaker.mention
    const sentence = sentences.find((s) => s.start <= mention.start && mention.end <= s.end)
    const from = sentence ? sentence.start : Math.max(0, mention.start - 60)
    // the mention and up to four words before it, back to the nearest mark
    const before = tokenizeWords(text.slice(from, mention.start))
    const lead: Word[] = []
    for (let i = before.length - 1; i >= 0 && lead.length < 4; i--) {
      const word = before[i] as Word
      const next = lead[0]
      const gap = text.slice(from + word.end, next ? from + next.start : mention.start)
      if (gap.trim() !== '') break
      lead.unshift(word)
    }
    addNames(phrase, lead, false)
    addNames(phrase, tokenizeWords(mention.text), false)
    for (const name of names) if (!name.startsWith('@')) phrase.add(name)
  }
  for (const part of quote.parts) {
    for (const s of sentences) {
      if (s.end > part.start && s.start < part.end) addNames(context, tokenizeWords(s.text), false)
    }
  }
  return {known: speaker !== null && names.size > 0, names, phrase, context}
}

/**
 * Compare the speakers of two quotes (see {@link SpeakerMatch}).
 *
 * @example
 * compareSpeakers(evidenceA, evidenceB) // 'near'
 */
export function compareSpeakers(a: SpeakerEvidence, b: SpeakerEvidence): SpeakerMatch {
  if (a.known && b.known) {
    if (intersects(a.names, b.names) || intersects(a.names, b.phrase) || intersects(b.names, a.phrase)) return 'same'
  }
  if ((a.known && intersects(a.names, b.context)) || (b.known && intersects(b.names, a.context))) return 'near'
  if (!a.known || !b.known) return 'unknown'
  return 'different'
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a]
  for (const x of small) if (big.has(x)) return true
  return false
}

/** Add the capitalised, non-title words (and with `places`, the place groups they name) to `out`. */
function addNames(out: Set<string>, words: Word[], all: boolean, places = false): void {
  if (places) for (const term of termsOf(words)) if (term.place >= 0) out.add(`@${term.place}`)
  for (const word of words) {
    if (TITLES.has(word.key) || word.key.length < 2) continue
    if (word.capitalized || (all && word.key.length >= 3)) out.add(word.key)
  }
}
