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
  bias: -4.241,
  weights: [2.657, 1.89, 2.639, 2.209, -0.153, 0.032, -1.043, -0.151, 0.682, -0.428, -0.932, -4, -4]
} as const
