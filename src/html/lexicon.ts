/**
 * What counts as article text in an HTML page, as data: the elements and
 * attribute values that mark page furniture (navigation, ads, captions,
 * scripts), and the elements that start a new paragraph.
 */

/**
 * Elements dropped with everything inside them.
 *
 * @example
 * DROPPED_ELEMENTS.has('nav') // true
 */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'aside',
  'audio',
  'button',
  'canvas',
  'dialog',
  'embed',
  'figcaption',
  'figure',
  'footer',
  'form',
  'iframe',
  'img',
  'input',
  'label',
  'map',
  'math',
  'menu',
  'nav',
  'noscript',
  'object',
  'picture',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'video'
])

/**
 * Elements dropped only outside the article itself: a site's `<header>` holds
 * its logo and menu, an article's `<header>` its headline.
 *
 * @example
 * DROPPED_OUTSIDE_ARTICLE.has('header') // true
 */
export const DROPPED_OUTSIDE_ARTICLE: ReadonlySet<string> = new Set(['header'])

/**
 * ARIA roles of page furniture.
 *
 * @example
 * DROPPED_ROLES.has('navigation') // true
 */
export const DROPPED_ROLES: ReadonlySet<string> = new Set([
  'alert',
  'banner',
  'complementary',
  'contentinfo',
  'dialog',
  'menu',
  'menubar',
  'navigation',
  'search',
  'toolbar'
])

/**
 * Words of `class` and `id` values (split at `-`, `_`, spaces and case
 * changes, compared in lower case) that mark page furniture. Whole words
 * only: `ad-slot` is an ad, `shadow` and `loaded` are not.
 *
 * @example
 * FURNITURE_WORDS.has('advert') // true
 */
export const FURNITURE_WORDS: ReadonlySet<string> = new Set([
  'ad',
  'ads',
  'adslot',
  'adunit',
  'advert',
  'adverts',
  'advertisement',
  'breadcrumb',
  'breadcrumbs',
  'byline',
  'caption',
  'comments',
  'cookie',
  'cookies',
  'credit',
  'dfp',
  'hidden',
  'masthead',
  'modal',
  'newsletter',
  'outbrain',
  'paywall',
  'popup',
  'promo',
  'recommended',
  'related',
  'share',
  'sharing',
  'sidebar',
  'social',
  'sponsor',
  'sponsored',
  'subscribe',
  'taboola'
])

/**
 * Elements that end the paragraph before them and start a new one.
 *
 * @example
 * BLOCK_ELEMENTS.has('p') // true
 */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'dd',
  'div',
  'dl',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul'
])
