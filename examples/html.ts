// An HTML page in, the article's text and quotes out, each quote traced back
// to the HTML. Run: npx tsx examples/html.ts
import {articleFromHtml, extractQuotes, htmlRange} from '../src/index.js'

const html = `<html><body><nav>Home | World</nav>
<article><h1>Talks downgraded</h1>
<p>&ldquo;Despite everything, we will work for peace,&rdquo; Andriy Yermak <a href="#">wrote on Telegram</a>.</p>
<figure><img src="yermak.jpg"><figcaption>Yermak in London</figcaption></figure>
</article></body></html>`

const article = articleFromHtml(html)
console.log(article.text)
for (const quote of extractQuotes(article.text)) {
  const part = quote.parts[0]
  if (!part) continue
  const {start, end} = htmlRange(article.map, part)
  console.log(`${quote.speaker?.name}: ${quote.text} <- html[${start}, ${end}] ${html.slice(start, end)}`)
}
