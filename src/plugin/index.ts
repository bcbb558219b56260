export {retextOnrecord} from './plugin.js'
export type {CheckSource, QuoteVerification, RetextOnrecordOptions} from './plugin.js'
