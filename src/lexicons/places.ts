/**
 * Places: countries, US states, large cities and regions, written by hand
 * (no place is a speaker's name, so "he" and "she" never stand for one),
 * and the plural names of peoples and parties ("Democrats", "Russians"),
 * which are groups ("they"), never one person.
 *
 * Matched case-insensitively against a whole capitalised run without its
 * possessive and a leading "the".
 */

/**
 * Countries, with the short and older names news text uses for them.
 *
 * @example
 * COUNTRIES.includes('United States') // true
 */
export const COUNTRIES: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria',
  'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin',
  'Bhutan', 'Bolivia', 'Bosnia', 'Bosnia and Herzegovina', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria',
  'Burkina Faso', 'Burma', 'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Cape Verde',
  'Central African Republic', 'Chile', 'China', 'Colombia', 'Comoros', 'Congo', 'Costa Rica', 'Croatia',
  'Cuba', 'Cyprus', 'Czech Republic', 'Czechia', 'Denmark', 'Djibouti', 'Dominica', 'Dominican Republic',
  'East Timor', 'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea', 'Eritrea', 'Estonia', 'Eswatini',
  'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'Germany', 'Ghana', 'Greece', 'Grenada',
  'Guatemala', 'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti', 'Honduras', 'Hungary', 'Iceland', 'India',
  'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Ivory Coast', 'Jamaica', 'Japan', 'Kazakhstan',
  'Kenya', 'Kiribati', 'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia',
  'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali',
  'Malta', 'Marshall Islands', 'Mauritania', 'Mauritius', 'Mexico', 'Micronesia', 'Moldova', 'Monaco',
  'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Namibia', 'Nauru', 'Nepal', 'Netherlands',
  'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Korea', 'North Macedonia', 'Macedonia', 'Norway',
  'Oman', 'Pakistan', 'Palau', 'Palestine', 'Panama', 'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines',
  'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Russian Federation', 'Rwanda', 'Samoa', 'San Marino',
  'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles', 'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia',
  'Solomon Islands', 'Somalia', 'South Africa', 'South Korea', 'South Sudan', 'Spain', 'Sri Lanka', 'Sudan',
  'Suriname', 'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Togo',
  'Tonga', 'Trinidad and Tobago', 'Tunisia', 'Turkey', 'Türkiye', 'Turkmenistan', 'Tuvalu', 'Uganda',
  'Ukraine', 'United Arab Emirates', 'UAE', 'United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain',
  'England', 'Scotland', 'Wales', 'Northern Ireland', 'United States', 'United States of America', 'US',
  'U.S.', 'USA', 'U.S.A.', 'America', 'Uruguay', 'Uzbekistan', 'Vanuatu', 'Vatican City', 'Venezuela',
  'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe', 'Soviet Union', 'USSR', 'Korea', 'Holland', 'Tibet', 'Hong Kong',
  'Puerto Rico', 'Greenland', 'Gaza', 'Gaza Strip', 'West Bank', 'Crimea', 'Donbas', 'Donbass', 'Chechnya',
  'Kurdistan'
]

/**
 * The US states, and the provinces and nations of other federations news
 * text names on their own.
 *
 * @example
 * STATES.includes('Virginia') // true
 */
export const STATES: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine',
  'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska',
  'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio',
  'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas',
  'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia',
  'New York State', 'Washington State', 'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Bavaria',
  'Catalonia', 'Kashmir', 'Punjab', 'Xinjiang', 'Siberia'
]

/**
 * Capitals and large cities that news text names on their own.
 *
 * @example
 * CITIES.includes('Moscow') // true
 */
export const CITIES: readonly string[] = [
  'Washington, D.C.', 'D.C.', 'New York City', 'NYC', 'Los Angeles', 'Chicago', 'Houston', 'Phoenix',
  'Philadelphia', 'San Antonio', 'San Diego', 'Dallas', 'San Jose', 'Jacksonville', 'San Francisco',
  'Fort Worth', 'Indianapolis', 'Seattle', 'Denver', 'Boston', 'El Paso', 'Nashville', 'Detroit',
  'Oklahoma City', 'Portland', 'Las Vegas', 'Memphis', 'Louisville', 'Baltimore', 'Milwaukee', 'Albuquerque',
  'Tucson', 'Fresno', 'Sacramento', 'Kansas City', 'Atlanta', 'Miami', 'Raleigh', 'Omaha', 'Minneapolis',
  'Tulsa', 'Cleveland', 'Wichita', 'New Orleans', 'Tampa', 'Orlando', 'Pittsburgh', 'Cincinnati', 'St. Louis',
  'Toledo', 'Buffalo', 'Des Moines', 'Salt Lake City', 'Honolulu', 'Anchorage', 'Brooklyn', 'Manhattan',
  'Queens', 'Bronx', 'Harlem', 'Flint', 'Ferguson', 'Charlottesville', 'London', 'Paris', 'Berlin', 'Moscow',
  'Kyiv', 'Kiev', 'Beijing', 'Tokyo', 'Seoul', 'Pyongyang', 'Tehran', 'Baghdad', 'Damascus', 'Aleppo', 'Mosul',
  'Raqqa', 'Kabul', 'Islamabad', 'New Delhi', 'Delhi', 'Mumbai', 'Jerusalem', 'Tel Aviv', 'Cairo', 'Riyadh',
  'Doha', 'Dubai', 'Abu Dhabi', 'Ankara', 'Istanbul', 'Athens', 'Rome', 'Madrid', 'Barcelona', 'Lisbon',
  'Brussels', 'Amsterdam', 'The Hague', 'Geneva', 'Zurich', 'Vienna', 'Warsaw', 'Prague', 'Budapest',
  'Bucharest', 'Minsk', 'Vilnius', 'Riga', 'Tallinn', 'Helsinki', 'Stockholm', 'Oslo', 'Copenhagen', 'Dublin',
  'Edinburgh', 'Belfast', 'Ottawa', 'Toronto', 'Montreal', 'Vancouver', 'Mexico City', 'Havana', 'Caracas',
  'Bogota', 'Lima', 'Buenos Aires', 'Brasilia', 'Rio de Janeiro', 'Sao Paulo', 'Canberra', 'Melbourne',
  'Shanghai', 'Hong Kong', 'Taipei', 'Manila', 'Jakarta', 'Bangkok', 'Hanoi', 'Singapore', 'Kuala Lumpur',
  'Nairobi', 'Lagos', 'Johannesburg', 'Pretoria', 'Addis Ababa', 'Kharkiv', 'Odesa', 'Odessa', 'Lviv',
  'Donetsk', 'Luhansk', 'Mariupol', 'Sevastopol', 'St. Petersburg', 'Saint Petersburg', 'Munich', 'Frankfurt',
  'Hamburg', 'Naples', 'Strasbourg', 'Davos', 'Vatican City', 'Benghazi', 'Tripoli', 'Beirut', 'Amman',
  'Sanaa', 'Gaza City', 'Ramallah'
]

/**
 * Continents, regions, seas and other named areas.
 *
 * @example
 * REGIONS.includes('Middle East') // true
 */
export const REGIONS: readonly string[] = [
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America',
  'Antarctica', 'Oceania', 'Australasia', 'Eurasia', 'Middle East', 'Near East', 'Far East', 'East Asia',
  'South Asia', 'Southeast Asia', 'Central Asia', 'Western Europe', 'Eastern Europe', 'Central Europe',
  'Northern Europe', 'Southern Europe', 'Scandinavia', 'Balkans', 'Baltics', 'Caucasus', 'Caribbean', 'Sahel',
  'Persian Gulf', 'Arctic', 'Pacific', 'Atlantic', 'Mediterranean', 'Black Sea', 'Baltic Sea',
  'South China Sea', 'Red Sea', 'Indian Ocean', 'Pacific Ocean', 'Atlantic Ocean', 'Midwest', 'Rust Belt',
  'Sun Belt', 'Bible Belt', 'Deep South', 'New England', 'Appalachia', 'Southwest', 'Northeast', 'Northwest',
  'Southeast', 'West Coast', 'East Coast', 'Gulf Coast', 'Great Lakes', 'Silicon Valley', 'Midway',
  'Pacific Islands', 'Sinai', 'Golan Heights', 'Kurdistan', 'Korean Peninsula'
]

/**
 * Last words that make a capitalised run a place ("Orange County",
 * "Coral Springs"; "Wake Forest University" ends in an organisation noun and
 * is typed before this).
 *
 * @example
 * PLACE_SUFFIXES.has('county') // true
 */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
  'county', 'city', 'province', 'island', 'islands', 'ocean', 'sea', 'peninsula', 'valley', 'springs',
  'township', 'oblast', 'region', 'territory', 'territories', 'heights', 'strait'
])

/**
 * First words that make a place of the place after them ("North Florida",
 * "Northern Virginia", "Eastern Ukraine").
 *
 * @example
 * PLACE_PREFIXES.has('northern') // true
 */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upstate',
  'downstate', 'northeast', 'northwest', 'southeast', 'southwest', 'greater', 'rural', 'downtown'
])

/**
 * Endings of a modifier that places a body at its seat ("Emeryville-based
 * Ask Jeeves", "Santa Clara-based Intel", "Paris-headquartered Vivendi"):
 * no part of the name after it, which names a firm or another body.
 *
 * @example
 * SEAT_MODIFIER_ENDINGS.includes('-based') // true
 */
export const SEAT_MODIFIER_ENDINGS: readonly string[] = ['-based', '-headquartered']

/**
 * Plural names of parties, movements and peoples: a group ("they"), never
 * one person. Demonyms compromise knows ("Russians", "Americans") need not
 * be listed.
 *
 * @example
 * GROUP_NAMES.includes('Democrats') // true
 */
export const GROUP_NAMES: readonly string[] = [
  'Democrats', 'Republicans', 'Dems', 'Conservatives', 'Liberals', 'Progressives', 'Libertarians', 'Greens',
  'Tories', 'Whigs', 'Socialists', 'Communists', 'Independents', 'Evangelicals', 'Catholics', 'Protestants',
  'Muslims', 'Christians', 'Jews', 'Mormons', 'Sunnis', 'Shiites', 'Kurds', 'Palestinians', 'Israelis',
  'Americans', 'Russians', 'Ukrainians', 'Europeans', 'Britons', 'Brits', 'Germans', 'Chinese', 'Iranians',
  'Iraqis', 'Syrians', 'Afghans', 'Saudis', 'Mexicans', 'Canadians', 'Latinos', 'Hispanics', 'Millennials',
  'Baby Boomers', 'Boomers', 'Never Trumpers', 'Trumpers', 'Clintonites', 'Allies'
]

/**
 * Countries and the adjectives news text names their bodies with ("the
 * Israeli military" is "Israel's military"), by country as in
 * {@link COUNTRIES}, with the short names of a country that has several
 * ("U.S.", "Britain").
 *
 * @example
 * DEMONYMS.Israel // ['Israeli']
 */
export const DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  Afghanistan: ['Afghan'], Albania: ['Albanian'], Algeria: ['Algerian'], Angola: ['Angolan'], Argentina: ['Argentine', 'Argentinian'],
  Armenia: ['Armenian'], Australia: ['Australian'], Austria: ['Austrian'], Azerbaijan: ['Azerbaijani', 'Azeri'], Bahrain: ['Bahraini'],
  Bangladesh: ['Bangladeshi'], Belarus: ['Belarusian', 'Belarussian'], Belgium: ['Belgian'], Bolivia: ['Bolivian'], Bosnia: ['Bosnian'],
  Brazil: ['Brazilian'], Bulgaria: ['Bulgarian'], Burma: ['Burmese'], Cambodia: ['Cambodian'], Cameroon: ['Cameroonian'],
  Canada: ['Canadian'], Chile: ['Chilean'], China: ['Chinese'], Colombia: ['Colombian'], Congo: ['Congolese'], Croatia: ['Croatian'],
  Cuba: ['Cuban'], Cyprus: ['Cypriot'], 'Czech Republic': ['Czech'], Denmark: ['Danish'], Ecuador: ['Ecuadorian', 'Ecuadoran'],
  Egypt: ['Egyptian'], 'El Salvador': ['Salvadoran'], Eritrea: ['Eritrean'], Estonia: ['Estonian'], Ethiopia: ['Ethiopian'],
  Finland: ['Finnish'], France: ['French'], Georgia: ['Georgian'], Germany: ['German'], Ghana: ['Ghanaian'], Greece: ['Greek'],
  Guatemala: ['Guatemalan'], Haiti: ['Haitian'], Honduras: ['Honduran'], Hungary: ['Hungarian'], Iceland: ['Icelandic'],
  India: ['Indian'], Indonesia: ['Indonesian'], Iran: ['Iranian'], Iraq: ['Iraqi'], Ireland: ['Irish'], Israel: ['Israeli'],
  Italy: ['Italian'], Jamaica: ['Jamaican'], Japan: ['Japanese'], Jordan: ['Jordanian'], Kazakhstan: ['Kazakh'], Kenya: ['Kenyan'],
  Kosovo: ['Kosovar'], Kuwait: ['Kuwaiti'], Kyrgyzstan: ['Kyrgyz'], Latvia: ['Latvian'], Lebanon: ['Lebanese'], Libya: ['Libyan'],
  Lithuania: ['Lithuanian'], Malaysia: ['Malaysian'], Mali: ['Malian'], Mexico: ['Mexican'], Moldova: ['Moldovan'],
  Mongolia: ['Mongolian'], Montenegro: ['Montenegrin'], Morocco: ['Moroccan'], Mozambique: ['Mozambican'], Myanmar: ['Myanmar'],
  Nepal: ['Nepalese', 'Nepali'], Netherlands: ['Dutch'], 'New Zealand': ['New Zealand'], Nicaragua: ['Nicaraguan'], Niger: ['Nigerien'],
  Nigeria: ['Nigerian'], 'North Korea': ['North Korean'], Norway: ['Norwegian'], Oman: ['Omani'], Pakistan: ['Pakistani'],
  Palestine: ['Palestinian'], Panama: ['Panamanian'], Paraguay: ['Paraguayan'], Peru: ['Peruvian'], Philippines: ['Philippine', 'Filipino'],
  Poland: ['Polish'], Portugal: ['Portuguese'], Qatar: ['Qatari'], Romania: ['Romanian'], Russia: ['Russian'], Rwanda: ['Rwandan'],
  'Saudi Arabia': ['Saudi'], Senegal: ['Senegalese'], Serbia: ['Serbian'], Singapore: ['Singaporean'], Slovakia: ['Slovak', 'Slovakian'],
  Slovenia: ['Slovenian'], Somalia: ['Somali'], 'South Africa': ['South African'], 'South Korea': ['South Korean'],
  'South Sudan': ['South Sudanese'], Spain: ['Spanish'], 'Sri Lanka': ['Sri Lankan'], Sudan: ['Sudanese'], Sweden: ['Swedish'],
  Switzerland: ['Swiss'], Syria: ['Syrian'], Taiwan: ['Taiwanese'], Tajikistan: ['Tajik'], Tanzania: ['Tanzanian'], Thailand: ['Thai'],
  Tunisia: ['Tunisian'], Turkey: ['Turkish'], Turkmenistan: ['Turkmen'], Uganda: ['Ugandan'], Ukraine: ['Ukrainian'],
  'United Arab Emirates': ['Emirati', 'UAE'], 'United Kingdom': ['British', 'Britain', 'UK', 'U.K.', 'Great Britain'],
  'United States': ['American', 'America', 'US', 'U.S.', 'USA', 'U.S.A.'], 'Russian Federation': ['Russia', 'Russian'],
  Uruguay: ['Uruguayan'], Uzbekistan: ['Uzbek'], Venezuela: ['Venezuelan'], Vietnam: ['Vietnamese'], Yemen: ['Yemeni'],
  Zambia: ['Zambian'], Zimbabwe: ['Zimbabwean']
}
