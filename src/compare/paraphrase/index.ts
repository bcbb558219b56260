/**
 * paraphraseScore / isParaphrase: do two sentences say the same thing?
 */
import {assertString} from '../../errors.js'
import {FEATURE_NAMES, pairFeatures, prepare} from './features.js'
import type {FeatureName} from './features.js'
import {PARAPHRASE_MODEL} from './weights.js'

/** The model's weights in the order of FEATURE_NAMES (0 for a feature the model leaves out). */
const WEIGHTS: readonly number[] = FEATURE_NAMES.map((name: FeatureName) => (PARAPHRASE_MODEL.weights as Partial<Record<FeatureName, number>>)[name] ?? 0)
/** The features the model uses: the others are not computed. */
const USED: ReadonlySet<FeatureName> = new Set(FEATURE_NAMES.filter((_, k) => WEIGHTS[k] !== 0))

/**
 * How likely two sentences are paraphrases of each other, 0..1: a logistic
 * regression over word-overlap features (stems, hand-written synonyms,
 * WordNet 3.1 synonyms and derivationally related forms, places,
 * abbreviations, words written as two and near-miss spellings matched;
 * mismatched names and figures). Weights are fit on STS news headlines (see
 * weights.ts). One side negating a word both say (the other negating
 * nothing), or a word facing its antonym (neither or both negated), is a
 * veto (a weight set by hand). Made for sentences: of a longer text only the
 * first 200 words count.
 *
 * @example
 * paraphraseScore('Putin offered to halt the war on the front line.', 'Putin proposed freezing the war along the front line.') // 0.96
 */
export function paraphraseScore(a: string, b: string): number {
  assertString(a, 'a')
  assertString(b, 'b')
  const features = pairFeatures(prepare(a), prepare(b), USED)
  let sum: number = PARAPHRASE_MODEL.bias
  for (let k = 0; k < WEIGHTS.length; k++) sum += (WEIGHTS[k] as number) * (features[k] ?? 0)
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
