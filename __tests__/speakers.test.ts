import {describe, expect, it} from '@jest/globals'
import {extractQuotes, findSources} from '../src/index.js'

const speakerOf = (text: string, index = 0) => extractQuotes(text)[index]?.speaker ?? null

describe('speakers', () => {
  it('finds the speaker after the quote, in either order', () => {
    expect(speakerOf('“We leave today,” said Rubio.')?.name).toBe('Rubio')
    expect(speakerOf('“We leave today,” Rubio said.')?.name).toBe('Rubio')
    expect(speakerOf('“We leave today,” Rubio said on Tuesday.')?.mention.text).toBe('Rubio')
  })

  it('finds the speaker before the quote, past an appositive', () => {
    expect(speakerOf('Rubio, who presented the plan last week, said: “We leave today.”')?.name).toBe('Rubio')
    expect(speakerOf('Yuriy Sak, adviser to the ministry, said Kyiv would not give up “non-negotiable” issues.')?.name).toBe('Yuriy Sak')
  })

  it('resolves a pronoun to the person it stands for and reports the pronoun as the mention', () => {
    const text = 'It comes as US Secretary of State Marco Rubio said the talks might end.\nHe said: “We need to decide within days.”'
    const speaker = speakerOf(text)
    expect(speaker?.name).toBe('Marco Rubio')
    expect(speaker?.mention.text).toBe('He')
    expect(speaker?.title).toBe('US Secretary of State')
  })

  it('resolves a title phrase to the person named earlier', () => {
    const text = 'The talks will no longer include US Secretary of State Marco Rubio and special envoy Steve Witkoff.\nThe US secretary of state said he would return, posting on X: “I look forward to following up.”'
    const speaker = speakerOf(text)
    expect(speaker?.name).toBe('Marco Rubio')
    expect(speaker?.mention.text).toBe('The US secretary of state')
  })

  it('continues the previous speaker for a quote alone in its paragraph', () => {
    const text = '“We continue working for peace,” Andriy Yermak said upon arrival.\n“Today we will discuss a ceasefire.”'
    const quotes = extractQuotes(text)
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Andriy Yermak', 'Andriy Yermak'])
  })

  it('takes the spokesperson, not the principal, and the quoted person, not the outlet', () => {
    const text = [
      'A spokesperson for Prime Minister Keir Starmer said the call was “productive.”',
      '“We remain committed,” the Guardian quoted the spokesperson as saying.'
    ].join('\n')
    const quotes = extractQuotes(text)
    expect(quotes[0]?.speaker?.name).toMatch(/^spokesperson for/)
    expect(quotes[0]?.speaker?.name).not.toBe('Keir Starmer')
    expect(quotes[1]?.speaker?.name).toBe(quotes[0]?.speaker?.name)
    expect(quotes[1]?.speaker?.mention.text).toBe('the spokesperson')
  })

  it('types organisations, outlets and anonymous sources', () => {
    expect(speakerOf('“A lot of fakes are published,” the Kremlin said.')?.type).toBe('organization')
    expect(speakerOf('“The plan is dead,” the Financial Times reported.')?.type).toBe('outlet')
    expect(speakerOf('“The plan is dead,” an unnamed source close to the discussions said.')).toMatchObject({type: 'anonymous', name: 'unnamed source close to the discussions'})
    expect(speakerOf('“The plan is dead,” the UK Foreign Office said.')).toMatchObject({type: 'organization', name: 'UK Foreign Office'})
  })

  it('reads a headline colon, an epigraph dash and a lead-in paragraph', () => {
    expect(speakerOf('Warren: ‘You should be investigated.’')?.name).toBe('Warren')
    expect(speakerOf('“He represents our greatest shame.” ― Sonya Herridge')?.name).toBe('Sonya Herridge')
    expect(speakerOf('The New York Times reports:\n\n“In an illustration of the lack of enthusiasm, the donors stayed away.”')?.name).toBe('New York Times')
  })

  it('reads a pull quote credited on the line below it ("— Tampa Mayor Jane Castor"), not a dash that goes on with the text', () => {
    expect(speakerOf('“We will rebuild every home.”\n— Tampa Mayor Jane Castor')?.name).toBe('Jane Castor')
    expect(speakerOf('The storm hit.\n“We will rebuild every home.”\n— Jane Castor, mayor of Tampa\nRoads were cleared.')?.name).toBe('Jane Castor')
    expect(speakerOf('“We will rebuild every home.”\n—and then the rain came again.')).toBeNull()
  })

  it('attributes a characterisation to the one who made it', () => {
    expect(speakerOf('President Obama condemned the test as “provocative and destabilizing.”')?.name).toBe('Obama')
    expect(speakerOf('Trump openly admires Vladimir Putin as a “strong leader,” comparing him to others.')?.name).toBe('Trump')
    const term = extractQuotes('The meeting was reclassified as a “technical” discussion.')[0]
    expect([term?.kind, term?.speaker]).toEqual(['term', null])
  })

  it('reads the cue of a title-case headline', () => {
    expect(speakerOf('Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments.')?.name).toBe('Chris Christie')
  })

  it('splits a quoted transcript into turns, each attributed to its label', () => {
    const text = [
      'The host, Dana Reyes, questioned Senator Tom Hale on Sunday.',
      '',
      '"REYES: Will you vote for the bill?',
      '',
      '"HALE: Not as written. It needs work.',
      '',
      '"We will offer amendments.',
      '',
      '"REYES: Thank you, senator."'
    ].join('\n')
    const quotes = extractQuotes(text)
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.mention.text, q.parts.map((p) => p.text)])).toEqual([
      ['Dana Reyes', 'REYES', ['Will you vote for the bill?']],
      ['Tom Hale', 'HALE', ['Not as written. It needs work.', 'We will offer amendments.']],
      ['Dana Reyes', 'REYES', ['Thank you, senator.']]
    ])
    for (const q of quotes) for (const p of q.parts) expect(text.slice(p.start, p.end)).toBe(p.text)
  })

  it('leaves a stage direction between transcript turns and the author handle line out of every turn', () => {
    const text = [
      'The host, Dana Reyes, questioned Senator Tom Hale on Sunday.',
      '',
      '"REYES: Will you vote for the bill?',
      '',
      '"(CROSSTALK.)',
      '',
      '"HALE: Not as written.',
      '',
      '"Follow Dana Reyes on Twitter @danareyes."'
    ].join('\n')
    expect(extractQuotes(text).map((q) => [q.speaker?.name, q.parts.map((p) => p.text)])).toEqual([
      ['Dana Reyes', ['Will you vote for the bill?']],
      ['Tom Hale', ['Not as written.']]
    ])
  })

  it('gives a quote to the author of the tweets, ad or comment that carries it', () => {
    const tweets = extractQuotes('The governor posted a string of tweets overnight saying the audit was “a witch hunt.”')
    expect(tweets[0]?.speaker?.mention.text).toBe('The governor')
    const footage = extractQuotes('The new ad shows footage of Mayor Lena Ortiz saying, “We will not raise taxes.”')
    expect(footage[0]?.speaker?.name).toBe('Lena Ortiz')
    const comment = extractQuotes('The vote led Senator Abel Cruz to make a comment that described the bill as “a betrayal.”')
    expect(comment[0]?.speaker?.name).toBe('Abel Cruz')
  })

  it('finds the speaker after the quote past a long appositive', () => {
    const [quote] = extractQuotes('“The numbers do not add up,” Irene Walsh, the chief economist at the Center for Fiscal Policy and a former Treasury adviser, told reporters.')
    expect(quote?.speaker?.name).toBe('Irene Walsh')
    expect(quote?.cue?.text).toBe('told')
  })

  it('passes a party-and-state tag set off before a second appositive ("Sen. Ann Roe, D-Ore., chair of the panel, said")', () => {
    const after = extractQuotes('“The budget is a mess,” Sen. Mara Linden, D-Ore., chair of the finance panel, said.')
    expect(after[0]?.speaker?.name).toBe('Mara Linden')
    const before = extractQuotes('Rep. Cole Fenner, R-Kan., a member of the farm committee, said the bill was “dead on arrival.”')
    expect(before[0]?.speaker?.name).toBe('Cole Fenner')
  })

  it('leaves a time adverbial out of the speaker’s mention', () => {
    const before = extractQuotes('Last week the governor said the plan was “dead on arrival.”')
    expect(before[0]?.speaker?.mention.text).toBe('the governor')
    const inside = extractQuotes('Senator Ann Park in 2014 said the goal was “a balanced budget.”')
    expect(inside[0]?.speaker?.mention.text).toBe('Senator Ann Park')
  })

  it('gives no speaker rather than a wrong one when the text names none', () => {
    expect(speakerOf('The crowd chanted for an hour.\n“Stop the count!”')).toBeNull()
    expect(speakerOf('Putin’s call for an Easter truce went unanswered, and the “ceasefire” never came.')).toBeNull()
  })

  it('reads a descriptor before an inverted name ("said 9/11 widow Terry Strada") and no subordinator as a speaker ("After saying …")', () => {
    expect(extractQuotes('“They are 100 percent wrong,” said 9/11 widow Terry Strada.')[0]?.speaker?.name).toBe('Terry Strada')
    const after = extractQuotes('After saying her right foot was “so swollen I could barely get my shoe on,” she was taken to hospital.')
    expect(after[0]?.speaker?.name).not.toBe('After')
    expect(findSources('After saying the plan was dead, Rubio met Lavrov.').map((s) => s.name)).not.toContain('After')
  })

  it('keeps a quote attributed in its own sentence from the next sentence\'s speaker ("Anna Berg said: “…” John Smith said talks were over.")', () => {
    expect(extractQuotes('Anna Berg said: “We will publish.” John Smith said talks were over.')[0]?.speaker?.name).toBe('Anna Berg')
    expect(extractQuotes('Anna Berg said the plan was “dead.” John Smith said talks were over.')[0]?.speaker?.name).toBe('Anna Berg')
    // A quote with no speaker of its own still takes the next sentence's: "“We will win.” Smith said he expected a close race."
    expect(extractQuotes('“We will win.” Smith said he expected a close race.')[0]?.speaker?.name).toBe('Smith')
  })

  it('reads a speaker phrase across a nickname inside the name', () => {
    // The nickname is a term nobody speaks, and the name reads as one across it.
    const before = extractQuotes('"The mill stays open," Walter "Walt" Brennick said.')
    expect(before[0]?.speaker?.name).toBe('Walt Brennick')
    expect(before[0]?.speaker?.mention.text).toBe('Walter "Walt" Brennick')
    expect(before[1]?.kind).toBe('term')
    const after = findSources('The ferry runs late, said boxer Ivo "Iron Fist" Kalnins.')
    expect(after.map((s) => s.name)).toEqual(['Ivo Kalnins'])
    // A later mention by the nickname and surname is the same person.
    const text = 'Walter "Walt" Brennick said the mill would stay open. Walt Brennick added that wages would rise.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.attributions.length])).toEqual([['Walt Brennick', 2]])
    for (const a of sources[0]?.attributions ?? []) expect(text.slice(a.mention.start, a.mention.end)).toBe(a.mention.text)
  })

  it('takes the name after a description when a lower-case word opens its title', () => {
    expect(speakerOf('"Vote early!" Brennick\'s aide, former Sheriff Ona Pelt, told the hall.')?.name).toBe('Ona Pelt')
    // The sentence after the quote, with a long name and party tag set off by commas before its cue.
    const long = '"Vote early this year!" Brennick\'s aide, state Del. Ona "Onie" Pelt (D-Cedar Falls), called out to the hall.'
    expect(speakerOf(long)?.name).toBe('Onie Pelt')
  })
})
