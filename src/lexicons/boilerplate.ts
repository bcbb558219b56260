/**
 * Page furniture: video prompts, newsletter and donation appeals, editor's
 * notes, "read more" links. Phrases are matched case-insensitively inside a
 * paragraph, with typographic apostrophes folded to `'`.
 */

/**
 * A paragraph containing one of these is furniture.
 *
 * @example
 * BOILERPLATE_PHRASES.includes('please enable javascript') // true
 */
export const BOILERPLATE_PHRASES: readonly string[] = [
  'please enable javascript',
  'consider upgrading to a web browser',
  'your browser does not support',
  'got a story?',
  'get in touch with our news team',
  'for more stories like this',
  'sign up for our',
  'sign up to our',
  'subscribe to our',
  'subscribe now',
  'sign up for the',
  'for the latest news updates',
  'sent straight to your device',
  'push alerts',
  'follow us on',
  // An author's handle line under a story: "Follow Pam Key on Twitter @pamkey", "Follow him on Twitter: @AWRHawkins".
  'on twitter @',
  'on twitter: @',
  'share this article',
  'read the rest here',
  'click here to',
  'remind me later',
  'support independent journalism',
  'please support us',
  'make a donation',
  'donate now',
  'thank you for standing with us',
  'all rights reserved',
  'this material may not be published, broadcast',
  'this article originally appeared',
  'this story has been updated',
  'is being updated',
  'we use cookies'
]

/**
 * A paragraph starting with one of these is furniture.
 *
 * @example
 * BOILERPLATE_PREFIXES.includes("editor's note:") // true
 */
export const BOILERPLATE_PREFIXES: readonly string[] = [
  "editor's note:",
  'editors note:',
  'read more:',
  'read more',
  'related:',
  'related coverage',
  'watch:',
  'listen:',
  'advertisement',
  'sponsored',
  'image:',
  'photo:',
  'video:',
  'sign up',
  'subscribe'
]

/**
 * A short paragraph starting with one of these opens an appeal that runs to
 * the end of the article ("A Message from The Moscow Times:", "Dear readers,").
 *
 * @example
 * BLOCK_OPENERS.includes('dear readers') // true
 */
export const BLOCK_OPENERS: readonly string[] = ['a message from', 'dear readers', 'dear reader', 'a note to our readers']

/** Longest paragraph (in characters) that a furniture phrase can mark: furniture is short, a story paragraph that quotes "sign up for" is not. */
export const BOILERPLATE_MAX_LENGTH = 600

/** Longest paragraph (in characters) that can open an appeal block. */
export const BLOCK_OPENER_MAX_LENGTH = 80

/** Lines this short without closing punctuation after furniture continue it (a prompt broken over lines). */
export const FRAGMENT_MAX_LENGTH = 40

/**
 * Rubrics that open a line with a colon and name no speaker: "Notes: the
 * pitcher is the youngest …", "Highlights: …". A headline label of one of
 * these words is a heading, not a source (see headlineLabel).
 *
 * @example
 * RUBRIC_LABELS.has('notes') // true
 */
export const RUBRIC_LABELS: ReadonlySet<string> = new Set([
  'notes', 'note', 'noteworthy', 'highlights', 'update', 'updated', 'background', 'factbox', 'timeline', 'correction', 'corrections',
  'clarification', 'briefs', 'briefly', 'recap', 'preview', 'schedule', 'scores', 'standings', 'injuries', 'obituary', 'weather', 'trivia', 'streaks'
])

/** Compromise's tags of a place that heads a section of a roundup rather than speaks ("Kentucky: the race for governor …", "Ontario: …"). */
export const RUBRIC_PLACE_TAGS: ReadonlySet<string> = new Set(['Region'])
