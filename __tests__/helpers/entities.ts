import {buildDocument, createNameLexicon, EntityIndex} from '../../src/attribution/index.js'
import type {ArticleDocument, Entity, NameLexicon} from '../../src/attribution/index.js'
import {segmentText} from '../../src/text/index.js'
import {findBoilerplate} from '../../src/boilerplate/index.js'
import {scanQuotes} from '../../src/quotes/index.js'

/**
 * The article laid out and its names indexed, as `analyzeArticle` does
 * before attribution: for tests that look inside the entity index.
 *
 * @example
 * const {doc, index} = indexArticle('Marco Rubio said no. Rubio left.')
 */
export function indexArticle(text: string): {doc: ArticleDocument; names: NameLexicon; index: EntityIndex} {
  const segmented = segmentText(text)
  const flags = findBoilerplate(text, segmented.paragraphs)
  const scan = scanQuotes(text, segmented.paragraphs, flags)
  const doc = buildDocument(text, segmented.paragraphs, scan.quotes, flags)
  const names = createNameLexicon()
  const index = new EntityIndex(doc, names)
  index.scanNames()
  return {doc, names, index}
}

/**
 * Count every read of the given fields of the entities from now on: how
 * scale tests measure work without timing it.
 *
 * @example
 * const counter = countReads(index.entities, ['name', 'words'])
 * counter.reads // 0 until something reads them
 */
export function countReads(entities: readonly Entity[], fields: ReadonlyArray<keyof Entity>): {reads: number} {
  const counter = {reads: 0}
  for (const entity of entities) {
    for (const field of fields) {
      let value = entity[field]
      Object.defineProperty(entity, field, {
        configurable: true,
        enumerable: true,
        get: () => {
          counter.reads++
          return value
        },
        set: (next) => {
          value = next
        }
      })
    }
  }
  return counter
}
