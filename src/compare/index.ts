/**
 * Verification and cross-outlet matching (issue 4): is a quote faithful to
 * its source, which quotes of several articles are one utterance, which
 * sentences report the same news, and are two sentences paraphrases.
 */
export {verifyQuote} from './verify/index.js'
export {compareArticles} from './articles/index.js'
export {clusterQuotes} from './articles/quotes.js'
export type {ArticleContext, QuoteClusterOptions} from './articles/quotes.js'
export type {
  ArticleInput,
  ArticleQuote,
  Claim,
  ClaimSentence,
  CompareOptions,
  Comparison,
  Difference,
  DifferenceType,
  QuoteCluster,
  QuoteComparison,
  Verdict,
  Verification,
  VerifyOptions
} from './types.js'
export {paraphraseScore, isParaphrase} from './paraphrase/index.js'
