/**
 * paraphraseScore / isParaphrase: do two sentences say the same thing?
 */
import {assertString} from '../../errors.js'
import {FEATURE_NAMES, pairFeatures, prepare} from './features.js'
import {PARAPHRASE_MODEL} from './weights.js'

/**
 * How likely two sentences are paraphrases of each other, 0..1: a logistic
 * regression over word-overlap features (stems, hand-written synonyms,
 * WordNet 3.1 synonyms and derivationally related forms, places and
 * near-miss spellings matched; ordered overlap; bigrams and trigrams;
 * length ratio; character similarity; unmatched words; mismatched names,
 * numbers and negation). Weights are fit on STS news headlines. Made for
 * sentences: of a longer text only the first 200 words count.
 *
 * @example
 * paraphraseScore('Putin offered to halt the war on the front line.', 'Putin proposed freezing the war along the front line.') // 0.8
 */
export function paraphraseScore(a: string, b: string): number {
  assertString(a, 'a')
  assertString(b, 'b')
  const features = pairFeatures(prepare(a), prepare(b))
  let sum: number = PARAPHRASE_MODEL.bias
  for (let k = 0; k < FEATURE_NAMES.length; k++) sum += (PARAPHRASE_MODEL.weights[k] ?? 0) * (features[k] ?? 0)
  return Math.round((1 / (1 + Math.exp(-sum))) * 1000) / 1000
}

/**
 * True when {@link paraphraseScore} reaches 0.5.
 *
 * @example
 * isParaphrase('The talks were postponed.', 'The talks have been delayed.') // true
 * isParaphrase('The talks were postponed.', 'The talks went ahead as planned.') // false
 */
export function isParaphrase(a: string, b: string): boolean {
  return paraphraseScore(a, b) >= 0.5
}
