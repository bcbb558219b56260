/**
 * Reading the lexicons that are plain objects. A word of the text is any
 * string: `table[word]` would also find what every object inherits
 * ("constructor", "__proto__", "toString"), so a lexicon is read through
 * `ownEntry`, which sees only the table's own entries.
 */

/**
 * The entry `table` itself holds for `key`, never one inherited from
 * `Object.prototype`.
 *
 * @example
 * ownEntry({said: 'say'}, 'said') // 'say'
 * ownEntry({said: 'say'}, 'constructor') // undefined
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}
