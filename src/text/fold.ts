/**
 * Lower case with typographic apostrophes (‘ ’ ʼ) written as "'", the form
 * every lexicon look-up compares: "Trump’s" -> "trump's". The replacement
 * runs only when such a mark is there.
 *
 * @example
 * lowerFolded('Workers’ Union') // "workers' union"
 */
export function lowerFolded(text: string): string {
  const lower = text.toLowerCase()
  return lower.includes('\u2019') || lower.includes('\u2018') || lower.includes('\u02BC') ? lower.replace(/[\u2018\u2019\u02BC]/g, "'") : lower
}
