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
  bias: -4.274,
  weights: [2.625, 1.868, 2.593, 2.173, -0.204, 0.165, -0.989, -0.17, 0.836, -0.456, -0.928, -4]
} as const
