/**
 * compareArticles: the same quotes and the same news across articles.
 */
import {assertOptions, assertString, describe} from '../../errors.js'
import {extractQuotes} from '../../extract/index.js'
import {findBoilerplate} from '../../boilerplate/index.js'
import {segmentText} from '../../text/index.js'
import type {Span} from '../../types.js'
import type {ArticleInput, ArticleQuote, CompareOptions, Comparison} from '../types.js'
import {findClaims} from './claims.js'
import {clusterQuotes} from './quotes.js'
import type {ArticleContext} from './quotes.js'

/**
 * Default minimum average linkage for a claim.
 *
 * @example
 * compareArticles(articles, {claimThreshold: CLAIM_THRESHOLD + 0.05}) // stricter claims
 */
export const CLAIM_THRESHOLD = 0.3

/**
 * Compare articles: which quotes are the same utterance (with the words
 * that differ and the attributions each article gives), and which
 * sentences of different articles report the same news (claims).
 *
 * Candidates come from inverted indexes (content stems with IDF, and
 * MinHash/LSH for near-duplicate sentences), never from all pairs, so the
 * cost grows close to linearly with the number of articles.
 *
 * @param articles `{id, text}` for each article; ids must be distinct.
 * @example
 * const {quoteClusters, claims} = compareArticles([
 *   {id: 'axios', text: '"Despite everything, we will work for peace," Yermak wrote on Telegram.'},
 *   {id: 'kyiv', text: '"Despite everything, we continue working for peace," Yermak said upon arrival.'}
 * ])
 * quoteClusters[0].differences[0].differences[0] // {type: 'substitution', quoted: {text: 'will work'}, source: {text: 'continue working'}}
 */
export function compareArticles(articles: ArticleInput[], options?: CompareOptions | null): Comparison {
  if (!Array.isArray(articles)) {
    throw new TypeError(`onrecord: expected \`articles\` to be an array, got ${describe(articles)}`)
  }
  assertOptions(options as unknown, 'options')
  const seen = new Set<string>()
  articles.forEach((article, i) => {
    if (typeof article !== 'object' || article === null) {
      throw new TypeError(`onrecord: expected \`articles[${i}]\` to be an object, got ${describe(article)}`)
    }
    assertString(article.id, `articles[${i}].id`)
    assertString(article.text, `articles[${i}].text`)
    if (seen.has(article.id)) throw new TypeError(`onrecord: expected \`articles[${i}].id\` to be unique, got a second "${article.id}"`)
    seen.add(article.id)
  })
  const extract = options?.extract ?? ((text: string) => extractQuotes(text))
  if (typeof extract !== 'function') throw new TypeError('onrecord: expected `options.extract` to be a function')
  const claimThreshold = numberOption(options?.claimThreshold, 'claimThreshold', CLAIM_THRESHOLD)
  const quoteThreshold = numberOption(options?.quoteThreshold, 'quoteThreshold', 0.6)

  // sentences of each article; those of page furniture (appeals, video prompts) report no news
  const news: Span[][] = []
  const contexts: ArticleContext[] = articles.map((article) => {
    const sentences: Span[] = []
    const story: Span[] = []
    const {paragraphs} = segmentText(article.text)
    const furniture = findBoilerplate(article.text, paragraphs)
    paragraphs.forEach((paragraph, i) => {
      for (const s of paragraph.sentences) {
        const span = {start: s.start, end: s.end, text: s.text}
        sentences.push(span)
        if (!furniture[i]) story.push(span)
      }
    })
    news.push(story)
    return {id: article.id, text: article.text, sentences}
  })
  const quotes: ArticleQuote[] = []
  for (const article of articles) {
    for (const quote of extract(article.text)) quotes.push({articleId: article.id, quote})
  }
  const quoteClusters = clusterQuotes(quotes, contexts, {threshold: quoteThreshold})
  const claims = options?.quotesOnly
    ? []
    : findClaims(
        contexts.map((c) => c.id),
        contexts.map((c) => c.text),
        news,
        {threshold: claimThreshold}
      )
  return {quoteClusters, claims}
}

function numberOption(value: unknown, name: string, fallback: number): number {
  if (value === undefined || value === null) return fallback
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new TypeError(`onrecord: expected \`options.${name}\` to be a number, got ${describe(value)}`)
  }
  return value
}
