export {renderReport} from './render.js'
export type {ReportArticle, ReportInput} from './model.js'
