/**
 * Words that mark a claim as hearsay: the writer passes it on without
 * saying who it comes from ("reportedly", "is said to", "it is understood
 * that"). Data for `findHearsay`; extend here, not in code.
 */

/**
 * Adverbs that pass a claim on ("The minister reportedly resigned").
 * Not "apparently" or "evidently": the writer's own inference, not a report.
 *
 * @example
 * HEARSAY_ADVERBS.has('allegedly') // true
 */
export const HEARSAY_ADVERBS: ReadonlySet<string> = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'reputedly'])

/**
 * Participles of a hearsay passive ("is said to have", "is widely believed
 * to be") and of an impersonal one ("it is understood that"). Not "known" or
 * "expected": a fact and a forecast, not a report.
 *
 * @example
 * HEARSAY_PARTICIPLES.has('understood') // true
 */
export const HEARSAY_PARTICIPLES: ReadonlySet<string> = new Set([
  'said', 'reported', 'believed', 'thought', 'understood', 'rumored', 'rumoured', 'alleged', 'claimed', 'reputed'
])

/**
 * Hearsay participles that pass a claim on with no "is" before them ("a man
 * believed to be the gunman"); "said" and "reported" need it ("cases reported
 * to the CDC" is no hearsay).
 *
 * @example
 * BARE_HEARSAY_PARTICIPLES.has('believed') // true
 */
export const BARE_HEARSAY_PARTICIPLES: ReadonlySet<string> = new Set(['believed', 'thought', 'rumored', 'rumoured', 'alleged', 'reputed'])

/**
 * Infinitives a bare hearsay participle passes a claim on with ("believed
 * to be", "thought to have").
 *
 * @example
 * BARE_HEARSAY_INFINITIVES.has('be') // true
 */
export const BARE_HEARSAY_INFINITIVES: ReadonlySet<string> = new Set(['be', 'have'])

/**
 * Forms of "be" that open a hearsay passive ("is said to", "has been
 * reported that", "it's understood").
 *
 * @example
 * HEARSAY_BE.has('were') // true
 */
export const HEARSAY_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being', "'s", "isn't", "aren't", "wasn't", "weren't"])

/**
 * Words between "be" and a hearsay participle, beside "-ly" adverbs ("is
 * not thought to", "are also believed to", "was long rumoured to").
 *
 * @example
 * HEARSAY_SKIPPABLE.has('also') // true
 */
export const HEARSAY_SKIPPABLE: ReadonlySet<string> = new Set(['not', 'also', 'still', 'now', 'long', 'once', 'even', 'further'])

/**
 * Words after an impersonal hearsay participle that show a source is named
 * or none is passed on ("It was reported by Axios that", "it is said to me"):
 * no hearsay.
 *
 * @example
 * SOURCE_PREPOSITIONS.has('by') // true
 */
export const SOURCE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'by', 'to', 'in', 'on', 'at', 'for', 'with', 'as', 'from', 'about', 'of', 'into', 'over', 'and', 'or', 'but'
])

/**
 * Hearers after "said to" beside the personal pronouns: "it was said to me"
 * passes on no claim.
 *
 * @example
 * HEARERS.has('us') // true
 */
export const HEARERS: ReadonlySet<string> = new Set(['me', 'us', 'anyone', 'everyone', 'someone', 'nobody'])
