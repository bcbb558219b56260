export {scanQuotes} from './scan.js'
export {classifyMark, isQuoteMark} from './marks.js'
export type {RawQuote, ScanResult, MarkToken} from './types.js'
export {findUnbalancedMarks} from './unbalanced.js'
