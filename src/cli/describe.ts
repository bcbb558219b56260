import type {Difference} from '../index.js'

/**
 * One word-level difference for a terminal: `good → positive`,
 * `+ still (not in the source)`, `- very (dropped)`.
 *
 * @example
 * describeDifference({type: 'substitution', quoted: {start: 0, end: 4, text: 'good'}, source: {start: 9, end: 17, text: 'positive'}})
 * // 'good → positive'
 */
export function describeDifference(difference: Difference): string {
  const quoted = difference.quoted?.text ?? ''
  const source = difference.source?.text ?? ''
  switch (difference.type) {
    case 'insertion':
      return `+ ${quoted} (not in the source)`
    case 'deletion':
      return `- ${source} (dropped)`
    case 'spelling':
    case 'punctuation':
      return `${quoted || '∅'} ~ ${source || '∅'} (${difference.type})`
    default:
      return `${quoted} → ${source}`
  }
}
