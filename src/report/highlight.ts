import {escapeHtml} from './escape.js'

/**
 * A stretch of text to wrap in an element with some classes (and attributes).
 *
 * @example
 * const highlight: Highlight = {start: 0, end: 5, classes: ['speaker'], title: 'Marco Rubio'}
 */
export interface Highlight {
  start: number
  end: number
  classes: string[]
  /** Tooltip text. */
  title?: string
}

/**
 * Render `text[from, to)` as escaped HTML with every highlight wrapped in a
 * `<span>` (or `tag`); overlapping highlights are cut where they meet, so the
 * markup always nests. One sweep over the highlights sorted by start: the
 * cost grows with the highlights, not with highlights times pieces.
 *
 * @example
 * renderHighlighted('Rubio said', [{start: 0, end: 5, classes: ['speaker']}], 0, 10)
 * // '<span class="speaker">Rubio</span> said'
 */
export function renderHighlighted(text: string, highlights: readonly Highlight[], from: number, to: number, tag = 'span'): string {
  const inside = highlights.filter((highlight) => highlight.end > from && highlight.start < to && highlight.end > highlight.start)
  if (inside.length === 0) return escapeHtml(text.slice(from, to))
  const cuts = new Set<number>([from, to])
  for (const highlight of inside) {
    cuts.add(Math.max(from, highlight.start))
    cuts.add(Math.min(to, highlight.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const byStart = inside.map((_, index) => index).sort((a, b) => (inside[a] as Highlight).start - (inside[b] as Highlight).start || a - b)
  let next = 0
  // Indexes into `inside` of the highlights begun and not yet ended.
  let open: number[] = []
  let html = ''
  for (let index = 0; index + 1 < points.length; index++) {
    const start = points[index] as number
    const end = points[index + 1] as number
    while (next < byStart.length && (inside[byStart[next] as number] as Highlight).start <= start) open.push(byStart[next++] as number)
    // Every start and end is a cut: a highlight begun and not ended covers the whole piece.
    open = open.filter((at) => (inside[at] as Highlight).end > start)
    const piece = escapeHtml(text.slice(start, end))
    if (open.length === 0) {
      html += piece
      continue
    }
    // In the order given, as the classes and the title are picked from it.
    const covering = [...open].sort((a, b) => a - b).map((at) => inside[at] as Highlight)
    const classes = [...new Set(covering.flatMap((highlight) => highlight.classes))].join(' ')
    const title = covering.map((highlight) => highlight.title).find((value) => value !== undefined)
    const titleAttribute = title === undefined ? '' : ` title="${escapeHtml(title)}"`
    html += `<${tag} class="${escapeHtml(classes)}"${titleAttribute}>${piece}</${tag}>`
  }
  return html
}
