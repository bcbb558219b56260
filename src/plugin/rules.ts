/**
 * The warnings the plugin reports: rule ids (as `ruleId`, with `source`
 * `'onrecord'`) and how their reasons read.
 */

/**
 * Every rule id the plugin may report.
 *
 * @example
 * RULES.unattributed // 'unattributed-quote'
 */
export const RULES = {
  unattributed: 'unattributed-quote',
  unsourced: 'unsourced-claim',
  unbalanced: 'unbalanced-quote-mark',
  altered: 'altered-quote'
} as const

/** The `source` of every message. */
export const MESSAGE_SOURCE = 'onrecord'

/** Longest excerpt of a quote in a reason. */
const EXCERPT = 60

/**
 * Shorten `text` for a message, cutting at a word when it is long.
 *
 * @example
 * excerpt('We need to determine very quickly now whether or not this is doable and I am talking about days')
 * // 'We need to determine very quickly now whether or not this…'
 */
export function excerpt(text: string): string {
  if (text.length <= EXCERPT) return text
  const cut = text.lastIndexOf(' ', EXCERPT)
  return `${text.slice(0, cut > EXCERPT / 2 ? cut : EXCERPT)}…`
}
