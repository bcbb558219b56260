/**
 * Check that `value` is a string, or throw a TypeError naming the argument.
 *
 * @example
 * assertString(text, 'text') // throws "onrecord: expected `text` to be a string, got number"
 */
export function assertString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`onrecord: expected \`${name}\` to be a string, got ${describe(value)}`)
  }
}

/**
 * Check that `value` is a plain options object, `null` or `undefined`.
 *
 * @example
 * assertOptions(options, 'options')
 */
export function assertOptions(value: unknown, name: string): void {
  if (value === null || value === undefined) return
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`onrecord: expected \`${name}\` to be an object, got ${describe(value)}`)
  }
}

/**
 * Check the text and options every reader of an article takes
 * (`extractQuotes`, `findSources`, `findHearsay`) and return the extra
 * outlets (`options.outlets`, default none).
 *
 * @example
 * const outlets = assertArticleArguments(text, options)
 */
export function assertArticleArguments<Outlet>(text: unknown, options: {outlets?: readonly Outlet[] | null | undefined} | null | undefined): readonly Outlet[] {
  assertString(text, 'text')
  assertOptions(options, 'options')
  const outlets = options?.outlets ?? []
  if (!Array.isArray(outlets)) throw new TypeError('onrecord: expected `options.outlets` to be an array of {name, aliases}')
  return outlets
}

/** Name the type of a bad value for an error message. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value
}
