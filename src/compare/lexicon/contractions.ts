/**
 * English contractions and the words they stand for. Hand-written for
 * onrecord (MIT). A quote that says "There's" where the source says
 * "There is" differs only cosmetically.
 */

/**
 * Whole contracted words whose expansion is not the stem plus a suffix.
 *
 * @example
 * IRREGULAR_CONTRACTIONS["won't"] // ['will', 'not']
 */
export const IRREGULAR_CONTRACTIONS: Readonly<Record<string, readonly string[]>> = {
  "won't": ['will', 'not'],
  "can't": ['can', 'not'],
  cannot: ['can', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['is', 'not'],
  "let's": ['let', 'us'],
  "y'all": ['you', 'all'],
  "o'clock": ["o'clock"],
  "ma'am": ['madam'],
  gonna: ['going', 'to'],
  wanna: ['want', 'to'],
  gotta: ['got', 'to'],
  // written without the apostrophe (common in wire copy and transcripts); not "cant", "wont", "shant": words of their own
  didnt: ['did', 'not'],
  dont: ['do', 'not'],
  doesnt: ['does', 'not'],
  isnt: ['is', 'not'],
  wasnt: ['was', 'not'],
  arent: ['are', 'not'],
  werent: ['were', 'not'],
  hasnt: ['has', 'not'],
  havent: ['have', 'not'],
  hadnt: ['had', 'not'],
  couldnt: ['could', 'not'],
  wouldnt: ['would', 'not'],
  shouldnt: ['should', 'not']
}

/**
 * Suffixes that contract a word (`n't`, `'re`...), with the word each one
 * stands for. `'s` and `'d` are ambiguous and only expanded after the
 * words in {@link S_CONTRACTION_HOSTS}.
 *
 * @example
 * CONTRACTION_SUFFIXES["n't"] // 'not'
 */
export const CONTRACTION_SUFFIXES: Readonly<Record<string, string>> = {
  "n't": 'not',
  "'re": 'are',
  "'ve": 'have',
  "'ll": 'will',
  "'m": 'am',
  "'d": 'would',
  "'s": 'is'
}

/**
 * Words after which `'s` means "is" (not a possessive) and `'d` means
 * "would": `there's`, `it's`, `he'd`.
 *
 * @example
 * S_CONTRACTION_HOSTS.has('there') // true
 */
export const S_CONTRACTION_HOSTS: ReadonlySet<string> = new Set([
  'it', 'that', 'there', 'here', 'what', 'who', 'where', 'when', 'why', 'how',
  'he', 'she', 'this', 'everything', 'nothing', 'something', 'everyone', 'someone',
  'nobody', 'i', 'you', 'we', 'they'
])
