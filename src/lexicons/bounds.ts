/**
 * Words that mark where a reported content ends (issue 3): the writer's own
 * clauses and asides after what a source said.
 */

/**
 * Relative words that, after a comma, end a noun-phrase object even when
 * another comma follows: the relative clause describes the object in the
 * writer's words ("praised the proposals, which include a provision …,
 * which would …"; "likened RT to the BBC, which receives some funding, in an
 * interview").
 *
 * @example
 * OBJECT_RELATIVES.has('which') // true
 */
export const OBJECT_RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose'])

/**
 * Prepositions of a cue's frame that carry an object on past a relative
 * aside ("accused Rafael Cruz, who was born in Cuba, of associating with …";
 * "described the plan, which …, as a giveaway").
 *
 * @example
 * OBJECT_COMPLEMENTS.has('of') // true
 */
export const OBJECT_COMPLEMENTS: ReadonlySet<string> = new Set(['of', 'as', 'for', 'to', 'with'])

/**
 * Subordinators that open the writer's adverbial clause after an object or
 * infinitive content ("warned officials to boost their security after
 * hackers targeted …", "described him as an evangelist when he ran …",
 * "agreed to release the cash so Mr. Clarke could start the work").
 *
 * @example
 * TRAILING_SUBORDINATORS.has('after') // true
 */
export const TRAILING_SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'when', 'as', 'until', 'because', 'before', 'while', 'since', 'once', 'unless', 'whereas', 'so'])

/**
 * Words that open the subject of a clause: subject pronouns and determiners
 * ("after hackers targeted …" opens with a bare plural; see
 * `subordinateClauseAt`).
 *
 * @example
 * SUBJECT_STARTS.has('the') // true
 */
export const SUBJECT_STARTS: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'we', 'i', 'it', 'you', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'these',
  'those', 'some', 'many', 'most', 'several'
])

/**
 * Finite verbs and auxiliaries that show a clause ("when he ran", "as Trump
 * consolidates", "until the work was completed"), besides past-tense and
 * present-tense forms compromise knows.
 *
 * @example
 * CLAUSE_VERBS.has('was') // true
 */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'did', 'does', 'do', 'cannot', "can't", "won't"
])

/**
 * Subordinators that, opening a sentence, put a cue inside an adverbial
 * clause that ends at its comma ("While he acknowledged funding was a
 * reason, Ham also noted …", "When veterans ask for help, too many calls …").
 *
 * @example
 * LEADING_SUBORDINATORS.has('while') // true
 */
export const LEADING_SUBORDINATORS: ReadonlySet<string> = new Set([
  'while', 'when', 'whenever', 'although', 'though', 'because', 'after', 'before', 'since', 'once', 'unless', 'whereas', 'until'
])

/**
 * Cues (lemmas) whose content is a clause, never a noun phrase (past the
 * hearer of "told"): a time or occasion after them is no content ("said
 * Saturday night at the gala dinner", "added Friday as he entered the talks",
 * "told reporters after the meeting").
 *
 * @example
 * CLAUSE_ONLY_CUES.has('say') // true
 */
export const CLAUSE_ONLY_CUES: ReadonlySet<string> = new Set(['say', 'add', 'explain', 'insist', 'argue', 'contend', 'assert', 'tell'])

/**
 * Cues that report only a clause or a quote: with a bare, unquoted noun
 * phrase after them they mean something else ("the bakery added two ovens",
 * "the new plan adds a night bus"), and there is no attribution.
 *
 * @example
 * VERBLESS_OBJECT_NOT_CONTENT.has('add') // true
 */
export const VERBLESS_OBJECT_NOT_CONTENT: ReadonlySet<string> = new Set(['add'])

/**
 * Prepositions that open a time or occasion after a cue ("said during a
 * rally", "said at a news conference", "said on Fox News").
 *
 * @example
 * OCCASION_OPENERS.has('during') // true
 */
export const OCCASION_OPENERS: ReadonlySet<string> = new Set(['during', 'at', 'on', 'in', 'after', 'before'])

/**
 * Words of a time or occasion adjunct right after a cue ("said Monday in a
 * statement", "told reporters on Friday"): only these between a cue and a
 * comma leave the attribution closing its sentence.
 *
 * @example
 * ADJUNCT_WORDS.has('monday') // true
 */
export const ADJUNCT_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening',
  'night', 'last', 'this', 'next', 'week', 'month', 'year', 'today', 'yesterday', 'tonight', 'earlier', 'later',
  'on', 'in', 'at', 'during', 'a', 'an', 'the', 'statement', 'interview', 'briefing', 'conference', 'news', 'call',
  'phone', 'email', 'emailed', 'recently', 'again', 'also', 'then', 'previously', 'separately', 'privately', 'publicly'
])

/**
 * Participles of the question a reply answers ("“I don't know,” Smith said,
 * when asked whether he would resign", "the coach said, pressed on the
 * injury"): after a cue they open the occasion of what was said, not what
 * was said. With an optional subordinator and "being" before them (see
 * {@link QUESTION_SUBORDINATORS}).
 *
 * @example
 * QUESTION_PARTICIPLES.has('asked') // true
 */
export const QUESTION_PARTICIPLES: ReadonlySet<string> = new Set(['asked', 'pressed', 'questioned', 'quizzed'])

/** Subordinators before a question participle ("when asked", "after being pressed", "if asked"). */
export const QUESTION_SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'after', 'if', 'once', 'while', 'before', 'upon'])

/** Words after a bare question participle that make it the question ("asked whether", "pressed on", "asked if"); not "asked questions were …". */
export const QUESTION_OBJECTS: ReadonlySet<string> = new Set(['whether', 'if', 'about', 'on', 'why', 'what', 'how', 'who', 'when', 'where', 'which', 'for', 'to', 'by'])

/**
 * Subject pronouns that open a reported clause with no "that" after an
 * occasion ("said in a statement it had charged …", "said at a news
 * conference Monday she would …"), before an auxiliary.
 *
 * @example
 * CLAUSE_SUBJECTS.has('it') // true
 */
export const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'there'])

/**
 * Words after which a pronoun is their object, not the subject of a new
 * clause ("in a letter to them", "with it").
 *
 * @example
 * PLACING_WORDS.has('to') // true
 */
export const PLACING_WORDS: ReadonlySet<string> = new Set(['to', 'with', 'by', 'for', 'from', 'of', 'about', 'on', 'in', 'at', 'than', 'and', 'or'])

/**
 * Connective adverbs set off by commas around a passive's subject ("However,
 * the offer was …", "The offer, however, was …"): no part of what the
 * subject names, left out of the content.
 *
 * @example
 * SUBJECT_CONNECTIVES.has('however') // true
 */
export const SUBJECT_CONNECTIVES: ReadonlySet<string> = new Set(['however', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'though', 'also', 'too', 'instead', 'still', 'then'])

/**
 * Conjunctions that join a clause of its own after a comma or a source ("…,
 * and politicians said …", "according to her filing, and Moss listed …").
 *
 * @example
 * CLAUSE_JOINERS.has('but') // true
 */
export const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'or'])
