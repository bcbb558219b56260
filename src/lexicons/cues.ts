/**
 * Attribution cues: the verbs and phrases that introduce what someone said,
 * wrote or thinks. Regular verbs are listed by lemma and inflected by
 * `cueForms`; irregular forms are listed in full.
 */

/**
 * Speech, writing and cognition verbs (lemmas) that attribute content to
 * their subject.
 *
 * @example
 * CUE_LEMMAS.includes('warn') // true
 */
export const CUE_LEMMAS: readonly string[] = [
  'add', 'acknowledge', 'admit', 'advise', 'affirm', 'agree', 'allege', 'announce', 'answer', 'argue', 'ask',
  'assert', 'assure', 'boast', 'brag', 'caution', 'charge', 'cite', 'claim', 'comment', 'complain', 'concede',
  'conclude', 'confirm', 'contend', 'continue', 'counter', 'cry', 'declare', 'decry', 'demand', 'deny',
  'describe', 'dismiss', 'disclose', 'emphasize', 'emphasise', 'estimate', 'exclaim', 'explain', 'express',
  'fear', 'hope', 'indicate', 'insist', 'interject', 'joke', 'lament', 'maintain', 'mention', 'muse', 'note',
  'object', 'observe', 'offer', 'opine', 'plead', 'pledge', 'point', 'post', 'predict', 'proclaim',
  'promise', 'propose', 'protest', 'question', 'quip', 'recall', 'recount', 'reiterate', 'reject', 'remark',
  'remind', 'repeat', 'reply', 'report', 'respond', 'retort', 'reveal', 'scoff', 'scream', 'shout',
  'signal', 'sigh', 'state', 'stress', 'suggest', 'summarize', 'swear', 'testify', 'text', 'thunder', 'tout',
  'tweet', 'underline', 'underscore', 'urge', 'vow', 'warn', 'whisper', 'worry', 'yell', 'call', 'label',
  'accuse', 'blast', 'slam', 'praise', 'criticize', 'criticise', 'mock', 'believe', 'figure', 'reckon',
  'email', 'message', 'brief', 'inform', 'recommend', 'clarify', 'specify',
  // Characterisations: "condemned the test as “provocative”", "likened the rules to “burning the Constitution”".
  'condemn', 'denounce', 'deride', 'hail', 'liken', 'compare', 'brand', 'lambast', 'ridicule', 'applaud', 'admire',
  // Praise, reproach and pleading that report words: "lauded the deal as …", "exhorted voters to …", "railed against …".
  'laud', 'extol', 'exhort', 'implore', 'beseech', 'chastise', 'scold', 'rebuke', 'berate', 'excoriate', 'assail',
  'castigate', 'rail', 'taunt', 'sneer', 'bemoan', 'deplore', 'grumble', 'gripe', 'fume', 'rant', 'marvel',
  'speculate', 'theorize', 'surmise', 'characterize', 'characterise', 'refute', 'concur', 'reassure', 'dispute',
  'hint', 'reason', 'guess'
]

/**
 * Cues of feeling that also take the one who feels as their object: followed
 * by a bare noun phrase and no clause, the subject is what caused the feeling
 * and no source ("The bill has worried nervous Democrats on Capitol Hill"),
 * unlike "Democrats worried the bill would fail" or "worried that …".
 *
 * @example
 * CAUSED_FEELING_CUES.has('worry') // true
 */
export const CAUSED_FEELING_CUES: ReadonlySet<string> = new Set(['worry'])

/** What opens the content of such a cue when the subject is the one who feels ("worried about", "worried that"). */
export const FEELING_COMPLEMENTS: ReadonlySet<string> = new Set(['that', 'about', 'over', 'whether', 'if'])

/**
 * Nouns for a claim that someone makes: after one, a participle of making and
 * "by" name its author ("The claim, made by Smith in a post on Facebook, is
 * false", "allegations levelled by former aides"). See {@link MAKING_PARTICIPLES}.
 *
 * @example
 * MADE_CLAIM_NOUNS.has('claim') // true
 */
export const MADE_CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'assertion', 'assertions',
  'statement', 'statements', 'remark', 'remarks', 'comment', 'comments', 'charge', 'charges', 'argument', 'arguments',
  'promise', 'promises', 'pledge', 'pledges', 'threat', 'threats', 'prediction', 'predictions', 'suggestion',
  'suggestions', 'announcement', 'announcements', 'complaint', 'complaints', 'criticism', 'criticisms'
])

/**
 * Participles of producing a document, before "by" and its maker: "according
 * to data compiled by Bloomberg", "figures released by the Labor
 * Department", "a poll conducted by Gallup". The maker is the source, as in
 * "data from Bloomberg". Not "obtained by" or "reviewed by": who holds or
 * read a document did not write it; nor "filed by": a complaint or a lawsuit
 * speaks in its own name ("according to a complaint filed by the SEC").
 *
 * @example
 * PRODUCING_PARTICIPLES.has('compiled') // true
 */
export const PRODUCING_PARTICIPLES: ReadonlySet<string> = new Set([
  'compiled', 'released', 'published', 'issued', 'prepared', 'collected', 'gathered', 'produced', 'conducted',
  'commissioned', 'provided', 'maintained', 'kept', 'posted', 'written', 'authored', 'tallied', 'calculated'
])

/** Nouns for figures a producer puts out, beside the document nouns ("figures released by the Labor Department"). See {@link PRODUCING_PARTICIPLES}. */
export const PRODUCED_NOUNS: ReadonlySet<string> = new Set(['figures', 'statistics', 'numbers', 'projections', 'forecasts', 'results'])

/** Participles of making a claim, before "by" and its author ("made by", "levelled by"). See {@link MADE_CLAIM_NOUNS}. */
export const MAKING_PARTICIPLES: ReadonlySet<string> = new Set(['made', 'issued', 'voiced', 'raised', 'leveled', 'levelled', 'lodged'])

/**
 * Irregular or explicit cue forms, mapped to their lemma.
 *
 * @example
 * IRREGULAR_CUES.said // 'say'
 */
export const IRREGULAR_CUES: Readonly<Record<string, string>> = {
  say: 'say', says: 'say', said: 'say', saying: 'say',
  tell: 'tell', tells: 'tell', told: 'tell', telling: 'tell',
  write: 'write', writes: 'write', wrote: 'write', writing: 'write', written: 'write',
  think: 'think', thinks: 'think', thought: 'think', thinking: 'think',
  speak: 'speak', speaks: 'speak', spoke: 'speak', speaking: 'speak',
  know: 'know', knows: 'know', knew: 'know',
  feel: 'feel', feels: 'feel', felt: 'feel',
  hold: 'hold', holds: 'hold', held: 'hold',
  quote: 'quote', quotes: 'quote', quoted: 'quote', quoting: 'quote',
  rule: 'rule out', ruled: 'rule out', rules: 'rule out', ruling: 'rule out',
  go: 'go on', went: 'go on', goes: 'go on', going: 'go on',
  put: 'put', puts: 'put',
  lay: 'lay out', laid: 'lay out',
  read: 'read', reads: 'read'
}

/**
 * Cues whose second word must follow them (ruled out, went on, put it).
 *
 * @example
 * PARTICLE_CUES['rule out'] // ['out']
 */
export const PARTICLE_CUES: Readonly<Record<string, readonly string[]>> = {
  'rule out': ['out'],
  'go on': ['on'],
  'lay out': ['out'],
  point: ['out'],
  put: ['it'],
  'talk about': ['about'],
  'seize on': ['on', 'upon'],
  'double down': ['down'],
  'weigh in': ['in'],
  'disagree with': ['with']
}

/**
 * Forms of "rule" that report a ruling before "that" ("the court ruled
 * that …"). Not "rules": "a set of Clean Air Act rules that could lead to …"
 * is a plural noun with its relative clause.
 *
 * @example
 * RULING_FORMS.has('ruled') // true
 */
export const RULING_FORMS: ReadonlySet<string> = new Set(['rule', 'ruled', 'ruling'])

/**
 * Phrases that attribute what follows or precedes them to the noun phrase
 * after them: "according to X", "in the words of X".
 *
 * @example
 * PREPOSITIONAL_CUES.includes('according to') // true
 */
export const PREPOSITIONAL_CUES: readonly string[] = ['according to', 'in the words of', 'as reported by', 'per']

/**
 * Verbs whose object is the hearer, not the speaker: "X told Reuters".
 *
 * @example
 * HEARER_CUES.has('tell') // true
 */
export const HEARER_CUES: ReadonlySet<string> = new Set(['tell', 'assure', 'remind', 'warn', 'inform', 'brief', 'urge', 'advise', 'email', 'text', 'message', 'ask'])

/**
 * Hearer cues whose active form always has its hearer as object ("briefed
 * reporters", "told Reuters", "informed the council"): one followed right
 * by "on" or "about" is a past participle modifying the noun before it ("One
 * person briefed on the negotiations said …", "a source informed about the
 * plan"), not a cue. Not "warn" or "advise", whose active form needs no
 * object ("warned about the risks", "advised on the deal").
 *
 * @example
 * OBJECT_HEARER_CUES.has('brief') // true
 */
export const OBJECT_HEARER_CUES: ReadonlySet<string> = new Set(['brief', 'inform', 'tell', 'remind', 'assure', 'email', 'text', 'message'])

/**
 * Prepositions that join a participle cue to the clause before it as one
 * more thing its subject does ("he declined to name anyone, aside from saying
 * he wants a diverse slate", "besides noting …", "in addition to arguing …"):
 * the clause's subject speaks. Each entry is the phrase's words in order.
 * Not "without" or "from" alone ("refrained from saying"), which deny it.
 *
 * @example
 * ADDING_PREPOSITIONS.some((p) => p.join(' ') === 'aside from') // true
 */
export const ADDING_PREPOSITIONS: ReadonlyArray<readonly string[]> = [['aside', 'from'], ['apart', 'from'], ['besides'], ['beyond'], ['in', 'addition', 'to']]

/** Prepositions after such a participle ("briefed on", "informed about"). See {@link OBJECT_HEARER_CUES}. */
export const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'about'])

/**
 * Words after a cue in "-ing" that make it the head of a noun compound when
 * an article and one word stand before it ("issued a tornado warning for
 * parts of Oklahoma", "the storm warning was lifted"): a preposition that
 * opens no content of the cue, an auxiliary, or the end of the phrase. Not
 * "that", "of", "about", a quote or an object ("a spokesman warning that …").
 *
 * @example
 * COMPOUND_NOUN_FOLLOWERS.has('for') // true
 */
export const COMPOUND_NOUN_FOLLOWERS: ReadonlySet<string> = new Set([
  'for', 'in', 'on', 'at', 'from', 'until', 'through', 'across', 'along', 'near', 'was', 'is', 'were', 'are', 'has', 'had',
  'have', 'will', 'would', 'remains', 'remained', 'expired', 'expires', '.', ';', ')'
])

/** Articles before such a compound ("a tornado warning", "the flood warning"). See {@link COMPOUND_NOUN_FOLLOWERS}. */
export const COMPOUND_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the'])

/**
 * Determiners before an adverb in "-ly" and a past participle that modifies
 * the noun after it ("a widely praised film", "its publicly stated goals"):
 * the participle is an adjective there, no cue.
 *
 * @example
 * ATTRIBUTIVE_DETERMINERS.has('its') // true
 */
export const ATTRIBUTIVE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your'])

/**
 * What follows "asked" when it is a request for anonymity, not a report of
 * what was asked ("a former official, who asked not to be named, said …").
 * Each phrase is matched against the words right after the cue.
 *
 * @example
 * ANONYMITY_REQUESTS.includes('not to be') // true
 */
export const ANONYMITY_REQUESTS: readonly string[] = ['not to be', 'for anonymity']

/**
 * What a source declined that only keeps it anonymous ("the official, who
 * declined to be named"): no attribution.
 *
 * @example
 * ANONYMITY_REFUSALS.includes('to be named') // true
 */
export const ANONYMITY_REFUSALS: readonly string[] = ['to be named', 'to be identified', 'to give his name', 'to give her name', 'to give their names', 'to give a name']

/**
 * Cues that also tell how a quantity moved: right before a number they are
 * no cue ("declined 2 percent", "the index added 14 points to 1,517", "the
 * carrier added 650,000 customers"). Not "forecast 3 percent growth": a
 * forecast.
 *
 * @example
 * QUANTITY_CUES.has('add') // true
 */
export const QUANTITY_CUES: ReadonlySet<string> = new Set(['decline', 'add'])

/**
 * Cues whose object comes before their preposition ("accused Iran of …",
 * "charged him with …", "blamed the heat for …"): right before that
 * preposition the object is gone, and the verb is a passive participle on the
 * noun before it ("a student accused of lying", "the firm blamed for the
 * outage"), its noun no source.
 *
 * @example
 * OBJECT_FIRST_CUES.accuse // ['of']
 */
export const OBJECT_FIRST_CUES: Readonly<Record<string, readonly string[]>> = {
  accuse: ['of'],
  charge: ['with'],
  blame: ['for'],
  credit: ['with']
}

/**
 * Prepositions of place right after "found": the participle of a passive,
 * what was found and where ("gases found in landfills", "a second device was
 * also found in the basement", "bones found near the river"), no finding
 * reported. Not before a number ("the panel found in 2001 that …").
 *
 * @example
 * FOUND_PLACE_PREPOSITIONS.has('in') // true
 */
export const FOUND_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'inside', 'among', 'near'])

/**
 * Cue forms that, between a common noun (or a comma) and a name, name the
 * thing instead of reporting speech: "a new drug called Zorvex", "The plan,
 * called Project Dawn, was", "a dating show called the Match".
 *
 * @example
 * NAMING_PARTICIPLES.has('called') // true
 */
export const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['called'])

/**
 * Particles after which a cue verb is another verb: "called off a visit",
 * "called up reservists" cancel and summon, they report no words.
 *
 * @example
 * NON_CUE_PARTICLES.call // ['off', 'up']
 */
export const NON_CUE_PARTICLES: Readonly<Record<string, readonly string[]>> = {
  call: ['off', 'up'],
  // "employees showed up for work": arrived; "showed off the new car": displayed.
  show: ['up', 'off'],
  // "the charges that add up to $400 a month": amount to, no words added.
  add: ['up']
}

/**
 * Particles that belong to the cue verb before its clause: "found out the
 * bridge had been closed" reports that the bridge had been closed, and "out"
 * is no part of it.
 *
 * @example
 * CUE_PARTICLES.find // ['out']
 */
export const CUE_PARTICLES: Readonly<Record<string, readonly string[]>> = {
  find: ['out']
}

/**
 * Cue forms that are also the base form of another verb ("found": to
 * establish), and the words after which a verb stands in its base form: there
 * the form is the other verb ("helped found a school", "plans to found a
 * party", "would found"), no past of "find".
 *
 * @example
 * BASE_FORM_HOMOGRAPHS.has('found') // true
 * BARE_VERB_CONTEXT.has('helped') // true
 */
export const BASE_FORM_HOMOGRAPHS: ReadonlySet<string> = new Set(['found'])

/** See {@link BASE_FORM_HOMOGRAPHS}. */
export const BARE_VERB_CONTEXT: ReadonlySet<string> = new Set([
  'to', 'help', 'helps', 'helped', 'helping', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must',
  'cannot', 'did', 'does', 'do'
])

/**
 * Words after the object of "found" that tell in what state someone or
 * something was come upon ("found him dead", "found the body floating",
 * "found a man shot to death"): a discovery, no finding reported.
 *
 * @example
 * FOUND_STATES.has('dead') // true
 */
export const FOUND_STATES: ReadonlySet<string> = new Set([
  'dead', 'alive', 'unconscious', 'unresponsive', 'injured', 'wounded', 'naked', 'floating', 'lying', 'hanging',
  'slumped', 'shot', 'stabbed', 'strangled', 'beaten', 'bound', 'buried', 'trapped', 'drowned', 'murdered', 'dying', 'bleeding'
])

/**
 * Object nouns that make a cue another verb: what one convenes or rings up
 * ("called two special sessions", "called a meeting", "called police"), or
 * what one puts on view ("showed photos of the wound", "showed no remorse"),
 * what a search turns up ("found the body of …").
 * Read as the head after at most a few determiners, numbers and adjectives.
 *
 * @example
 * NON_SPEECH_OBJECTS.call?.includes('session') // true
 */
export const NON_SPEECH_OBJECTS: Readonly<Record<string, readonly string[]>> = {
  call: [
    'meeting', 'meetings', 'session', 'sessions', 'election', 'elections', 'referendum', 'strike', 'strikes', 'summit',
    'police', '911', 'quits', 'timeout', 'recess'
  ],
  show: [
    'photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'image', 'images', 'video', 'videos', 'footage',
    'remorse', 'emotion', 'sign', 'signs', 'film', 'slides'
  ],
  // What a search turns up: "deputies found the body of …", "screeners found no additional items".
  // A target struck by force, not words: "guerrillas attacked a town", "the virus attacks office computers".
  attack: [
    'town', 'towns', 'village', 'villages', 'city', 'base', 'bases', 'convoy', 'convoys', 'camp', 'camps', 'troops', 'soldiers',
    'positions', 'post', 'posts', 'checkpoint', 'checkpoints', 'ship', 'ships', 'vehicle', 'vehicles', 'patrol', 'patrols',
    'building', 'buildings', 'embassy', 'targets', 'computer', 'computers', 'server', 'servers', 'network', 'networks', 'systems'
  ],
  find: [
    'body', 'bodies', 'remains', 'corpse', 'trace', 'traces', 'item', 'items', 'explosives', 'bomb', 'bombs', 'weapon', 'weapons',
    'gun', 'guns', 'drugs', 'marijuana', 'cocaine', 'heroin', 'cash', 'stockpiles', 'blood', 'bones', 'wreckage', 'debris'
  ]
}

/**
 * Participles of hearsay that, between a count and a noun, modify the noun
 * ("nearly 90 alleged victims", "two suspected militants") rather than
 * report anything; "Only 3 reported symptoms" keeps its verb.
 *
 * @example
 * COUNTED_PARTICIPLES.has('alleged') // true
 */
export const COUNTED_PARTICIPLES: ReadonlySet<string> = new Set(['alleged', 'suspected', 'purported', 'reputed'])

/**
 * Words that make a number a bound or a point on a scale, not a count of the
 * noun after it: "a reading below 50 suggests growth" keeps its verb.
 *
 * @example
 * NUMBER_BOUND_WORDS.has('below') // true
 */
export const NUMBER_BOUND_WORDS: ReadonlySet<string> = new Set(['below', 'above', 'than', 'beyond', 'past', 'around', 'nearly', 'almost', 'exceeding', 'version'])

/**
 * Cue lemmas whose verb takes "of" after it ("warns of a storm", "speaks of
 * betrayal"): before "of" their form in "-s" is still the verb. Any other
 * cue form in "-s" before "of" is a plural noun ("details of the deal",
 * "estimates of 19 cents"), but for nouns of stance ("hopes of").
 *
 * @example
 * OF_VERB_CUES.has('warn') // true
 */
export const OF_VERB_CUES: ReadonlySet<string> = new Set([
  'warn', 'speak', 'talk', 'tell', 'complain', 'boast', 'write', 'think', 'learn', 'know', 'hear', 'approve', 'disapprove', 'despair', 'remind', 'inform', 'accuse', 'convince', 'assure', 'notify', 'dream'
])

/**
 * Verbs that name without speaking: a short quote after them is a term
 * ("designated as an “undesirable” organization").
 *
 * @example
 * NAMING_VERBS.has('dubbed') // true
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'dubbed', 'dub', 'labeled', 'labelled', 'labeling', 'labelling', 'designated', 'designate', 'nicknamed',
  'titled', 'entitled', 'named', 'branded', 'termed', 'so-called', 'reclassified', 'classified', 'known'
])

/**
 * Forms of a speech verb that are never a noun or an adjective: after a word
 * in "'s" they are still the verb, of a business named in the possessive
 * ("Moody's said", "McDonald's told investors") or of a contraction of "has"
 * ("Trump's said he would …"). Not "call", "claim" or "promised": "Putin's
 * call for a truce", "Trump's promised wall" are nouns and modifiers.
 *
 * @example
 * VERB_ONLY_FORMS.has('said') // true
 */
export const VERB_ONLY_FORMS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes'])

/**
 * Finite verbs of saying that close a sentence after its reported clause
 * ("…, he said.", "…, she added."): a pronoun right before one, after a comma,
 * is the subject of a parenthetical report, and a name in the clause before it
 * is what was said, not who said it.
 *
 * @example
 * CLOSING_REPORT_VERBS.has('added') // true
 */
export const CLOSING_REPORT_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'told', 'tells', 'wrote', 'writes', 'noted', 'notes', 'explained', 'recalled',
  'insisted', 'argued', 'warned', 'claimed', 'stated', 'continued', 'observed', 'acknowledged', 'conceded', 'predicted', 'estimated'
])

/**
 * Cue lemmas whose past participle is the base form: after "has", "have" or
 * "had" the base form is the perfect ("Economists polled by Reuters had
 * forecast a rise of 0.3%", "the ministry has broadcast …").
 *
 * @example
 * SAME_PARTICIPLE_LEMMAS.has('forecast') // true
 */
export const SAME_PARTICIPLE_LEMMAS: ReadonlySet<string> = new Set(['forecast', 'broadcast', 'read', 'put'])

/** Auxiliaries of the perfect before such a participle ("had forecast"). See {@link SAME_PARTICIPLE_LEMMAS}. */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', "'ve", "'d"])

/**
 * Lemmas that only attribute with a clause or a quote right after them;
 * alone they are ordinary verbs ("continue", "offer", "point").
 *
 * @example
 * WEAK_CUES.has('continue') // true
 */
export const WEAK_CUES: ReadonlySet<string> = new Set([
  'continue', 'offer', 'point', 'put', 'hold', 'know', 'feel', 'question', 'object', 'express', 'signal',
  'cite', 'figure', 'go on', 'text', 'message', 'speak', 'read', 'assume', 'post'
])

/**
 * Weak cues that also open their clause or quote after the named place the
 * message went out on ("posted on Facebook that …", "posted on X: …"); with a
 * noun phrase they report nothing ("posted a loss", "posted bail").
 *
 * @example
 * PLACED_WEAK_CUES.has('post') // true
 */
export const PLACED_WEAK_CUES: ReadonlySet<string> = new Set(['post'])

/** Prepositions before the place a message went out on ("posted on Facebook", "to Truth Social"). See {@link PLACED_WEAK_CUES}. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'to'])

/**
 * Weak cues that attribute when they close the sentence after a comma and
 * their subject ("The talks would resume, the minister signaled.", "The
 * deal is off, Smith texted.", "Prices will rise, analysts figured.").
 *
 * @example
 * TRAILING_WEAK_CUES.has('signal') // true
 */
export const TRAILING_WEAK_CUES: ReadonlySet<string> = new Set(['signal', 'text', 'message', 'figure', 'continue'])

/**
 * Verbs that attribute a stance or a finding rather than words ("a poll
 * shows", "the study found", "Trump wants"). `findSources` reads them;
 * quote attribution does not.
 *
 * @example
 * STANCE_LEMMAS.includes('show') // true
 */
export const STANCE_LEMMAS: readonly string[] = [
  'plan', 'refuse', 'threaten', 'show', 'find', 'want', 'expect', 'discuss', 'address', 'defend', 'attack', 'encourage', 'endorse', 'decline',
  'support', 'oppose', 'favor', 'favour', 'demand', 'seek', 'highlight', 'contend', 'estimate', 'project',
  'forecast', 'conclude', 'determine', 'rule', 'allege', 'accuse', 'blame', 'credit', 'describe', 'portray', 'tout',
  // Public positions and what a report or a source lays out: "the newspaper detailed …", "the ad references …".
  'promote', 'detail', 'outline', 'link', 'document', 'echo', 'reference', 'grill', 'downplay', 'view',
  'resent', 'envision', 'decide', 'assume', 'sponsor',
  // Speech on social media: "Trump also retweeted an unflattering photo of …".
  'retweet',
  // A preference stated: "younger voters prefer Gary Johnson", "officials preferred a delay".
  'prefer',
  // What a reporter or an outlet found out: "…, The Post has learned.", "officials learned that …".
  'learn'
]

/**
 * Irregular forms of the stance verbs.
 *
 * @example
 * IRREGULAR_STANCE.found // 'find'
 */
export const IRREGULAR_STANCE: Readonly<Record<string, string>> = {
  found: 'find', finds: 'find', finding: 'find', shown: 'show', sought: 'seek', seeks: 'seek', seeking: 'seek',
  // Phrasal verbs of position and speech, cues only with their particle (see PARTICLE_CUES):
  // "talked about the plan", "is seizing on recent comments", "is doubling down on his attacks", "weighed in on".
  talk: 'talk about', talks: 'talk about', talked: 'talk about', talking: 'talk about',
  seize: 'seize on', seizes: 'seize on', seized: 'seize on', seizing: 'seize on',
  double: 'double down', doubles: 'double down', doubled: 'double down', doubling: 'double down',
  weigh: 'weigh in', weighs: 'weigh in', weighed: 'weigh in', weighing: 'weigh in',
  // Disagreement with someone: "Clinton apparently disagrees with her former boss".
  disagree: 'disagree with', disagrees: 'disagree with', disagreed: 'disagree with', disagreeing: 'disagree with',
  // Cognition: "Mr. Obama, who understood that a legislative push would be fruitless".
  understand: 'understand', understands: 'understand', understood: 'understand'
}

/**
 * Lemmas whose reported content may be an infinitive ("wants to triple the
 * program", "agreed to clean up the mines"): intentions and commitments.
 * Not "hope" or "try": "are hoping to receive guarantees" cites nobody.
 *
 * @example
 * INFINITIVE_CUES.has('pledge') // true
 */
export const INFINITIVE_CUES: ReadonlySet<string> = new Set([
  'want', 'agree', 'plan', 'promise', 'pledge', 'vow', 'urge', 'decline', 'seek', 'refuse', 'threaten', 'offer',
  'propose', 'call', 'ask', 'demand', 'expect', 'encourage', 'warn', 'tell', 'advise', 'swear'
])

/**
 * Weak cues that attribute on their own when reading sources ("Clinton
 * cited remarks", "he questioned the plan").
 *
 * @example
 * SOURCE_WEAK_CUES.has('cite') // true
 */
export const SOURCE_WEAK_CUES: ReadonlySet<string> = new Set(['cite', 'express', 'question', 'know', 'feel'])

/**
 * Words a plain reported-speech subject ("The network said") never contains:
 * auxiliaries, prepositions, conjunctions and relative words.
 *
 * @example
 * REPORTED_SUBJECT_STOPS.has('of') // true
 */
export const REPORTED_SUBJECT_STOPS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should',
  'may', 'might', 'must', 'do', 'does', 'did', 'not', "n't", 'to', 'that', 'which', 'who', 'whom', 'whose', 'and', 'but',
  'or', 'nor', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'if', 'when', 'while', 'because', 'than',
  'about', 'after', 'before', 'since', 'into', 'over', 'under', 'also', 'said', 'says', 'say', 'told', 'there', 'here'
])

/**
 * Words after which a plain subject may open a clause ("…, and the network
 * said", "because the agency says").
 *
 * @example
 * SUBJECT_OPENERS.has('but') // true
 */
export const SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  'and', 'but', 'so', 'yet', 'while', 'because', 'although', 'though', 'that', 'when', 'after', 'before', 'as', 'since',
  'if', 'where', 'whereas', 'meanwhile', 'however', 'still', 'now', 'then'
])

/**
 * Words after a comma that end a reported clause when what follows is its
 * last part: a relative or adverbial clause, an aside ("…, which …",
 * "…, although …", "…, but instant polls are not …").
 *
 * @example
 * CONTENT_ENDERS_AFTER_COMMA.has('which') // true
 */
export const CONTENT_ENDERS_AFTER_COMMA: ReadonlySet<string> = new Set([
  'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'although', 'though', 'whereas', 'because', 'since',
  'despite', 'aside', 'but', 'as', 'after', 'before', 'until', 'amid', 'according', 'citing', 'adding',
  'saying', 'unlike'
])

/**
 * Nouns of a summing-up appositive the writer sets after a reported clause:
 * ", a claim that could not be independently verified", ", an assertion the
 * ministry denied". After a comma and "a", "an" or "the", such a noun ends the
 * content.
 *
 * @example
 * SUMMATIVE_NOUNS.has('claim') // true
 */
export const SUMMATIVE_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'assertion', 'allegation', 'accusation', 'charge', 'contention', 'statement', 'remark', 'comment',
  'assessment', 'estimate', 'figure', 'account', 'version', 'characterization', 'description', 'prediction',
  'warning', 'threat', 'promise', 'pledge', 'suggestion', 'view', 'position', 'argument'
])

/**
 * Nouns of an appositive the writer sets after a content to name the event
 * itself, not the thing reported: ", the latest chapter in a rocky
 * relationship", ", a move that surprised allies", ", a sharp reversal".
 * After a comma and "a", "an" or "the" (and at most one adjective), such a
 * noun ends the content as a summing-up noun does.
 *
 * @example
 * EVENT_APPOSITIVE_NOUNS.has('move') // true
 */
export const EVENT_APPOSITIVE_NOUNS: ReadonlySet<string> = new Set([
  'move', 'step', 'chapter', 'twist', 'turn', 'reversal', 'turnabout', 'shift', 'departure', 'sign', 'signal', 'blow',
  'rebuke', 'setback', 'development', 'escalation'
])

/**
 * Relative pronouns that open a clause on the subject after a comma; a cue
 * inside one reports what ends before the main predicate ("Smith, who told
 * reporters the deal was dead, said …").
 *
 * @example
 * SUBJECT_RELATIVES.has('who') // true
 */
export const SUBJECT_RELATIVES: ReadonlySet<string> = new Set(['who', 'which'])

/**
 * Words after a comma that do not end a reported clause (a finite clause after
 * "said that", "wrote"), though they end a noun-phrase object: "The Times wrote
 * that Trump had claimed a loss of $916 million in 1995, which could have
 * allowed him to avoid paying taxes" keeps the relative clause, and "said it
 * believes the bill could result in retaliatory measures, where other
 * countries would …" keeps "where".
 *
 * @example
 * CLAUSE_KEEPS_AFTER_COMMA.has('which') // true
 */
export const CLAUSE_KEEPS_AFTER_COMMA: ReadonlySet<string> = new Set(['which', 'where'])

/**
 * Dashes that set off an aside inside a sentence (em, en, the horizontal bar
 * some outlets set as their dash, "--", a spaced hyphen); an attribution that opens
 * right after one ends at the next ("… his highest ideals - critics would call
 * them messianic impulses - it has also …"). A hyphen counts only with a space
 * before it.
 *
 * @example
 * ASIDE_DASHES.has('--') // true
 */
export const ASIDE_DASHES: ReadonlySet<string> = new Set(['\u2014', '\u2013', '\u2015', '--', '-'])

/**
 * Nouns for a claim or a stance that attribute the clause after "that" to the
 * possessor before them ("Nervo's conclusion that judges shouldn't …", "the
 * senator's belief that …"). Only after a possessive and right before "that".
 *
 * @example
 * POSSESSED_CUE_NOUNS.has('conclusion') // true
 */
export const POSSESSED_CUE_NOUNS: ReadonlySet<string> = new Set([
  'assertion', 'belief', 'argument', 'view', 'conclusion', 'contention', 'insistence', 'suggestion', 'allegation',
  'assessment', 'position', 'warning', 'prediction', 'assurance', 'accusation', 'announcement', 'admission',
  'acknowledgment', 'acknowledgement', 'finding', 'theory', 'hope', 'fear', 'concern', 'pledge', 'promise', 'vow',
  'statement', 'remark', 'comment', 'message', 'complaint', 'opinion'
])


/**
 * Auxiliaries of a passive cue ("was reported by", "has been endorsed by").
 *
 * @example
 * PASSIVE_AUXILIARIES.has('been') // true
 */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', "'s"])

/**
 * Cues whose passive names the outlet after "in" as the one that reported
 * ("was first reported in The Wall Street Journal", "was published in the
 * Times").
 *
 * @example
 * PASSIVE_IN_CUES.has('report') // true
 */
export const PASSIVE_IN_CUES: ReadonlySet<string> = new Set(['report', 'publish'])

/**
 * Parts of a publication between "in" and the outlet that holds them
 * ("reported in Tuesday's editions of the Journal", "in the weekend issue of").
 *
 * @example
 * PUBLICATION_PARTS.has('editions') // true
 */
export const PUBLICATION_PARTS: ReadonlySet<string> = new Set(['edition', 'editions', 'issue', 'issues', 'pages', 'page', 'column', 'columns'])

/**
 * Adverbs between a passive auxiliary and its verb ("was first reported by").
 *
 * @example
 * PASSIVE_SKIPPABLE.has('first') // true
 */
export const PASSIVE_SKIPPABLE: ReadonlySet<string> = new Set(['first', 'also', 'widely', 'previously', 'initially', 'later', 'since', 'now', 'again', 'repeatedly', 'publicly', 'powerfully', 'strongly', 'heavily', 'not', 'never'])

/**
 * Adverbs between an auxiliary and its verb that leave the verb's form as it
 * is: "is once again questioning" is progressive like "is questioning", "all
 * suggested" is a finite verb after a quantifier.
 *
 * @example
 * VERB_ADVERBS.has('again') // true
 */
export const VERB_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'again', 'once', 'still', 'now', 'even', 'already', 'repeatedly', 'increasingly', 'openly', 'publicly',
  'privately', 'reportedly', 'apparently', 'quietly', 'loudly', 'really', 'actually', 'always', 'often', 'just',
  'not', "n't", 'never', 'further', 'frequently', 'aggressively', 'strongly', 'clearly', 'explicitly', 'implicitly',
  'essentially', 'effectively', 'directly', 'personally', 'generally', 'similarly', 'likewise', 'consistently'
])

/**
 * Adverbs that may stand between "and"/"but" and a verb coordinated with an
 * earlier predicate of the same subject ("agreed, but also contended that",
 * "left early, and later said"): the verb adverbs, "then" and "later".
 *
 * @example
 * JOINT_ADVERBS.has('later') // true
 */
export const JOINT_ADVERBS: ReadonlySet<string> = new Set([...VERB_ADVERBS, 'then', 'later'])


/**
 * Cues whose content may be a noun phrase as short as one word ("attacked
 * Machado", "has endorsed Trump", "does not defend it"), not a clause.
 *
 * @example
 * OBJECT_CUES.has('endorse') // true
 */
export const OBJECT_CUES: ReadonlySet<string> = new Set([
  'attack', 'endorse', 'mention', 'cite', 'denounce', 'praise', 'criticize', 'criticise', 'support', 'reject', 'defend',
  'liken', 'compare', 'describe', 'call', 'brand', 'accuse', 'blame', 'oppose', 'condemn', 'slam', 'blast', 'mock',
  'deride', 'hail', 'applaud', 'admire', 'laud', 'tout', 'promote', 'highlight', 'reference', 'echo', 'sponsor', 'favor',
  'favour', 'dismiss', 'credit', 'lambast', 'ridicule', 'chastise', 'scold', 'rebuke', 'assail', 'castigate', 'berate',
  'excoriate', 'question', 'express', 'discuss', 'address', 'detail', 'outline', 'denounce', 'decry', 'tout',
  'prefer', 'talk about', 'seize on', 'double down', 'weigh in', 'rule out'
])


/**
 * Speech verbs whose reported clause may hold another attribution with a
 * quote in it ("She said she recalls the colleague being “confused”"): the
 * quote is the outer speaker's, as PolNeAR annotates nested attributions.
 *
 * @example
 * OUTER_SPEECH_CUES.has('say') // true
 */
export const OUTER_SPEECH_CUES: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'claim', 'argue', 'insist', 'write', 'note', 'explain', 'contend', 'assert', 'maintain',
  'report', 'tweet', 'announce', 'acknowledge', 'admit', 'suggest', 'warn', 'recall',
  // "Witkoff reiterated that the US wanted a ceasefire": the US is part of what he said, no source of its own.
  'reiterate', 'confirm', 'stress', 'emphasize', 'emphasise', 'declare', 'state', 'predict', 'reveal', 'disclose',
  'concede', 'allege', 'repeat', 'testify', 'underscore', 'caution', 'complain', 'boast', 'believe', 'think'
])

/**
 * Nouns of an utterance that frame the clause after them: "In a statement
 * issued Tuesday, Clinton was more circumspect than …", "In an interview
 * with CNN, Rubio was blunt about …" attribute the main clause to its
 * subject even when its verb reports nothing.
 *
 * @example
 * STATEMENT_FRAMES.has('statement') // true
 */
export const STATEMENT_FRAMES: ReadonlySet<string> = new Set([
  'statement', 'statements', 'interview', 'interviews', 'tweet', 'tweets', 'post', 'posts', 'letter', 'letters',
  'email', 'emails', 'speech', 'remarks', 'op-ed', 'column', 'essay', 'memo', 'release', 'briefing', 'message',
  'podcast', 'conference', 'testimony', 'filing', 'affidavit', 'editorial', 'video', 'appearance', 'address'
])

/**
 * Verbs of saying and reporting whose subject "it" is a speaker even when no
 * antecedent names it: an organisation or a document ("It said the damage to
 * the wing …", "…, it added.", "It also disclosed that …"). Not verbs an
 * "it" does as a thing or an event ("it showed", "it found", "it suggests"),
 * nor "expect", whose "it" is often a thing ("It is widely expected to …").
 *
 * @example
 * IT_SPEECH_CUES.has('say') // true
 */
export const IT_SPEECH_CUES: ReadonlySet<string> = new Set(['say', 'add', 'report', 'announce', 'state', 'tell', 'estimate', 'warn', 'note', 'disclose', 'forecast', 'predict'])

/**
 * Cues that also mean "is likely to" before "to" and a verb, with a thing as
 * their subject: "the crisis threatened to spiral out of control", "the
 * session promises to be long".
 *
 * @example
 * LIKELIHOOD_CUES.has('threaten') // true
 */
export const LIKELIHOOD_CUES: ReadonlySet<string> = new Set(['threaten', 'promise'])

/**
 * Head nouns of events, forces and states, which threaten or promise without
 * speaking ("the strike threatened to paralyse the port", "temperatures
 * threatened to break the record").
 *
 * @example
 * EVENT_SUBJECT_NOUNS.has('crisis') // true
 */
export const EVENT_SUBJECT_NOUNS: ReadonlySet<string> = new Set([
  'crisis', 'strike', 'strikes', 'fire', 'fires', 'blaze', 'storm', 'storms', 'flood', 'floods', 'flooding', 'rain', 'rains',
  'temperature', 'temperatures', 'heat', 'weather', 'drought', 'dispute', 'conflict', 'war', 'violence', 'fighting',
  'unrest', 'situation', 'development', 'developments', 'position', 'move', 'scandal', 'controversy', 'problem',
  'problems', 'trend', 'change', 'changes', 'recession', 'slowdown', 'downturn', 'inflation', 'deficit', 'shortage',
  'epidemic', 'outbreak', 'virus', 'disease', 'row', 'feud', 'standoff', 'impasse', 'deadlock', 'delay', 'delays',
  'issue', 'issues', 'debate', 'fight', 'battle', 'season', 'race', 'contest', 'case', 'costs', 'prices', 'rates'
])

/**
 * Words that, between a past verb and a cue-like plural, are no noun of a
 * compound ("warned there states …"): see the compound object rule in
 * findCues ("restored fraud charges against").
 *
 * @example
 * COMPOUND_OBJECT_NON_NOUNS.has('there') // true
 */
export const COMPOUND_OBJECT_NON_NOUNS: ReadonlySet<string> = new Set(['there', 'here', 'it', 'what', 'how', 'why', 'all', 'each', 'both', 'either', 'neither'])

/** Word classes (compromise's tags) of a word that is no noun of such a compound ("warned again states", "released today says"). */
export const COMPOUND_OBJECT_NON_NOUN_TAGS: ReadonlySet<string> = new Set([
  'Conjunction', 'Adverb', 'Negative', 'QuestionWord', 'Preposition', 'Determiner', 'Pronoun', 'Date', 'Duration', 'Adjective', 'Value', 'Cardinal', 'Ordinal', 'Modal', 'Copula'
])

/** Relative pronouns: a past verb right after one has its own subject ("the panel that reviewed evidence says"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose'])
