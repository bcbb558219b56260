import type {Point, Position} from 'unist'

/**
 * Turns offsets of a text into unist points (1-based line and column, as
 * every retext message has them). Line starts are found once; each lookup
 * is a binary search.
 *
 * @example
 * const toPosition = locator('a\nbc')
 * toPosition(2, 4) // {start: {line: 2, column: 1, offset: 2}, end: {line: 2, column: 3, offset: 4}}
 */
export function locator(text: string): (start: number, end: number) => Position {
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) === 10) lineStarts.push(index + 1)
  }
  const toPoint = (offset: number): Point => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >>> 1
      if ((lineStarts[middle] as number) <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - (lineStarts[low] as number) + 1, offset}
  }
  return (start, end) => ({start: toPoint(start), end: toPoint(end)})
}
