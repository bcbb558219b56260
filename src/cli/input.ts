import {readFileSync, statSync} from 'node:fs'
import {basename, extname} from 'node:path'
import {articleFromHtml} from '../index.js'
import type {HtmlArticle} from '../index.js'
import {UsageError, describeFsError} from './errors.js'
import type {InputFormat} from './formats.js'
import {stripMarkdown} from './markdown.js'
import {ownEntry} from '../lexicons/lookup.js'

/**
 * One input file, read and turned into plain text.
 *
 * @example
 * const [input] = readInputs(['story.html'])
 * input.id   // 'story'
 * input.text // the article text (offsets of every result point here)
 */
export interface InputFile {
  /** The file name without its extension (the path when two names clash; `stdin` for `-`). */
  id: string
  /** As given on the command line (`-` for standard input). */
  path: string
  format: InputFormat
  text: string
  /** For HTML input: the article and its map back to the HTML. */
  html?: HtmlArticle
  /** For HTML input: the page as read, which `html.map` points into. */
  source?: string
}

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'md',
  '.markdown': 'md'
}

/** How many leading bytes are searched for a NUL byte (a binary file). */
const SNIFF_BYTES = 8000

/**
 * Read every path (or standard input for `-`) as text, or throw a
 * `UsageError` naming the first file that is missing, a directory, binary or
 * not UTF-8 (missing files and directories are found before anything is
 * read). HTML goes through `articleFromHtml`, Markdown loses its markup.
 *
 * @example
 * readInputs(['a.txt', 'b.html'], {onRead: () => bar.tick()})
 */
export function readInputs(
  paths: readonly string[],
  options: {format?: InputFormat | undefined; onRead?: (() => void) | undefined} = {}
): InputFile[] {
  if (paths.filter((path) => path === '-').length > 1) throw new UsageError("standard input ('-') can be read only once")
  for (const path of paths) if (path !== '-') checkPath(path)
  const inputs = paths.map((path) => {
    const input = readInput(path, options.format)
    options.onRead?.()
    return input
  })
  // Ids name the results: fall back to the path when two files share a name.
  const counts = new Map<string, number>()
  for (const input of inputs) counts.set(input.id, (counts.get(input.id) ?? 0) + 1)
  for (const input of inputs) if ((counts.get(input.id) ?? 0) > 1) input.id = input.path
  return inputs
}

/** Throw a `UsageError` when `path` is missing or a directory. */
function checkPath(path: string): void {
  let isDirectory: boolean
  try {
    isDirectory = statSync(path).isDirectory()
  } catch (error) {
    throw new UsageError(`cannot read '${path}': ${describeFsError(error)}`)
  }
  if (isDirectory) throw new UsageError(`'${path}' is a directory: give the files in it (such as ${trimSlashes(path)}/*.txt)`)
}

function readInput(path: string, forced: InputFormat | undefined): InputFile {
  const stdin = path === '-'
  const name = stdin ? 'standard input' : `'${path}'`
  let bytes: Buffer
  try {
    bytes = readFileSync(stdin ? 0 : path)
  } catch (error) {
    throw new UsageError(`cannot read ${name}: ${describeFsError(error)}`)
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) throw new UsageError(`${name} looks like a binary file, not text`)
  let raw: string
  try {
    // The byte order mark stays, as in readFileSync(path, 'utf8'): offsets are the file's.
    raw = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  } catch {
    throw new UsageError(`${name} is not UTF-8 text`)
  }
  const format = forced ?? (stdin ? sniffFormat(raw) : (ownEntry(EXTENSIONS, extname(path).toLowerCase()) ?? 'txt'))
  const id = stdin ? 'stdin' : basename(path, extname(path))
  if (format === 'html') {
    const html = articleFromHtml(raw)
    return {id, path, format, text: html.text, html, source: raw}
  }
  return {id, path, format, text: format === 'md' ? stripMarkdown(raw) : raw}
}

function trimSlashes(path: string): string {
  let end = path.length
  while (end > 1 && path.charAt(end - 1) === '/') end--
  return path.slice(0, end)
}

/** Standard input is HTML when it starts like a page. */
function sniffFormat(raw: string): InputFormat {
  const start = raw.slice(0, 200).trimStart().toLowerCase()
  return start.startsWith('<!doctype html') || start.startsWith('<html') ? 'html' : 'txt'
}
