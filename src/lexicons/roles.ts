/**
 * Nouns and modifiers that make up titles and descriptions of speakers.
 * All lower case; matched against lower-cased words.
 */

/**
 * Portfolios that stand in a title before its head ("EU foreign policy chief
 * Kaja Kallas", "U.S. trade representative Jamieson Greer", "Health
 * Secretary Wes Streeting"). Part of {@link TITLE_WORDS}, but alone such a
 * word names no one ("Health worries have dogged …").
 *
 * @example
 * TITLE_PORTFOLIOS.has('trade') // true
 */
export const TITLE_PORTFOLIOS: ReadonlySet<string> = new Set([
  'policy', 'trade', 'health', 'energy', 'climate', 'education', 'transport', 'transportation', 'environment',
  'agriculture', 'labor', 'labour', 'commerce', 'treasury', 'homeland', 'intelligence', 'competition', 'migration',
  'budget', 'economic', 'military', 'communications', 'peacekeeping'
])

/**
 * Honorifics that only ever stand before a surname: after one, a title word
 * is the surname ("Mr. King", "Ms. Major", "Dr. Judge").
 *
 * @example
 * HONORIFICS.has('mr.') // true
 */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'dr.', 'dr', 'miss', 'mx.'])

/**
 * Particles of a surname ("Bill de Blasio", "Ludwig van Beethoven", "Ursula
 * von der Leyen"). One that opens a name opens its surname: "Mr. de Blasio",
 * "Le Pen", "Van Voorhis" name no given name.
 *
 * @example
 * NAME_PARTICLES.has('von') // true
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'van', 'von', 'der', 'bin', 'al', 'la', 'le', 'del', 'di', 'du', 'ibn'])

/**
 * Particles that, capitalised at the head of a name, are more often a given
 * name: "Al Gore", "Al Sharpton" (an Arabic "Al" surname is mostly hyphenated,
 * "al-Assad").
 *
 * @example
 * GIVEN_NAME_PARTICLES.has('al') // true
 */
export const GIVEN_NAME_PARTICLES: ReadonlySet<string> = new Set(['al'])

/**
 * Particles written joined to the capitalised surname after them, with a
 * hyphen or an apostrophe: "Bashar al-Assad", "Abdel Fattah el-Sisi",
 * "Valéry Giscard d'Estaing". Such a word is part of a name, and "Assad"
 * alone is the same surname.
 *
 * @example
 * JOINED_NAME_PARTICLES.has('al') // true
 */
export const JOINED_NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'abu', 'bin', 'ibn', 'd'])

/**
 * Prefixes after which a surname has a second capital ("McCain", "MacArthur",
 * "DeSantis", "LaHood", "FitzGerald"); any other capital inside one word is a
 * firm's ("PeopleSoft", "WorldCom").
 *
 * @example
 * SURNAME_PREFIXES.has('mc') // true
 */
export const SURNAME_PREFIXES: ReadonlySet<string> = new Set(['mc', 'mac', 'de', 'di', 'da', 'du', 'la', 'le', 'van', 'von', 'fitz', 'st', 'ben', 'abu', 'al', 'el'])

/** Role nouns for one person: see {@link PERSON_ROLE_NOUNS}. */
const PERSON_ROLES: readonly string[] = [
  'official', 'source', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'diplomat',
  'person', 'insider', 'officer', 'staffer', 'analyst', 'expert', 'observer', 'witness', 'resident', 'lawmaker',
  'legislator', 'representative', 'member', 'negotiator', 'envoy', 'executive', 'investigator', 'prosecutor',
  'lawyer', 'attorney', 'critic', 'supporter', 'opponent', 'voter', 'economist', 'scientist', 'researcher',
  'doctor', 'veteran', 'protester', 'organizer', 'activist', 'strategist', 'pollster', 'operative', 'employee',
  'worker', 'student', 'teacher', 'parent', 'man', 'woman', 'friend', 'colleague', 'partner', 'ally',
  'questioner', 'caller', 'counterpart', 'neighbor', 'neighbour', 'bystander', 'passenger', 'patient', 'customer', 'shopper',
  'owner', 'driver', 'tenant', 'victim', 'survivor', 'nurse', 'soldier', 'farmer', 'villager', 'shopkeeper', 'landlord',
  'relative', 'wife', 'husband', 'widow', 'widower', 'son', 'daughter', 'mother', 'father', 'brother', 'sister',
  'grandson', 'granddaughter', 'niece', 'nephew', 'cousin', 'fiancee', 'fiance',
  // Members of the public and trades a report quotes ("Passengers said", "Eyewitnesses told police").
  'consumer', 'eyewitness', 'respondent', 'investor', 'trader', 'broker', 'traveler', 'traveller',
  'homeowner', 'buyer', 'historian', 'scholar', 'physician', 'surgeon', 'pilot', 'firefighter', 'paramedic', 'rescuer',
  'geneticist', 'meteorologist', 'psychologist', 'epidemiologist', 'telemarketer', 'parishioner', 'congregant',
  // "quoted a local policeman as saying": the officer on the beat.
  'policeman', 'policewoman'
]

/** Titles of one office holder: see {@link PERSON_TITLE_NOUNS}. */
const PERSON_TITLES: readonly string[] = [
  'president', 'minister', 'premier', 'chancellor', 'senator', 'congressman', 'congresswoman', 'governor', 'mayor',
  'secretary', 'king', 'queen', 'prince', 'princess', 'judge', 'justice', 'chairman', 'chairwoman', 'chair',
  'ceo', 'director', 'commissioner', 'sheriff', 'ambassador', 'general', 'admiral', 'candidate', 'nominee',
  'speaker', 'leader', 'pope', 'coach', 'captain', 'manager', 'founder'
]

/** A person's role or title and its former holder's ("wife", "ex-wife"; "president", "ex-president"). */
function withFormer(words: readonly string[]): string[] {
  return [...words, ...formerOf(words)]
}

/** The plural of each role noun ("passenger" -> "passengers", "spokesman" -> "spokesmen", "wife" -> "wives"). */
function pluralsOf(words: readonly string[]): string[] {
  return words.map((word) => {
    if (word === 'person') return 'people'
    if (word.endsWith('man')) return `${word.slice(0, -3)}men`
    if (word.endsWith('wife')) return `${word.slice(0, -4)}wives`
    if (/[^aeiou]y$/u.test(word)) return `${word.slice(0, -1)}ies`
    if (/(s|sh|ch|x|z)$/u.test(word)) return `${word}es`
    return `${word}s`
  })
}

/** "ex-wife", "ex-president": the former holder of each role. */
function formerOf(words: readonly string[]): string[] {
  return words.map((word) => `ex-${word}`)
}

/**
 * Title words that are acronyms ("UN", "US", "EU"): written otherwise ("Kim
 * Jong Un") they are part of a name.
 *
 * @example
 * ACRONYM_TITLE_WORDS.has('un') // true
 */
export const ACRONYM_TITLE_WORDS: ReadonlySet<string> = new Set(['un', 'us', 'uk', 'eu', 'gop'])

/**
 * Title words that make a title only before another title word ("First Lady",
 * "Vice President", "Prime Minister"): inside a capitalised run before a
 * plain name word they belong to the name ("Acme First Call", a firm).
 *
 * @example
 * TITLE_MODIFIERS.has('first') // true
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['first', 'vice', 'prime'])

/**
 * Words of titles ("US Secretary of State", "Kremlin spokesman"): a name
 * stops where these start.
 *
 * @example
 * TITLE_WORDS.has('secretary') // true
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson',
  'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'sen.', 'sen', 'senator', 'rep.', 'rep',
  'representative', 'congressman', 'congresswoman', 'gov.', 'gov', 'governor', 'mayor', 'lt.', 'gen.', 'gen',
  'general', 'admiral', 'adm.', 'col.', 'colonel', 'maj.', 'major', 'capt.', 'captain', 'sgt.', 'lieutenant',
  'commander', 'chief', 'head', 'director', 'deputy', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'coo',
  'founder', 'co-founder', 'envoy', 'ambassador', 'adviser', 'advisor', 'aide', 'official', 'officer',
  'judge', 'justice', 'attorney', 'prosecutor', 'counsel', 'lawyer', 'leader', 'speaker', 'whip',
  'dr.', 'dr', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'prof.', 'professor', 'rev.', 'reverend', 'pope',
  'cardinal', 'bishop', 'sheikh', 'emir', 'sultan', 'ayatollah', 'nominee', 'candidate', 'pollster',
  'strategist', 'analyst', 'economist', 'commissioner', 'inspector', 'superintendent', 'sheriff', 'manager',
  'coordinator', 'negotiator', 'diplomat', 'host', 'anchor', 'correspondent', 'editor', 'columnist',
  'reporter', 'writer', 'author', 'activist', 'organizer', 'organiser', 'campaigner', 'executive',
  'economy', 'defense', 'defence', 'foreign', 'interior', 'finance', 'justice', 'state', 'press', 'national',
  'security', 'special', 'senior', 'former', 'acting', 'interim', 'top', 'principal', 'assistant',
  'associate', 'incoming', 'outgoing', 'then-president', 'first', 'lady', 'presidential', 'office',
  'republican', 'democratic', 'democrat', 'gop', 'house', 'senate', 'majority', 'minority', 'member',
  'ranking', 'u.s.', 'us', 'uk', 'u.k.', 'eu', 'un', 'u.n.', 'russian', 'ukrainian', 'american', 'british',
  'french', 'german', 'chinese', 'israeli', 'foreign', 'affairs', 'chief-of-staff', 'staff', 'of', 'and',
  // Portfolios before a title: "EU foreign policy chief Kaja Kallas", "U.S. trade representative Jamieson Greer".
  ...TITLE_PORTFOLIOS,
  // Plural titles before a list of names ("Sens. Jeff Merkley and Sherrod Brown", "Reps. Schiff and Jordan").
  'sens.', 'sens', 'reps.', 'reps', 'govs.', 'govs', 'gens.', 'senators', 'representatives', 'adm',
  // British honours: "Sir Keir Starmer" is Keir Starmer, titled.
  'sir', 'dame', 'lord', 'baroness', 'baron',
  // Members of Westminster, Holyrood, Stormont and the European and Ontario parliaments: "Labour MP Diane Abbott" is Diane Abbott, titled.
  'mp', 'mps', 'mep', 'meps', 'msp', 'msps', 'mla', 'mlas', 'mpp',
  // Local and court offices, police ranks, clergy and the press: "County Coroner Joe Giadone", "State Police Trooper Tom Kelly".
  'coroner', 'trooper', 'magistrate', 'marshal', 'constable', 'detective', 'sergeant', 'corporal', 'treasurer', 'auditor',
  'comptroller', 'controller', 'clerk', 'warden', 'provost', 'chaplain', 'ombudsman', 'curator', 'registrar', 'alderman',
  'councilman', 'councilwoman', 'councillor', 'councilor', 'assemblyman', 'assemblywoman', 'delegate', 'del.', 'solicitor',
  'rabbi', 'imam', 'archbishop', 'pastor', 'producer', 'publisher',
  // Hyphenated offices: "UN Secretary-General Antonio Guterres", "Attorney-General Merrick Garland".
  'secretary-general', 'attorney-general', 'director-general', 'governor-general', 'solicitor-general', 'inspector-general',
  'surgeon-general', 'comptroller-general', 'auditor-general',
  // Military ranks written with a hyphen or abbreviated British-style, and "pro tempore": "Maj-Gen Peter Holloway",
  // "Det Chief Insp Alan Brody", "Cmdr. Rick Dale", "Senate President Pro Tempore Carl B. Hume".
  'brigadier', 'brigadier-general', 'major-general', 'lieutenant-general', 'maj-gen', 'lt-gen', 'brig-gen', 'cmdr.', 'cmdr',
  'insp', 'insp.', 'det', 'det.', 'supt', 'supt.', 'undersecretary', 'undersecretary-general', 'under-secretary-general', 'tempore',
  // Other roles written before a name as a title: "Investigator Omar Pruitt", "Springfield Coach Dan Ruiz", "Federal Agent Joe
  // Brandt", "Witness Jane Roe", "Passenger Tim Reale", "County Judge-Executive Ada Lowe".
  'investigator', 'coach', 'agent', 'harbormaster', 'witness', 'passenger', 'judge-executive',
  // Kin before a name: "Daughter Lena Ortiz said", "Widow Ana Brandt" (not "son": a surname, "Masayoshi Son").
  'daughter', 'wife', 'husband', 'widow', 'mother', 'father', 'brother', 'sister',
  // Every honorific ("Miss Novikova said" is Novikova).
  ...HONORIFICS,
  // "ex-President Smith", "the ex-minister".
  ...formerOf(PERSON_TITLES)
])

/**
 * Title abbreviations and the word a description uses for them: "Sen. Laura
 * Kelly" is "the senator", "Gov. Ron DeSantis" "the governor". Keys are lower
 * case without the period.
 *
 * @example
 * TITLE_ABBREVIATIONS.sen // 'senator'
 */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  sen: 'senator', sens: 'senator', rep: 'representative', reps: 'representative', gov: 'governor', govs: 'governor',
  gen: 'general', lt: 'lieutenant', col: 'colonel', adm: 'admiral', sgt: 'sergeant', capt: 'captain', maj: 'major',
  pres: 'president', atty: 'attorney', supt: 'superintendent', prof: 'professor', dr: 'doctor', rev: 'reverend',
  amb: 'ambassador', cmdr: 'commander', sec: 'secretary'
}

/**
 * Titles that only a person bears, without a final period: the honorifics
 * and the ranks and offices abbreviated before a name, short and in full
 * ("sgt", "sergeant", "mr"). A name after one is a person's even when its
 * last word is an organisation noun ("Sgt. Nils Force").
 *
 * @example
 * PERSONAL_TITLES.has('sgt') // true
 */
export const PERSONAL_TITLES: ReadonlySet<string> = new Set([
  ...[...HONORIFICS].map((title) => title.replace(/\.$/u, '')),
  ...Object.keys(TITLE_ABBREVIATIONS),
  ...Object.values(TITLE_ABBREVIATIONS)
])

/**
 * Head nouns of a description of a person or a group of people who speak
 * ("a U.S. official", "people familiar with the matter", "the spokesperson").
 *
 * @example
 * ROLE_NOUNS.has('spokesperson') // true
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople',
  'spokesmen', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'diplomat', 'diplomats',
  'person', 'people', 'insider', 'insiders', 'officer', 'officers', 'staffer', 'staffers', 'analyst',
  'analysts', 'expert', 'experts', 'observer', 'observers', 'witness', 'witnesses', 'resident', 'residents',
  'lawmaker', 'lawmakers', 'legislator', 'legislators', 'representative', 'representatives', 'member',
  'members', 'negotiator', 'negotiators', 'envoy', 'envoys', 'executive', 'executives', 'investigator',
  'investigators', 'prosecutor', 'prosecutors', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'critic',
  'critics', 'supporter', 'supporters', 'opponent', 'opponents', 'voter', 'voters', 'economist',
  'economists', 'scientist', 'scientists', 'researcher', 'researchers', 'doctor', 'doctors', 'veteran',
  'veterans', 'protester', 'protesters', 'organizer', 'organizers', 'activist', 'activists', 'president',
  'minister', 'secretary', 'mayor', 'governor', 'senator', 'leader', 'leaders', 'chief', 'director',
  'chairman', 'chairwoman', 'ambassador', 'commander', 'general', 'candidate', 'nominee', 'manager',
  'questioner', 'caller', 'employee', 'employees', 'worker', 'workers', 'student', 'students', 'teacher',
  'teachers', 'parent', 'parents', 'man', 'woman', 'men', 'women', 'friend', 'friends', 'colleague',
  'colleagues', 'partner', 'partners', 'ally', 'allies', 'strategist', 'strategists', 'pollster',
  'pollsters', 'operative', 'operatives', 'host', 'narrator', 'announcer', 'judge', 'judges', 'justice', 'police', 'authorities',
  'administration', 'government', 'campaign', 'ministry', 'office', 'department', 'agency', 'committee',
  'council', 'commission', 'team', 'company', 'firm', 'group', 'statement', 'report', 'document', 'letter',
  'memo', 'filing', 'lawsuit', 'complaint', 'survey', 'poll', 'study', 'release', 'post', 'tweet',
  'communique', 'readout', 'transcript', 'indictment', 'ruling', 'decision', 'proposal', 'plan',
  'guidance', 'notice', 'order', 'directive', 'spokespersons', 'counterpart', 'counterparts', 'head',
  // Science, weather and sport: "said lead author Jane Smith", "said head coach Andy Reid", "forecasters said".
  'author', 'authors', 'writer', 'writers', 'co-author', 'coauthor', 'forecaster', 'forecasters', 'coach', 'coaches', 'captain', 'skipper',
  'quarterback', 'goalkeeper', 'pitcher',
  // "quoted a local policeman as saying".
  'policeman', 'policewoman',
  // Obituaries and accidents: "according to his family", "his daughter said", "the victim's relatives told …".
  'family', 'families', 'relative', 'relatives', 'wife', 'husband', 'widow', 'widower', 'son', 'sons', 'daughter',
  'daughters', 'mother', 'father', 'brother', 'brothers', 'sister', 'sisters', 'children', 'grandson',
  'granddaughter', 'niece', 'nephew', 'cousin', 'fiancee', 'fiance',
  // "Passengers said", "neighbors told reporters": every person role in the plural; not "owners" and "customers",
  // which more often belong to a firm named beside them ("38,000 OGE Energy customers", "the plane's owners, X").
  ...pluralsOf(PERSON_ROLES.filter((role) => role !== 'owner' && role !== 'customer')),
  // "his ex-wife said", "an ex-official", "the ex-president".
  ...formerOf(PERSON_ROLES),
  ...formerOf(PERSON_TITLES)
])

/**
 * Lower-case words that say which sources or officials a description means,
 * before its role noun ("military sources", "intelligence officials",
 * "law enforcement sources", "industry analysts"). Read after a comma
 * ("…, diplomatic sources said"), where a capitalised word would open the
 * subject anyway.
 *
 * @example
 * SOURCE_MODIFIERS.has('intelligence') // true
 */
export const SOURCE_MODIFIERS: ReadonlySet<string> = new Set([
  'military', 'intelligence', 'diplomatic', 'industry', 'law', 'enforcement', 'western', 'european', 'regional',
  'local', 'federal', 'provincial', 'municipal', 'city', 'county', 'congressional', 'parliamentary', 'party',
  'opposition', 'rebel', 'militant', 'army', 'navy', 'defense', 'health', 'hospital', 'medical', 'rescue',
  'emergency', 'fire', 'prison', 'court', 'judicial', 'border', 'airport', 'airline', 'election', 'electoral',
  'banking', 'bank', 'market', 'trade', 'union', 'company', 'palace', 'government', 'police', 'administration',
  'campaign', 'cabinet', 'ministry', 'tribal', 'village', 'school', 'university', 'aviation', 'energy', 'oil',
  'financial', 'investigative', 'legal', 'political', 'independent', 'private', 'public', 'other', 'several'
])

/**
 * Role nouns for one person, whom a later "he" or "she" may stand for ("A
 * senior official told reporters … He said …"). Singular only: "officials"
 * are "they".
 *
 * @example
 * PERSON_ROLE_NOUNS.has('spokeswoman') // true
 */
export const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set(withFormer(PERSON_ROLES))

/**
 * Heads of an epithet the press uses for a person it has just named, not a
 * job that introduces someone new: "the Republican nominee", "the New York
 * businessman", "the Kremlin leader", "the 70-year-old" (but "the sheriff",
 * "the official" are other people).
 *
 * @example
 * DESCRIBED_PEOPLE.includes('nominee') // true
 */
export const DESCRIBED_PEOPLE: readonly string[] = [
  'nominee', 'candidate', 'leader', 'democrat', 'republican', 'conservative', 'liberal', 'progressive', 'libertarian',
  'billionaire', 'millionaire', 'mogul', 'businessman', 'businesswoman', 'tycoon', 'magnate', 'entrepreneur',
  'politician', 'incumbent', 'challenger', 'frontrunner', 'front-runner', 'star', 'actor', 'actress', 'singer',
  'year-old'
]

/**
 * Words of a description that give its person's gender ("the New York
 * congresswoman", "the businessman").
 *
 * @example
 * GENDERED_WORDS.get('spokeswoman') // 'female'
 */
export const GENDERED_WORDS: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ...withFormer(['spokeswoman', 'congresswoman', 'chairwoman', 'businesswoman', 'woman', 'queen', 'princess', 'mother', 'wife', 'daughter', 'actress']).map((w) => [w, 'female'] as const),
  ...withFormer(['spokesman', 'congressman', 'chairman', 'businessman', 'man', 'king', 'prince', 'father', 'husband', 'son', 'actor']).map((w) => [w, 'male'] as const)
])

/**
 * Titles of one office holder: a description by one ("The prime minister was
 * defiant.", "the senator") is one person whom a later "he" or "she" may
 * stand for when no named person does.
 *
 * @example
 * PERSON_TITLE_NOUNS.has('minister') // true
 */
export const PERSON_TITLE_NOUNS: ReadonlySet<string> = new Set(withFormer(PERSON_TITLES))

/**
 * Nouns that stand for a business ("the company said") and the last words
 * of a business's name they resolve to ("Acme Corp.", "Globex Inc.").
 *
 * @example
 * COMPANY_NOUNS.has('company') // true
 * COMPANY_SUFFIXES.has('corp') // true
 */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'corporation'])

/**
 * Nouns that describe a business in an appositive before its name, after an
 * industry phrase that may hold an "-ing" word ("candle dipping giant Waxworks
 * Ltd.", "tyre making firm Rollo"): the "-ing" word there is no verb.
 *
 * @example
 * BUSINESS_DESCRIPTORS.has('giant') // true
 */
export const BUSINESS_DESCRIPTORS: ReadonlySet<string> = new Set([
  'giant', 'maker', 'company', 'firm', 'group', 'producer', 'manufacturer', 'supplier', 'conglomerate', 'concern', 'operator', 'retailer', 'chain'
])

/** See {@link COMPANY_NOUNS}; without their final period. */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'corporation', 'company', 'group', 'holdings', 'ag', 'sa', 'nv', 'gmbh', 'lp',
  // Italian, Swedish, Dutch, Finnish and Norwegian forms: "Grant Thornton SpA", "MySQL AB".
  'spa', 'ab', 'bv', 'oyj', 'asa'
])

/**
 * Industry words that end a business's name and no person's ("Hynix
 * Semiconductors", "AK Steel", "Extended Systems", "Fidelity Investments"):
 * a capitalised name of two words or more ending in one names a firm.
 *
 * @example
 * BUSINESS_NAME_TAILS.has('semiconductors') // true
 */
export const BUSINESS_NAME_TAILS: ReadonlySet<string> = new Set([
  'steel', 'semiconductor', 'semiconductors', 'enterprises', 'systems', 'technologies', 'technology', 'solutions',
  'investments', 'computing', 'industries', 'networks', 'communications', 'pharmaceuticals', 'software', 'electronics',
  'motors', 'bancorp', 'securities', 'entertainment', 'energy', 'petroleum', 'foods', 'laboratories', 'labs',
  'therapeutics', 'telecom', 'telecommunications', 'chemicals', 'insurance', 'electric', 'gas', 'utilities'
])

/**
 * Role nouns that stand for an organisation rather than a person.
 *
 * @example
 * ORGANIZATION_NOUNS.has('ministry') // true
 */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  'administration', 'government', 'campaign', 'ministry', 'office', 'department', 'agency', 'committee',
  'council', 'commission', 'team', 'company', 'firm', 'group', 'police', 'authorities', 'party', 'army',
  'military', 'embassy', 'parliament', 'court', 'cabinet', 'kremlin', 'pentagon', 'union', 'board',
  'bureau', 'service', 'institute', 'foundation', 'association', 'organization', 'organisation', 'coalition',
  'alliance', 'bank', 'regime', 'junta', 'movement', 'network', 'center', 'centre', 'university',
  'inc.', 'corp.', 'co.', 'ltd.', 'llc', 'inc', 'corp', 'plc', 'fund', 'trust', 'foundation', 'house',
  'institution', 'caucus', 'society', 'school', 'college', 'club', 'corporation', 'conference', 'forum', 'journal',
  'force', 'forces', 'navy', 'command', 'guard', 'prosecutors', 'ministry', 'authority', 'exchange', 'airways', 'airlines', 'system',
  // Plural heads of agencies: "Centers for Disease Control and Prevention", "National Institutes of Health".
  'centers', 'centres', 'institutes',
  // Leagues and states named as bodies: "the League of Rural Voters", "the Republic of Freedonia".
  'league', 'republic'
])

/**
 * Role nouns that stand for a document ("a statement", "the report"). Not
 * "interview": an outlet's interview holds someone else's words ("In a
 * Bloomberg interview Trump declared …").
 *
 * @example
 * DOCUMENT_NOUNS.has('statement') // true
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'report', 'document', 'letter', 'memo', 'filing', 'lawsuit', 'complaint', 'survey', 'poll',
  'study', 'release', 'post', 'tweet', 'communique', 'readout', 'transcript', 'indictment', 'ruling',
  'decision', 'proposal', 'plan', 'guidance', 'notice', 'order', 'directive', 'email', 'message', 'video',
  'op-ed', 'editorial', 'article', 'story', 'book', 'analysis', 'bill', 'resolution', 'draft',
  'database', 'investigation', 'review', 'audit', 'estimate', 'estimates', 'polls', 'surveys', 'studies',
  'reports', 'analyses', 'data', 'research', 'tally', 'count', 'documents', 'records', 'filings', 'census', 'ad', 'ads', 'advertisement',
  // Printed matter and court papers: "a campaign flier claimed", "the motion argued", "an arrest warrant says".
  'flier', 'flyer', 'leaflet', 'pamphlet', 'brochure', 'motion', 'petition', 'warrant', 'affidavit',
  // Disclosures and sworn papers: "according to his financial disclosure", "according to her written testimony".
  'disclosure', 'disclosures', 'testimony',
  // Court papers in the plural, and a civil suit: "the suit says", "the charges allege".
  'suit', 'suits', 'lawsuits', 'complaints', 'indictments', 'charges'
])

/**
 * Court papers among {@link DOCUMENT_NOUNS}: an outlet named near one is a
 * party to the case, not the reporter of a story ("the Gazette filed the suit
 * after …", "the Tribune's lawsuit against the city").
 *
 * @example
 * COURT_PAPERS.has('suit') // true
 */
export const COURT_PAPERS: ReadonlySet<string> = new Set([
  'suit', 'suits', 'lawsuit', 'lawsuits', 'complaint', 'complaints', 'indictment', 'indictments', 'charges', 'motion', 'petition', 'warrant', 'affidavit'
])

/**
 * Modifiers that mark a source as anonymous ("an unnamed source").
 *
 * @example
 * ANONYMOUS_MARKERS.has('unnamed') // true
 */
export const ANONYMOUS_MARKERS: ReadonlySet<string> = new Set([
  'unnamed', 'anonymous', 'unidentified', 'familiar', 'close', 'knowledgeable', 'briefed', 'involved',
  'speaking', 'according'
])

/**
 * Words that end a speaker's name when they follow it in a subject: time
 * adjuncts ("Sanders on Tuesday said", "Wells Fargo just this month
 * announced"). A weekday or one of `NAME_ADJUNCT_STARTS` followed by one of
 * `TIME_WORDS` starts the adjunct.
 *
 * @example
 * TIME_WORDS.has('week') // true
 */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'time',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
  'december'
])

/**
 * Words that open a time adjunct after a name ("on Tuesday", "this week", "just this month").
 *
 * @example
 * NAME_ADJUNCT_STARTS.has('last') // true
 */
export const NAME_ADJUNCT_STARTS: ReadonlySet<string> = new Set([
  'on', 'in', 'this', 'last', 'next', 'just', 'earlier', 'later', 'late', 'early', 'that', 'at', 'also'
])

/**
 * Weekdays and day words that are an adjunct on their own ("Trump Friday said").
 *
 * @example
 * DAY_WORDS.has('friday') // true
 */
export const DAY_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight'
])

/**
 * Document nouns that, bare and unmodified, name no one: "after reports
 * suggested …" is hearsay with no source, unlike "after studies showed" or
 * "radio reports said".
 *
 * @example
 * UNSOURCED_BARE_DOCUMENTS.has('reports') // true
 */
export const UNSOURCED_BARE_DOCUMENTS: ReadonlySet<string> = new Set(['reports', 'rumors', 'rumours'])
