export {renderReport} from './render.js'
export type {ReportArticle, ReportClaim, ReportCluster, ReportInput, ReportVariant} from './model.js'
