/**
 * How two aligned words relate.
 */

/**
 * `same`: same key (case, British/American spelling and contractions aside);
 * `inflection`: same stem ("work" / "working"); `synonym`: the two stems
 * share a synonym group ("halt" / "freeze"); `different` otherwise.
 *
 * @example
 * const relation: Relation = 'inflection' // "fake" quoted, "fakes" in the source
 */
export type Relation = 'same' | 'inflection' | 'synonym' | 'different'
