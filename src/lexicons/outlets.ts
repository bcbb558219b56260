/**
 * News outlets and wire services, by canonical name with the other names
 * articles use for them. Extend at run time with the `outlets` option.
 */

/** An outlet with the names it goes by. */
export interface OutletEntry {
  name: string
  aliases: readonly string[]
}

/**
 * Known outlets (matched case-insensitively, a leading "the" ignored).
 *
 * @example
 * OUTLETS.find((o) => o.aliases.includes('FT'))?.name // 'Financial Times'
 */
export const OUTLETS: readonly OutletEntry[] = [
  {name: 'Reuters', aliases: ['Reuters', 'Thomson Reuters']},
  {name: 'Associated Press', aliases: ['Associated Press', 'AP', 'The AP']},
  {name: 'Agence France-Presse', aliases: ['Agence France-Presse', 'Agence France Presse', 'AFP']},
  {name: 'Axios', aliases: ['Axios']},
  {name: 'Bloomberg', aliases: ['Bloomberg', 'Bloomberg News']},
  {name: 'Financial Times', aliases: ['Financial Times', 'FT']},
  {name: 'New York Times', aliases: ['New York Times', 'NYT', 'NY Times']},
  {name: 'Washington Post', aliases: ['Washington Post', 'WaPo']},
  {name: 'Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ', 'Journal']},
  {name: 'Guardian', aliases: ['Guardian', 'Observer']},
  {name: 'BBC', aliases: ['BBC', 'BBC News', 'British Broadcasting Corporation']},
  {name: 'Sky News', aliases: ['Sky News']},
  {name: 'CNN', aliases: ['CNN']},
  {name: 'Fox News', aliases: ['Fox News', 'Fox', 'Fox News Channel', 'Fox Business']},
  {name: 'NBC News', aliases: ['NBC', 'NBC News']},
  {name: 'CBS News', aliases: ['CBS', 'CBS News']},
  {name: 'ABC News', aliases: ['ABC', 'ABC News']},
  {name: 'MSNBC', aliases: ['MSNBC']},
  {name: 'NPR', aliases: ['NPR', 'National Public Radio']},
  {name: 'PBS', aliases: ['PBS', 'PBS NewsHour']},
  {name: 'Politico', aliases: ['Politico', 'POLITICO']},
  {name: 'The Hill', aliases: ['The Hill']},
  {name: 'USA Today', aliases: ['USA Today']},
  {name: 'Los Angeles Times', aliases: ['Los Angeles Times', 'LA Times', 'L.A. Times']},
  {name: 'New York Post', aliases: ['New York Post']},
  {name: 'Breitbart News', aliases: ['Breitbart', 'Breitbart News', 'Breitbart News Daily']},
  {name: 'Daily Mail', aliases: ['Daily Mail', 'Mail', 'MailOnline', 'Mail on Sunday']},
  {name: 'The Telegraph', aliases: ['Telegraph', 'Daily Telegraph']},
  {name: 'The Times', aliases: ['The Times', 'Times of London', 'Sunday Times']},
  {name: 'The Independent', aliases: ['Independent']},
  {name: 'Metro', aliases: ['Metro', 'Metro.co.uk']},
  {name: 'The Sun', aliases: ['The Sun']},
  {name: 'Daily Mirror', aliases: ['Daily Mirror', 'Mirror']},
  {name: 'The Economist', aliases: ['Economist']},
  {name: 'Newsweek', aliases: ['Newsweek']},
  {name: 'Time', aliases: ['Time magazine']},
  {name: 'The Atlantic', aliases: ['The Atlantic']},
  {name: 'The New Yorker', aliases: ['New Yorker']},
  {name: 'Vox', aliases: ['Vox']},
  {name: 'BuzzFeed News', aliases: ['BuzzFeed', 'BuzzFeed News']},
  {name: 'HuffPost', aliases: ['HuffPost', 'Huffington Post']},
  {name: 'The Daily Beast', aliases: ['Daily Beast']},
  {name: 'Washington Examiner', aliases: ['Washington Examiner']},
  {name: 'Washington Times', aliases: ['Washington Times']},
  {name: 'Daily Caller', aliases: ['Daily Caller']},
  {name: 'National Review', aliases: ['National Review']},
  {name: 'Yahoo News', aliases: ['Yahoo News', 'Yahoo']},
  {name: 'Al Jazeera', aliases: ['Al Jazeera']},
  {name: 'Deutsche Welle', aliases: ['Deutsche Welle', 'DW']},
  {name: 'Der Spiegel', aliases: ['Der Spiegel', 'Spiegel']},
  {name: 'Le Monde', aliases: ['Le Monde']},
  {name: 'Kyiv Independent', aliases: ['Kyiv Independent']},
  {name: 'Kyiv Post', aliases: ['Kyiv Post']},
  {name: 'Ukrainska Pravda', aliases: ['Ukrainska Pravda']},
  {name: 'The Moscow Times', aliases: ['Moscow Times']},
  {name: 'TASS', aliases: ['TASS', 'Tass']},
  {name: 'RIA Novosti', aliases: ['RIA Novosti', 'RIA']},
  {name: 'Interfax', aliases: ['Interfax', 'Interfax-Ukraine']},
  {name: 'Ukrinform', aliases: ['Ukrinform']},
  {name: 'Xinhua', aliases: ['Xinhua']},
  {name: 'Kyodo', aliases: ['Kyodo', 'Kyodo News']},
  {name: 'Yonhap', aliases: ['Yonhap']},
  // State and agency outlets often cited in conflict copy.
  {name: 'KCNA', aliases: ['KCNA', 'Korean Central News Agency']},
  {name: 'IRNA', aliases: ['IRNA', 'Islamic Republic News Agency']},
  {name: 'Fars', aliases: ['Fars', 'Fars News Agency']},
  {name: 'Tasnim', aliases: ['Tasnim', 'Tasnim News Agency']},
  {name: 'Press TV', aliases: ['Press TV']},
  {name: 'WAFA', aliases: ['WAFA', 'Wafa']},
  {name: 'SANA', aliases: ['SANA', 'Syrian Arab News Agency']},
  {name: 'Global Times', aliases: ['Global Times']},
  {name: 'Izvestia', aliases: ['Izvestia']},
  {name: 'NHK', aliases: ['NHK']},
  {name: 'Phoenix TV', aliases: ['Phoenix TV', 'Phoenix Television']},
  {name: 'Press Trust of India', aliases: ['Press Trust of India', 'PTI']},
  {name: 'Semafor', aliases: ['Semafor']},
  {name: 'CNBC', aliases: ['CNBC']},
  {name: 'The Intercept', aliases: ['The Intercept']},
  {name: 'ProPublica', aliases: ['ProPublica']},
  {name: 'Mother Jones', aliases: ['Mother Jones']},
  {name: 'Slate', aliases: ['Slate']},
  {name: 'Salon', aliases: ['Salon']},
  {name: 'Talking Points Memo', aliases: ['Talking Points Memo', 'TPM']},
  {name: 'The Blaze', aliases: ['TheBlaze', 'The Blaze']},
  {name: 'Drudge Report', aliases: ['Drudge Report', 'Drudge']},
  {name: 'Des Moines Register', aliases: ['Des Moines Register']},
  {name: 'Chicago Tribune', aliases: ['Chicago Tribune']},
  {name: 'Boston Globe', aliases: ['Boston Globe']},
  {name: 'Miami Herald', aliases: ['Miami Herald']},
  {name: 'Univision', aliases: ['Univision']},
  {name: 'Telemundo', aliases: ['Telemundo']},
  {name: 'C-SPAN', aliases: ['C-SPAN']},
  // Wire services and broadcasters abroad.
  {name: 'United Press International', aliases: ['United Press International', 'UPI']},
  {name: 'Deutsche Presse-Agentur', aliases: ['Deutsche Presse-Agentur', 'dpa']},
  {name: 'EFE', aliases: ['EFE', 'Agencia EFE']},
  {name: 'ANSA', aliases: ['ANSA']},
  {name: 'Anadolu Agency', aliases: ['Anadolu Agency', 'Anadolu']},
  {name: 'RT', aliases: ['RT', 'Russia Today', 'RT America']},
  {name: 'Sputnik', aliases: ['Sputnik', 'Sputnik News']},
  {name: 'Euronews', aliases: ['Euronews']},
  {name: 'France 24', aliases: ['France 24']},
  {name: 'Radio Free Europe/Radio Liberty', aliases: ['Radio Free Europe/Radio Liberty', 'Radio Free Europe', 'Radio Liberty', 'RFE/RL']},
  {name: 'Voice of America', aliases: ['Voice of America', 'VOA']},
  {name: 'CBC News', aliases: ['CBC', 'CBC News']},
  {name: 'Al Arabiya', aliases: ['Al Arabiya']},
  {name: 'Al-Monitor', aliases: ['Al-Monitor']},
  {name: 'Haaretz', aliases: ['Haaretz']},
  {name: 'Times of Israel', aliases: ['Times of Israel']},
  {name: 'Jerusalem Post', aliases: ['Jerusalem Post']},
  {name: 'South China Morning Post', aliases: ['South China Morning Post', 'SCMP']},
  {name: 'Nikkei', aliases: ['Nikkei', 'Nikkei Asia']},
  {name: 'Kommersant', aliases: ['Kommersant']},
  {name: 'Vedomosti', aliases: ['Vedomosti']},
  {name: 'Meduza', aliases: ['Meduza']},
  {name: 'Novaya Gazeta', aliases: ['Novaya Gazeta']},
  {name: 'UNIAN', aliases: ['UNIAN']},
  {name: 'Politico Europe', aliases: ['Politico Europe']},
  {name: 'Euractiv', aliases: ['Euractiv', 'EurActiv']},
  {name: 'Le Figaro', aliases: ['Le Figaro']},
  {name: 'El País', aliases: ['El País', 'El Pais']},
  {name: 'Süddeutsche Zeitung', aliases: ['Süddeutsche Zeitung', 'Sueddeutsche Zeitung']},
  {name: 'Frankfurter Allgemeine Zeitung', aliases: ['Frankfurter Allgemeine Zeitung', 'Frankfurter Allgemeine', 'FAZ']},
  {name: 'Bild', aliases: ['Bild', 'Bild am Sonntag']},
  {name: 'Corriere della Sera', aliases: ['Corriere della Sera']},
  {name: 'Globe and Mail', aliases: ['Globe and Mail']},
  {name: 'Sydney Morning Herald', aliases: ['Sydney Morning Herald']},
  {name: 'Times of India', aliases: ['Times of India']},
  // American papers, networks and sites.
  {name: 'Dallas Morning News', aliases: ['Dallas Morning News']},
  {name: 'Arizona Republic', aliases: ['Arizona Republic']},
  {name: 'Cincinnati Enquirer', aliases: ['Cincinnati Enquirer']},
  {name: 'Houston Chronicle', aliases: ['Houston Chronicle']},
  {name: 'San Francisco Chronicle', aliases: ['San Francisco Chronicle']},
  {name: 'Philadelphia Inquirer', aliases: ['Philadelphia Inquirer']},
  {name: 'Chicago Sun-Times', aliases: ['Chicago Sun-Times']},
  {name: 'Atlanta Journal-Constitution', aliases: ['Atlanta Journal-Constitution']},
  {name: 'Denver Post', aliases: ['Denver Post']},
  {name: 'Detroit Free Press', aliases: ['Detroit Free Press']},
  {name: 'Seattle Times', aliases: ['Seattle Times']},
  {name: 'Tampa Bay Times', aliases: ['Tampa Bay Times']},
  {name: 'Star Tribune', aliases: ['Star Tribune']},
  {name: 'Newsday', aliases: ['Newsday']},
  {name: 'McClatchy', aliases: ['McClatchy']},
  {name: 'Business Insider', aliases: ['Business Insider']},
  {name: 'MarketWatch', aliases: ['MarketWatch']},
  {name: 'Rolling Stone', aliases: ['Rolling Stone']},
  {name: 'Vanity Fair', aliases: ['Vanity Fair']},
  {name: 'The New Republic', aliases: ['New Republic']},
  {name: 'FiveThirtyEight', aliases: ['FiveThirtyEight', '538']},
  {name: 'RealClearPolitics', aliases: ['RealClearPolitics', 'RealClear Politics']},
  {name: 'Newsmax', aliases: ['Newsmax']},
  {name: 'One America News', aliases: ['One America News', 'OANN', 'One America News Network']},
  {name: 'The Federalist', aliases: ['The Federalist']},
  {name: 'Mediaite', aliases: ['Mediaite']},
  {name: 'Daily Kos', aliases: ['Daily Kos']},
  {name: 'Infowars', aliases: ['Infowars', 'InfoWars']},
  {name: 'Gateway Pundit', aliases: ['Gateway Pundit']},
  {name: 'The Hollywood Reporter', aliases: ['Hollywood Reporter']},
  {name: 'Western Journal', aliases: ['Western Journal']},
  {name: 'Morning Consult', aliases: ['Morning Consult']}
]

/**
 * Descriptions that stand for an outlet named earlier ("the outlet", "the
 * financial daily"). Lower case, without the article.
 *
 * @example
 * OUTLET_DESCRIPTIONS.includes('financial daily') // true
 */
export const OUTLET_DESCRIPTIONS: readonly string[] = [
  'outlet', 'news outlet', 'media outlet', 'newspaper', 'paper', 'daily', 'financial daily', 'business daily',
  'tabloid', 'broadsheet', 'weekly', 'magazine', 'publication', 'website', 'site', 'news site', 'agency',
  'news agency', 'wire service', 'wire', 'broadcaster', 'network', 'channel', 'station', 'report'
]

/**
 * The last words of the outlet descriptions ("daily", "weekly", "paper"):
 * nouns when they end a description, though "daily" and "weekly" read as
 * adverbs elsewhere ("The financial daily said").
 *
 * @example
 * OUTLET_DESCRIPTION_HEADS.has('daily') // true
 */
export const OUTLET_DESCRIPTION_HEADS: ReadonlySet<string> = new Set(OUTLET_DESCRIPTIONS.map((description) => description.split(' ').pop() as string))

/**
 * Masthead words: "The Post", "The Herald", "The Chronicle" alone, after
 * "the", name a newspaper (the one named in full earlier, if any), never a
 * person.
 *
 * @example
 * MASTHEAD_WORDS.has('post') // true
 */
export const MASTHEAD_WORDS: ReadonlySet<string> = new Set([
  'post', 'times', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'guardian', 'globe', 'examiner',
  'inquirer', 'chronicle', 'courier', 'sun', 'mirror', 'express', 'independent', 'economist', 'atlantic', 'bulletin',
  'dispatch', 'ledger', 'sentinel', 'enquirer'
])

/**
 * Medium words that end an outlet's name and no person's: a capitalised
 * name of two words or more ending in one ("Army Radio", "Phoenix TV",
 * "BusinessWeek Online", "New York Daily News") is an outlet.
 *
 * @example
 * OUTLET_NAME_TAILS.has('radio') // true
 */
export const OUTLET_NAME_TAILS: ReadonlySet<string> = new Set(['radio', 'tv', 'television', 'online', 'news'])

/**
 * Nouns for a kind of outlet that may follow its name and belong to it
 * ("told People magazine that …", "the Guardian newspaper", "Fox News
 * channel"). Not "report" or "daily": "a Financial Times report" is a
 * document, "Reuters daily" no outlet.
 *
 * @example
 * OUTLET_KINDS.has('magazine') // true
 */
export const OUTLET_KINDS: ReadonlySet<string> = new Set([
  'magazine', 'newspaper', 'paper', 'tabloid', 'broadsheet', 'website', 'site', 'network', 'channel', 'station',
  'broadcaster', 'outlet', 'publication'
])

/**
 * Nouns for a piece an outlet runs in which a source speaks: "in an
 * interview with the BBC", "in an op-ed for The Washington Post", "in a
 * column in The Guardian". The outlet is the one in between (`via`).
 *
 * @example
 * INTERVIEW_NOUNS.has('op-ed') // true
 */
export const INTERVIEW_NOUNS: ReadonlySet<string> = new Set([
  'interview', 'interviews', 'op-ed', 'column', 'essay', 'article', 'appearance', 'podcast', 'piece', 'commentary',
  'broadcast', 'segment', 'documentary', 'editorial', 'letter'
])

/**
 * Nouns of a state outlet named by its owner rather than its name: "Iranian
 * state TV", "Chinese state media", "state-run television". With one of
 * `STATE_MEDIA_MARKERS` right before it, the whole phrase is an outlet.
 *
 * @example
 * STATE_MEDIA_NOUNS.has('tv') // true
 */
export const STATE_MEDIA_NOUNS: ReadonlySet<string> = new Set(['tv', 'television', 'media', 'radio', 'broadcaster', 'outlets', 'press'])

/**
 * Words that make a media noun a state outlet ("state TV", "state-run media").
 *
 * @example
 * STATE_MEDIA_MARKERS.has('state-run') // true
 */
export const STATE_MEDIA_MARKERS: ReadonlySet<string> = new Set(['state', 'state-run', 'state-owned', 'state-controlled', 'state-backed', 'government-run', 'official', 'kremlin-backed', 'kremlin-controlled', 'pro-kremlin', 'government-controlled'])

/**
 * Nouns for the people an outlet broadcasts to or through, after the
 * outlet's name: "told the RT America audience", "told Fox News viewers".
 * The outlet is the one in between (`via`), no source of its own: it
 * reported nothing.
 *
 * @example
 * AUDIENCE_NOUNS.has('viewers') // true
 */
export const AUDIENCE_NOUNS: ReadonlySet<string> = new Set([
  'audience', 'audiences', 'viewers', 'listeners', 'readers', 'subscribers', 'anchor', 'host', 'hosts', 'interviewer',
  'program', 'programme', 'show', 'panel'
])
