/**
 * Render rows as aligned columns for a terminal of `width` characters. The
 * last column takes the room that is left and is cut with `…`; line breaks
 * in cells become spaces.
 *
 * @example
 * renderTable(['SPEAKER', 'QUOTE'], [['Rubio', 'We are done.']], 80)
 * // 'SPEAKER  QUOTE\nRubio    We are done.\n'
 */
export function renderTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, width: number): string {
  const cells = [headers, ...rows].map((row) => row.map(flatten))
  const widths = headers.map((_, column) => cells.reduce((max, row) => Math.max(max, (row[column] ?? '').length), 0))
  const fixed = widths.slice(0, -1).reduce((sum, columnWidth) => sum + columnWidth + 2, 0)
  const last = Math.max(20, width - fixed)
  return cells
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? truncate(cell, last) : cell.padEnd(widths[column] ?? 0)))
        .join('  ')
        .trimEnd()
    )
    .join('\n')
    .concat('\n')
}

/**
 * Cut `text` to `length` characters, ending with `…` when cut.
 *
 * @example
 * truncate('We are done here', 8) // 'We are …'
 */
export function truncate(text: string, length: number): string {
  if (text.length <= length) return text
  let cut = Math.max(0, length - 1)
  // Never half of a surrogate pair ("😀" is two code units): the cut moves before it.
  const last = text.charCodeAt(cut - 1)
  if (cut > 0 && last >= 0xd800 && last <= 0xdbff) cut--
  return `${text.slice(0, cut)}…`
}

function flatten(text: string): string {
  return text.replace(/\s+/g, ' ')
}
