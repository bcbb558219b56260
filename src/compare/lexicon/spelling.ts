/**
 * British spellings and their American counterparts, as roots that take
 * regular endings. Hand-written for onrecord (MIT). Used to tell a
 * cosmetic difference (recognise / recognize) from an altered word.
 */

/**
 * `[british root, american root, ending class]`. The ending class says
 * which endings the root takes (see {@link SPELLING_ENDINGS}).
 *
 * @example
 * SPELLING_ROOTS.find(([gb]) => gb === 'recognis') // ['recognis', 'recogniz', 'ize']
 */
export const SPELLING_ROOTS: ReadonlyArray<readonly [string, string, keyof typeof SPELLING_ENDINGS]> = [
  // -ise / -ize
  ['recognis', 'recogniz', 'ize'], ['organis', 'organiz', 'ize'], ['realis', 'realiz', 'ize'],
  ['apologis', 'apologiz', 'ize'], ['authoris', 'authoriz', 'ize'], ['criticis', 'criticiz', 'ize'],
  ['emphasis', 'emphasiz', 'izeVerb'], ['legitimis', 'legitimiz', 'ize'], ['stabilis', 'stabiliz', 'ize'],
  ['mobilis', 'mobiliz', 'ize'], ['normalis', 'normaliz', 'ize'], ['prioritis', 'prioritiz', 'ize'],
  ['privatis', 'privatiz', 'ize'], ['nationalis', 'nationaliz', 'izeVerb'], ['minimis', 'minimiz', 'ize'],
  ['maximis', 'maximiz', 'ize'], ['characteris', 'characteriz', 'ize'], ['summaris', 'summariz', 'ize'],
  ['utilis', 'utiliz', 'ize'], ['finalis', 'finaliz', 'ize'], ['legalis', 'legaliz', 'ize'],
  ['decentralis', 'decentraliz', 'ize'], ['modernis', 'moderniz', 'ize'], ['globalis', 'globaliz', 'ize'],
  ['militaris', 'militariz', 'ize'], ['demilitaris', 'demilitariz', 'ize'], ['neutralis', 'neutraliz', 'ize'],
  ['capitalis', 'capitaliz', 'izeVerb'], ['jeopardis', 'jeopardiz', 'ize'], ['scrutinis', 'scrutiniz', 'ize'],
  ['sympathis', 'sympathiz', 'ize'], ['symbolis', 'symboliz', 'ize'], ['terroris', 'terroriz', 'ize'],
  ['patronis', 'patroniz', 'ize'], ['penalis', 'penaliz', 'ize'], ['polaris', 'polariz', 'ize'],
  ['radicalis', 'radicaliz', 'ize'], ['harmonis', 'harmoniz', 'ize'], ['hospitalis', 'hospitaliz', 'ize'],
  ['industrialis', 'industrializ', 'ize'], ['standardis', 'standardiz', 'ize'], ['subsidis', 'subsidiz', 'ize'],
  ['computeris', 'computeriz', 'ize'], ['digitis', 'digitiz', 'ize'], ['optimis', 'optimiz', 'izeVerb'],
  ['visualis', 'visualiz', 'ize'], ['revolutionis', 'revolutioniz', 'ize'], ['westernis', 'westerniz', 'ize'],
  ['sanitis', 'sanitiz', 'ize'], ['specialis', 'specializ', 'izeVerb'], ['memoris', 'memoriz', 'ize'],
  ['familiaris', 'familiariz', 'ize'], ['fertilis', 'fertiliz', 'ize'], ['energis', 'energiz', 'ize'],
  ['antagonis', 'antagoniz', 'ize'], ['agonis', 'agoniz', 'ize'], ['baptis', 'baptiz', 'ize'],
  ['catalys', 'catalyz', 'yse'], ['analys', 'analyz', 'yse'], ['paralys', 'paralyz', 'yse'],
  // -our / -or
  ['colour', 'color', 'our'], ['favour', 'favor', 'our'], ['honour', 'honor', 'our'],
  ['labour', 'labor', 'our'], ['neighbour', 'neighbor', 'our'], ['behaviour', 'behavior', 'our'],
  ['harbour', 'harbor', 'our'], ['humour', 'humor', 'our'], ['rumour', 'rumor', 'our'],
  ['vigour', 'vigor', 'our'], ['endeavour', 'endeavor', 'our'], ['armour', 'armor', 'our'],
  ['flavour', 'flavor', 'our'], ['savour', 'savor', 'our'], ['odour', 'odor', 'our'],
  ['valour', 'valor', 'our'], ['clamour', 'clamor', 'our'], ['candour', 'candor', 'our'],
  ['rancour', 'rancor', 'our'], ['tumour', 'tumor', 'our'], ['saviour', 'savior', 'our'],
  ['fervour', 'fervor', 'our'], ['splendour', 'splendor', 'our'], ['parlour', 'parlor', 'our'],
  ['demeanour', 'demeanor', 'our'], ['glamour', 'glamor', 'our'],
  // -re / -er
  ['centre', 'center', 're'], ['theatre', 'theater', 're'], ['metre', 'meter', 're'],
  ['litre', 'liter', 're'], ['fibre', 'fiber', 're'], ['calibre', 'caliber', 're'],
  ['sombre', 'somber', 're'], ['spectre', 'specter', 're'], ['meagre', 'meager', 're'],
  ['lustre', 'luster', 're'], ['sabre', 'saber', 're'], ['manoeuvre', 'maneuver', 're'],
  // -ence / -ense
  ['defence', 'defense', 'plain'], ['offence', 'offense', 'plain'], ['pretence', 'pretense', 'plain'],
  ['defences', 'defenses', 'plain'], ['offences', 'offenses', 'plain'],
  // doubled l
  ['travell', 'travel', 'll'], ['cancell', 'cancel', 'll'], ['labell', 'label', 'll'],
  ['modell', 'model', 'll'], ['fuell', 'fuel', 'll'], ['counsell', 'counsel', 'll'],
  ['signall', 'signal', 'll'], ['levell', 'level', 'll'], ['totall', 'total', 'll'],
  ['channell', 'channel', 'll'], ['marshall', 'marshal', 'll'], ['diall', 'dial', 'll'],
  ['quarrell', 'quarrel', 'll'], ['equall', 'equal', 'll'], ['fuelled', 'fueled', 'plain'],
  ['jewellery', 'jewelry', 'plain'], ['woollen', 'woolen', 'plain'],
  // single words
  ['programme', 'program', 'noun'], ['catalogue', 'catalog', 'noun'], ['analogue', 'analog', 'noun'],
  ['grey', 'gray', 'noun'], ['plough', 'plow', 'noun'], ['aluminium', 'aluminum', 'plain'],
  ['aeroplane', 'airplane', 'noun'], ['judgement', 'judgment', 'noun'], ['ageing', 'aging', 'plain'],
  ['sceptic', 'skeptic', 'noun'], ['sceptical', 'skeptical', 'plain'], ['scepticism', 'skepticism', 'plain'],
  ['enrol', 'enroll', 'noun'], ['enrolment', 'enrollment', 'noun'], ['fulfil', 'fulfill', 'noun'],
  ['instalment', 'installment', 'noun'], ['licence', 'license', 'noun'], ['practise', 'practice', 'verbE'],
  ['mould', 'mold', 'noun'], ['moult', 'molt', 'noun'], ['smoulder', 'smolder', 'noun'],
  ['paediatric', 'pediatric', 'plain'], ['paediatrician', 'pediatrician', 'noun'],
  ['anaesthetic', 'anesthetic', 'noun'], ['oestrogen', 'estrogen', 'plain'], ['foetus', 'fetus', 'plain'],
  ['diarrhoea', 'diarrhea', 'plain'], ['haemorrhage', 'hemorrhage', 'noun'], ['leukaemia', 'leukemia', 'plain'],
  ['manoeuvred', 'maneuvered', 'plain'], ['pyjamas', 'pajamas', 'plain'], ['cosy', 'cozy', 'plain'],
  ['kilometre', 'kilometer', 'noun'], ['centimetre', 'centimeter', 'noun'], ['millimetre', 'millimeter', 'noun'],
  ['dialogue', 'dialog', 'noun'], ['tonne', 'ton', 'noun'], ['storeys', 'stories', 'plain'],
  ['gaol', 'jail', 'noun'], ['kerb', 'curb', 'noun'], ['draught', 'draft', 'noun'],
  ['whilst', 'while', 'plain'], ['amongst', 'among', 'plain'], ['learnt', 'learned', 'plain'],
  ['spelt', 'spelled', 'plain'], ['burnt', 'burned', 'plain'], ['dreamt', 'dreamed', 'plain'],
  ['spoilt', 'spoiled', 'plain'], ['leapt', 'leaped', 'plain'], ['towards', 'toward', 'plain'],
  ['afterwards', 'afterward', 'plain'], ['kiev', 'kyiv', 'plain']
]

/**
 * The endings each class of root takes, as `[british ending, american
 * ending]` (an empty ending is the root itself).
 *
 * @example
 * SPELLING_ENDINGS.re // [['', ''], ['s', 's'], ['d', 'ed']]: centred / centered
 */
export const SPELLING_ENDINGS = {
  ize: same(['e', 'ed', 'es', 'ing', 'ation', 'ations', 'er', 'ers', 'able']),
  izeVerb: same(['e', 'ed', 'es', 'ing', 'ation', 'ations']),
  yse: same(['e', 'ed', 'es', 'ing']),
  our: same(['', 's', 'ed', 'ing', 'ful', 'able', 'ably', 'ite', 'ites', 'er', 'ers', 'ly', 'hood', 'less']),
  re: [['', ''], ['s', 's'], ['d', 'ed']],
  ll: same(['ed', 'ing', 'er', 'ers']),
  noun: same(['', 's']),
  verbE: same(['', 's', 'd']),
  plain: same([''])
} satisfies Record<string, ReadonlyArray<readonly [string, string]>>

function same(endings: string[]): Array<[string, string]> {
  return endings.map((ending) => [ending, ending])
}
