import { describe, expect, it } from '@jest/globals';
import { htmlText } from './render';

describe('URLs in the HTML renderer', () => {
  it('keep a closing parenthesis that belongs to the URL, and leave one that closes the sentence outside', () => {
    expect(htmlText('See https://en.wikipedia.org/wiki/Data_(computing)')).toBe(
      'See <a href="https://en.wikipedia.org/wiki/Data_(computing)" rel="noopener">https://en.wikipedia.org/wiki/Data_(computing)</a>',
    );
    expect(htmlText('(see https://x.eu/a).')).toBe('(see <a href="https://x.eu/a" rel="noopener">https://x.eu/a</a>).');
  });

  it('keep every character of the text around a quoted URL, the closing quote escaped once', () => {
    const html = htmlText('Policy: "https://x.eu/p" and https://x.eu/q".');
    expect(html).toBe(
      'Policy: &quot;<a href="https://x.eu/p" rel="noopener">https://x.eu/p</a>&quot; and <a href="https://x.eu/q" rel="noopener">https://x.eu/q</a>&quot;.',
    );
  });

  it('escape markup inside and around a URL', () => {
    expect(htmlText('<b>https://x.eu/?a=1&b=2</b>')).toBe(
      '&lt;b&gt;<a href="https://x.eu/?a=1&amp;b=2" rel="noopener">https://x.eu/?a=1&amp;b=2</a>&lt;/b&gt;',
    );
  });
});
