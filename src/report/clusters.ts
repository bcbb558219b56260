import type {DifferenceType, QuoteCluster} from '../compare/types.js'
import type {Highlight} from './highlight.js'

/** How each kind of difference is marked; punctuation is not. */
const MARK_CLASS: Partial<Record<DifferenceType, string>> = {
  substitution: 'variant-words',
  insertion: 'variant-words',
  deletion: 'variant-words',
  spelling: 'variant-spelling'
}

/**
 * The words to mark in each quote of a cluster (offsets into its article's
 * text): every difference marks its quoted words in the quote and its source
 * words in the quote it was compared with.
 *
 * @example
 * clusterMarks(cluster)[1] // [{start: 812, end: 820, classes: ['variant-words']}]
 */
export function clusterMarks(cluster: QuoteCluster): Highlight[][] {
  const marks: Highlight[][] = cluster.quotes.map(() => [])
  for (const comparison of cluster.differences) {
    for (const difference of comparison.differences) {
      const className = MARK_CLASS[difference.type]
      if (!className) continue
      if (difference.quoted) marks[comparison.quote]?.push({start: difference.quoted.start, end: difference.quoted.end, classes: [className]})
      if (difference.source) marks[comparison.reference]?.push({start: difference.source.start, end: difference.source.end, classes: [className]})
    }
  }
  return marks
}
