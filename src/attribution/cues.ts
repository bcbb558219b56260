import {
  ANONYMITY_REFUSALS,
  ANONYMITY_REQUESTS,
  ATTRIBUTIVE_DETERMINERS,
  BARE_VERB_CONTEXT,
  BASE_FORM_HOMOGRAPHS,
  COMPOUND_ARTICLES,
  COMPOUND_OBJECT_NON_NOUNS,
  COMPOUND_OBJECT_NON_NOUN_TAGS,
  COMPOUND_NOUN_FOLLOWERS,
  COUNTED_PARTICIPLES,
  CUE_LEMMAS,
  FOUND_STATES,
  FOUND_PLACE_PREPOSITIONS,
  HEARER_CUES,
  IRREGULAR_CUES,
  IRREGULAR_STANCE,
  JOINT_ADVERBS,
  NAMING_PARTICIPLES,
  NAMING_VERBS,
  NON_CUE_PARTICLES,
  NON_SPEECH_OBJECTS,
  NUMBER_BOUND_WORDS,
  OBJECT_FIRST_CUES,
  OBJECT_HEARER_CUES,
  OF_VERB_CUES,
  PARTICIPLE_PREPOSITIONS,
  PARTICLE_CUES,
  PASSIVE_SKIPPABLE,
  PERFECT_AUXILIARIES,
  PLACED_WEAK_CUES,
  PLACE_PREPOSITIONS,
  POSSESSED_CUE_NOUNS,
  PREPOSITIONAL_CUES,
  QUANTITY_CUES,
  RELATIVE_PRONOUNS,
  RULING_FORMS,
  SAME_PARTICIPLE_LEMMAS,
  SOURCE_WEAK_CUES,
  STANCE_LEMMAS,
  TRAILING_WEAK_CUES,
  VERB_ADVERBS,
  VERB_ONLY_FORMS,
  WEAK_CUES
} from '../lexicons/cues.js'
import {SENTENCE_STOPS} from '../lexicons/marks.js'
import {AUXILIARY_VERBS, DETERMINERS, isNumberWord, NOUN_PREPOSITIONS, PLAIN_ADJECTIVES, PLURAL_SUBJECT_VERBS, PRONOUNS, SPEECH_NOUN_COMPLEMENTS, STANCE_NOUNS, UTTERANCE_NOUNS} from '../lexicons/words.js'
import {ROLE_NOUNS, TITLE_WORDS} from '../lexicons/roles.js'
import {OUTLET_DESCRIPTION_HEADS} from '../lexicons/outlets.js'
import type {ArticleDocument, Word} from './document.js'
import {cacheFor} from './document.js'
import {isLyAdverb, wordTags} from './lexicon.js'
import {isFloatingQuantifier} from './phrases.js'
import {ownEntry} from '../lexicons/lookup.js'

/** An attribution cue found in the text. */
export interface Cue {
  /** First token of the cue. */
  from: number
  /** One past its last token ("ruled out", "according to"). */
  to: number
  lemma: string
  /** finite "said", participle "saying", prepositional "according to". */
  form: 'finite' | 'participle' | 'prepositional' | 'passive'
  /** The verb's object is the hearer ("told Reuters"). */
  hearer: boolean
}

type Form = 'finite' | 'participle' | 'base'

/** "He's claiming": a contraction of "is" or "has", not a possessive. */
const CONTRACTIONS = new Set(["he's", "she's", "it's", "that's", "who's", "there's", "what's", "here's", "where's", "one's"])

/** A weak cue right after a quote ("“…,” she continued") counts within this many tokens. */
const MAX_WEAK_DISTANCE = 6

const FORMS: ReadonlyMap<string, {lemma: string; form: Form}> = buildForms(CUE_LEMMAS, IRREGULAR_CUES)
const STANCE_FORMS: ReadonlyMap<string, {lemma: string; form: Form}> = buildForms(STANCE_LEMMAS, IRREGULAR_STANCE)

/** Words after which any bare verb form is a cue ("to accuse", "they call", "did not say"). */
const BASE_FORM_CONTEXT = new Set(['to', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'not', "n't", 'they', 'we', 'i', 'you', 'officials', 'sources', 'critics', 'experts', 'analysts'])
const BE = new Set(['is', 'was', 'were', 'are', 'been', 'being', "'s", 'be'])


/** True when a number follows at token `k`, alone or after "to", "by" or "from" ("declined 4.40 points", "declined to 573"). */
function quantityAfter(words: readonly Word[], k: number, sentence: number): boolean {
  let j = k
  if (QUANTITY_PREPOSITIONS.has(words[j]?.lower ?? '')) j++
  if (CURRENCY_SIGNS.has(words[j]?.text ?? '')) j++
  const word = words[j]
  return word !== undefined && word.sentence === sentence && word.quote < 0 && /^\d/u.test(word.text)
}

/** Words between a cue of quantity and its number ("declined to 573", "declined by 3 percent"). */
const QUANTITY_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'by', 'from', 'about', 'nearly', 'almost', 'some'])

/** Currency signs before a number ("declined to $1.99 billion"). */
const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '£', '€', '¥'])

/** Modal verbs: a cue-like word ending in "s" right before one is a plural noun, its subject ("states could"). */
const MODALS: ReadonlySet<string> = new Set(['could', 'would', 'will', 'can', 'should', 'may', 'might', 'must', 'cannot'])

/** Lemmas whose bare form is a cue in the present tense ("officials say"). */
const BASE_FORM_CUES = new Set(['say', 'tell', 'write', 'argue', 'insist', 'believe', 'think', 'warn', 'agree', 'contend', 'predict', 'fear', 'claim', 'add'])

/**
 * Find the attribution cues among tokens `[from, to)`, skipping quoted words.
 * A verb right after a determiner is a noun ("the report"), and weak cues
 * ("continued", "offered") count only before a colon, "that" or a quote.
 *
 * @example
 * findCues(doc, 0, doc.words.length).map((c) => c.lemma) // ['say']
 */
export function findCues(doc: ArticleDocument, from: number, to: number, options: {weak?: boolean; stance?: boolean} = {}): Cue[] {
  const cues: Cue[] = []
  const words = doc.words
  const candidates = cueCandidates(doc)
  for (let i = from; i < to; i++) {
    // Most words are no cue of any kind: read once per document.
    if (candidates[i] !== 1) continue
    const word = words[i] as Word
    const prep = matchPrepositional(words, i, to)
    if (prep > 0) {
      const next = words[i + prep]
      if (word.lower !== 'per' || (next && next.capitalized && !perNoCue(doc, words, i))) {
        cues.push({from: i, to: i + prep, lemma: prepositionalLemma(word.lower, prep), form: 'prepositional', hearer: false})
        i += prep - 1
        continue
      }
    }
    // "Nervo's conclusion that judges shouldn't …": a claim noun after a possessive, opening "that".
    if (POSSESSED_CUE_NOUNS.has(word.lower) && !FORMS.has(word.lower) && possessiveBefore(words, i) && (words[i - 1] as Word).quote < 0 && words[i + 1]?.lower === 'that' && words[i + 1]?.quote === -1) {
      cues.push({from: i, to: i + 1, lemma: word.lower, form: 'finite', hearer: false})
      continue
    }
    const entry = FORMS.get(word.lower) ?? (options.stance ? STANCE_FORMS.get(word.lower) : undefined)
    if (!entry) continue
    // Capitalised mid-sentence: a name ("Secretary of State", "Call"), unless the sentence is a title-case headline.
    if (word.capitalized && i > 0 && (words[i - 1] as Word).sentence === word.sentence && !isHeadline(doc, word.sentence)) continue
    const prev = i > 0 ? (words[i - 1] as Word) : undefined
    // "helped found a school", "to found a party": the base form of another verb.
    if (BASE_FORM_HOMOGRAPHS.has(word.lower) && prev && prev.sentence === word.sentence && BARE_VERB_CONTEXT.has(prev.lower)) continue
    // Not after a floating quantifier: "The experts all agreed", "they both said".
    const floating = prev !== undefined && isFloatingQuantifier(words, i - 1)
    if (prev && prev.sentence === word.sentence && DETERMINERS.has(prev.lower) && prev.lower !== 'one' && !floating) continue
    // "issued a tornado warning for parts of Oklahoma": the head of a noun compound after an article, no participle clause.
    if (entry.form === 'participle' && compoundHead(words, i)) continue
    // After an adjective it is a noun: "disparaging remarks", "major demands".
    // Unless an auxiliary stands before that word: "has long said that" (an adverb, not an adjective).
    const beforePrev = i > 1 ? (words[i - 2] as Word) : undefined
    const afterAuxiliary = beforePrev !== undefined && beforePrev.sentence === word.sentence && AUXILIARY_VERBS.has(beforePrev.lower)
    // Not a form that is only a verb: "A diplomat at the meeting said" ("meeting" is no adjective there).
    if (prev && prev.sentence === word.sentence && entry.form !== 'participle' && !prev.capitalized && !afterAuxiliary && !floating && !VERB_ONLY_FORMS.has(word.lower) && isModifier(prev.lower)) continue
    // After a preposition, or a preposition and one lower-case modifier, a form in "-s" is a plural noun:
    // "accused them of attacks on oilfields", "pleaded not guilty to criminal charges", "$175 million in senior notes".
    if (entry.form === 'finite' && pluralAfterPreposition(words, i)) continue
    // Before a verb of a plural subject, after a noun, it is a plural noun: "the feature credits also include …".
    if (entry.form === 'finite' && pluralForm(word.lower) && prev && prev.sentence === word.sentence && prev.kind === 'word' && !PRONOUNS.has(prev.lower) && pluralVerbAfter(words, i + 1, word.sentence)) continue
    // "restored fraud charges against", "urged member states to": the last of a noun compound, object of a past verb before it.
    if (entry.form === 'finite' && pluralForm(word.lower) && compoundObjectPlural(words, i)) continue
    // Before a modal it is a plural noun: "voters in several battleground states could be decisive".
    if (entry.form === 'finite' && word.lower.endsWith('s') && MODALS.has(words[i + 1]?.lower ?? '') && (words[i + 1] as Word).sentence === word.sentence) continue
    // A form in "-s" after a number other than one is a plural noun ("the Oct. 12 attacks", "only six states"),
    // and before "of" unless its verb takes "of" ("details of the deal", "estimates of 19 cents"; not "warns of a storm"),
    // or it is a noun of stance, a cue of its own ("with hopes of winning").
    if (entry.form === 'finite' && pluralForm(word.lower) && prev && prev.sentence === word.sentence && countBefore(words, i)) continue
    if (entry.form === 'finite' && pluralForm(word.lower) && words[i + 1]?.lower === 'of' && (words[i + 1] as Word).sentence === word.sentence && !OF_VERB_CUES.has(entry.lemma) && !STANCE_NOUNS.has(word.lower)) continue
    // "a widely praised film", "the Commission's publicly stated goals": a participle between a determiner's adverb and a noun is an adjective.
    if (entry.form === 'finite' && attributiveParticiple(words, i)) continue
    // After a determiner and a number it is a noun: "the 2019 claims", "the two reports".
    if (prev && beforePrev && beforePrev.sentence === word.sentence && /^\d[\d,.]*$/u.test(prev.text) && DETERMINERS.has(beforePrev.lower)) continue
    // "One person briefed on the negotiations said …": a past form that always takes its hearer as object, a preposition right after it, modifies the
    // common noun before it. After a name or a pronoun its object went before ("the famous story John F. Kennedy told about his father").
    if (entry.form === 'finite' && OBJECT_HEARER_CUES.has(entry.lemma) && (word.lower.endsWith('ed') || word.lower === 'told') && PARTICIPLE_PREPOSITIONS.has(words[i + 1]?.lower ?? '') && prev !== undefined && prev.sentence === word.sentence && prev.kind === 'word' && !BE.has(prev.lower) && !PRONOUNS.has(prev.lower) && (!prev.capitalized || (words[i - 2] as Word | undefined)?.sentence !== word.sentence)) continue
    // "a former official, who asked not to be named": a request for anonymity, not what was asked.
    if (entry.lemma === 'ask' && followedBy(words, i, ANONYMITY_REQUESTS)) continue
    // "the official, who declined to be named": no words of the official's.
    if (entry.lemma === 'decline' && followedBy(words, i, ANONYMITY_REFUSALS)) continue
    // After a possessive it is a noun: "Putin's call for a truce" is no cue, "Trump's claim that ..." is.
    const possessed = possessiveBefore(words, i) && !VERB_ONLY_FORMS.has(word.lower)
    // "as The New Yorker put it in a lengthy expose, “…”": "as X put it" attributes wherever it stands.
    const asPutIt = entry.lemma === 'put' && words[i + 1]?.lower === 'it' && asBefore(words, i)
    // "Economists had forecast a rise": a participle spelt as the base form, after "has"/"have"/"had".
    const perfect = prev !== undefined && prev.sentence === word.sentence && PERFECT_AUXILIARIES.has(prev.lower) && SAME_PARTICIPLE_LEMMAS.has(entry.lemma)
    // "…, the IMF forecast.", "the IMF forecast that …": a past tense spelt as the base form, before "that" or the sentence's end.
    const sameFormPast = SAME_PARTICIPLE_LEMMAS.has(entry.lemma) && entry.lemma !== 'put' && closesOrOpensClause(words, i + 1, word.sentence)
    if (entry.form === 'base' && !asPutIt && !perfect && !sameFormPast && !BASE_FORM_CUES.has(entry.lemma) && !(prev && (BASE_FORM_CONTEXT.has(prev.lower) || floating || afterCoordinatedNames(words, i)))) continue
    let end = i + 1
    let lemma = entry.lemma
    const particles = ownEntry(PARTICLE_CUES, entry.lemma)
    if (particles) {
      const next = words[end]
      if (next && particles.includes(next.lower)) end++
      // "The appeals court ruled that …": a ruling reports what the court holds.
      // "…, the judge ruled.": a ruling closing the sentence reports it too.
      else if (entry.lemma === 'rule out' && !word.capitalized && RULING_FORMS.has(word.lower) && (next?.lower === 'that' || endsSentence(words, end, word.sentence))) lemma = 'rule'
      // A phrasal cue ("ruled out", "went on", "talked about") without its particle is another verb.
      else if (entry.lemma.includes(' ')) continue
    }
    const after = words[end]
    // "declined 4.40 points to 983.50", "has declined to 573": a quantity that fell, not a refusal.
    if (QUANTITY_CUES.has(lemma) && quantityAfter(words, end, word.sentence)) continue
    // "called off a visit", "called up reservists": another verb.
    if (after && after.sentence === word.sentence && ownEntry(NON_CUE_PARTICLES, lemma)?.includes(after.lower) === true) continue
    // "called two special sessions", "showed photos of the wound": an object that is convened or shown, not words.
    const objects = ownEntry(NON_SPEECH_OBJECTS, lemma)
    if (objects && objectHeadIn(words, end, word.sentence, objects)) continue
    // "found Okafor dead", "found the man's body floating": someone or something come upon in a state, no finding.
    if (lemma === 'find' && foundInState(words, end, word.sentence)) continue
    // "warming gases found in landfills": a passive participle of place, no finding.
    if (word.lower === 'found' && after && after.sentence === word.sentence && FOUND_PLACE_PREPOSITIONS.has(after.lower) && !isNumberWord(words[end + 1]?.text ?? '')) continue
    // "a new drug called Zorvex", "The plan, called Project Dawn, was": a name given, not words reported.
    if (NAMING_PARTICIPLES.has(word.lower) && namingParticiple(words, i)) continue
    // "a student accused of lying", "the firm blamed for the outage": its object gone, a passive participle on the noun before it.
    if (after && after.sentence === word.sentence && ownEntry(OBJECT_FIRST_CUES, lemma)?.includes(after.lower) === true) continue
    const weakAllowed = (options.weak && i - from <= MAX_WEAK_DISTANCE) || (options.stance && SOURCE_WEAK_CUES.has(entry.lemma))
    if (!asPutIt && (possessed || (WEAK_CUES.has(entry.lemma) && !weakAllowed))) {
      // "…, the minister signaled.": a weak cue of speech that closes the sentence after its subject and a comma.
      const closing = !possessed && TRAILING_WEAK_CUES.has(entry.lemma) && endsSentence(words, end, word.sentence) && commaBeforeSubject(words, i, word.sentence)
      // "signaled it could cut rates", "texted she was safe": a clause with a pronoun subject and its verb.
      const clause = !possessed && TRAILING_WEAK_CUES.has(entry.lemma) && pronounClauseAt(words, end, word.sentence)
      // "posted on Facebook that …", "texted to WhatsApp: …": the same, after the place it went out on.
      const at = end + (PLACED_WEAK_CUES.has(entry.lemma) ? namedPlaceAfter(words, end, word.sentence) : 0)
      const opener = words[at]
      const opens = closing || clause || (opener && (opener.lower === ':' || opener.lower === 'that' || opener.quote >= 0 || (opener.lower === ',' && (words[at + 1]?.quote ?? -1) >= 0)))
      if (!opens) continue
    }
    // "for" belongs to "called for".
    if (entry.lemma === 'call' && after && after.lower === 'for') end++
    const afterBe = prev !== undefined && BE.has(prev.lower)
    // "is also expected to resign", "was widely reported": a passive across adverbs too.
    const passive = (afterBe || beAcrossAdverbs(words, i, word.sentence)) && entry.form === 'finite'
    // "the bill sponsored by Senator Hale", "towns threatened by the fire": a past form right after a noun and before "by", no "be", is a
    // reduced passive that modifies the noun.
    if (entry.form === 'finite' && !passive && reducedPassive(words, i, end)) continue
    // "is telling", "was describing", "is once again questioning": a progressive verb, not a participle clause.
    const progressive = entry.form === 'participle' && (afterBe || beAcrossAdverbs(words, i, word.sentence))
    cues.push({
      from: i,
      to: end,
      lemma,
      form: passive ? 'passive' : entry.form === 'participle' && !progressive ? 'participle' : 'finite',
      hearer: HEARER_CUES.has(entry.lemma)
    })
  }
  return cues
}

/** The most words of an object before the state it was found in ("37-year-old Omar Lyle of Fairburn"). */
const MAX_FOUND_OBJECT_WORDS = 6

/**
 * True when the words from token `k` are an object and then a state from
 * {@link FOUND_STATES} ("Okafor dead", "Dr. Ames's body floating"): at least
 * one word first, no punctuation, quote, "that", auxiliary or form of "be"
 * before it, so that "found that the guard was dead" keeps its cue.
 */
function foundInState(words: readonly Word[], k: number, sentence: number): boolean {
  for (let j = k; j <= k + MAX_FOUND_OBJECT_WORDS; j++) {
    const word = words[j]
    if (!word || word.sentence !== sentence || word.quote >= 0 || word.kind !== 'word') return false
    if (word.lower === 'that' || BE.has(word.lower) || AUXILIARY_VERBS.has(word.lower) || MODALS.has(word.lower)) return false
    if (FOUND_STATES.has(word.lower)) return j > k
  }
  return false
}

/** The most determiners, numbers and adjectives before an object's head ("two special legislative sessions"). */
const MAX_OBJECT_MODIFIERS = 3

/**
 * True when the object after a cue, from token `k`, is headed by one of
 * `heads`, across at most {@link MAX_OBJECT_MODIFIERS} determiners, numbers
 * and plain adjectives ("a meeting", "two special sessions", "no remorse",
 * "it quits"), none inside a quote.
 */
function objectHeadIn(words: readonly Word[], k: number, sentence: number, heads: readonly string[]): boolean {
  for (let j = k; j <= k + MAX_OBJECT_MODIFIERS; j++) {
    const word = words[j]
    if (!word || word.sentence !== sentence || word.quote >= 0) return false
    if (heads.includes(word.lower)) return objectEndsAt(words, j + 1, sentence)
    // "US soldiers", "Windows computers", "Smith's body": a capitalised modifier too.
    const modifier = DETERMINERS.has(word.lower) || word.lower === 'no' || word.lower === 'it' || isNumberWord(word.text) || (!word.capitalized && wordTags(word.lower).includes('Adjective')) || word.capitalized
    if (!modifier) return false
  }
  return false
}

/**
 * True when the noun phrase of an object ends before token `k`: the sentence
 * or a punctuation mark, a preposition, a conjunction, "to", or a verb in
 * "-ing" ("called a meeting to plan …", "called two sessions trying to …";
 * not "called the police shootings … a moment": the phrase goes on).
 */
function objectEndsAt(words: readonly Word[], k: number, sentence: number): boolean {
  const next = words[k]
  if (!next || next.sentence !== sentence || next.kind !== 'word') return true
  return NOUN_PREPOSITIONS.has(next.lower) || OBJECT_END_WORDS.has(next.lower) || (next.lower.endsWith('ing') && !next.capitalized)
}

/** Function words that end an object's noun phrase (see {@link objectEndsAt}). */
const OBJECT_END_WORDS: ReadonlySet<string> = new Set(['to', 'and', 'or', 'but', 'that', 'which', 'who', 'for', 'with', 'as', 'after', 'before', 'when', 'while', 'because', 'since', 'via', 'through', 'near'])

/** Word classes that cannot head the noun an attributive participle modifies. */
const NON_NOUN_TAGS: ReadonlySet<string> = new Set(['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb'])

/**
 * True when the past form at token `i` modifies the noun after it, after an
 * adverb in "-ly" and a determiner or possessive ("a widely praised film",
 * "its publicly stated goals"; not "The family reported that …": "family"
 * is a noun), or after a count ("nearly 90 alleged victims").
 */
function attributiveParticiple(words: readonly Word[], i: number): boolean {
  const word = words[i] as Word
  if (!word.lower.endsWith('ed')) return false
  const adverb = words[i - 1]
  const next = words[i + 1]
  if (!adverb || !next || adverb.sentence !== word.sentence || next.sentence !== word.sentence) return false
  // "nearly 90 alleged victims": a participle of hearsay between a count and a noun (not a year: "in 2003 alleged fraud").
  if (COUNTED_PARTICIPLES.has(word.lower) && adverb.quote < 0 && isNumberWord(adverb.text) && !/^(1[89]|20)\d\d$/u.test(adverb.text) && !NOUN_PREPOSITIONS.has(words[i - 2]?.lower ?? '') && nounAt(next)) return true
  if (adverb.kind !== 'word' || adverb.capitalized || adverb.quote >= 0 || adverb.lower.length < 5 || !adverb.lower.endsWith('ly')) return false
  if (!wordTags(adverb.lower).every((tag) => tag === 'Adverb')) return false
  const determiner = words[i - 2]
  if (!determiner || determiner.sentence !== word.sentence || !(ATTRIBUTIVE_DETERMINERS.has(determiner.lower) || possessiveBefore(words, i - 1))) return false
  return nounAt(next)
}

/** True when the word can head the noun an attributive participle modifies: lower case, no pronoun, determiner, "that" or "to". */
function nounAt(next: Word): boolean {
  if (next.kind !== 'word' || next.capitalized || next.quote >= 0 || PRONOUNS.has(next.lower) || DETERMINERS.has(next.lower) || next.lower === 'that' || next.lower === 'to') return false
  return !wordTags(next.lower).some((tag) => NON_NOUN_TAGS.has(tag))
}

/** True when a cue form is spelt as a plural in "-s" ("attacks", "fears"; not "discuss", "says"). */
function pluralForm(lower: string): boolean {
  return lower.endsWith('s') && !lower.endsWith('ss') && !VERB_ONLY_FORMS.has(lower)
}

/**
 * True when the cue-like plural at token `i` ("charges", "states") ends a
 * noun compound that is the object of a verb: one lower-case singular noun
 * before it, and before that a past form in "-ed" ("restored fraud charges
 * against", "urged member states to") or the sentence's opening word in
 * "-ing" ("Excluding restructuring charges, …"). Not after a relative
 * pronoun ("the panel that reviewed evidence says"), nor after a word of
 * time ("released today says").
 */
function compoundObjectPlural(words: readonly Word[], i: number): boolean {
  const word = words[i] as Word
  const noun = words[i - 1]
  const verb = words[i - 2]
  if (!noun || !verb || verb.sentence !== word.sentence || noun.kind !== 'word' || verb.kind !== 'word' || noun.quote >= 0 || verb.quote >= 0) return false
  if (noun.capitalized || !/^[a-z]+$/u.test(noun.lower) || (noun.lower.endsWith('s') && !noun.lower.endsWith('ss')) || noun.lower.endsWith('ly')) return false
  if (PRONOUNS.has(noun.lower) || DETERMINERS.has(noun.lower) || AUXILIARY_VERBS.has(noun.lower) || BE.has(noun.lower) || NOUN_PREPOSITIONS.has(noun.lower) || COMPOUND_OBJECT_NON_NOUNS.has(noun.lower)) return false
  if (wordTags(noun.lower).some((tag) => COMPOUND_OBJECT_NON_NOUN_TAGS.has(tag))) return false
  const opening = (words[i - 3] as Word | undefined)?.sentence !== word.sentence
  if (opening) return verb.lower.endsWith('ing') && verb.lower.length > 5
  if (verb.capitalized || !verb.lower.endsWith('ed')) return false
  return !RELATIVE_PRONOUNS.has((words[i - 3] as Word).lower)
}

/**
 * True when a whole number counts the word at token `i` ("six states", "the
 * Oct. 12 attacks"): not one, not a decimal ("version 3.0 supports"), not
 * after a preposition or a bound ("below 50 suggests", "in 2003 claims").
 */
function countBefore(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1] as Word
  if (prev.quote >= 0 || !isNumberWord(prev.text) || SINGULAR_NUMBERS.has(prev.lower) || /[.]\d/u.test(prev.text)) return false
  const before = words[i - 2]
  return !before || before.sentence !== prev.sentence || !(NOUN_PREPOSITIONS.has(before.lower) || NUMBER_BOUND_WORDS.has(before.lower))
}

/** Numbers before which a form in "-s" is still a verb ("one says"). */
const SINGULAR_NUMBERS: ReadonlySet<string> = new Set(['one', '1'])

/**
 * True when the naming participle at token `i` ("called") stands after a
 * lower-case common noun or a comma and before a name that ends there: an
 * optional "the", capitalised words outside quotes, then the sentence's end,
 * a comma, a dash or a bracket ("a new drug called Zorvex -- …", "a dating
 * show called the Match, airs"). Not after a pronoun, a name or an auxiliary
 * ("Critics called Smith a liar", "officials called it a setback"), nor before
 * a name with more after it ("called Smith with the news").
 */
function namingParticiple(words: readonly Word[], i: number): boolean {
  const word = words[i] as Word
  const prev = words[i - 1]
  if (!prev || prev.sentence !== word.sentence || prev.quote >= 0) return false
  const afterNoun = prev.kind === 'word' && !prev.capitalized && !PRONOUNS.has(prev.lower) && !AUXILIARY_VERBS.has(prev.lower) && !BE.has(prev.lower) && !prev.lower.endsWith('ly')
  if (!afterNoun && prev.text !== ',') return false
  let k = i + 1
  if (words[k]?.lower === 'the' && !(words[k] as Word).capitalized) k++
  const start = k
  while (k < words.length && (words[k] as Word).sentence === word.sentence && (words[k] as Word).kind === 'word' && (words[k] as Word).capitalized && (words[k] as Word).quote < 0 && !/['\u2019]s$/u.test((words[k] as Word).text)) k++
  if (k === start) return false
  const next = words[k]
  return next === undefined || next.sentence !== word.sentence || NAME_ENDINGS.has(next.text)
}

/** Marks that end a name given after "called" (", airs", " -- two drugs", "."). */
const NAME_ENDINGS: ReadonlySet<string> = new Set([',', '.', ';', ':', '--', '-', '\u2013', '\u2014', ')', '(', '?', '!'])

/**
 * Tokens of a named place a message went out on right after a cue at token
 * `k`: "on" or "to" and up to {@link MAX_PLACE_WORDS} capitalised words
 * outside quotes ("on Facebook", "on X", "to Truth Social"); 0 when there is none.
 */
function namedPlaceAfter(words: readonly Word[], k: number, sentence: number): number {
  const preposition = words[k]
  if (!preposition || preposition.sentence !== sentence || !PLACE_PREPOSITIONS.has(preposition.lower)) return 0
  let j = k + 1
  while (j < k + 1 + MAX_PLACE_WORDS && words[j]?.sentence === sentence && words[j]?.capitalized === true && (words[j] as Word).quote < 0) j++
  return j > k + 1 ? j - k : 0
}

/** The most words of such a place's name ("Truth Social"). */
const MAX_PLACE_WORDS = 3

/**
 * True when the cue-like word at token `i` is spelt as a plural ("charges",
 * "attacks", "notes") right after a preposition, or after a preposition and
 * one lower-case modifier (no pronoun, plural or adverb in "-ly"): no finite
 * verb stands there ("to criminal charges of fraud", "in senior notes due
 * next year"). Not a noun of speech or stance ("a series of tweets", "with
 * hopes of"), nor one that opens what was said ("charges that", "attacks on").
 */
function pluralAfterPreposition(words: readonly Word[], i: number): boolean {
  const word = words[i] as Word
  if (!word.lower.endsWith('s') || word.lower.endsWith('ss')) return false
  const prev = i > 0 ? (words[i - 1] as Word) : undefined
  if (!prev || prev.sentence !== word.sentence || prev.kind !== 'word' || prev.quote >= 0) return false
  const next = words[i + 1]
  if (UTTERANCE_NOUNS.has(word.lower) || STANCE_NOUNS.has(word.lower) || (next && (next.quote >= 0 || SPEECH_NOUN_COMPLEMENTS.has(next.lower)))) return false
  if (NOUN_PREPOSITIONS.has(prev.lower)) return true
  // A modifier in "-ss" or joined by a hyphen is no plural ("in business charges", "in loan-loss charges").
  const pluralModifier = prev.lower.endsWith('s') && !prev.lower.endsWith('ss') && !prev.lower.includes('-')
  if (prev.capitalized || PRONOUNS.has(prev.lower) || prev.lower.endsWith('ly') || pluralModifier || DETERMINERS.has(prev.lower)) return false
  const before = i > 1 ? (words[i - 2] as Word) : undefined
  return before !== undefined && before.sentence === word.sentence && before.kind === 'word' && before.quote < 0 && NOUN_PREPOSITIONS.has(before.lower)
}

/**
 * True when "per" at token `i` cites no one: a rate after an amount ("$900
 * per Windows client", "$1 per Cox customer"), or a first name, capitalised
 * inside a sentence ("said Per Lindberg, an analyst").
 */
function perNoCue(doc: ArticleDocument, words: readonly Word[], i: number): boolean {
  const word = words[i] as Word
  const prev = i > 0 ? (words[i - 1] as Word) : undefined
  if (!prev || prev.sentence !== word.sentence) return false
  if (word.capitalized && !isHeadline(doc, word.sentence)) return true
  return prev.kind === 'word' && /\d/u.test(prev.text)
}

/**
 * True when the cue in "-ing" at token `i` heads a noun compound: an article
 * and one word outside quotes before it, and after it a word of
 * {@link COMPOUND_NOUN_FOLLOWERS} or the end of its sentence ("a tornado
 * warning for parts of Oklahoma"; not "a spokesman warning that …").
 */
function compoundHead(words: readonly Word[], i: number): boolean {
  const word = words[i] as Word
  const modifier = words[i - 1]
  const article = words[i - 2]
  if (!modifier || !article || article.sentence !== word.sentence || modifier.kind !== 'word' || modifier.quote >= 0 || !COMPOUND_ARTICLES.has(article.lower)) return false
  const next = words[i + 1]
  if (!next || next.sentence !== word.sentence) return true
  if (next.quote >= 0 || !COMPOUND_NOUN_FOLLOWERS.has(next.lower)) return false
  // "a spokesman saying in 2019 that …": an adjunct before the participle's clause.
  for (let k = i + 2; k < Math.min(words.length, i + 2 + MAX_COMPOUND_ADJUNCT); k++) {
    const after = words[k] as Word
    if (after.sentence !== word.sentence || after.text === ',' || after.text === ';') break
    if (after.lower === 'that' || after.quote >= 0 || after.text === ':') return false
  }
  return true
}

/** Tokens after a compound's preposition within which "that" or a quote shows a participle's clause. */
const MAX_COMPOUND_ADJUNCT = 8

/** True when one of `phrases` follows the cue at token `i` ("asked not to be named", "declined to be identified"). */
function followedBy(words: readonly Word[], i: number, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => phrase.split(' ').every((part, k) => words[i + 1 + k]?.lower === part))
}

/**
 * A possessive right before token `i` in its sentence ("Nervo's", "the justices'"; `lower` has its apostrophes folded),
 * also a plural's apostrophe read as a token of its own, outside any quote ("the senators' plans": "senators" "'").
 */
function possessiveBefore(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1]
  if (prev === undefined || prev.sentence !== (words[i] as Word).sentence) return false
  if (prev.kind === 'word') return /'s$|s'$/.test(prev.lower) && !CONTRACTIONS.has(prev.lower)
  const owner = words[i - 2]
  return prev.lower === "'" && prev.quote < 0 && owner !== undefined && owner.sentence === prev.sentence && owner.kind === 'word' && owner.end === prev.start && owner.lower.endsWith('s')
}

/** The most words between "as" and "put it" ("as The New Yorker's editors put it"). */
const MAX_AS_SUBJECT = 6

/** True when "as" opens the words right before token `i`, with no punctuation between ("as The New Yorker | put"). */
function asBefore(words: readonly Word[], i: number): boolean {
  const sentence = (words[i] as Word).sentence
  for (let k = i - 2; k >= 0 && k >= i - 1 - MAX_AS_SUBJECT; k--) {
    const word = words[k] as Word
    if (word.sentence !== sentence || word.kind !== 'word' || word.quote >= 0) return false
    if (word.lower === 'as') return true
  }
  return false
}

/**
 * True when two names joined by "and" stand right before token `i` ("Obama
 * and Clinton call them …"): a plural subject, so a bare verb form is a
 * present-tense verb.
 */
function afterCoordinatedNames(words: readonly Word[], i: number): boolean {
  const sentence = (words[i] as Word).sentence
  let k = i - 1
  while (k >= 0 && k > i - 5 && (words[k] as Word).sentence === sentence && (words[k] as Word).kind === 'word' && (words[k] as Word).capitalized) k--
  if (k === i - 1 || k < 1) return false
  const conjunction = words[k] as Word
  const before = words[k - 1] as Word
  return conjunction.lower === 'and' && conjunction.sentence === sentence && before.sentence === sentence && before.kind === 'word' && before.capitalized && before.quote < 0
}

/**
 * True when the past form at token `i` (its cue ending at `end`) stands
 * right after a noun and before "by": a reduced passive ("the bill sponsored
 * by Senator Hale", "areas threatened by the fire"). Not after a pronoun, an
 * auxiliary, a form of "be", a conjunction, an adverb or punctuation.
 */
function reducedPassive(words: readonly Word[], i: number, end: number): boolean {
  const word = words[i] as Word
  const by = words[end]
  const prev = words[i - 1]
  if (!word.lower.endsWith('ed') || by?.lower !== 'by' || by.sentence !== word.sentence) return false
  if (!prev || prev.sentence !== word.sentence || prev.kind !== 'word' || prev.quote >= 0) return false
  if (PRONOUNS.has(prev.lower) || AUXILIARY_VERBS.has(prev.lower) || BE.has(prev.lower) || wordTags(prev.lower).includes('Conjunction') || JOINT_ADVERBS.has(prev.lower) || PASSIVE_SKIPPABLE.has(prev.lower)) return false
  return prev.capitalized || !isLyAdverb(words, i - 1)
}

/**
 * Up to three adverbs between a form of "be" and token `i` ("is once again
 * questioning", "was later found", "were mistakenly charged"): the verb
 * adverbs, "then" and "later", and any lower-case adverb in "-ly".
 */
function beAcrossAdverbs(words: readonly Word[], i: number, sentence: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const word = words[k] as Word
    if (word.sentence !== sentence) return false
    if (BE.has(word.lower)) return k < i - 1
    // "was later found", "were initially reported", "were mistakenly charged": the adverbs a passive takes before its participle too.
    if (!JOINT_ADVERBS.has(word.lower) && !PASSIVE_SKIPPABLE.has(word.lower) && (word.capitalized || !isLyAdverb(words, k))) return false
  }
  return false
}

/**
 * True when the token is a verb that names rather than speaks ("dubbed").
 *
 * @example
 * isNamingVerb('labeled') // true
 */
export function isNamingVerb(lower: string): boolean {
  return NAMING_VERBS.has(lower)
}

const headlines = new WeakMap<ArticleDocument, Map<number, boolean>>()

/**
 * True when a sentence is a title-case headline ("Chris Christie Calls Hillary
 * Clinton ‘A Disgrace’"): its words, minor ones apart, are capitalised.
 */
export function isHeadline(doc: ArticleDocument, sentence: number): boolean {
  const cache = cacheFor(headlines, doc)
  const known = cache.get(sentence)
  if (known !== undefined) return known
  const range = doc.sentences[sentence]
  let words = 0
  let capitalized = 0
  if (range && range.to - range.from <= 40) {
    for (let i = range.from; i < range.to; i++) {
      const word = doc.words[i] as Word
      if (word.kind !== 'word' || word.quote >= 0 || word.lower.length <= 3) continue
      words++
      if (word.capitalized) capitalized++
    }
  }
  const result = words >= 3 && capitalized / words >= 0.8
  cache.set(sentence, result)
  return result
}

function isModifier(lower: string): boolean {
  // "The financial daily said", "the weekly reported": an outlet's description is a head noun.
  if (ROLE_NOUNS.has(lower) || TITLE_WORDS.has(lower) || PRONOUNS.has(lower) || OUTLET_DESCRIPTION_HEADS.has(lower)) return false
  if (lower.endsWith('ing') && lower.length > 5) return true
  if (PLAIN_ADJECTIVES.has(lower)) return true
  const tags = wordTags(lower)
  return tags.includes('Adjective') && !tags.includes('Adverb')
}

/** True when a verb of {@link PLURAL_SUBJECT_VERBS} stands at token `k`, after at most one adverb ("also include"). */
function pluralVerbAfter(words: readonly Word[], k: number, sentence: number): boolean {
  if (words[k]?.sentence === sentence && VERB_ADVERBS.has((words[k] as Word).lower)) k++
  const next = words[k]
  return next !== undefined && next.sentence === sentence && next.quote < 0 && PLURAL_SUBJECT_VERBS.has(next.lower)
}

/** The prepositional cues as word lists, grouped by their first word (split once, not per token). */
const PREPOSITIONAL_BY_FIRST: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirst = new Map<string, string[][]>()
  for (const phrase of PREPOSITIONAL_CUES) {
    const parts = phrase.split(' ')
    const list = byFirst.get(parts[0] as string) ?? []
    list.push(parts)
    byFirst.set(parts[0] as string, list)
  }
  return byFirst
})()

/** Every word that can start a cue: a verb form (stance forms too) or the first word of a prepositional cue. */
const CUE_WORDS: ReadonlySet<string> = new Set([...FORMS.keys(), ...STANCE_FORMS.keys(), ...PREPOSITIONAL_BY_FIRST.keys(), ...POSSESSED_CUE_NOUNS])

const candidateCache = new WeakMap<ArticleDocument, Uint8Array>()

/**
 * 1 for every token of the document that may start a cue (an unquoted word
 * in {@link CUE_WORDS}), computed once per document: findCues runs over
 * every sentence for several stages, and most tokens are no cue.
 */
function cueCandidates(doc: ArticleDocument): Uint8Array {
  let flags = candidateCache.get(doc)
  if (flags === undefined) {
    flags = new Uint8Array(doc.words.length)
    doc.words.forEach((word, i) => {
      if (word.quote < 0 && word.kind === 'word' && CUE_WORDS.has(word.lower)) (flags as Uint8Array)[i] = 1
    })
    candidateCache.set(doc, flags)
  }
  return flags
}

/**
 * The prepositional cue of `length` words that starts with `first`, or `first`
 * itself. A function of its own: a callback inside findCues's loop would
 * capture the loop's variables, and the engine would then allocate a scope
 * for every token the loop passes, cue or not.
 */
function prepositionalLemma(first: string, length: number): string {
  return PREPOSITIONAL_CUES.find((p) => p.split(' ').length === length && p.startsWith(first)) ?? first
}

function matchPrepositional(words: Word[], i: number, to: number): number {
  const candidates = PREPOSITIONAL_BY_FIRST.get((words[i] as Word).lower)
  if (candidates === undefined) return 0
  for (const parts of candidates) {
    if (i + parts.length > to) continue
    let ok = true
    for (let k = 0; k < parts.length; k++) {
      const word = words[i + k]
      if (!word || word.lower !== parts[k] || word.quote >= 0) {
        ok = false
        break
      }
    }
    if (ok) return parts.length
  }
  return 0
}

function buildForms(lemmas: readonly string[], irregular: Readonly<Record<string, string>>): Map<string, {lemma: string; form: Form}> {
  const forms = new Map<string, {lemma: string; form: Form}>()
  const add = (word: string, lemma: string, form: Form) => {
    if (!forms.has(word)) forms.set(word, {lemma, form})
  }
  for (const [word, lemma] of Object.entries(irregular)) {
    const form: Form = word.endsWith('ing') ? 'participle' : word === lemma.split(' ')[0] ? 'base' : 'finite'
    add(word, lemma, form)
  }
  for (const lemma of lemmas) {
    const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma
    const consonantY = lemma.endsWith('y') && !/[aeiou]y$/.test(lemma)
    // "quip" -> "quipped": the "u" of "qu" is no vowel here.
    const doubled = /(?:[^aeiou]|qu)[aeiou][bdgklmnprt]$/.test(lemma) ? lemma + lemma.slice(-1) : null
    add(consonantY ? lemma.slice(0, -1) + 'ied' : lemma.endsWith('e') ? lemma + 'd' : lemma + 'ed', lemma, 'finite')
    add(consonantY ? lemma.slice(0, -1) + 'ies' : /(s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : lemma + 's', lemma, 'finite')
    add(stem + 'ing', lemma, 'participle')
    if (doubled) {
      add(doubled + 'ed', lemma, 'finite')
      add(doubled + 'ing', lemma, 'participle')
    }
    add(lemma, lemma, 'base')
  }
  return forms
}

/** Subject pronouns that open a clause after a cue ("signaled it could …", "texted she was safe"). */
const CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i'])

/** True when token `k` is a subject pronoun followed by an auxiliary or a modal: a clause opens there. */
function pronounClauseAt(words: readonly Word[], k: number, sentence: number): boolean {
  const subject = words[k]
  const verb = words[k + 1]
  return subject !== undefined && verb !== undefined && subject.sentence === sentence && verb.sentence === sentence && CLAUSE_PRONOUNS.has(subject.lower) && AUXILIARY_VERBS.has(verb.lower)
}

/** True when token `k` ends sentence `sentence`: past its last token, or a final stop. */
function endsSentence(words: readonly Word[], k: number, sentence: number): boolean {
  const word = words[k]
  return word === undefined || word.sentence !== sentence || (word.kind === 'punctuation' && SENTENCE_STOPS.has(word.text))
}

/** True when token `k` opens a "that" clause or ends the sentence ("forecast that", "…, the IMF forecast."). */
function closesOrOpensClause(words: readonly Word[], k: number, sentence: number): boolean {
  return words[k]?.lower === 'that' || endsSentence(words, k, sentence)
}

/** The most words of a trailing subject between its comma and the cue ("…, the chief executive of the company signaled."). */
const MAX_TRAILING_SUBJECT = 8

/** True when a comma stands a few words before the cue at `i`, with only words between ("…, analysts figured."). */
function commaBeforeSubject(words: readonly Word[], i: number, sentence: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= MAX_TRAILING_SUBJECT + 1; k--) {
    const word = words[k] as Word
    if (word.sentence !== sentence || word.quote >= 0) return false
    if (word.text === ',') return k < i - 1
    if (word.kind !== 'word') return false
  }
  return false
}
