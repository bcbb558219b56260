export {articleFromHtml} from './article.js'
export type {HtmlArticle} from './article.js'
export {htmlRange} from './offsets.js'
export type {OffsetSegment} from './offsets.js'
