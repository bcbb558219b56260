/**
 * Markdown to plain text, minimally: enough for quote finding, not a
 * Markdown parser. Block markers (headings, block quotes, list bullets,
 * rules), code blocks, images, link targets, emphasis marks, inline code
 * ticks and HTML tags go; the words stay, each on the line it had (a code
 * block becomes empty lines). One pass per line, no backtracking.
 *
 * @example
 * stripMarkdown('## Talks\n\n> “No,” **Rubio** [said](https://x.test).')
 * // 'Talks\n\n“No,” Rubio said.'
 */
export function stripMarkdown(markdown: string): string {
  const out: string[] = []
  let fence = ''
  for (const line of markdown.split(/\r?\n/)) {
    const trimmed = line.trimStart()
    const fenceMark = trimmed.startsWith('```') ? '```' : trimmed.startsWith('~~~') ? '~~~' : ''
    // A code block's lines stay as empty lines, so that line numbers still match the file.
    if (fence) {
      if (fenceMark === fence) fence = ''
      out.push('')
      continue
    }
    if (fenceMark) {
      fence = fenceMark
      out.push('')
      continue
    }
    if (isRule(trimmed) || isLinkDefinition(trimmed)) {
      out.push('')
      continue
    }
    out.push(stripInline(stripBlockMarkers(trimmed)))
  }
  return out.join('\n')
}

/** `# `, `> `, `- `, `* `, `+ `, `1. ` at the start of a line (repeated: `> - `). */
function stripBlockMarkers(line: string): string {
  let rest = line
  for (;;) {
    const before = rest
    if (rest.startsWith('>')) rest = rest.slice(1).trimStart()
    else if (rest.startsWith('#')) {
      let level = 0
      while (rest.charAt(level) === '#') level++
      if (level <= 6 && (rest.charAt(level) === ' ' || level === rest.length)) rest = trimClosingHashes(rest.slice(level).trim())
    } else if ((rest.startsWith('- ') || rest.startsWith('* ') || rest.startsWith('+ '))) rest = rest.slice(2).trimStart()
    else {
      let digits = 0
      while (digits < 9 && rest.charAt(digits) >= '0' && rest.charAt(digits) <= '9') digits++
      if (digits > 0 && (rest.charAt(digits) === '.' || rest.charAt(digits) === ')') && rest.charAt(digits + 1) === ' ') {
        rest = rest.slice(digits + 2).trimStart()
      }
    }
    if (rest === before) return rest
  }
}

function trimClosingHashes(heading: string): string {
  let end = heading.length
  while (end > 0 && heading.charAt(end - 1) === '#') end--
  return end < heading.length && (end === 0 || heading.charAt(end - 1) === ' ') ? heading.slice(0, end).trimEnd() : heading
}

/** `---`, `***`, `___` (spaces allowed), and setext underlines `===`. */
function isRule(line: string): boolean {
  const compact = line.replaceAll(' ', '')
  if (compact.length < 3) return false
  const first = compact.charAt(0)
  if (first !== '-' && first !== '*' && first !== '_' && first !== '=') return false
  for (const char of compact) if (char !== first) return false
  return true
}

/** `[id]: https://…` */
function isLinkDefinition(line: string): boolean {
  if (!line.startsWith('[')) return false
  const close = line.indexOf(']:')
  return close > 1 && !line.slice(1, close).includes(']')
}

/**
 * Inline markup out of one line: `![alt](src)` goes, `[text](href)` keeps
 * its text, `**`, `*`, `~~` and backticks go (a `*` between spaces stays),
 * `_` only at a word's edge, HTML tags go. Linear: each bracket finds its
 * partner in a table built once per line.
 */
function stripInline(line: string): string {
  const nextClose = nextIndexTable(line, ']')
  const nextParen = nextIndexTable(line, ')')
  const nextAngle = nextIndexTable(line, '>')
  let out = ''
  let index = 0
  while (index < line.length) {
    const char = line.charAt(index)
    const image = char === '!' && line.charAt(index + 1) === '['
    if (char === '[' || image) {
      const open = image ? index + 1 : index
      const close = nextClose[open + 1] ?? -1
      if (close > 0 && line.charAt(close + 1) === '(') {
        const end = nextParen[close + 2] ?? -1
        if (end > 0) {
          if (!image) out += stripInline(line.slice(open + 1, close))
          index = end + 1
          continue
        }
      }
    }
    if (char === '<') {
      const next = line.charAt(index + 1)
      const end = nextAngle[index + 1] ?? -1
      if (end > 0 && (isLetter(next) || next === '/' || next === '!')) {
        index = end + 1
        continue
      }
    }
    // Emphasis marks touch a word; a lone `*` between spaces (3 * 4) stays.
    const lone = char === '*' && isBlank(line.charAt(index - 1)) && isBlank(line.charAt(index + 1))
    if ((char === '*' && !lone) || char === '`' || (char === '~' && line.charAt(index + 1) === '~')) {
      index += char === '~' ? 2 : 1
      continue
    }
    if (char === '_' && !(isWordChar(line.charAt(index - 1)) && isWordChar(line.charAt(index + 1)))) {
      index++
      continue
    }
    out += char
    index++
  }
  return out
}

/** For each offset, the first offset at or after it holding `target` (-1 when none). */
function nextIndexTable(line: string, target: string): Int32Array {
  const table = new Int32Array(line.length + 2).fill(-1)
  for (let index = line.length - 1; index >= 0; index--) {
    table[index] = line.charAt(index) === target ? index : (table[index + 1] as number)
  }
  return table
}

function isBlank(char: string): boolean {
  return char === '' || char === ' ' || char === '\t'
}

function isLetter(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z')
}

function isWordChar(char: string): boolean {
  return (char !== '' && char.toLowerCase() !== char.toUpperCase()) || (char >= '0' && char <= '9')
}
