/**
 * Function words: articles, pronouns, auxiliaries, prepositions,
 * conjunctions and the commonest adverbs. Hand-written for onrecord (MIT).
 * They carry little of what a sentence reports, so the overlap measures
 * weigh them low.
 *
 * @example
 * STOPWORDS.has('the') // true
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those there here ' +
    'i me my mine myself you your yours yourself yourselves he him his himself she her hers herself ' +
    'it its itself we us our ours ourselves they them their theirs themselves ' +
    'who whom whose which what whatever whoever whichever when where why how whether ' +
    'am is are was were be been being have has had having do does did doing done ' +
    'will would shall should can could may might must ought ' +
    'of in on at by for with about against between into through during before after above below ' +
    'to from up down out off over under again further then once upon within without toward towards ' +
    'onto across along around among amongst via per than as ' +
    'and but or nor so yet if because while whilst although though unless until since ' +
    'all any both each few more most other some such own same ' +
    'only very just too also even still already ever again quite rather ' +
    'one ones s t d ll m re ve ' +
    'said says say told tell tells according ' +
    'mr mrs ms dr'
  ).split(' ')
)

/**
 * Words that negate what they qualify. A pair where one side negates and
 * the other does not is rarely a paraphrase.
 *
 * @example
 * NEGATIONS.has('never') // true
 */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'without', 'cannot'
])

/**
 * Words that negate the verb after them ("declined to comment" says what
 * "did not comment" says, "is yet to decide" what "has not decided"): the
 * paraphrase model counts them with {@link NEGATIONS} when they are
 * followed by "to", and "unless" ("if not") always.
 *
 * @example
 * IMPLICIT_NEGATIONS.includes('declined') // true
 */
export const IMPLICIT_NEGATIONS: readonly string[] = [
  'decline', 'declined', 'declines', 'declining',
  'refuse', 'refused', 'refuses', 'refusing',
  'fail', 'failed', 'fails', 'failing', 'failure',
  'unable', 'unless', 'yet'
]

/**
 * Words after "not" or "no" with which they do not negate: "not only",
 * "not surprisingly", "no doubt".
 *
 * @example
 * NOT_NEGATING.has('only') // true
 */
export const NOT_NEGATING: ReadonlySet<string> = new Set(['only', 'just', 'least', 'surprisingly', 'doubt'])

/**
 * Number words and their values, so "three" and "3" compare equal.
 *
 * @example
 * NUMBER_WORDS.get('twelve') // 12
 */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['thousand', 1000], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['dozen', 12]
])

/**
 * Words that say who reported something and when rather than what
 * happened: reporting verbs, days, relative dates. Two sentences sharing
 * only these do not report the same news, so claims weigh them low.
 *
 * @example
 * FRAME_WORDS.has('reportedly') // true
 */
export const FRAME_WORDS: ReadonlySet<string> = new Set(
  (
    'said say says saying told tell tells telling claim claimed claims report reported reports reportedly reporting ' +
    'according noted note added add stated statement announced announce confirmed confirm ' +
    'cited citing quoted quoting wrote write writes posted posting ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight ' +
    'morning afternoon evening night week weekend month year earlier later meanwhile however also ' +
    'comes come came amid'
  ).split(' ')
)
