/** How a file's text is read. */
export type InputFormat = 'txt' | 'html' | 'md'

/** The input formats, for `--input-format`. */
export const INPUT_FORMATS: readonly InputFormat[] = ['txt', 'html', 'md']

/** Output formats of every command. */
export type OutputFormat = 'table' | 'json' | 'ndjson'

/** The output formats, for `--format`. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'json', 'ndjson']
