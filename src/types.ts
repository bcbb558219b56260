/**
 * The data onrecord returns. Every span carries offsets into the input text, so
 * `input.slice(span.start, span.end) === span.text` always holds.
 */

/**
 * A stretch of the input text.
 *
 * @example
 * const span: Span = {start: 4, end: 9, text: 'Rubio'}
 * // text.slice(span.start, span.end) === span.text
 */
export interface Span {
  /** Offset of the first UTF-16 code unit. */
  start: number
  /** Offset just past the last code unit. */
  end: number
  /** `input.slice(start, end)`. */
  text: string
}

/**
 * `direct`: whole sentences quoted; `partial`: a fragment inside the
 * reporter's own sentence; `term`: scare quotes, titles, nicknames: nobody speaks.
 *
 * @example
 * const kind: QuoteKind = 'partial'
 */
export type QuoteKind = 'direct' | 'partial' | 'term'

/**
 * What kind of thing a speaker is.
 *
 * @example
 * const type: SpeakerType = 'outlet' // Reuters, the Financial Times
 */
export type SpeakerType = 'person' | 'organization' | 'outlet' | 'anonymous' | 'unknown'

/**
 * Who said a quote.
 *
 * @example
 * const speaker: Speaker = {
 *   name: 'Marco Rubio',
 *   type: 'person',
 *   mention: {start: 812, end: 814, text: 'He'},
 *   title: 'US Secretary of State'
 * }
 */
export interface Speaker {
  /** Canonical name: "Marco Rubio", not "He" or "Rubio". */
  name: string
  type: SpeakerType
  /** The words near the quote that name the speaker ("He", "the Kremlin"). */
  mention: Span
  /** "US Secretary of State", when the article gives one. */
  title?: string
}

/**
 * One quotation: an utterance, possibly over several segments or paragraphs.
 *
 * @example
 * const [quote] = extractQuotes('“We will work for peace,” Yermak wrote.')
 * quote.text          // 'We will work for peace,'
 * quote.speaker?.name // 'Yermak'
 * quote.cue?.text     // 'wrote'
 */
export interface Quote {
  /** The quoted words without their enclosing marks; parts joined by a space. */
  text: string
  /** One span per segment of the utterance, marks excluded. */
  parts: Span[]
  kind: QuoteKind
  speaker: Speaker | null
  /** The attribution cue: "said", "told", "wrote on", "according to". */
  cue: Span | null
  /** 0..1: how sure the attribution is (span and speaker together). */
  confidence: number
  /** True when the quote sits in page furniture (only kept with `keepBoilerplate`). */
  inBoilerplate?: boolean
}

/**
 * What kind of thing a cited source is.
 *
 * @example
 * const type: SourceType = 'anonymous' // "a U.S. official involved in the talks"
 */
export type SourceType = 'person' | 'organization' | 'outlet' | 'anonymous' | 'document'

/**
 * One thing a source is said to have said, reported or written.
 *
 * @example
 * const attribution: Attribution = {
 *   content: {start: 0, end: 40, text: 'Putin offered to halt the war on the front'},
 *   cue: {start: 55, end: 63, text: 'reported'},
 *   mention: {start: 41, end: 54, text: 'the Financial Times'},
 *   direct: false
 * }
 */
export interface Attribution {
  /** What is attributed: the quote, or the reported clause. */
  content: Span
  cue: Span | null
  /** The mention of the source at this attribution. */
  mention: Span
  /** True when `content` is a quotation. */
  direct: boolean
  /** The outlet in between: an official "told Axios" -> via "Axios". */
  via?: string
}

/**
 * A source an article cites, with every mention and attribution.
 *
 * @example
 * const [source] = findSources('“No,” Rubio said.')
 * source.name // 'Rubio'
 * source.attributions[0].direct // true
 */
export interface Source {
  name: string
  type: SourceType
  title?: string
  mentions: Span[]
  attributions: Attribution[]
}

/**
 * How a claim is marked as hearsay: `adverb` ("reportedly", "allegedly"),
 * `passive` ("is said to have", "a man believed to be"), `impersonal` ("it is
 * understood that", ", it is claimed,").
 *
 * @example
 * const form: HearsayForm = 'passive'
 */
export type HearsayForm = 'adverb' | 'passive' | 'impersonal'

/**
 * A claim the article passes on as hearsay, and who it is attributed to, if
 * anyone: the source whose quote or reported clause holds it ("…, Axios
 * reported"), else null: unsourced.
 *
 * @example
 * const [claim] = findHearsay('The minister reportedly resigned on Tuesday.')
 * claim.cue.text // 'reportedly'
 * claim.content.text // 'The minister reportedly resigned on Tuesday'
 * claim.source // null
 */
export interface Hearsay {
  /** The marker: "reportedly", "is said to", "It is understood that". */
  cue: Span
  /** The claim: the clause the marker sits in, or what follows "it is understood that". */
  content: Span
  form: HearsayForm
  /** The name of the source (as in `findSources`) whose attribution holds the claim, or null. */
  source: string | null
}
