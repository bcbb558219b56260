/**
 * Organisations that speak in the news by name (the Kremlin, the White
 * House). Names that end in an organisation noun (Foreign Office, State
 * Department) need not be listed: `ORGANIZATION_NOUNS` types them.
 */

/**
 * Known organisations (matched case-insensitively, a leading "the" ignored).
 *
 * @example
 * ORGANIZATIONS.includes('Kremlin') // true
 */
export const ORGANIZATIONS: readonly string[] = [
  'Kremlin', 'White House', 'Pentagon', 'Downing Street', 'Wall Street', 'Number 10', 'No 10', 'Elysee', 'Élysée',
  'Elysee Palace', 'Bundestag', 'Congress', 'Senate', 'NATO', 'Nato', 'UN', 'United Nations', 'EU',
  'European Union', 'European Commission', 'Security Council', 'IMF', 'World Bank', 'WHO', 'FBI', 'CIA',
  'NSA', 'DHS', 'ICE', 'EPA', 'IRS', 'FDA', 'CDC', 'Fed', 'Federal Reserve', 'Vatican', 'Hamas', 'Hezbollah',
  'Taliban', 'Congressional Budget Office', 'Supreme Court', 'GOP', 'RNC', 'DNC', 'SEC', 'NAACP', 'ACLU',
  'Amnesty International', 'Human Rights Watch', 'Red Cross', 'OSCE', 'G7', 'G20', 'OPEC', 'Rada',
  'Verkhovna Rada', 'Duma', 'State Duma', 'Knesset', 'Politburo', 'Secret Service', 'NYPD', 'LAPD', 'Scotland Yard', 'Metropolitan Police',
  // Companies that speak in the news by a one-word name ("Facebook and Google said …"); not names that are
  // also surnames or common words ("Ford", "Target", "Shell").
  'Apple', 'Google', 'Alphabet', 'Meta', 'Facebook', 'Instagram', 'WhatsApp', 'Microsoft', 'Amazon', 'Tesla',
  'Nvidia', 'OpenAI', 'TikTok', 'ByteDance', 'Samsung', 'Huawei', 'Alibaba', 'Tencent', 'Netflix', 'Uber',
  'Spotify', 'Disney', 'Boeing', 'Airbus', 'Pfizer', 'Moderna', 'AstraZeneca', 'Walmart', 'ExxonMobil',
  'Exxon', 'Chevron', 'JPMorgan', 'Goldman Sachs', 'Morgan Stanley', 'Citigroup', 'BlackRock', 'Volkswagen',
  'Toyota', 'General Motors', 'Gazprom', 'Rosneft', 'Aramco', 'Anthropic',
  // Firms named like people, which would otherwise be read as a person ("Wells Fargo said …", "Merrill Lynch said").
  'Wells Fargo', 'Merrill Lynch', 'Lehman Brothers', 'Charles Schwab', 'Smith Barney', 'Dean Witter', 'Raymond James',
  'Edward Jones', 'Berkshire Hathaway', 'Dow Jones', 'Bank of America', 'Philip Morris', 'Eli Lilly', 'Bristol-Myers Squibb',
  'Hewlett-Packard', 'Harley-Davidson', 'Ralph Lauren', 'Calvin Klein', 'Estee Lauder', 'Sony Ericsson', 'Lloyds TSB',
  'Marks and Spencer', 'Marks & Spencer', 'Deutsche Bank', 'Credit Suisse', 'Barclays', 'HSBC', 'UBS', 'Ernst & Young',
  'Deloitte', 'KPMG', 'PricewaterhouseCoopers', 'Standard & Poor\'s', 'Thomson Reuters',
  // Pollsters and data firms cited for a survey or figures ("according to a survey conducted by Gallup").
  'Gallup', 'Ipsos', 'YouGov', 'Quinnipiac', 'Marist', 'Morning Consult', 'Pew Research Center', 'Edison Research',
  'Rasmussen Reports', 'SurveyMonkey', 'FactSet', 'Refinitiv', 'LSEG', 'Kpler', 'Zillow', 'Redfin', 'Realtor.com',
  'Moody\'s Analytics', 'S&P Global', 'Fitch Ratings', 'Gartner', 'Forrester', 'IDC',
  // State and local agencies known by a short name ("Cal Fire said …").
  'Cal Fire', 'Caltrans', 'Amtrak', 'FEMA', 'NOAA', 'NASA', 'TSA', 'FAA', 'NTSB', 'ATF', 'DEA', 'CBP'
]

/**
 * People known by their initials ("AOC said …", "RFK Jr."): an all-capital
 * name is otherwise an organisation's acronym ("NOAA said …").
 *
 * @example
 * PERSON_INITIALS.includes('AOC') // true
 */
export const PERSON_INITIALS: readonly string[] = ['AOC', 'JFK', 'RFK', 'LBJ', 'FDR', 'MBS', 'MBZ', 'AMLO', 'MLK', 'DJT', 'BoJo']

/**
 * Businesses whose name is a possessive ("Moody's said …"): the whole word
 * names the business, not a person "Moody" it belongs to. Matched on the
 * whole subject only, so "Christie's aides" stays Chris Christie's.
 *
 * @example
 * POSSESSIVE_NAMES.includes("Moody's") // true
 */
export const POSSESSIVE_NAMES: readonly string[] = [
  "Moody's", "McDonald's", "Sotheby's", "Christie's", "Lloyd's", "Lloyd's of London", "Macy's", "Kohl's", "Lowe's",
  "Wendy's", "Dillard's", "Domino's", "Denny's", "Arby's", "Hardee's", "Applebee's", "Chili's", "Friendly's",
  "Kellogg's", "Hershey's", "Sainsbury's", "Trader Joe's", "Ben & Jerry's", "Carl's Jr.", "Dick's Sporting Goods",
  "Sam's Club", "BJ's Wholesale Club", "Kiehl's", "Levi's", "Nathan's Famous"
]
