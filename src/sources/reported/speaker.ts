import {DETERMINERS} from '../../lexicons/words.js'
import {DOCUMENT_NOUNS, SOURCE_MODIFIERS} from '../../lexicons/roles.js'
import {REPORTED_SUBJECT_STOPS, SUBJECT_OPENERS, JOINT_ADVERBS} from '../../lexicons/cues.js'
import {descriptorAndName, leadingPhrase, speakerOfCue} from '../../attribution/index.js'
import {endsOffPlural, isSuperlative} from '../../attribution/phrases.js'
import {isLyAdverb} from '../../attribution/lexicon.js'
import type {Attribution, AttributionContext, Cue, Phrase, SentenceRange, Word} from '../../attribution/index.js'

/** The longest plain noun phrase read as a subject by {@link fallbackSpeaker}, in words. */
const MAX_PLAIN_SUBJECT = 5

/**
 * The speaker of a finite reported-speech cue that the quote rules leave
 * without one: the name after an inverted cue at the end of a sentence
 * ("…, said John Smith, an economist") and a plain noun phrase right before
 * the cue ("The network said it would …"), whose head is a common noun.
 *
 * @example
 * fallbackSpeaker(context, cue, sentence)?.speaker.name // 'John Smith'
 */
export function fallbackSpeaker(context: AttributionContext, cue: Cue, sentence: SentenceRange): Attribution | null {
  const {doc} = context
  const words = doc.words
  const before = words[cue.from - 1]
  if (!before || before.sentence !== (words[cue.from] as Word).sentence) return null
  // "Mrs. Clinton has embraced the approach, promising to …": the name that opens the sentence.
  if (cue.form === 'participle') {
    if (!afterComma(words, cue.from, sentence.from)) return null
    const subject = openingSubject(context, sentence)
    if (!subject || subject.to >= cue.from) return null
    const opener = (words[subject.from] as Word).lower
    if (REPORTED_SUBJECT_STOPS.has(opener) || SUBJECT_OPENERS.has(opener)) return null
    const found = speakerOfCue(context, {...cue, form: 'finite'}, sentence.from, sentence.to, subject, 'before')
    return found && found.entity.type !== 'unknown' ? found : null
  }
  if (cue.form !== 'finite') return null
  // "some of the greatest [fear] that …": a superlative makes the cue a noun, with no speaker before it.
  if (!before.capitalized && isSuperlative(before.lower)) return null
  // "…, said John Smith": the phrase after the cue, the words before the comma being the content.
  if (before.text === ',' || (before.quote < 0 && isClosingApostrophes(before) && words[cue.from - 2]?.text === ',')) {
    // "…, said analyst Tom Lee", "…, said lead author Jane Smith": a lower-case descriptor before the name, as for a quote.
    const described = descriptorAndName(words, cue.to, sentence.to)
    const phrase = described ?? leadingPhrase(doc, cue.to, sentence.to) ?? modifiedGroupAfter(words, cue.to, sentence.to)
    if (!phrase || phrase.from !== cue.to) return null
    const first = words[phrase.from] as Word
    // "…, said officials.", "…, said city officials, who …": a bare group of people, ending the clause, without a determiner.
    if (!described && !first.capitalized && !DETERMINERS.has(first.lower) && !(isGroup(words, phrase.from, phrase.to) && closesPhrase(words[phrase.to]))) return null
    const found = speakerOfCue(context, cue, sentence.from, sentence.to, phrase, 'after')
    return found && found.entity.type !== 'unknown' ? found : null
  }
  // "Cruz exhorted Republicans to … and said he was …", "His ex-wife agreed, but also contended that …": the subject that
  // opens the sentence, past adverbs after the conjunction.
  const joint = conjunctionBefore(words, cue.from, sentence.from)
  const subject = joint ? openingSubject(context, sentence) : plainSubject(words, cue.from, sentence.from) ?? modifiedSubject(words, cue.from, sentence.from)
  if (!subject) return null
  const found = speakerOfCue(context, cue, sentence.from, sentence.to, subject, 'before')
  // "environmentalists worry that …": a group the entity index does not type is still the speaker.
  return found && (found.entity.type !== 'unknown' || (found.entity.kind === 'role' && found.entity.key !== '' && isGroup(words, subject.from, subject.to))) ? found : null
}

/** The most adverbs between "and"/"but" and a coordinated cue ("but also later said"). */
const MAX_JOINT_ADVERBS = 2

/**
 * True when "and" or "but" stands right before the cue at token `cue`, or
 * before at most two adverbs that go with the verb ("but also contended",
 * "and later said"): a predicate coordinated with an earlier one.
 */
export function conjunctionBefore(words: readonly Word[], cue: number, floor: number): boolean {
  let k = cue - 1
  while (k > floor && cue - 1 - k < MAX_JOINT_ADVERBS && JOINT_ADVERBS.has((words[k] as Word).lower)) k--
  const joint = words[k] as Word | undefined
  return joint !== undefined && k >= floor && joint.quote < 0 && (joint.lower === 'and' || joint.lower === 'but')
}

/**
 * "The network", "its parent company": up to five words before the cue,
 * opening with a determiner or a capital and preceded by the sentence start,
 * punctuation or a conjunction.
 */
function plainSubject(words: readonly Word[], cue: number, floor: number): Phrase | null {
  const to = cue
  let from = cue
  while (from - 1 >= floor && to - (from - 1) <= MAX_PLAIN_SUBJECT) {
    const word = words[from - 1] as Word
    if (word.kind !== 'word' || word.quote >= 0 || REPORTED_SUBJECT_STOPS.has(word.lower)) break
    from--
  }
  if (from === to) return null
  const first = words[from] as Word
  if (!DETERMINERS.has(first.lower) && !first.capitalized && !isGroup(words, from, to)) return null
  if (from - 1 >= floor) {
    const opener = words[from - 1] as Word
    if (opener.kind === 'word' && !SUBJECT_OPENERS.has(opener.lower)) return null
  }
  // A lone determiner is no subject ("The said"); nor a verb or adverb at the head.
  const head = words[to - 1] as Word
  // "The best one I [know of]": a subject pronoun before the cue is the subject alone.
  if (to - from >= 2 && CLOSING_SUBJECTS.has(head.lower) && (!head.capitalized || head.text === 'I')) return {from: to - 1, to}
  if ((to - from < 2 && !isGroup(words, from, to)) || DETERMINERS.has(head.lower) || isLyAdverb(words, to - 1)) return null
  // "Both candidates face [questions]": the last word is a verb, the cue a noun.
  if (endsOffPlural(words, from, to - 1)) return null
  return {from, to}
}

/** Subject pronouns that never end a noun phrase ("The best one I"). */
const CLOSING_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they'])

/** Prepositions that attach a modifier to a subject's head ("observers in Virginia", "data from the survey"). */
const SUBJECT_MODIFIERS: ReadonlySet<string> = new Set(['in', 'from', 'of', 'at', 'across', 'around', 'with', 'for', 'on'])

/** The longest subject with a prepositional modifier, in words. */
const MAX_MODIFIED_SUBJECT = 10

/**
 * "Political observers in Virginia and around the country say …", "Data
 * from the survey show …": the head before the first preposition, when the
 * whole run from the clause start to the cue has no punctuation, quote or
 * verb-like stop word, and the head is a plain group or opens with a
 * determiner or a capital.
 */
function modifiedSubject(words: readonly Word[], cue: number, floor: number): Phrase | null {
  let from = cue
  while (from - 1 >= floor && cue - (from - 1) <= MAX_MODIFIED_SUBJECT) {
    const word = words[from - 1] as Word
    if (word.kind !== 'word' || word.quote >= 0) break
    if (REPORTED_SUBJECT_STOPS.has(word.lower) && !SUBJECT_MODIFIERS.has(word.lower) && word.lower !== 'and') break
    from--
  }
  if (from - 1 >= floor) {
    const opener = words[from - 1] as Word
    if (opener.kind === 'word' && !SUBJECT_OPENERS.has(opener.lower)) return null
  }
  let head = from
  while (head < cue && !SUBJECT_MODIFIERS.has((words[head] as Word).lower)) head++
  if (head === from || head >= cue - 1) return null
  const first = words[from] as Word
  if (!isGroup(words, from, head) && !((DETERMINERS.has(first.lower) || first.capitalized) && head - from >= 2)) return null
  return {from, to: head}
}

/** Lower-case words ending in a plural noun: a group of people ("environmentalists", "political observers"). */
function isGroup(words: readonly Word[], from: number, to: number): boolean {
  if (to - from > 3) return false
  for (let k = from; k < to; k++) if ((words[k] as Word).capitalized && k > from) return false
  const head = (words[to - 1] as Word).lower
  // Not "reports" or "polls": a document the seeds and users read as no one's words.
  if (DOCUMENT_NOUNS.has(head) || DOCUMENT_NOUNS.has(head.slice(0, -1))) return false
  return head.length > 4 && head.endsWith('s') && !head.endsWith('ss') && !head.endsWith("'s") && !head.endsWith('us') && !head.endsWith('is') && !DETERMINERS.has(head)
}


/**
 * "…, said harbor officials.": after an inverted cue, a source modifier
 * ({@link SOURCE_MODIFIERS}) and at most two more lower-case words ending on a
 * group of people that closes the clause. Only here, after the cue: before a
 * cue such a word opens no subject by itself.
 */
function modifiedGroupAfter(words: readonly Word[], from: number, floor: number): Phrase | null {
  const first = words[from] as Word | undefined
  if (!first || first.kind !== 'word' || first.capitalized || first.quote >= 0 || !SOURCE_MODIFIERS.has(first.lower)) return null
  for (let to = from + 2; to <= from + 3 && to <= floor; to++) {
    const last = words[to - 1] as Word
    if (last.kind !== 'word' || last.capitalized || last.quote >= 0) return null
    if (isGroup(words, from, to) && closesPhrase(words[to])) return {from, to}
  }
  return null
}

/** The name or pronoun opening the sentence, when a verb follows it ("Cruz exhorted …"). */
function openingSubject(context: AttributionContext, sentence: SentenceRange): Phrase | null {
  const {doc} = context
  const phrase = leadingPhrase(doc, sentence.from, sentence.to)
  if (!phrase) return null
  const first = doc.words[phrase.from] as Word
  const after = doc.words[phrase.to]
  if (!first.capitalized || !after || after.kind !== 'word' || after.capitalized || after.quote >= 0) return null
  return phrase
}

/** A comma right before token `i`, or a comma and a closing quotation mark ("a “strong leader,” comparing"). */
function afterComma(words: readonly Word[], i: number, floor: number): boolean {
  let k = i - 1
  while (k > floor && (words[k] as Word).kind !== 'word' && (words[k] as Word).text !== ',') k--
  return k >= floor && (words[k] as Word).text === ',' && i - k <= 2
}

/** A comma or a sentence's last punctuation right after a phrase, or no token at all. */
function closesPhrase(word: Word | undefined): boolean {
  return word === undefined || word.text === ',' || word.text === '.' || word.text === ';'
}

function isClosingApostrophes(word: Word): boolean {
  return word.text === "''" || word.text === "'" || word.text === '\u2019\u2019'
}
