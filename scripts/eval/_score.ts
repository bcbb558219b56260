/**
 * Pure scoring functions for the accuracy sections (`npm run eval`) and the
 * failure lists (`scripts/dev/failures.ts`). No I/O here: everything takes
 * plain offsets and strings, so `__tests__/eval-scoring.test.ts` can pin the
 * rules down.
 *
 * The rules follow `../shared/golden/README.md`: spans match one-to-one when
 * their intersection over union is at least 0.5 after trimming quote marks,
 * white space and edge punctuation; names match case-insensitively when one
 * is contained in the other (by whole words) or they share a last word.
 */

/** A half-open stretch `[start, end)` of some text. */
export interface Range {
  start: number
  end: number
}

/** One matched pair of {@link matchOneToOne}: indices into its two lists. */
export interface Pair {
  pred: number
  gold: number
  iou: number
}

/** What {@link matchOneToOne} returns. */
export interface Matching {
  /** Matched pairs, best IoU first. */
  pairs: Pair[]
  /** Indices of predicted items left without a partner, ascending. */
  unmatchedPred: number[]
  /** Indices of gold items left without a partner, ascending. */
  unmatchedGold: number[]
}

/** Precision, recall and F1 (0..1; NaN when undefined) with their counts. */
export interface Prf {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
}

const QUOTE_MARKS = '"“”„‟\'‘’‚«»‹›'
const EDGE_PUNCTUATION = '.,;:!?…—–-'
const TRIMMED = new Set([...QUOTE_MARKS, ...EDGE_PUNCTUATION])

function isTrimmed(ch: string): boolean {
  return TRIMMED.has(ch) || /\s/u.test(ch)
}

/**
 * Shrink `[start, end)` of `text` past quote marks (" “ ” „ ‟ ' ‘ ’ ‚ « » ‹ ›),
 * white space and edge punctuation (. , ; : ! ? … — – -) on both ends. A span
 * made only of such characters collapses to an empty range at its start.
 *
 * @example
 * trimSpan('He said “Yes, we can.” Then', 8, 22) // {start: 9, end: 20}: 'Yes, we can'
 */
export function trimSpan(text: string, start: number, end: number): Range {
  let s = Math.max(0, start)
  let e = Math.min(text.length, end)
  while (s < e && isTrimmed(text[s] ?? '')) s++
  while (e > s && isTrimmed(text[e - 1] ?? '')) e--
  return {start: s, end: Math.max(s, e)}
}

/**
 * Intersection over union of two character ranges (0 when either is empty or
 * they do not overlap). Pass ranges already trimmed with {@link trimSpan}.
 *
 * @example
 * iou({start: 0, end: 10}, {start: 5, end: 15}) // 5 / 15
 */
export function iou(a: Range, b: Range): number {
  if (a.end <= a.start || b.end <= b.start) return 0
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  if (inter <= 0) return 0
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start)
  return inter / union
}

/**
 * True when two half-open ranges share at least one character.
 *
 * @example
 * spansOverlap({start: 0, end: 5}, {start: 4, end: 9}) // true
 * spansOverlap({start: 0, end: 5}, {start: 5, end: 9}) // false
 */
export function spansOverlap(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end && a.start < a.end && b.start < b.end
}

/**
 * Match predicted ranges to gold ranges one-to-one, greedily by IoU from the
 * highest down, keeping pairs with IoU >= `threshold` (default 0.5). Ties go
 * to the earlier gold, then the earlier prediction.
 *
 * @example
 * matchOneToOne([{start: 0, end: 10}], [{start: 1, end: 10}, {start: 0, end: 4}])
 * // {pairs: [{pred: 0, gold: 0, iou: 0.9}], unmatchedPred: [], unmatchedGold: [1]}
 */
export function matchOneToOne(pred: readonly Range[], gold: readonly Range[], threshold = 0.5): Matching {
  const candidates: Pair[] = []
  for (let p = 0; p < pred.length; p++) {
    const a = pred[p]
    if (a === undefined) continue
    for (let g = 0; g < gold.length; g++) {
      const b = gold[g]
      if (b === undefined) continue
      const score = iou(a, b)
      if (score > 0 && score >= threshold) candidates.push({pred: p, gold: g, iou: score})
    }
  }
  candidates.sort((x, y) => y.iou - x.iou || x.gold - y.gold || x.pred - y.pred)
  const usedPred = new Set<number>()
  const usedGold = new Set<number>()
  const pairs: Pair[] = []
  for (const c of candidates) {
    if (usedPred.has(c.pred) || usedGold.has(c.gold)) continue
    usedPred.add(c.pred)
    usedGold.add(c.gold)
    pairs.push(c)
  }
  return {
    pairs,
    unmatchedPred: pred.map((_, i) => i).filter((i) => !usedPred.has(i)),
    unmatchedGold: gold.map((_, i) => i).filter((i) => !usedGold.has(i))
  }
}

/**
 * Maximum one-to-one matching between `nPred` predictions and `nGold` gold
 * items where `ok(p, g)` says whether they may pair (augmenting paths, so a
 * greedy early choice never costs a match). Used for name lists.
 *
 * @example
 * matchBoolean(2, 2, (p, g) => p === 0 || g === 1)
 * // [{pred: 0, gold: 0}, {pred: 1, gold: 1}]
 */
export function matchBoolean(
  nPred: number,
  nGold: number,
  ok: (pred: number, gold: number) => boolean
): Array<{pred: number; gold: number}> {
  const edges: number[][] = []
  for (let p = 0; p < nPred; p++) {
    const row: number[] = []
    for (let g = 0; g < nGold; g++) if (ok(p, g)) row.push(g)
    edges.push(row)
  }
  const goldOwner = new Array<number>(nGold).fill(-1)
  const tryPred = (p: number, seen: boolean[]): boolean => {
    for (const g of edges[p] ?? []) {
      if (seen[g]) continue
      seen[g] = true
      const owner = goldOwner[g] ?? -1
      if (owner < 0 || tryPred(owner, seen)) {
        goldOwner[g] = p
        return true
      }
    }
    return false
  }
  for (let p = 0; p < nPred; p++) tryPred(p, new Array<boolean>(nGold).fill(false))
  const pairs: Array<{pred: number; gold: number}> = []
  goldOwner.forEach((p, g) => {
    if (p >= 0) pairs.push({pred: p, gold: g})
  })
  return pairs.sort((a, b) => a.pred - b.pred)
}

/**
 * Precision, recall and F1 from counts.
 *
 * @example
 * prf(9, 1, 1) // {tp: 9, fp: 1, fn: 1, precision: 0.9, recall: 0.9, f1: 0.9}
 */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? Number.NaN : tp / (tp + fp)
  const recall = tp + fn === 0 ? Number.NaN : tp / (tp + fn)
  const f1 = tp === 0 ? (tp + fp + fn === 0 ? Number.NaN : 0) : (2 * tp) / (2 * tp + fp + fn)
  return {tp, fp, fn, precision, recall, f1}
}

const ARTICLES = new Set(['the', 'a', 'an'])
/** Words that end the head of a description when a lowercase noun precedes them ("a spokesperson for X"). */
const PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'to', 'by', 'about', 'near', 'inside', 'within'])
/** Words that start a relative clause: the head always ends before them. */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that'])

interface NameWords {
  words: string[]
  /** Whether the last word began with a capital letter as written. */
  lastCapitalised: boolean
  /** Per word: it was a possessor ("Trump's running mate"), so a name cannot end there. */
  possessor: boolean[]
}

/**
 * Reduce a name or description to its head words, lowercased: diacritics and
 * punctuation dropped (J.D. -> jd, inner hyphens kept), a parenthesis dropped
 * ("Sen. Claire McCaskill (D-Mo.)"), everything from the first comma, semicolon,
 * colon or dash on dropped (appositives), one leading the/a/an dropped, a
 * possessive 's dropped ("Rubio's" -> rubio, "Clinton's campaign" -> clinton
 * campaign) and the possessor too when a capitalised word follows it
 * ("Trump's Ukraine envoy" -> ukraine envoy: someone else is named), and
 * cut before a relative clause or before a preposition that follows a
 * lowercase word ("a spokesperson for Keir Starmer" -> spokesperson, but
 * "Bank of England" stays whole).
 *
 * @example
 * nameWords('The U.S. secretary of state').words // ['us', 'secretary']
 */
export function nameWords(name: string): NameWords {
  const plain = name.normalize('NFKD').replace(/\p{M}/gu, '')
  // Head: drop parenthesised asides, stop at the first appositive boundary.
  let head = ''
  let depth = 0
  for (const ch of plain) {
    if (ch === '(' || ch === '[') {
      depth++
      head += ' '
      continue
    }
    if (ch === ')' || ch === ']') {
      depth = Math.max(0, depth - 1)
      head += ' '
      continue
    }
    if (depth > 0) continue
    if (ch === ',' || ch === ';' || ch === ':' || ch === '—' || ch === '–') break
    head += ch
  }
  const tokens = head.split(/\s+/u).filter((t) => t !== '')
  const out: Array<{word: string; cap: boolean; possessor: boolean}> = []
  for (let i = 0; i < tokens.length; i++) {
    if (/^-+$/u.test(tokens[i] ?? '')) break // a spaced dash ends the head like a comma
    let token = (tokens[i] ?? '').replace(/[’‘`´]/gu, "'")
    let possessive = false
    if (/'s$/iu.test(token)) {
      token = token.slice(0, -2)
      possessive = true
    } else if (/s'$/iu.test(token)) {
      token = token.slice(0, -1)
      possessive = true
    }
    // Keep letters, digits and inner hyphens; drop dots, apostrophes and the rest.
    const word = token
      .replace(/[^\p{L}\p{N}-]/gu, '')
      .replace(/^-+|-+$/gu, '')
      .toLowerCase()
    if (word === '') continue
    const cap = /^\P{L}*\p{Lu}/u.test(token)
    const lower = word
    if (out.length > 0 && RELATIVES.has(lower)) break
    const prev = out[out.length - 1]
    if (prev !== undefined && PREPOSITIONS.has(lower) && !prev.cap && !ARTICLES.has(prev.word)) break
    if (possessive && tokens.slice(i + 1).some((t) => /^\P{L}*\p{Lu}/u.test(t))) {
      // "Clinton's campaign manager Robby Mook": a name follows, so the
      // possessor is not the one named. ("Clinton's campaign" keeps it.)
      out.length = 0
      continue
    }
    out.push({word: lower, cap, possessor: possessive && i < tokens.length - 1})
  }
  if (out.length > 1 && ARTICLES.has(out[0]?.word ?? '')) out.shift()
  else if (out.length === 1 && ARTICLES.has(out[0]?.word ?? '')) out.length = 0
  return {
    words: out.map((w) => w.word),
    lastCapitalised: out[out.length - 1]?.cap ?? false,
    possessor: out.map((w) => w.possessor)
  }
}

/** Words that follow a head noun without changing who is named ("an official involved in", "a source close to"). */
const POSTMODIFIERS = new Set(['close', 'familiar', 'knowledgeable', 'aware', 'near', 'inside', 'outside', 'who'])

function isPostmodifier(word: string): boolean {
  return POSTMODIFIERS.has(word) || (word.length > 4 && (word.endsWith('ed') || word.endsWith('ing')))
}

/** Titles and honorifics: the word before a surname that does not tell two people apart. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'mayor',
  'secretary', 'minister', 'chancellor', 'premier', 'judge', 'justice', 'gen', 'general', 'lt',
  'col', 'colonel', 'adm', 'admiral', 'sgt', 'capt', 'captain', 'rev', 'father', 'king', 'queen',
  'prince', 'princess', 'speaker', 'leader', 'chairman', 'chairwoman', 'chair', 'ambassador',
  'attorney', 'spokesman', 'spokeswoman', 'spokesperson', 'former', 'sheriff', 'chief', 'director'
])

/**
 * Whether `short` occurs in `long` as a contiguous run that ends where the
 * head of `long` ends or right before a preposition or a conjunction ("Obama"
 * in "Mr. Obama and Hillary Clinton"): "Rubio" in "Marco Rubio",
 * "Charles B. Rangel" in "Charles B. Rangel of New York", but not "Trump" in
 * "Trump campaign spokesman Jason Miller" (a modifier, not the one named) nor
 * in "Trump's running mate" (a possessor).
 */
function containsRun(longName: NameWords, shortName: NameWords): boolean {
  const long = longName.words
  const short = shortName.words
  if (short.length === 0 || short.length > long.length) return false
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer
    if (longName.possessor[i + short.length - 1] === true && i + short.length < long.length) continue
    const next = long[i + short.length]
    if (next === undefined || next === 'and' || next === 'or' || PREPOSITIONS.has(next) || isPostmodifier(next)) return true
  }
  return false
}

/**
 * Whether a predicted speaker or source name matches a gold name:
 * case-insensitive, after {@link nameWords}; true when one's words are a
 * contiguous run of the other's that ends its head or stops before a
 * preposition ("Rubio" in "Marco Rubio"; "he" is not in "Stephen"; "Trump" is
 * not in "Trump campaign spokesman Jason Miller"), or when both end in the
 * same capitalised last word ("Mr. Obama", "President Obama") unless the
 * words before it differ and neither is a title ("Hillary Clinton" is not
 * "Bill Clinton"; "Financial Times" is not "New York Times"). Two lowercase
 * descriptions never match by last word alone ("a U.S. official" is not "a
 * Russian official").
 *
 * @example
 * namesMatch('Rubio', 'US Secretary of State Marco Rubio') // true
 * namesMatch('he', 'Stephen') // false
 */
export function namesMatch(predicted: string, gold: string): boolean {
  if (headsMatch(nameWords(predicted), nameWords(gold))) return true
  // "The state's campaign chairman, Phil Lovas,": the name set off after a description is the one named.
  const a = appositiveName(predicted)
  const b = appositiveName(gold)
  return (b !== null && headsMatch(nameWords(predicted), nameWords(b))) || (a !== null && headsMatch(nameWords(a), nameWords(gold)))
}

function headsMatch(a: NameWords, b: NameWords): boolean {
  if (a.words.length === 0 || b.words.length === 0) return false
  if (containsRun(a, b) || containsRun(b, a)) return true
  if (!a.lastCapitalised || !b.lastCapitalised) return false
  if (a.words[a.words.length - 1] !== b.words[b.words.length - 1]) return false
  // "Hillary Clinton" is not "Bill Clinton", nor "Financial Times" "New York Times";
  // a title before the shared word tells nobody apart ("Mr. Obama", "Barack Obama"),
  // nor does a middle initial ("Loretta E. Lynch", "Loretta Lynch").
  const before = (words: string[]) => words.slice(0, -1).filter((w) => w.length > 1)
  const pa = before(a.words).at(-1)
  const pb = before(b.words).at(-1)
  return pa === undefined || pb === undefined || pa === pb || TITLES.has(pa) || TITLES.has(pb)
}

/**
 * The name in apposition after a description ("The state's campaign chairman,
 * Phil Lovas,"): the first comma-separated segment after the head whose words
 * of two or more are all capitalised; null when there is none.
 *
 * @example
 * appositiveName("The state's campaign chairman, Phil Lovas,") // 'Phil Lovas'
 * appositiveName('Sen. Tim Kaine, D-Va.') // null
 */
export function appositiveName(name: string): string | null {
  const segments = name.split(',').slice(1)
  for (const segment of segments) {
    const words = segment.trim().split(/\s+/u).filter((w) => w !== '')
    if (words.length >= 2 && words.every((w) => /^\P{L}*\p{Lu}/u.test(w))) return words.join(' ')
  }
  return null
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that'])

/**
 * A gold speaker that is a relative pronoun ("29 others who only specified")
 * stands for the phrase right before it: a predicted mention that ends there,
 * with nothing but spaces and a comma between, names the same speaker.
 *
 * @example
 * const text = 'the Syrians who said'
 * namesAntecedent(text, {start: 0, end: 11}, 'who', {start: 12, end: 15}) // true
 */
export function namesAntecedent(text: string, mention: Range, speaker: string, speakerRange: Range | null): boolean {
  if (speakerRange === null || !RELATIVE_PRONOUNS.has(speaker.trim().toLowerCase())) return false
  if (mention.end > speakerRange.start || speakerRange.start - mention.end > 3) return false
  return /^[\s,]*$/u.test(text.slice(mention.end, speakerRange.start))
}

/** Personal, possessive, relative and demonstrative pronouns: not a named source. */
export const PRONOUNS: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me',
  'his', 'hers', 'its', 'their', 'theirs', 'our', 'ours', 'my', 'mine', 'your', 'yours',
  'himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself',
  'who', 'whom', 'whose', 'which', 'that', 'this', 'these', 'those', 'and', 'or'
])

/**
 * True when a name is empty or made only of pronouns ("he", "He and she",
 * "who"): such a speaker names nobody.
 *
 * @example
 * isPronounName('She') // true
 * isPronounName('Sheila') // false
 */
export function isPronounName(name: string | null | undefined): boolean {
  if (name === null || name === undefined) return true
  const words = name
    .toLowerCase()
    .split(/\s+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w !== '')
  return words.every((w) => PRONOUNS.has(w))
}

/** Speech verbs that PolNeAR sometimes annotates as the speaker with the name as the cue. */
const SWAP_VERBS = new Set([
  'said', 'says', 'say', 'added', 'adds', 'told', 'tells', 'asked', 'asks', 'wrote', 'writes',
  'continued', 'continues', 'explained', 'explains', 'noted', 'notes', 'replied', 'replies',
  'according to', 'tweeted', 'stated', 'states', 'insisted', 'argued', 'recalled'
])

/**
 * True when an annotated speaker text is a lone speech verb ("said",
 * "according to"): the annotation swapped speaker and cue (`"…" said Obama`).
 *
 * @example
 * isSwappedSpeaker('said') // true
 * isSwappedSpeaker('Obama') // false
 */
export function isSwappedSpeaker(speaker: string | null | undefined): boolean {
  if (speaker === null || speaker === undefined) return false
  const s = speaker.toLowerCase().replace(/[^\p{L}\s]/gu, ' ').replace(/\s+/gu, ' ').trim()
  return SWAP_VERBS.has(s)
}

/**
 * Format a 0..1 ratio as a percentage with one decimal ('n/a' when NaN).
 *
 * @example
 * percent(0.9712) // '97.1'
 */
export function percent(x: number): string {
  return Number.isFinite(x) ? (100 * x).toFixed(1) : 'n/a'
}

/**
 * Overall content `[min start, max end)` of `contentSpans`, trimmed; null when there are none.
 *
 * @example
 * contentRange('He said no.', [[8, 11]]) // {start: 8, end: 10}
 */
export function contentRange(text: string, spans: Array<[number, number]>): Range | null {
  if (spans.length === 0) return null
  const start = Math.min(...spans.map((s) => s[0]))
  const end = Math.max(...spans.map((s) => s[1]))
  return trimSpan(text, start, end)
}

/**
 * Does the content at `start` open inside quotation marks PolNeAR's conversion
 * did not read: `''` right before it or under its first character, or a mark and a speaker label opening its
 * line (`"PENCE: Well, …`)? PolNeAR files such quotes under `indirect`.
 *
 * @example
 * inUnreadMarks('"PENCE: Well, look.', 8) // true
 */
export function inUnreadMarks(text: string, start: number): boolean {
  if (start < 0) return false
  // the span may start on, inside or just after the doubled apostrophe
  if (text.slice(Math.max(0, start - 3), start + 2).includes("''")) return true
  const before = text.slice(Math.max(0, start - 40), start)
  return /(?:^|\n)\s*["“]\s*[A-Z][A-Z .'’-]{0,30}:\s*$/u.test(before)
}
