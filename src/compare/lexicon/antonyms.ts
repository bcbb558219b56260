/**
 * Opposites that news reports turn on and WordNet's antonym pointers miss
 * ("approve" / "reject", "release" / "arrest", "profit" / "loss"):
 * hand-written for onrecord (MIT), base forms, one pair per entry. The
 * paraphrase model counts them with WordNet's antonyms (see antonymsOf).
 *
 * @example
 * NEWS_ANTONYMS.some(([a, b]) => a === 'approve' && b === 'reject') // true
 */
export const NEWS_ANTONYMS: ReadonlyArray<readonly [string, string]> = [
  ['higher', 'lower'],
  ['gain', 'loss'],
  ['gain', 'lose'],
  ['profit', 'loss'],
  ['surplus', 'deficit'],
  ['approve', 'reject'],
  ['approve', 'veto'],
  ['accept', 'refuse'],
  ['agree', 'refuse'],
  ['confirm', 'deny'],
  ['support', 'oppose'],
  ['allow', 'ban'],
  ['allow', 'forbid'],
  ['permit', 'ban'],
  ['lift', 'impose'],
  ['release', 'arrest'],
  ['release', 'detain'],
  ['free', 'arrest'],
  ['free', 'detain'],
  ['acquit', 'convict'],
  ['appoint', 'dismiss'],
  ['expand', 'shrink'],
  ['widen', 'narrow'],
  ['ease', 'tighten'],
  ['loosen', 'tighten'],
  ['boost', 'cut'],
  ['raise', 'cut'],
  ['add', 'remove'],
  ['advance', 'retreat'],
  ['resume', 'suspend'],
  ['resume', 'halt'],
  ['join', 'leave'],
  ['enter', 'exit'],
  ['survive', 'die']
]
