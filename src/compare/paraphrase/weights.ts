/**
 * Logistic-regression weights of the paraphrase model (one per feature of
 * FEATURE_NAMES), fit on the SemEval STS 2013-2016 news headlines (pairs
 * from different outlets; credit: Europe Media Monitor), label = human score
 * >= 3 ("roughly equivalent"). The negation weight is set by hand.
 * Written by `npx tsx scripts/eval/compare.ts --fit`; nothing here is fit
 * on MSRP (its licence is non-commercial; it is only used to measure).
 *
 * @example
 * PARAPHRASE_MODEL.weights.length // 12
 */
export const PARAPHRASE_MODEL = {
  bias: -4.188,
  weights: [2.673, 1.881, 2.625, 2.222, -0.236, 0.199, -1.062, -0.301, 0.699, -0.411, -0.909, -4]
} as const
