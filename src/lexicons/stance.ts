/**
 * Stance predicates: adjectives and nouns that ascribe an attitude towards
 * something to their subject, the way PolNeAR (after PARC) annotates
 * attribution: "Graham has been critical of Trump", "she is a staunch
 * opponent of the death penalty", "Trump is raising questions about his
 * microphone". Each head lists the words that open its content right after
 * it ("of", "about", "that").
 */

/**
 * Adjectives of attitude, read after a form of "be" ("is critical of",
 * "weren't too concerned about", "has been adamant that").
 *
 * @example
 * STANCE_ADJECTIVES.critical // ['of']
 */
export const STANCE_ADJECTIVES: Readonly<Record<string, readonly string[]>> = {
  critical: ['of'],
  supportive: ['of'],
  dismissive: ['of'],
  skeptical: ['of', 'about', 'that'],
  sceptical: ['of', 'about', 'that'],
  wary: ['of', 'about'],
  suspicious: ['of'],
  distrustful: ['of'],
  contemptuous: ['of'],
  concerned: ['about', 'over', 'that'],
  worried: ['about', 'over', 'that'],
  anxious: ['about', 'over', 'that'],
  alarmed: ['by', 'at', 'that'],
  troubled: ['by', 'that'],
  upset: ['about', 'over', 'with', 'that'],
  angry: ['about', 'over', 'at', 'that'],
  furious: ['about', 'over', 'at', 'that'],
  frustrated: ['with', 'by', 'over', 'that'],
  disappointed: ['in', 'with', 'by', 'that'],
  unhappy: ['with', 'about', 'that'],
  optimistic: ['about', 'that'],
  pessimistic: ['about', 'that'],
  hopeful: ['about', 'that'],
  confident: ['about', 'in', 'that'],
  convinced: ['of', 'that'],
  adamant: ['about', 'that'],
  sure: ['if', 'whether', 'of', 'about', 'that'],
  unsure: ['if', 'whether', 'of', 'about'],
  enthusiastic: ['about'],
  passionate: ['about'],
  bullish: ['on', 'about'],
  bearish: ['on', 'about'],
  coy: ['about'],
  vocal: ['about', 'in'],
  outspoken: ['about', 'on', 'in'],
  opposed: ['to'],
  hostile: ['to', 'toward', 'towards'],
  sympathetic: ['to', 'toward', 'towards'],
  receptive: ['to']
}

/**
 * Nouns for a partisan of something, read after a form of "be" and its
 * modifiers ("has been a consistent and outspoken supporter of NATO", "is a
 * staunch opponent of the death penalty").
 *
 * @example
 * STANCE_ROLE_NOUNS.opponent // ['of']
 */
export const STANCE_ROLE_NOUNS: Readonly<Record<string, readonly string[]>> = {
  supporter: ['of'],
  supporters: ['of'],
  backer: ['of'],
  backers: ['of'],
  proponent: ['of'],
  proponents: ['of'],
  advocate: ['of', 'for'],
  advocates: ['of', 'for'],
  champion: ['of'],
  defender: ['of'],
  defenders: ['of'],
  opponent: ['of'],
  opponents: ['of'],
  critic: ['of'],
  critics: ['of'],
  detractor: ['of'],
  skeptic: ['of'],
  admirer: ['of'],
  admirers: ['of'],
  fan: ['of'],
  fans: ['of']
}

/**
 * Nouns for an attitude held or voiced, read after a verb of
 * {@link HOLDING_VERBS} ("has no illusions about", "had such reservations
 * about").
 *
 * @example
 * HELD_STANCE_NOUNS.illusions // ['about']
 */
export const HELD_STANCE_NOUNS: Readonly<Record<string, readonly string[]>> = {
  questions: ['about', 'over', 'regarding'],
  concerns: ['about', 'over', 'regarding'],
  concern: ['about', 'over', 'regarding'],
  doubts: ['about', 'over', 'regarding'],
  reservations: ['about', 'over', 'regarding'],
  misgivings: ['about', 'over', 'regarding'],
  qualms: ['about', 'over'],
  illusions: ['about'],
  objections: ['to']
}

/**
 * Verb forms that hold or voice an attitude noun ("has no illusions about",
 * "had such reservations about", "expressed concern about"). Not "faced questions": others ask them; not
 * "raised questions": findings and decisions raise them as often as people.
 *
 * @example
 * HOLDING_VERBS.has('raising') // true
 */
export const HOLDING_VERBS: ReadonlySet<string> = new Set([
  'have', 'has', 'had', 'having', 'harbor', 'harbors', 'harbored', 'harboring', 'harbour', 'harbours', 'harboured', 'harbouring',
  // Voiced rather than held: "rights groups have expressed deep concern about the rule", "voiced doubts about".
  'express', 'expresses', 'expressed', 'expressing', 'voice', 'voices', 'voiced', 'voicing'
])

/**
 * Forms of "be" and its near relatives that link a subject to a stance
 * adjective or noun ("is", "has been", "remains", "became", "weren't";
 * apostrophes are folded to `'` before the lookup).
 *
 * @example
 * LINKING_VERBS.has('remains') // true
 */
export const LINKING_VERBS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'remain', 'remains', 'remained', 'become', 'becomes', 'became',
  "isn't", "aren't", "wasn't", "weren't"
])

/**
 * Phrases of position read right after a linking verb ("is against the
 * deal", "was in favor of the merger").
 *
 * @example
 * STANCE_PHRASES.includes('in favor of') // true
 */
export const STANCE_PHRASES: readonly string[] = ['against', 'in favor of', 'in favour of']

/**
 * Words that may stand between the linking or holding verb and the stance
 * word besides adjectives and adverbs ("not", "no", "such", "a").
 *
 * @example
 * STANCE_MODIFIERS.has('no') // true
 */
export const STANCE_MODIFIERS: ReadonlySet<string> = new Set([
  'not', "n't", 'no', 'a', 'an', 'such', 'some', 'any', 'many', 'serious', 'deep', 'grave', 'real', 'new', 'fresh',
  'growing', 'lingering', 'too', 'very', 'so', 'quite', 'more', 'less', 'most', 'and', ',', 'also', 'still', 'long',
  'staunch', 'strong', 'vocal', 'outspoken', 'consistent', 'fierce', 'harsh', 'leading', 'longtime', 'early', 'big',
  'major', 'key', 'prominent', 'ardent', 'avid', 'vocal', 'persistent', 'frequent', 'loud', 'sharp', 'bitter'
])
