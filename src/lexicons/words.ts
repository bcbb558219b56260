/**
 * Function words the attribution rules read. All lower case.
 */

/**
 * Personal pronouns that can stand for a speaker.
 *
 * @example
 * PRONOUNS.get('she') // {gender: 'female', plural: false}
 */
export const PRONOUNS: ReadonlyMap<string, {gender: 'male' | 'female' | 'neuter' | 'any'; plural: boolean}> = new Map([
  ['he', {gender: 'male', plural: false}],
  ['she', {gender: 'female', plural: false}],
  ['they', {gender: 'any', plural: true}],
  ['it', {gender: 'neuter', plural: false}],
  ['i', {gender: 'any', plural: false}],
  ['we', {gender: 'any', plural: true}],
  ['you', {gender: 'any', plural: false}],
  ['him', {gender: 'male', plural: false}],
  ['her', {gender: 'female', plural: false}],
  ['them', {gender: 'any', plural: true}]
])

/**
 * Subject pronouns that stand for people who speak ("He argued that …",
 * "they say"): a speaker even when nothing they stand for is found.
 *
 * @example
 * SPEAKING_PRONOUNS.has('they') // true
 */
export const SPEAKING_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we'])

/**
 * Indefinite pronouns a participle may modify ("anyone wanting to learn
 * more", "everyone hoping for a deal"): they name no one who spoke.
 *
 * @example
 * INDEFINITE_PRONOUNS.has('anyone') // true
 */
export const INDEFINITE_PRONOUNS: ReadonlySet<string> = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'nobody'])

/**
 * Indefinite pronouns that name no source: a denial ("Nobody at Google is
 * arguing …"), a hypothesis or a question ("Not that anyone on the business
 * side of TV is arguing", "whether anyone disclosed the information") or a
 * generalisation ("everyone agrees"). "Someone familiar with the plan said"
 * is an anonymous source and is not listed.
 *
 * @example
 * NON_SOURCE_PRONOUNS.has('anyone') // true
 */
export const NON_SOURCE_PRONOUNS: ReadonlySet<string> = new Set(['nobody', 'anyone', 'anybody', 'everyone', 'everybody'])

/**
 * Determiners that take only a plural head ("both candidates", "several
 * officials"): a phrase they open that ends on a singular word is no noun
 * phrase ("Both candidates face [questions]" ends on a verb).
 *
 * @example
 * PLURAL_ONLY_DETERMINERS.has('both') // true
 */
export const PLURAL_ONLY_DETERMINERS: ReadonlySet<string> = new Set(['both', 'several', 'many', 'few', 'two', 'three', 'four', 'five'])

/**
 * Plural nouns that do not end in "s" ("many people", "both men").
 *
 * @example
 * IRREGULAR_PLURALS.has('people') // true
 */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'media', 'public', 'data', 'clergy', 'personnel', 'folk', 'faithful', 'youth', 'military', 'leadership'])

/**
 * Determiners that may start a noun phrase.
 *
 * @example
 * DETERMINERS.has('the') // true
 */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'another',
  'one', 'two', 'three', 'several', 'some', 'many', 'other', 'both', 'each', 'every', 'most', 'all', 'no'
])

/**
 * Words between a subject and its verb that belong to neither ("also",
 * "has", "reportedly", "himself").
 *
 * @example
 * SKIPPABLE.has('reportedly') // true
 */
export const SKIPPABLE: ReadonlySet<string> = new Set([
  'also', 'long', 'has', 'had', 'have', 'would', 'will', 'could', 'may', 'might', 'should', 'did', 'does', 'do', 'is',
  'was', 'were', 'are', 'be', 'been', 'being', 'not', 'never', 'reportedly', 'later', 'then', 'previously',
  'recently', 'earlier', 'again', 'repeatedly', 'publicly', 'privately', 'firmly', 'quickly', 'himself',
  'herself', 'themselves', 'itself', 'once', 'further', 'flatly', 'openly', 'bluntly', 'simply', 'just',
  'still', 'already', 'often', 'frequently', 'initially', 'first', 'finally', 'separately', 'allegedly',
  'apparently', 'angrily', 'emphatically', 'repeatedly', 'immediately', 'directly', 'explicitly', 'clearly',
  'strongly', 'sharply', 'quietly', 'loudly', 'jokingly', 'tearfully', 'defiantly', 'wryly', 'only',
  'even', 'always', 'now', "n't"
])

/**
 * Words that start a new clause: a subject never runs across them.
 *
 * @example
 * CLAUSE_BOUNDARIES.has('that') // true
 */
export const CLAUSE_BOUNDARIES: ReadonlySet<string> = new Set([
  'that', 'after', 'before', 'as', 'because', 'while', 'when', 'whenever', 'since', 'although', 'though',
  'if', 'unless', 'until', 'but', 'so', 'where', 'which', 'who', 'whom', 'whose', 'whether', 'than', 'once',
  'yet', 'or', 'nor', 'how', 'why', 'what', 'amid', 'despite', 'instead', 'however', 'meanwhile'
])

/**
 * Collectives English takes as plural, so "they" may stand for them:
 * "Police said … They added". Of `IRREGULAR_PLURALS` only these: "the
 * military" and "the leadership" are "it".
 *
 * @example
 * PLURAL_COLLECTIVES.has('police') // true
 */
export const PLURAL_COLLECTIVES: ReadonlySet<string> = new Set(['police', 'people', 'personnel', 'clergy'])

/**
 * Prepositions after which a word spelt like a verb in "-s" heads a noun
 * phrase: "pleaded not guilty to criminal charges", "accuses them of
 * attacks on oilfields", "$175 million in senior notes".
 *
 * @example
 * NOUN_PREPOSITIONS.has('of') // true
 */
export const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'on', 'in', 'to', 'for', 'with', 'from', 'against', 'into', 'about', 'over', 'under', 'by', 'at', 'amid', 'after', 'before', 'despite', 'without'
])

/**
 * Plural nouns of a stance that keep their cue after a preposition: "with
 * hopes of coming back", "on fears the company may default" (PolNeAR
 * attributes them to the subject of the clause).
 *
 * @example
 * STANCE_NOUNS.has('hopes') // true
 */
export const STANCE_NOUNS: ReadonlySet<string> = new Set(['hopes', 'fears', 'worries'])

/**
 * Words after a plural noun of speech that open what it says ("charges that
 * he lied", "attacks on his record", "tweets saying"): such a noun keeps its
 * cue even after a preposition.
 *
 * @example
 * SPEECH_NOUN_COMPLEMENTS.has('that') // true
 */
export const SPEECH_NOUN_COMPLEMENTS: ReadonlySet<string> = new Set(['that', 'on', 'against', 'about', 'saying', 'from', 'by', ':', 'to'])

/**
 * Prepositions that place a group or a speaker at a place named after them:
 * "nervous Democrats on Capitol Hill", "officials at the Pentagon",
 * "residents in Kharkiv". The people, not the place, are the source.
 *
 * @example
 * PLACING_PREPOSITIONS.has('on') // true
 */
export const PLACING_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'from', 'across', 'inside', 'outside'])

/**
 * Prepositions that may follow a speaker's role noun inside its phrase
 * ("a spokesperson for X", "an adviser to X", "people familiar with").
 *
 * @example
 * ROLE_PREPOSITIONS.has('for') // true
 */
export const ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'to', 'of', 'at', 'with', 'from', 'in', 'on', 'close', 'familiar', 'involved', 'inside', 'within', 'near', 'under'])

/**
 * Finite verbs of saying: a subject never runs across one ("Mr. Clarke said
 * he expected"), and a lone capitalised word right before one opening its
 * sentence is a name ("Stack said …", "Southwest said …").
 *
 * @example
 * SPEECH_VERB_FORMS.has('said') // true
 */
export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'stated', 'noted', 'explained', 'claimed', 'announced', 'insisted', 'argued', 'warned'])

/**
 * Words that end a speaker's noun phrase after the verb ("said Rubio in a
 * statement", "said Obama at a rally").
 *
 * @example
 * PHRASE_STOPS.has('in') // true
 */
export const PHRASE_STOPS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'as', 'that', 'who', 'which', 'to', 'with',
  'from', 'by', 'about', 'last', 'this', 'on', 'upon', 'via', 'over', 'through', 'earlier', 'later',
  'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'and', 'but', 'adding', 'noting', 'because', 'if', 'without', 'than', 'of'
])

/**
 * Endings of "-ly" words that are surnames or first names, not adverbs
 * ("Connolly", "Donnelly", "Kelly", "Reilly", "Kiely", "Coulibaly"): such a
 * word alone before a verb is a name ("Connolly said …").
 *
 * @example
 * NAME_LY_ENDINGS.some((e) => 'connolly'.endsWith(e)) // true
 */
export const NAME_LY_ENDINGS: readonly string[] = ['olly', 'elly', 'illy', 'iely', 'aly']

/**
 * Endings of the lower-case tail of a hyphenated modifier ("Oscar-winning
 * director", "Bluetooth-equipped phones", "Texas-born singer"): a capitalised
 * word so ended is an adjective, no name nor part of the name after it.
 *
 * @example
 * MODIFIER_TAIL_ENDINGS.some((e) => 'equipped'.endsWith(e)) // true
 */
export const MODIFIER_TAIL_ENDINGS: readonly string[] = ['ed', 'ing', 'born', 'made', 'built', 'grown', 'known', 'wide']

/**
 * Sentence-initial words that are capitalised but start no name.
 *
 * @example
 * NOT_NAMES.has('however') // true
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile', 'in', 'on', 'at', 'for', 'with',
  'after', 'before', 'as', 'if', 'when', 'while', 'although', 'though', 'because', 'since', 'despite',
  'instead', 'still', 'also', 'then', 'now', 'later', 'earlier', 'this', 'that', 'these', 'those', 'it', 'its',
  'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'there', 'here', 'what',
  'who', 'why', 'how', 'where', 'which', 'according', 'asked', 'speaking', 'yes', 'no', 'not', 'all', 'some',
  'many', 'most', 'one', 'two', 'three', 'several', 'both', 'each', 'every', 'such', 'other', 'another',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  // Holidays name no one: "after the first Christmas rush".
  'christmas', 'easter', 'thanksgiving', 'hanukkah', 'passover', 'ramadan', 'eid', 'diwali', 'halloween', 'mr',
  'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'from', 'by', 'to', 'of', 'about', 'under', 'over', 'during',
  'among', 'amid', 'against', 'between', 'through', 'without', 'within', 'while', 'until', 'once', 'unless',
  'whether', 'only', 'even', 'just', 'perhaps', 'maybe', 'indeed', 'overall', 'finally', 'first', 'second',
  'last', 'next', 'thus', 'therefore', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'otherwise',
  'today', 'yesterday', 'tomorrow', 'tonight', 'sources', 'officials', 'critics', 'reports', 'people', 'so-called'
])

/**
 * Words after which a capitalised quote is the title of a work, a show or an
 * event rather than words someone said ("on CNN's “State of the Union”", "an
 * episode of “Shark Tank”"). A determiner in between is skipped ("during a
 * “Commander-in-Chief” forum"); a possessive ("CNN's") is a slot too.
 *
 * @example
 * TITLE_SLOT_WORDS.has('of') // true
 */
export const TITLE_SLOT_WORDS: ReadonlySet<string> = new Set([
  'on', 'of', 'in', 'at', 'from', 'about', 'into', 'during', 'for', 'with', 'by', 'to', 'watch', 'watched', 'read'
])

/**
 * Nouns of a work with a title (a book, a show, a report, an ad): a
 * capitalised quote after one, or after one and a comma, is its title ("in her
 * memoir, “Small Hours,”", "the documentary “Dry Season”"), not words someone said.
 *
 * @example
 * WORK_NOUNS.has('memoir') // true
 */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'book', 'books', 'autobiography', 'memoir', 'memoirs', 'novel', 'biography', 'film', 'films', 'movie', 'movies',
  'documentary', 'show', 'shows', 'series', 'program', 'programs', 'programme', 'programmes', 'episode', 'song',
  'songs', 'single', 'album', 'albums', 'report', 'play', 'musical', 'opera', 'poem', 'essay', 'column', 'ad', 'ads',
  'advert', 'advertisement', 'commercial', 'campaign', 'exhibition', 'exhibit', 'magazine', 'newspaper', 'podcast',
  'sitcom', 'headline', 'headlines', 'heading', 'headings', 'titles'
])

/**
 * Words that open examples of a kind before a quote ("shows such as “…”",
 * "films like “…”", "songs including “…”"): after a noun of a work
 * (`WORK_NOUNS`, "such" between them allowed), a capitalised quote there is a
 * title from the list, not words someone said.
 *
 * @example
 * EXAMPLE_SLOT_WORDS.has('including') // true
 */
export const EXAMPLE_SLOT_WORDS: ReadonlySet<string> = new Set(['like', 'including', 'as'])

/**
 * Determiners skipped when looking for a title slot before a quote.
 *
 * @example
 * SLOT_DETERMINERS.has('the') // true
 */
export const SLOT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that'])

/**
 * Words that make a time adverbial with a word before them ("last year", "on
 * Monday", "in 2010"): cut from the edges of a speaker's phrase ("Last year the
 * mayor said", "McConnell in 2010 said"). Years and numbers count too.
 *
 * @example
 * TIME_NOUNS.has('week') // true
 */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'year', 'years', 'week', 'weeks', 'month', 'months', 'day', 'days', 'night', 'morning', 'afternoon', 'evening',
  'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter', 'time', 'decade', 'century',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'
])

/**
 * Words that open a time adverbial before a time noun ("last week", "in May").
 *
 * @example
 * TIME_OPENERS.has('last') // true
 */
export const TIME_OPENERS: ReadonlySet<string> = new Set([
  'last', 'this', 'next', 'earlier', 'later', 'early', 'late', 'that', 'in', 'on', 'at', 'during', 'since', 'by', 'past'
])

/**
 * Words that join two quotes into one list (“A” and “B”, “A,” “B” or “C”): the
 * second is of the first one's kind and speaker.
 *
 * @example
 * COORDINATORS.has('and') // true
 */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'and then', 'as well as', 'but also'])

/**
 * Nouns for what someone says or publishes, and for runs of it ("a flurry of
 * tweets"): when one is the subject of a cue, the speaker is its author, the
 * subject of the verb that produced it ("Trump unleashed a series of tweets
 * saying", "led her to make a comment that described").
 *
 * @example
 * UTTERANCE_NOUNS.has('tweets') // true
 */
export const UTTERANCE_NOUNS: ReadonlySet<string> = new Set([
  'tweet', 'tweets', 'post', 'posts', 'comment', 'comments', 'remark', 'remarks', 'message', 'messages', 'ad', 'ads',
  'spot', 'spots', 'video', 'videos', 'speech', 'speeches', 'statement', 'statements', 'letter', 'letters',
  'email', 'emails', 'series', 'flurry', 'string', 'barrage', 'volley', 'stream', 'torrent'
])

/**
 * Quantifiers: a word after one modifies a noun even when it could be a verb
 * ("Some state officials", "many voting members").
 *
 * @example
 * QUANTIFIERS.has('several') // true
 */
export const QUANTIFIERS: ReadonlySet<string> = new Set([
  'some', 'many', 'several', 'few', 'most', 'all', 'both', 'various', 'numerous', 'other', 'two', 'three',
  'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'more', 'fewer'
])

/**
 * Prepositions that open a bound on a number, not a place or occasion: "at
 * least 22 people were killed", "at most a dozen". After a cue the clause
 * they open is reported speech ("said at least 12 people died").
 *
 * @example
 * NUMBER_BOUNDS.get('at')?.has('least') // true
 */
export const NUMBER_BOUNDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['at', new Set(['least', 'most'])]
])

/**
 * Number words, alone or joined by hyphens ("twenty-seven"): a number names
 * no one, and a word after one is a noun ("Twenty-seven states").
 *
 * @example
 * NUMBER_WORDS.has('twenty') // true
 */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion',
  'dozen', 'dozens', 'hundreds', 'thousands', 'millions'
])

/** The initial and hyphen of a US party in a lawmaker's tag ("D-N.Y.", "R-Kan.", "(I-Vt.)"). */
export const PARTY_INITIALS: ReadonlySet<string> = new Set(['D-', 'R-', 'I-'])

/**
 * A politician's party-and-state tag: a party initial and a hyphen (see
 * `PARTY_INITIALS`), then a capital. It follows a name and names no one.
 *
 * @example
 * isPartyTag('R-Kan.') // true
 * isPartyTag('Rubio') // false
 */
export function isPartyTag(text: string): boolean {
  return PARTY_INITIALS.has(text.slice(0, 2)) && /^[A-Z]/u.test(text.slice(2))
}

/**
 * Whether a word is a number: digits ("18", "1995", "9/11") or number words
 * ("Twenty-seven", "two").
 *
 * @example
 * isNumberWord('twenty-seven') // true
 * isNumberWord('Twain') // false
 */
export function isNumberWord(word: string): boolean {
  if (/^\d/u.test(word)) return true
  const lower = word.toLowerCase()
  if (NUMBER_WORDS.has(lower)) return true
  if (!lower.includes('-')) return false
  return lower.split('-').every((part) => NUMBER_WORDS.has(part))
}

/**
 * Auxiliary and modal verbs: a word between one and a cue is an adverb ("has
 * long said", "had repeatedly denied"), not an adjective making the cue a noun.
 *
 * @example
 * AUXILIARY_VERBS.has('has') // true
 */
export const AUXILIARY_VERBS: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'could', 'should', 'can',
  'may', 'might', 'must', 'did', 'does', 'do'
])

/**
 * First names the name lexicon does not know (or knows as a common word) with
 * the gender they mostly have: "Bill Clinton" is "he", never "she".
 *
 * @example
 * FIRST_NAME_GENDERS.get('bill') // 'male'
 */
export const FIRST_NAME_GENDERS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['bill', 'male'], ['barack', 'male'], ['jeb', 'male'], ['mitt', 'male'], ['newt', 'male'], ['reince', 'male'],
  ['rand', 'male'], ['rush', 'male'], ['jesse', 'male'], ['dick', 'male'], ['pat', 'male'], ['chuck', 'male'],
  ['kellyanne', 'female'], ['huma', 'female'], ['megyn', 'female'], ['condoleezza', 'female'], ['hillary', 'female']
])

/**
 * Abbreviations with a period that end no sentence, beside those parse-english
 * knows ("Sen.", "Rep.", "Gov.", "Gen.", "Mr."): plural titles and "vs."
 * ("Sens. Jeff Merkley and Sherrod Brown", "Reps. Adam Schiff and Jim Jordan",
 * "Trump vs. Clinton"). Case-sensitive.
 *
 * @example
 * SENTENCE_ABBREVIATIONS.has('Sens') // true
 */
export const SENTENCE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Sens', 'Reps', 'Govs', 'Gens', 'Adm', 'Adms', 'Cmdr', 'Sgts', 'Lts', 'Cols', 'Drs', 'Profs', 'Messrs', 'Mmes',
  'Hon', 'Rt', 'vs', 'Vs', 'approx', 'Ste', 'Mt', 'Ft',
  // in capitals, as transcripts label their speakers ("SEN. AMY KLOBUCHAR:"); not "MS" or "SEC", which end sentences
  'SEN', 'SENS', 'REP', 'REPS', 'GOV', 'GEN', 'MR', 'MRS', 'DR', 'LT', 'COL', 'SGT', 'ADM', 'PROF', 'PRES', 'AMB', 'SECY'
])

/**
 * Words parse-english takes for abbreviations but news ends sentences with:
 * "War." (Warwickshire to it) in "the Gulf War. He said …", "SEC." (the
 * Securities and Exchange Commission, not "Sec." for a section) in "filed
 * with the SEC. Shares fell"; "in." (inches to it) after a particle verb
 * ("wanted to weigh in. The mayor said …", "was sworn in."), "wed.", "sat."
 * and "sun." (Wednesday, Saturday, Sunday) as the verbs and the noun, and
 * "Sun." as a newspaper ("reported by the Baltimore Sun. Officials said …").
 * Case-sensitive.
 *
 * @example
 * SENTENCE_END_WORDS.has('War') // true
 */
export const SENTENCE_END_WORDS: ReadonlySet<string> = new Set(['War', 'SEC', 'in', 'wed', 'sat', 'sun', 'Sun'])

/**
 * Datelines ("WASHINGTON (AP) —") are looked for at the start of this many
 * paragraphs of an article: the headline, a standfirst and the first body
 * paragraph, with one to spare.
 *
 * @example
 * DATELINE_PARAGRAPHS // 4
 */
export const DATELINE_PARAGRAPHS = 4

/**
 * The most tokens a dateline runs to, its dash included
 * ("HEMPSTEAD, N.Y., Sept. 26 (UPI) —" is 12).
 *
 * @example
 * DATELINE_TOKENS // 16
 */
export const DATELINE_TOKENS = 16

/**
 * Dashes that end a dateline: em, en, the horizontal bar, a hyphen (one or
 * two, "WASHINGTON --").
 *
 * @example
 * DATELINE_DASHES.has('\u2014') // true
 */
export const DATELINE_DASHES: ReadonlySet<string> = new Set(['\u2014', '\u2013', '\u2015', '-', '--'])

/**
 * Possessive determiners and the pronoun that stands for their owner: "Her
 * campaign said" is the campaign of whoever "she" is.
 *
 * @example
 * POSSESSIVE_OWNERS.get('her') // {pronoun: 'she', gender: 'female'}
 */
export const POSSESSIVE_OWNERS: ReadonlyMap<string, {pronoun: string; gender?: 'male' | 'female'}> = new Map([
  ['his', {pronoun: 'he', gender: 'male'}],
  ['her', {pronoun: 'she', gender: 'female'}],
  ['its', {pronoun: 'it'}],
  ['their', {pronoun: 'they'}]
])

/**
 * Past participles not in "-ed" that name who handled a document or a
 * question ("a memo seen by Reuters", "a letter written by", "a poll taken
 * by"): read like "obtained by" and "polled by".
 *
 * @example
 * IRREGULAR_PARTICIPLES.has('seen') // true
 */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['seen', 'shown', 'written', 'given', 'taken', 'drawn', 'read', 'sent', 'held', 'made', 'done', 'run'])

/**
 * Common adjectives that compromise's word list leaves untagged, read as
 * modifiers before a cue-like noun: "popular shows", "previous reports",
 * "local reports", "numerous complaints", "federal charges", "possible
 * attacks" are nouns, not verbs.
 *
 * @example
 * PLAIN_ADJECTIVES.has('popular') // true
 */
export const PLAIN_ADJECTIVES: ReadonlySet<string> = new Set([
  'popular', 'previous', 'famous', 'similar', 'original', 'annual', 'serious', 'obvious', 'numerous', 'regular',
  'occasional', 'persistent', 'unconfirmed', 'additional', 'internal', 'external', 'unofficial', 'informal',
  'positive', 'negative', 'favorable', 'favourable', 'televised', 'federal', 'political', 'judicial', 'criminal',
  'possible'
])

/**
 * Verbs that agree only with a plural subject, right after a form in "-s":
 * that form is then a plural noun, their subject ("feature credits include
 * …", "audience questions were …", "phone calls had been …", "the details
 * haven't been settled", "lab reports show …"), not a cue.
 *
 * @example
 * PLURAL_SUBJECT_VERBS.has('include') // true
 */
export const PLURAL_SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'include', 'are', 'were', 'have', 'had', 'remain', "haven't", 'havent', "aren't", 'arent', "weren't", 'werent',
  'show', 'suggest', 'indicate'
])
