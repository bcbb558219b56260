import type {Hearsay, Source, Span} from '../types.js'
import {assertArticleArguments} from '../errors.js'
import {analyzeArticle} from '../extract/analyze.js'
import type {Analysis} from '../extract/analyze.js'
import {paragraphAtOffset, tokenAtOffset} from '../attribution/index.js'
import type {ArticleDocument, Word} from '../attribution/document.js'
import {sourcesOf} from '../sources/index.js'
import type {SourceOptions} from '../sources/index.js'
import {findHearsayMarkers} from './markers.js'
import {claimSpan, clauseBounds} from './claim.js'

/**
 * Every claim the article passes on as hearsay ("The minister reportedly
 * resigned", "He is said to have left", "It is understood that talks
 * stalled"), with the source it is attributed to: the source whose quote or
 * reported clause holds it ("…, Axios reported", "Police said the man
 * allegedly …"), or null when the article names none. The unsourced ones
 * are what an editor asks about before publication.
 *
 * @param text The article, as plain text.
 * @param options As for {@link findSources}: extra outlets, and whether to keep page furniture.
 * @returns Claims in text order.
 * @throws {TypeError} When `text` is not a string or `options` not an object.
 *
 * @example
 * import {findHearsay} from 'onrecord'
 *
 * const claims = findHearsay('The minister reportedly resigned. The deal is said to be off, Axios reported.')
 * claims.map((c) => [c.cue.text, c.source]) // [['reportedly', null], ['is said to', 'Axios']]
 * claims.filter((c) => c.source === null).map((c) => c.content.text) // ['The minister reportedly resigned']
 */
export function findHearsay(text: string, options?: SourceOptions | null): Hearsay[] {
  const outlets = assertArticleArguments(text, options)
  if (text.length === 0) return []
  const keepBoilerplate = options?.keepBoilerplate === true
  const analysis = analyzeArticle(text, outlets)
  return hearsayOf(analysis, sourcesOf(analysis, keepBoilerplate), keepBoilerplate)
}

/**
 * The hearsay of an analysed article, given its sources (see {@link findHearsay}).
 *
 * @example
 * hearsayOf(analysis, sourcesOf(analysis, false), false)
 */
export function hearsayOf(analysis: Analysis, sources: readonly Source[], keepBoilerplate: boolean): Hearsay[] {
  const {doc} = analysis.context
  const markers = findHearsayMarkers(doc)
  if (markers.length === 0) return []
  const bounds = clauseBounds(doc)
  const holders = holdersBySentence(doc, sources)
  const claims: Hearsay[] = []
  for (const marker of markers) {
    const first = doc.words[marker.first] as Word
    const last = doc.words[marker.last] as Word
    if (!keepBoilerplate && doc.boilerplate[paragraphAtOffset(doc, first.start)] === true) continue
    const content = claimSpan(doc, marker, bounds)
    if (!content) continue
    const cue: Span = {start: first.start, end: last.end, text: doc.text.slice(first.start, last.end)}
    const holder = holderOf(holders.get(first.sentence), cue)
    // "The minister reportedly resigned, Axios reported": the claim is what Axios reported, not the frame.
    const claim = holder ? overlap(doc.text, content, holder.content) : content
    claims.push({cue, content: claim, form: marker.form, source: holder ? holder.name : null})
  }
  return claims
}

interface Holder {
  name: string
  content: Span
}

/**
 * Each source's attributed contents, listed under every sentence they
 * touch, so a claim looks only at its own sentence's.
 */
function holdersBySentence(doc: ArticleDocument, sources: readonly Source[]): Map<number, Holder[]> {
  const bySentence = new Map<number, Holder[]>()
  for (const source of sources) {
    for (const {content} of source.attributions) {
      const from = (doc.words[tokenAtOffset(doc, content.start)] as Word | undefined)?.sentence ?? -1
      const to = (doc.words[Math.max(0, tokenAtOffset(doc, content.end) - 1)] as Word | undefined)?.sentence ?? -1
      for (let s = from; s >= 0 && s <= to; s++) {
        const list = bySentence.get(s) ?? []
        list.push({name: source.name, content})
        bySentence.set(s, list)
      }
    }
  }
  return bySentence
}

/** The part two spans share (they share at least the cue). */
function overlap(text: string, a: Span, b: Span): Span {
  const start = Math.max(a.start, b.start)
  const end = Math.min(a.end, b.end)
  return {start, end, text: text.slice(start, end)}
}

/** The narrowest attributed content that holds the cue, with its source. */
function holderOf(holders: readonly Holder[] | undefined, cue: Span): Holder | undefined {
  let best: Holder | undefined
  for (const holder of holders ?? []) {
    const {content} = holder
    if (content.start > cue.start || content.end < cue.end) continue
    if (!best || content.end - content.start < best.content.end - best.content.start) best = holder
  }
  return best
}
