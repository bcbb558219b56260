/**
 * Escape text for HTML element content and attribute values.
 *
 * @example
 * escapeHtml('<b> & "x"') // '&lt;b&gt; &amp; &quot;x&quot;'
 */
export function escapeHtml(value: string): string {
  let out = ''
  let last = 0
  for (let index = 0; index < value.length; index++) {
    const replacement = ESCAPES[value.charCodeAt(index)]
    if (replacement === undefined) continue
    out += value.slice(last, index) + replacement
    last = index + 1
  }
  return last === 0 ? value : out + value.slice(last)
}

const ESCAPES: Record<number, string> = {38: '&amp;', 60: '&lt;', 62: '&gt;', 34: '&quot;', 39: '&#39;'}
