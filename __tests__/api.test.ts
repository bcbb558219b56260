import {describe, expect, it} from '@jest/globals'
import * as onrecord from '../src/index.js'

describe('public API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(onrecord).sort()).toEqual([
      'articleFromHtml',
      'clusterQuotes',
      'compareArticles',
      'extractQuotes',
      'findHearsay',
      'findSources',
      'findUnbalancedMarks',
      'htmlRange',
      'isParaphrase',
      'mergeSources',
      'paraphraseScore',
      'renderReport',
      'retextOnrecord',
      'verifyQuote'
    ])
  })

  it('checks the text argument of every function that reads a text', () => {
    for (const fn of [onrecord.extractQuotes, onrecord.findSources, onrecord.findHearsay, onrecord.findUnbalancedMarks]) {
      expect(() => (fn as (text: unknown) => unknown)(null)).toThrow(TypeError)
      expect(() => (fn as (text: unknown) => unknown)(null)).toThrow(/`text`/)
    }
  })
})
