/**
 * onrecord: find quotations and sources in news text, attribute them to
 * speakers, and compare them across outlets.
 *
 * This file is the whole public API. Everything here runs in Node and in the
 * browser (no Node built-ins); Node-only helpers live in `onrecord/node`.
 */

// --- quotes and speakers (issue 2) ---
export {extractQuotes} from './extract/index.js'
export type {ExtractOptions} from './extract/index.js'
export {findUnbalancedMarks} from './quotes/index.js'

// --- sources (issue 3) ---
export {findSources, mergeSources} from './sources/index.js'
export type {SourceOptions, MergedSource, SourceList} from './sources/index.js'
export {findHearsay} from './hearsay/index.js'

// --- verification and cross-outlet matching (issue 4) ---
export {verifyQuote, compareArticles, clusterQuotes, paraphraseScore, isParaphrase} from './compare/index.js'
export type {
  ArticleContext,
  ArticleInput,
  ArticleQuote,
  Claim,
  ClaimSentence,
  CompareOptions,
  Comparison,
  Difference,
  DifferenceType,
  QuoteCluster,
  QuoteClusterOptions,
  QuoteComparison,
  Verdict,
  Verification,
  VerifyOptions
} from './compare/index.js'

// --- HTML input and the retext plugin (issue 5) ---
export {articleFromHtml, htmlRange} from './html/index.js'
export type {HtmlArticle, OffsetSegment} from './html/index.js'
export {renderReport} from './report/index.js'
export type {ReportArticle, ReportInput} from './report/index.js'
export {retextOnrecord} from './plugin/index.js'
export type {CheckSource, QuoteVerification, RetextOnrecordOptions} from './plugin/index.js'

export type {
  Span,
  Quote,
  QuoteKind,
  Speaker,
  SpeakerType,
  Source,
  SourceType,
  Attribution,
  Hearsay,
  HearsayForm
} from './types.js'
