import type {Span, Speaker} from '../types.js'
import {DOCUMENT_NOUNS} from '../lexicons/roles.js'
import {AUXILIARY_VERBS, CLAUSE_BOUNDARIES, INDEFINITE_PRONOUNS, IRREGULAR_PARTICIPLES, POSSESSIVE_OWNERS, TIME_NOUNS, TIME_OPENERS, UTTERANCE_NOUNS} from '../lexicons/words.js'
import {ADDING_PREPOSITIONS, OUTER_SPEECH_CUES, PRODUCED_NOUNS, PRODUCING_PARTICIPLES} from '../lexicons/cues.js'
import type {ArticleDocument, SentenceRange, Word} from './document.js'
import {tokenAtOffset} from './document.js'
import {findCues} from './cues.js'
import type {Cue} from './cues.js'
import {AUDIENCE_NOUNS, INTERVIEW_NOUNS} from '../lexicons/outlets.js'
import type {Entity, EntityIndex} from './entities.js'
import type {NameLexicon} from './lexicon.js'
import {wordTags} from './lexicon.js'
import {analyzeMention, transcriptLabel} from './mentions.js'
import type {Mention} from './mentions.js'
import {descriptorAndName, hearerPhrase, isFloatingQuantifier, isPhraseWord, leadingPhrase, mainSubject, subjectBefore, trailingPhrase, withCoordinatedName} from './phrases.js'
import type {Phrase} from './phrases.js'

/** Who a quote or a reported clause is attributed to, and how. */
export interface Attribution {
  speaker: Speaker
  entity: Entity
  cue: Span | null
  /** The outlet in between ("told Axios" -> Axios). */
  via?: string
  /** The outlet in between as an entity, with its mention here. */
  viaEntity?: Entity
  viaMention?: Span
  /** Which rule found it: for confidence and for debugging. */
  rule: 'after' | 'after-inverted' | 'next-sentence' | 'before' | 'continuation' | 'coordination' | 'label'
  confidence: number
}

/** What the attribution stage needs to hand around. */
export interface AttributionContext {
  doc: ArticleDocument
  entities: EntityIndex
  names: NameLexicon
}

/** How far before or after a quote (in tokens) a cue may stand in its sentence. */
const CONTEXT_WINDOW = 60

const SEPARATORS = new Set([',', '\u2015', '\u2014', '\u2013', '-', '--', '…'])
const MAX_GAP = 12
const MAX_APPOSITIVE_GAP = 30

/**
 * Attribute the quote at index `q` from its own sentence: the words right
 * after it (`“…,” Rubio said`, `“…,” said Rubio`, `“…,” the Guardian quoted
 * the spokesperson as saying`), a short attribution sentence after it, or the
 * nearest cue before it in its sentence (`He said: ‘…’`, `Lammy called the
 * conversation “productive”`, `by saying that “…”`, `according to X`).
 *
 * @example
 * attributeQuote(context, 0)?.speaker.name // 'Andriy Yermak'
 */
export function attributeQuote(context: AttributionContext, q: number): Attribution | null {
  const {doc} = context
  const range = doc.quoteTokens[q]
  if (!range || range.first < 0) return null
  const words = doc.words
  const firstSentence = doc.sentences[(words[range.first] as Word).sentence]
  const lastSentence = doc.sentences[(words[range.last] as Word).sentence]
  if (!firstSentence || !lastSentence) return null

  // 0. A transcript turn: `"PENCE: Well, look…` (the label is the speaker; the colon its cue).
  const label = transcriptLabel(doc, range.first, firstSentence.to)
  const labelled = label ? attributeLabel(context, label) : null
  if (labelled) return labelled
  // 1. Right after the quote, in its sentence.
  let r = range.last + 1
  let dash = -1
  while (r < lastSentence.to && (words[r] as Word).kind !== 'word' && SEPARATORS.has((words[r] as Word).text)) {
    if (DASHES.has((words[r] as Word).text)) dash = r
    r++
  }
  if (r < lastSentence.to && (words[r] as Word).quote < 0 && (words[r] as Word).kind === 'word') {
    const found = attributeAfter(context, r, lastSentence.to)
    if (found) return found
    // An epigraph: `“…” ― Sonya Herridge`.
    if (dash >= 0) {
      const phrase = leadingPhrase(doc, r, lastSentence.to)
      if (phrase && isEndOfClause(doc, phrase.to, lastSentence.to)) {
        const byline = buildFromPhrase(context, phrase, dash, dash + 1, 0.7)
        if (byline && byline.entity.kind === 'name') return byline
      }
    }
  }
  // 2. A short attribution sentence right after ("“Stop.” Smith said.", "“…” ― Jane Doe").
  if (r >= lastSentence.to) {
    const nextIndex = (words[range.last] as Word).sentence + 1
    const next = doc.sentences[nextIndex]
    // A pull quote credited on the line below: "“We will rebuild every home.”" then "— Tampa Mayor Jane Castor".
    const creditLine = next !== undefined && next.paragraph === lastSentence.paragraph + 1 && doc.sentences[nextIndex + 1]?.paragraph !== next.paragraph && DASHES.has((words[next.from] as Word | undefined)?.text ?? '')
    if (next && (next.paragraph === lastSentence.paragraph || creditLine) && !hasQuote(doc, next.from, next.to)) {
      let n = next.from
      let nextDash = -1
      while (n < next.to && (words[n] as Word).kind !== 'word' && SEPARATORS.has((words[n] as Word).text)) {
        if (DASHES.has((words[n] as Word).text)) nextDash = n
        n++
      }
      if (nextDash < 0 && !creditLine) {
        // "“…!” Lane's aide, state Del. Dana Morrow (D-Elm Grove), called out.": a name set off by commas may run as long as in the quote's own sentence.
        const found = attributeAfter(context, next.from, Math.min(next.to, next.from + MAX_APPOSITIVE_GAP))
        // After a quote its own sentence attributes ("Anna Berg said: “We will publish.”"), only a sentence that is the
        // attribution alone: "John Smith said talks were over." is Smith's own news.
        if (found && (attributionOnly(doc, found, next) || !attributedBefore(context, range.first, firstSentence))) return {...found, rule: 'next-sentence', confidence: 0.75}
      } else if (n < next.to) {
        const phrase = leadingPhrase(doc, n, next.to)
        if (phrase && isEndOfClause(doc, phrase.to, next.to)) {
          const byline = buildFromPhrase(context, phrase, nextDash, nextDash + 1, 0.7)
          if (byline && byline.entity.kind === 'name') return byline
        }
      }
    }
  }
  // 2b. An attribution set off by commas later in the sentence: "A cashier who “steals” is held accountable, Warren said."
  if (r < lastSentence.to) {
    const later = findCues(doc, r, Math.min(lastSentence.to, r + CONTEXT_WINDOW))
    for (const cue of later) {
      if (cue.form !== 'finite') continue
      const subject = subjectBefore(doc, cue.from, r)
      if (!subject) continue
      const before = words[subject.from - 1] as Word | undefined
      const after = words[cue.to] as Word | undefined
      const setOff = before !== undefined && before.text === ',' && (after === undefined || after.kind !== 'word' || after.sentence !== before.sentence || !['that', 'he', 'she', 'they', 'it'].includes(after.lower))
      if (!setOff) continue
      const found = speakerOfCue(context, cue, subject.from, lastSentence.to, subject, 'after')
      if (found) return {...found, confidence: 0.75}
    }
  }
  // 3. The nearest cue before the quote in its sentence (within a bounded window).
  const windowFrom = Math.max(firstSentence.from, range.first - CONTEXT_WINDOW)
  const cues = findCues(doc, windowFrom, range.first)
  for (let k = cues.length - 1; k >= 0; k--) {
    const cue = cues[k] as Cue
    const found = speakerOfCue(context, cue, windowFrom, range.first)
    if (found) {
      // "She said she recalls the colleague being “confused”": the outer speaker's quote.
      const outer = outerSpeaker(context, cues, k, found, windowFrom, range.first)
      if (outer) return {...outer, rule: 'before', confidence: 0.8}
      const adjacent = cue.to >= range.first - 2
      return {...found, rule: 'before', confidence: adjacent ? 0.9 : 0.8}
    }
  }
  // 3b. A stance cue before the quote in its sentence ("encouraging his supporters to make sure everything is “on the up and up”").
  const stance = findCues(doc, windowFrom, range.first, {stance: true})
  for (let k = stance.length - 1; k >= 0; k--) {
    const cue = stance[k] as Cue
    if (cues.some((c) => c.from === cue.from)) continue
    const found = speakerOfCue(context, cue, windowFrom, range.first)
    if (found && found.entity.type !== 'unknown') return {...found, rule: 'before', confidence: 0.6}
  }
  const opener = words[range.first] as Word
  const beforeQuote = words[range.first - 1]
  // 4. A paragraph that introduces the quote: "Caddell continued:", "The New York Times reports:".
  if (firstSentence.from === range.first && doc.paragraphs[opener.paragraph]?.start === opener.start) {
    const previous = previousStoryParagraph(doc, opener.paragraph)
    if (previous !== null && /:\s*$/.test(previous.text)) {
      let index = opener.sentence - 1
      while (index >= 0 && (doc.sentences[index] as SentenceRange).paragraph > previous.index) index--
      const sentence = doc.sentences[index]
      if (sentence && sentence.paragraph === previous.index && sentence.to - sentence.from <= CONTEXT_WINDOW) {
        const lead = findCues(doc, sentence.from, sentence.to, {weak: true})
        for (let k = lead.length - 1; k >= 0; k--) {
          const found = speakerOfCue(context, lead[k] as Cue, sentence.from, sentence.to)
          if (found) return {...found, rule: 'before', confidence: 0.8}
        }
        // "Sanders made the following comment:": the subject of the lead-in.
        const subject = mainSubject(doc, index, sentence.to)
        if (subject) {
          const colon = sentence.to - 1
          const found = buildFromPhrase(context, subject, colon, colon + 1, 0.65)
          if (found && found.entity.kind === 'name') return found
        }
      }
    }
  }
  // 5. A characterisation: "Trump openly admires Putin as a “strong leader”": the named subject of the clause.
  const asIndex = beforeQuote && ['a', 'an', 'the'].includes(beforeQuote.lower) ? range.first - 2 : range.first - 1
  const asWord = words[asIndex]
  if (asWord && asWord.lower === 'as' && asWord.sentence === opener.sentence) {
    const verb = words[asIndex - 1]
    const passive = verb !== undefined && /ed$/.test(verb.lower) && ['was', 'were', 'been', 'is', 'are', 'be'].includes(words[asIndex - 2]?.lower ?? '')
    if (!passive) {
      const subject = mainSubject(doc, opener.sentence, range.first)
      if (subject) {
        const found = buildFromPhrase(context, subject, range.first - 1, range.first, 0.6)
        if (found && found.entity.kind === 'name') return {...found, cue: null, rule: 'before'}
      }
    }
  }
  // 6. A headline or lead-in naming the speaker before a colon: "Warren: ‘You should be investigated.’"
  if (beforeQuote && beforeQuote.text === ':' && range.first - 1 > firstSentence.from) {
    const phrase = leadingPhrase(doc, firstSentence.from, range.first - 1)
    if (phrase && phrase.to === range.first - 1) {
      const found = buildFromPhrase(context, phrase, range.first - 1, range.first, 0.6)
      if (found && found.entity.kind === 'name') return found
    }
  }
  return null
}

/** The most tokens between an outer speech cue and "that" before the inner subject ("said during a rally in Michigan that"). */
const MAX_OUTER_GAP = 12

/**
 * The speaker of a speech cue whose reported clause opens with the subject of
 * cue `k` ("She said [she] recalls …", "Trump said during a rally that
 * [Clinton] once described …"), or null.
 */
function outerSpeaker(context: AttributionContext, cues: readonly Cue[], k: number, inner: Attribution, floor: number, limit: number): Attribution | null {
  const {doc} = context
  const words = doc.words
  if (k === 0) return null
  const subject = tokenAtOffset(doc, inner.speaker.mention.start)
  const outer = cues[k - 1] as Cue
  // "According to Yahoo News, Clinton spokesman Jesse Lehrich said … “…”": the outlet's report holds the quote.
  if (outer.form === 'prepositional' && outer.lemma === 'according to') {
    const found = speakerOfCue(context, outer, floor, limit)
    if (!found || found.entity.type === 'unknown') return null
    // The first token after the source's phrase is the comma before the inner subject.
    const end = tokenAtOffset(doc, found.speaker.mention.end)
    return end === subject - 1 && (words[end] as Word).text === ',' ? found : null
  }
  if (!OUTER_SPEECH_CUES.has(outer.lemma) || outer.form !== 'finite' || outer.hearer || subject < outer.to) return null
  if (subject > outer.to) {
    if (subject - outer.to > MAX_OUTER_GAP || (words[subject - 1] as Word).lower !== 'that') return null
    for (let t = outer.to; t < subject - 1; t++) {
      const word = words[t] as Word
      if (word.quote >= 0 || word.lower === 'that' || (word.kind !== 'word' && word.text !== ',')) return null
    }
  }
  const found = speakerOfCue(context, outer, floor, limit)
  return found && found.entity.type !== 'unknown' ? found : null
}

const DASHES = new Set(['\u2015', '\u2014', '\u2013', '-', '--'])

/** Does a cue before token `first` in its sentence name a speaker ("Anna Berg said: “…”")? */
function attributedBefore(context: AttributionContext, first: number, sentence: SentenceRange): boolean {
  const from = Math.max(sentence.from, first - CONTEXT_WINDOW)
  return findCues(context.doc, from, first).some((cue) => cue.form === 'finite' && subjectBefore(context.doc, cue.from, from) !== null)
}

/**
 * Is the sentence `next` nothing but the attribution `found` and adjuncts
 * ("Smith said.", "Smith said on Monday in a statement.")? Not when a clause
 * follows its cue ("Smith said talks were over", "Smith said that …").
 */
function attributionOnly(doc: ArticleDocument, found: Attribution, next: SentenceRange): boolean {
  const end = Math.max(found.cue?.end ?? 0, found.speaker.mention.end)
  for (let k = tokenAtOffset(doc, end); k < next.to; k++) {
    const word = doc.words[k] as Word
    if (word.kind !== 'word' || word.capitalized) continue
    if (word.lower === 'that' || AUXILIARY_VERBS.has(word.lower)) return false
    const tags = wordTags(word.lower)
    if (tags.includes('PastTense') || tags.includes('PresentTense')) return false
  }
  return true
}

function isEndOfClause(doc: ArticleDocument, k: number, limit: number): boolean {
  if (k >= limit) return true
  const word = doc.words[k] as Word
  return word.kind !== 'word' && (word.text === '.' || word.text === ',' || word.text === '(')
}

function previousStoryParagraph(doc: ArticleDocument, index: number): {index: number; text: string} | null {
  for (let p = index - 1; p >= 0; p--) {
    if (doc.boilerplate[p]) continue
    const paragraph = doc.paragraphs[p]
    return paragraph ? {index: paragraph.index, text: paragraph.text} : null
  }
  return null
}

/**
 * The speaker a transcript label names, when it reads as a name (`PENCE` is
 * Mike Pence when the article named him); the colon is the cue.
 *
 * @example
 * attributeLabel(context, transcriptLabel(doc, 0, doc.sentences[0].to)!)?.speaker.name // 'Mike Pence'
 */
export function attributeLabel(context: AttributionContext, label: Phrase): Attribution | null {
  const found = buildFromPhrase(context, label, label.to, label.to + 1, 0.85)
  return found && found.entity.kind === 'name' ? {...found, rule: 'label'} : null
}

/** An attribution from a speaker phrase and the tokens that serve as its cue. */
function buildFromPhrase(context: AttributionContext, phrase: Phrase, cueFrom: number, cueTo: number, confidence: number): Attribution | null {
  return build(context, phrase, {from: cueFrom, to: cueTo, lemma: 'say', form: 'finite', hearer: false}, 'after', confidence)
}

/** Attribution that starts at token `r`: a cue with its subject, or an inverted cue. */
function attributeAfter(context: AttributionContext, r: number, limit: number): Attribution | null {
  const {doc} = context
  const cues = findCues(doc, r, limit, {weak: true})
  const cue = cues[0]
  if (!cue) return null
  // A long appositive may stand between the name and its cue ("Jo Li, the director of …, told").
  if (cue.from - r > (doc.words[cue.from - 1]?.text === ',' ? MAX_APPOSITIVE_GAP : MAX_GAP)) return null
  if (cue.from === r) {
    if (cue.form === 'participle' || cue.form === 'passive') return null
    // "said 9/11 widow Terry Strada": a descriptor before the name after an inverted cue.
    const phrase = descriptorAndName(doc.words, cue.to, limit) ?? leadingPhrase(doc, cue.to, limit)
    if (!phrase) return null
    const result = build(context, phrase, cue, 'after-inverted', 0.95)
    return result
  }
  if (cue.form === 'prepositional') return null
  const subject = subjectBefore(doc, cue.from, r)
  // The subject starts the attribution, give or take a lower-case modifier ("panel Chairman Rep. Jason Chaffetz");
  // a name after its description starts with the description ("“…” The mayor's aide, Jo Li, said.").
  const start = subject?.described?.from ?? subject?.from ?? r
  if (!subject || start - r > 2) return null
  for (let k = r; k < start; k++) {
    const gap = doc.words[k] as Word
    if (gap.capitalized || gap.kind !== 'word' || CLAUSE_BOUNDARIES.has(gap.lower) || gap.lower === 'and' || gap.lower === 'or') return null
  }
  return speakerOfCue(context, cue, r, limit, subject, 'after')
}

/**
 * The speaker of a cue: its subject, the noun phrase after "according to",
 * the object of "quoted X as saying", the subject of the main clause for a
 * participle ("…, posting on X:"), the author of a document ("issued a
 * statement saying").
 *
 * @example
 * speakerOfCue(context, cue, sentence.from, sentence.to)?.speaker.name
 */
export function speakerOfCue(
  context: AttributionContext,
  cue: Cue,
  floor: number,
  limit: number,
  knownSubject?: Phrase,
  rule: Attribution['rule'] = 'before'
): Attribution | null {
  const {doc} = context
  const words = doc.words
  if (cue.form === 'prepositional') {
    // "according to a 52-count civil complaint filed by the SEC": a phrase that stops on a number modifier runs on to the punctuation.
    const leading = leadingPhrase(doc, cue.to, limit)
    const modifier = leading !== null && leading.to < limit && /^\d/u.test((words[leading.to - 1] as Word).text) && isLowerNoun(words[leading.to])
    const phrase = (modifier ? null : leading) ?? phraseToPunctuation(doc, cue.to, limit)
    // "according to data compiled by Bloomberg", "figures released by the Labor Department": the maker of the document.
    const maker = phrase ? producerAfter(doc, phrase, limit) : null
    if (maker) return build(context, maker, cue, rule, 0.85)
    const result = phrase ? build(context, phrase, cue, rule, 0.85) : null
    // "according to documents reviewed by The Wall Street Journal": not their maker, the outlet in between.
    if (result && phrase) framingOutlet(context, result, phrase, floor)
    return result
  }
  if ((cue.lemma === 'quote' || cue.lemma === 'report') && cue.form !== 'passive') {
    // "the Guardian quoted the spokesperson as saying": the speaker is the object.
    // "Reuters reports the chairman as saying": the same frame on "reports", with "saying" after "as".
    const quoted = quotedObject(doc, cue.to, Math.min(words.length, cue.to + MAX_GAP))
    const object = quoted?.object
    const as = quoted?.as ?? -1
    if (object && (words[as] as Word | undefined)?.lower === 'as' && (cue.lemma === 'quote' || words[as + 1]?.lower === 'saying')) {
      const through = knownSubject ?? subjectBefore(doc, cue.from, floor)
      const saying = words[as + 1]
      const cueSpan = saying ? span(doc, cue.from, as + 2) : span(doc, cue.from, cue.to)
      const result = build(context, object, {...cue, to: cue.to}, rule, 0.9)
      if (!result) return null
      result.cue = {start: cueSpan.start, end: cueSpan.end, text: cueSpan.text}
      if (through) addVia(context, result, through, (m) => m.kind === 'name' || m.type === 'outlet')
      return result
    }
  }
  if (cue.form === 'passive') {
    if (cue.lemma !== 'quote') return null
    return passiveQuoted(context, cue, floor, limit, rule)
  }
  if (cue.form === 'participle') {
    const prev = words[cue.from - 1]
    // "Tass quoted Lavrov as saying", "Peskov was quoted by Interfax as saying": the frame's speaker.
    if (prev?.lower === 'as') {
      const quoted = quotedBefore(words, cue.from - 2, Math.max(floor, cue.from - MAX_QUOTED_FRAME))
      if (quoted >= 0) {
        const passive = BE_FORMS.has(words[quoted - 1]?.lower ?? '')
        return speakerOfCue(context, {from: quoted, to: quoted + 1, lemma: 'quote', form: passive ? 'passive' : 'finite', hearer: false}, floor, limit, undefined, rule)
      }
    }
    // "…, aside from saying he wants …", "Besides noting …, she …": one more thing the clause's subject does.
    const adding = addingPreposition(words, cue.from)
    if (adding >= 0) {
      const opening = doc.sentences[(words[cue.from] as Word).sentence]?.from === adding
      const subject = opening ? subjectAfterClause(doc, cue.to, limit) : mainSubject(doc, (words[cue.from] as Word).sentence, adding)
      return subject ? build(context, subject, cue, rule, 0.8) : null
    }
    // "…, each saying …": a quantifier floating after the clause's subject stands for the comma.
    if (prev && (prev.text === ',' || isFloatingQuantifier(words, cue.from - 1) || prev.lower === 'by' || prev.lower === 'and' || prev.lower === 'while' || prev.lower === 'before' || prev.lower === 'after')) {
      // "After saying her foot was “so swollen …,” she was taken to hospital": the subject after the opening clause.
      const opening = prev.capitalized && SUBORDINATE_OPENERS.has(prev.lower) && doc.sentences[prev.sentence]?.from === cue.from - 1
      // "Hart and Olin sparred …, each saying …": both names, which the sources split.
      const main = opening ? null : mainSubject(doc, (words[cue.from] as Word).sentence, cue.from)
      const subject = opening ? subjectAfterClause(doc, cue.to, limit) : main ? withCoordinatedName(doc, main, cue.from) : null
      return subject ? build(context, subject, cue, rule, 0.8) : null
    }
    if (prev && (prev.lower === 'without' || prev.lower === 'of' || prev.lower === 'for' || prev.lower === 'about')) return null
    // "issued a statement saying", "a document ... declaring": the author of the document.
    const found = objectBefore(doc, context.names, cue.from - 1, floor)
    if (!found || !isPhraseWord(words[found.from])) return null
    // "released an ad this week showing": the time adverbial is no part of the object.
    const object = withoutTrailingTime(words, found)
    if (isUtterance(words[object.to - 1] as Word)) {
      const author = subjectBefore(doc, object.from - 1, floor)
      if (author) return build(context, author, cue, rule, 0.75)
    }
    return build(context, object, cue, rule, 0.7)
  }
  const subject = knownSubject ?? subjectBefore(doc, cue.from, floor)
  if (!subject) return null
  // "a comment that described …" after "… led her to make": the comment's author speaks.
  if (isUtterance(words[subject.to - 1] as Word) && (words[subject.to] as Word | undefined)?.lower === 'that') {
    const author = authorBefore(doc, subject.from - 1, floor)
    if (author) return build(context, author, cue, rule, 0.7)
  }
  const result = build(context, beforeAgent(words, subject), cue, rule, rule === 'after' ? 0.95 : 0.85)
  if (result && cue.hearer) {
    const hearer = hearerPhrase(doc, cue.to, Math.min(words.length, cue.to + 6))
    if (hearer) addVia(context, result, hearer, (m) => m.type === 'outlet' && m.kind === 'name')
    // "told the RT America audience": the outlet is in between, but reported nothing itself.
    if (hearer && result.via && AUDIENCE_NOUNS.has(words[hearer.to]?.lower ?? '')) delete result.viaEntity
    // "told CBS’s Face the Nation": the outlet that owns the programme.
    const owner = hearer ? (words[hearer.from] as Word) : undefined
    if (hearer && !result.via && owner && owner.capitalized && /'s$|s'$/u.test(owner.lower) && hearer.to > hearer.from + 1) {
      addVia(context, result, {from: hearer.from, to: hearer.from + 1}, (m) => m.type === 'outlet' && m.kind === 'name')
    }
    // "Graham told The Huffington Post": a speaker named on record speaks for themselves, and the outlet only heard it;
    // an unnamed one ("an official told Axios") speaks through the outlet, which vouches for it and is a source too.
    if (result.viaEntity && result.entity.kind === 'name') delete result.viaEntity
  }
  if (result && !result.via) framingOutlet(context, result, subject, floor)
  if (result && !result.via) interviewOutlet(context, result, subject, cue)
  return result
}

/** Determiners of an interview in its frame ("in an interview", "in his column"). */
const INTERVIEW_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its'])

/**
 * The outlet that ran the interview or piece a source speaks in: "In an
 * interview with the BBC, the prime minister said", "Smith, in an op-ed for
 * The Washington Post, wrote", "said in a televised interview with CNN
 * that". Looked for before the subject, between it and the cue, and right
 * after the cue. Only a known outlet by name is taken.
 */
function interviewOutlet(context: AttributionContext, result: Attribution, subject: Phrase, cue: Cue): void {
  const {doc} = context
  const words = doc.words
  const sentence = doc.sentences[(words[subject.from] as Word).sentence]
  if (!sentence) return
  const starts: number[] = []
  for (let k = sentence.from; k < subject.from && subject.from - k <= MAX_OPENING_FRAME; k++) starts.push(k)
  for (let k = subject.to; k < cue.from; k++) starts.push(k)
  starts.push(cue.to)
  for (const k of starts) {
    const frame = interviewFrameAt(words, k, sentence.to)
    if (frame < 0) continue
    const phrase = leadingPhrase(doc, frame, Math.min(sentence.to, frame + MAX_GAP))
    if (phrase) addVia(context, result, phrase, (m) => m.type === 'outlet' && m.kind === 'name')
    if (!result.via) continue
    // The outlet is named as the go-between only, no source of its own: the piece it ran is the speaker's (PolNeAR's half b counts it no source).
    delete result.viaEntity
    return
  }
}

/** After "in an interview with", "in a televised interview on", "in his column for" at token `k`: the token after the preposition, or -1. */
function interviewFrameAt(words: readonly Word[], k: number, stop: number): number {
  if (words[k]?.lower !== 'in' || !INTERVIEW_DETERMINERS.has(words[k + 1]?.lower ?? '')) return -1
  // One modifier may come between: "in a televised interview", "in an exclusive interview".
  for (let n = k + 2; n <= k + 3 && n + 1 < stop; n++) {
    const noun = words[n] as Word
    if (noun.quote >= 0) return -1
    if (INTERVIEW_NOUNS.has(noun.lower)) return FRAME_PREPOSITIONS.has((words[n + 1] as Word).lower) ? n + 2 : -1
  }
  return -1
}

/**
 * The maker of a document phrase: the agent after a participle of producing
 * and "by" right after a phrase whose head is a document noun ("data
 * compiled by Bloomberg", "a survey conducted by Gallup"); null otherwise.
 */
function producerAfter(doc: ArticleDocument, phrase: Phrase, limit: number): Phrase | null {
  const words = doc.words
  // Right after the phrase, or inside one read to the punctuation ("data compiled by Bloomberg").
  for (let k = phrase.from + 1; k <= phrase.to && k + 2 < limit; k++) {
    const head = words[k - 1] as Word
    const made = words[k] as Word
    if (made.quote >= 0 || !PRODUCING_PARTICIPLES.has(made.lower) || words[k + 1]?.lower !== 'by') continue
    return DOCUMENT_NOUNS.has(head.lower) || PRODUCED_NOUNS.has(head.lower) ? leadingPhrase(doc, k + 2, limit) : null
  }
  return null
}

/** The most tokens of an opening participle clause ("Speaking to Sky News on Sunday,"). */
const MAX_OPENING_FRAME = 12

/**
 * The outlet that frames a subject's statement without being its hearer: one
 * named in a participle after the subject ("Economists polled by Reuters had
 * forecast …") or in an opening participle clause that ends right before it
 * ("Speaking to Sky News, the minister said …", "Writing in the Daily
 * Telegraph, Johnson said …"). Only a known outlet by name is taken.
 */
function framingOutlet(context: AttributionContext, result: Attribution, subject: Phrase, floor: number): void {
  const {doc} = context
  const words = doc.words
  const outletOnly = (m: Mention): boolean => m.type === 'outlet' && m.kind === 'name'
  // The participle may be inside the subject's phrase or right after it.
  for (let k = subject.from + 1; k <= subject.to; k++) {
    const participle = words[k]
    if (!isPastParticiple(participle) || words[k + 1]?.lower !== 'by') continue
    const agent = leadingPhrase(doc, k + 2, Math.min(words.length, k + 2 + MAX_GAP))
    if (agent) addVia(context, result, agent, outletOnly)
    if (result.via) return
  }
  const comma = subject.from - 1
  const sentence = doc.sentences[(words[subject.from] as Word).sentence]
  if (!sentence || comma <= sentence.from || comma < floor || (words[comma] as Word).text !== ',' || comma - sentence.from > MAX_OPENING_FRAME) return
  const opener = words[sentence.from] as Word
  if (opener.kind !== 'word' || !/^[a-z]{3,}ing$/u.test(opener.lower)) return
  for (let k = sentence.from + 1; k < comma; k++) {
    const word = words[k] as Word
    if (word.kind !== 'word' || word.quote >= 0) return
    if (!FRAME_PREPOSITIONS.has(word.lower)) continue
    const phrase = leadingPhrase(doc, k + 1, comma)
    if (!phrase) continue
    addVia(context, result, phrase, outletOnly)
    if (result.via) return
  }
}

/** True when token `k` is a past participle ("obtained", "seen"). */
function isPastParticiple(word: Word | undefined): boolean {
  return word !== undefined && word.kind === 'word' && !word.capitalized && (/^[a-z]{3,}ed$/u.test(word.lower) || IRREGULAR_PARTICIPLES.has(word.lower))
}

/** The subject without a participle and its agent inside it: "An internal memo seen by Reuters" -> "An internal memo" (the agent is read as `via`). */
function beforeAgent(words: readonly Word[], subject: Phrase): Phrase {
  for (let k = subject.from + 1; k < subject.to - 1; k++) {
    if (isPastParticiple(words[k]) && words[k + 1]?.lower === 'by') return {from: subject.from, to: k}
  }
  return subject
}

/** Prepositions that name the medium in an opening participle ("Speaking to", "Writing in", "appearing on"). */
const FRAME_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'in', 'on', 'for', 'with'])

/** The most tokens from "quoted" to "as saying" ("The Guardian quoted a Foreign Office spokesperson as saying"). */
const MAX_QUOTED_FRAME = 12

/**
 * The person quoted after "quoted" (or "reports"), before "as saying": the
 * noun phrase right after the cue, or the name of an appositive after it
 * ("quoted their father, Mr. Jan Ek, as saying"), which names the one speaking.
 */
function quotedObject(doc: ArticleDocument, from: number, limit: number): {object: Phrase; as: number} | null {
  const words = doc.words
  const object = leadingPhrase(doc, from, limit)
  if (!object) return null
  if (words[object.to]?.text !== ',') return {object, as: object.to}
  const name = leadingPhrase(doc, object.to + 1, limit)
  return name && words[name.to]?.text === ',' && words[name.to + 1]?.lower === 'as' ? {object: name, as: name.to + 1} : {object, as: object.to}
}

/** Forms of "be" before a passive "quoted" ("was quoted by Interfax as saying"). */
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be'])

/** The token of "quoted" (or "quotes", "quoting") at or before `k`, not before `floor`; -1 when none. */
function quotedBefore(words: readonly Word[], k: number, floor: number): number {
  for (let i = k; i >= floor; i--) {
    const word = words[i] as Word
    if (word.kind === 'word' && !word.capitalized && (word.lower === 'quoted' || word.lower === 'quotes' || word.lower === 'quoting')) return i
    if (word.quote >= 0 || word.text === '.' || word.text === ';') return -1
  }
  return -1
}

/**
 * "Peskov was quoted by Interfax as saying …": the subject of the passive is
 * the speaker, and the agent after "by", when an outlet, the one in between;
 * the cue runs to "saying".
 */
function passiveQuoted(context: AttributionContext, cue: Cue, floor: number, limit: number, rule: Attribution['rule']): Attribution | null {
  const {doc} = context
  const words = doc.words
  let aux = cue.from - 1
  while (aux > floor && !BE_FORMS.has((words[aux] as Word).lower) && cue.from - aux < 3) aux--
  const subject = subjectBefore(doc, BE_FORMS.has((words[aux] as Word | undefined)?.lower ?? '') ? aux : cue.from - 1, floor)
  if (!subject) return null
  // "as saying" after the agent (or right after "quoted").
  let as = cue.to
  let agent: Phrase | null = null
  if ((words[as] as Word | undefined)?.lower === 'by') {
    agent = leadingPhrase(doc, as + 1, Math.min(limit, as + 1 + MAX_GAP))
    as = agent ? agent.to : as
  }
  const saying = (words[as] as Word | undefined)?.lower === 'as' && (words[as + 1] as Word | undefined)?.lower === 'saying'
  const result = build(context, subject, cue, rule, 0.85)
  if (!result || !saying) return result
  const span = {start: (words[cue.from] as Word).start, end: (words[as + 1] as Word).end}
  result.cue = {...span, text: doc.text.slice(span.start, span.end)}
  if (agent) addVia(context, result, agent, (m) => m.type === 'outlet' && m.kind === 'name')
  return result
}

/** A head noun for something said or published ("statement", "tweets", "a flurry"). */
function isUtterance(head: Word | undefined): boolean {
  return head !== undefined && (DOCUMENT_NOUNS.has(head.lower) || UTTERANCE_NOUNS.has(head.lower))
}

/**
 * Who made the utterance whose phrase starts after `end`: the subject of the
 * verb before it ("Trump unleashed | a series"), or the person right before
 * "to make" ("prompted Hillary Clinton to make | a comment").
 */
function authorBefore(doc: ArticleDocument, end: number, floor: number): Phrase | null {
  const words = doc.words
  const verb = words[end]
  if (!verb || verb.kind !== 'word') return null
  if (words[end - 1]?.lower === 'to') {
    const phrase = trailingPhrase(doc, end - 2, floor)
    if (phrase) return phrase
  }
  return subjectBefore(doc, end, floor)
}

/** Record the outlet in between ("told Axios", "the Guardian quoted … as saying") when `accept` takes it. */
function addVia(context: AttributionContext, result: Attribution, phrase: Phrase, accept: (mention: Mention) => boolean): void {
  const mention = analyzeMention(context.doc, phrase, context.names)
  if (!accept(mention)) return
  const entity = resolve(context.entities, mention, phrase.from)
  // "An internal memo seen by Reuters says": no source is the outlet in between of itself.
  if (!entity || entity === result.entity) return
  result.via = entity.name
  result.viaEntity = entity
  result.viaMention = mention.span
}

/**
 * After "according to": the words up to the next punctuation or clause word,
 * so adjectives come along ("a new Washington Post-ABC News national poll").
 */
function phraseToPunctuation(doc: ArticleDocument, from: number, limit: number): Phrase | null {
  let to = from
  while (to < limit && to - from < 12) {
    const word = doc.words[to] as Word
    if (word.kind !== 'word' || word.quote >= 0 || CLAUSE_BOUNDARIES.has(word.lower)) break
    to++
  }
  return to > from ? {from, to} : null
}

/**
 * The token index where an adding preposition ({@link ADDING_PREPOSITIONS}:
 * "aside from", "besides") ends right before token `at`, at its first word;
 * -1 when none does.
 *
 * @example
 * addingPreposition(doc.words, cue.from) // index of "aside" in "aside from saying"
 */
export function addingPreposition(words: readonly Word[], at: number): number {
  for (const phrase of ADDING_PREPOSITIONS) {
    const from = at - phrase.length
    if (from < 0) continue
    if (phrase.every((w, i) => (words[from + i] as Word).lower === w && (words[from + i] as Word).quote < 0)) return from
  }
  return -1
}

/** Subordinators that open a sentence with a participle clause ("After saying …, she …"). */
const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set(['after', 'before', 'while', 'by', 'since', 'when'])

/** The subject right after the comma that closes an opening clause (the comma may sit inside a closing quote). */
function subjectAfterClause(doc: ArticleDocument, from: number, limit: number): Phrase | null {
  const words = doc.words
  for (let k = from; k < Math.min(limit, from + MAX_GAP * 4); k++) {
    if ((words[k] as Word).text !== ',') continue
    let next = k + 1
    while (next < limit && (words[next] as Word).kind !== 'word') next++
    return next < limit ? leadingPhrase(doc, next, limit) : null
  }
  return null
}

/** A lower-case noun or adjective that goes on a noun phrase ("civil", "complaint"), not a verb, preposition or clause word. */
function isLowerNoun(word: Word | undefined): boolean {
  if (!word || word.kind !== 'word' || word.quote >= 0 || word.capitalized || CLAUSE_BOUNDARIES.has(word.lower)) return false
  const tags = wordTags(word.lower)
  return (tags.includes('Adjective') || tags.includes('Noun') || tags.includes('Singular') || tags.includes('Plural')) && !tags.includes('Verb') && !tags.includes('Preposition') && !tags.includes('PastTense')
}

/** The object noun phrase before a participle, past prepositional phrases. */
function objectBefore(doc: ArticleDocument, names: NameLexicon, end: number, floor: number): Phrase | null {
  const words = doc.words
  floor = Math.max(floor, end - CONTEXT_WINDOW)
  let k = end
  // "an excellent resource for anyone wanting to learn more": the participle is the indefinite pronoun's, no one's words.
  const last = words[end]
  if (last && last.quote < 0 && INDEFINITE_PRONOUNS.has(last.lower)) return null
  for (let guard = 0; guard < 6 && k >= floor; guard++) {
    let from = k + 1
    while (from - 1 >= floor && isNounish(words[from - 1] as Word)) from--
    if (from > k) return null
    const before = words[from - 1]
    // "footage of Trump saying": a person after "of" is the one speaking.
    if (before?.lower === 'of' && (words[from] as Word).capitalized && analyzeMention(doc, {from, to: k + 1}, names).type === 'person') return {from, to: k + 1}
    if (before && ['to', 'on', 'in', 'at', 'for', 'with', 'from', 'of', 'by'].includes(before.lower)) {
      k = from - 2
      continue
    }
    return {from, to: k + 1}
  }
  return null
}

/** The phrase without a time adverbial at its end ("an ad this week" -> "an ad", "the letter Friday" -> "the letter"). */
function withoutTrailingTime(words: readonly Word[], phrase: Phrase): Phrase {
  let to = phrase.to
  if (!TIME_NOUNS.has((words[to - 1] as Word).lower)) return phrase
  to--
  while (to > phrase.from + 1 && TIME_OPENERS.has((words[to - 1] as Word).lower)) to--
  return to > phrase.from ? {from: phrase.from, to} : phrase
}

function isNounish(word: Word): boolean {
  return word.kind === 'word' && word.quote < 0 && !['said', 'says', 'told', 'that', 'and', 'but', 'to', 'on', 'in', 'at', 'for', 'with', 'from', 'of', 'by', 'was', 'were', 'is', 'are', 'has', 'had', 'have'].includes(word.lower) && !/(ed)$/.test(word.lower)
}

/** Turn a speaker phrase into an attribution, resolving it to an entity. */
function build(context: AttributionContext, phrase: Phrase, cue: Cue, rule: Attribution['rule'], confidence: number): Attribution | null {
  const {doc, entities, names} = context
  const mention = describedMention(doc, phrase, analyzeMention(doc, phrase, names))
  const entity = relativeHost(context, phrase, mention) ?? resolve(entities, mention, phrase.from)
  if (!entity) return null
  // "Zelensky’s chief of staff, Andriy Yermak,": the description names him too.
  if (phrase.described && mention.kind === 'name') {
    entities.see(entity, span(doc, phrase.described.from, phrase.described.to), phrase.described.from)
    if (mention.title && (entity.title ?? '').length < mention.title.length) entity.title = mention.title
  }
  const words = doc.words
  const sentence = (words[phrase.from] as Word).sentence
  entities.settle(sentence, entity)
  const speaker: Speaker = {name: entity.name, type: entity.type === 'document' ? 'unknown' : entity.type, mention: mention.span}
  if (entity.title) speaker.title = entity.title
  const cueSpan = span(doc, cue.from, cue.to)
  return {speaker, entity, cue: cueSpan, rule, confidence: mention.kind === 'pronoun' ? confidence - 0.1 : confidence}
}

/** "He", "she" and their object forms. */
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her'])

/**
 * The one person a relative clause holding a "he" or "she" is on: "A
 * neighbor, who spoke on condition of anonymity because she feared the gang
 * would retaliate, said …" — "she" is the neighbor. The pronoun is in a
 * clause opened by ", who" with no comma, quote or sentence end between;
 * the phrase before the comma names a person or an unnamed one of no other
 * gender. Null otherwise.
 */
function relativeHost(context: AttributionContext, phrase: Phrase, mention: Mention): Entity | null {
  if (mention.kind !== 'pronoun' || !PERSONAL_PRONOUNS.has(mention.head)) return null
  const {doc, entities, names} = context
  const words = doc.words
  const sentence = (words[phrase.from] as Word).sentence
  for (let k = phrase.from - 1; k >= 2; k--) {
    const word = words[k] as Word
    if (word.sentence !== sentence || word.quote >= 0 || word.kind !== 'word') return null
    if (word.lower !== 'who') continue
    if ((words[k - 1] as Word).text !== ',') return null
    const host = subjectBefore(doc, k + 1, (doc.sentences[sentence] as SentenceRange).from)
    if (!host || host.to > k) return null
    const hostMention = analyzeMention(doc, host, names)
    const person = hostMention.type === 'person' || (hostMention.type === 'anonymous' && hostMention.kind === 'role' && !hostMention.plural && !/[^s]s$/u.test(hostMention.head))
    if (hostMention.kind === 'pronoun' || !person || (hostMention.gender !== undefined && hostMention.gender !== mention.gender)) return null
    const entity = resolve(entities, hostMention, host.from)
    if (entity) entities.see(entity, mention.span, phrase.from)
    return entity
  }
  return null
}

/**
 * A person's name set off after a description takes the description as its
 * title ("Trump's Ukraine envoy, Gen Keith Kellogg": Kellogg, "Trump's Ukraine
 * envoy Gen"), unless the name brings a fuller title of its own.
 */
function describedMention(doc: ArticleDocument, phrase: Phrase, mention: Mention): Mention {
  if (!phrase.described || mention.kind !== 'name' || mention.type !== 'person') return mention
  const described = span(doc, phrase.described.from, phrase.described.to).text.replace(/^(the|a|an)\s+/iu, '')
  const title = mention.title && mention.title.split(/\s+/u).length > 1 ? mention.title : mention.title ? `${described} ${mention.title}` : described
  return {...mention, title}
}

/**
 * The entity a mention stands for, registering names and roles as they come.
 *
 * @example
 * resolve(index, mention, token)?.name
 */
export function resolve(entities: EntityIndex, mention: Mention, token: number): Entity | null {
  if (mention.kind === 'pronoun') {
    const entity = entities.resolvePronoun(mention, token)
    if (entity) {
      entities.see(entity, mention.span, token)
      return entity
    }
    if (mention.head === 'i' || mention.head === 'you') return null
    return entities.register({...mention, kind: 'role', type: 'unknown'}, token)
  }
  if (mention.kind === 'description') {
    // "(her campaign later disclosed that …)": a lower-case possessive is the owner's body, as "Her campaign" opening a sentence is.
    const entity = entities.resolveDescription(mention, token) ?? resolveBody(entities, mention, token) ?? ownedBody(entities, withOwner(mention), token)
    if (entity) {
      entities.see(entity, mention.span, token)
      return entity
    }
    return entities.register({...mention, kind: 'role', type: mention.type === 'person' ? 'anonymous' : mention.type}, token)
  }
  const body = mention.kind === 'role' ? (resolveBody(entities, mention, token) ?? ownedBody(entities, mention, token)) : null
  if (body) {
    entities.see(body, mention.span, token)
    return body
  }
  return entities.register(mention, token)
}

/**
 * "Her campaign said", "his administration": the body of the owner a
 * possessive determiner stands for. The same body named before ("Clinton's
 * campaign … Her campaign added"), else a new one named for the owner the
 * pronoun resolves to ("Hillary Clinton's campaign"). Null when the owner is
 * not found.
 */
function ownedBody(entities: EntityIndex, mention: Mention, token: number): Entity | null {
  const [determiner, ...rest] = mention.words
  const owner = POSSESSIVE_OWNERS.get(determiner ?? '')
  if (mention.type !== 'organization' || !owner || rest.length === 0) return null
  const named = entities.resolveDescription({...mention, kind: 'description', words: rest}, token)
  if (named && named.type === 'organization') return named
  const pronoun: Mention = {...mention, kind: 'pronoun', head: owner.pronoun, words: [owner.pronoun]}
  if (owner.gender) pronoun.gender = owner.gender
  else delete pronoun.gender
  const person = entities.resolvePronoun(pronoun, token)
  if (!person) return null
  const body = mention.span.text.slice(mention.span.text.indexOf(' ') + 1)
  return entities.register({...mention, name: `${person.name}'s ${body}`, words: [`${person.name.toLowerCase()}'s`, ...rest]}, token)
}

/**
 * A description with the possessive determiner it opens with put back in its
 * words ("her campaign": ['her', 'campaign']), read as a role like "Her
 * campaign" at a sentence's start; the mention itself otherwise.
 */
function withOwner(mention: Mention): Mention {
  const first = mention.span.text.slice(0, mention.span.text.indexOf(' ')).toLowerCase()
  if (!POSSESSIVE_OWNERS.has(first) || mention.words[0] === first) return mention
  return {...mention, kind: 'role', words: [first, ...mention.words]}
}

/** "The agency said" after the Environmental Protection Agency or Reuters: the body named before (a bare "the" and one noun only). */
function resolveBody(entities: EntityIndex, mention: Mention, token: number): Entity | null {
  if (mention.type !== 'organization' || mention.words.length !== 1 || !/^the\s/iu.test(mention.span.text)) return null
  return entities.resolveBody(mention, token)
}

function span(doc: ArticleDocument, from: number, to: number): Span {
  const start = (doc.words[from] as Word).start
  const end = (doc.words[to - 1] as Word).end
  return {start, end, text: doc.text.slice(start, end)}
}

function hasQuote(doc: ArticleDocument, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((doc.words[i] as Word).quote >= 0) return true
  return false
}
