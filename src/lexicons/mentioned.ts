/**
 * Words that say a quoted expression was used by someone, so the quote is
 * their words even when it is short: "has used the phrase “Islamic terrorism”",
 * "refuses to use the words ‘Islamic terrorist’". A name it is merely given
 * ("the nickname “Lyin’ Ted”") is a designation, not in this list.
 */

/**
 * Nouns for a quoted expression ("the phrase", "the words").
 *
 * @example
 * EXPRESSION_NOUNS.has('phrase') // true
 */
export const EXPRESSION_NOUNS: ReadonlySet<string> = new Set(['phrase', 'phrases', 'word', 'words', 'term', 'terms', 'expression', 'expressions', 'line', 'slogan', 'refrain', 'mantra', 'catchphrase'])

/**
 * Verbs whose subject speaks the expression ("used the phrase", "uttered the words").
 *
 * @example
 * USING_VERBS.has('used') // true
 */
export const USING_VERBS: ReadonlySet<string> = new Set([
  'use', 'uses', 'used', 'using',
  'utter', 'utters', 'uttered', 'uttering',
  'coin', 'coins', 'coined', 'coining',
  'repeat', 'repeats', 'repeated', 'repeating',
  'invoke', 'invokes', 'invoked', 'invoking',
  'say', 'says', 'said', 'saying',
  'speak', 'speaks', 'spoke', 'speaking'
])

/**
 * Nouns for words a crowd voices, before "of" and a quote: "chants of “Lock
 * her up!”", "cries of “Shame!”". The quote is what was chanted.
 *
 * @example
 * VOICED_NOUNS.has('chants') // true
 */
export const VOICED_NOUNS: ReadonlySet<string> = new Set([
  'chant', 'chants', 'chanting', 'cry', 'cries', 'shout', 'shouts', 'shouting', 'yell', 'yells', 'scream', 'screams',
  'chorus', 'cheer', 'cheers', 'jeer', 'jeers', 'boo', 'boos', 'refrain', 'roar'
])
