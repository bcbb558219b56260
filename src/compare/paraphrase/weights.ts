/**
 * Logistic-regression weights of the paraphrase model (one per feature of
 * FEATURE_NAMES), fit on the SemEval STS 2013-2016 news headlines (pairs
 * from different outlets; credit: Europe Media Monitor), label = human score
 * >= 3 ("roughly equivalent"). The negation and antonym weights are set by hand.
 * Written by `npx tsx scripts/eval/compare.ts --fit`; nothing here is fit
 * on MSRP (its licence is non-commercial; it is only used to measure).
 *
 * @example
 * PARAPHRASE_MODEL.weights.length // 13
 */
export const PARAPHRASE_MODEL = {
  bias: -4.25,
  weights: [2.663, 1.893, 2.642, 2.212, -0.16, 0.036, -1.045, -0.148, 0.683, -0.427, -0.932, -4, -4]
} as const
