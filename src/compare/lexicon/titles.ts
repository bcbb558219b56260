/**
 * Titles, roles and generic words that appear in speakers' names and
 * mentions but do not identify anyone ("President", "spokesman", "the").
 * Hand-written for onrecord (MIT).
 *
 * @example
 * TITLES.has('spokesman') // true
 */
export const TITLES: ReadonlySet<string> = new Set(
  (
    'the a an of for to and in at on from with by his her their its ' +
    'mr mrs ms miss dr sir dame lord lady prof professor rev gen general col colonel maj major capt captain lt sgt adm admiral ' +
    'president vice prime minister ministers secretary deputy foreign defense defence interior finance economy state ' +
    'chancellor premier governor mayor senator sen rep representative congressman congresswoman ambassador envoy special ' +
    'chief head director spokesman spokeswoman spokesperson spokespeople official officials aide adviser advisor ' +
    'leader chairman chairwoman chair ceo founder executive officer commissioner king queen prince princess pope ' +
    'judge justice attorney lawyer sheriff police analyst source sources people person office ministry department ' +
    'agency government administration house white top senior former acting new u us uk he she they it who told said says'
  ).split(' ')
)

/**
 * Capitalised words that name no one and nowhere: days, months (and their
 * abbreviations) and company suffixes. The paraphrase model does not count
 * them as names two sentences disagree on ("Wednesday" / "yesterday",
 * "Palm, Inc." / "Palm"). Hand-written for onrecord (MIT).
 *
 * @example
 * NOT_NAMES.has('oct') // true
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'inc corp co ltd llc plc'
  ).split(' ')
)
