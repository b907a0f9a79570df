import { describe, expect, it } from '@jest/globals';
import { parsePublicPolicyQuery } from './public-policies.controller';

describe('the public route, checked by hand', () => {
  it('takes the defaults, and each valid value', () => {
    expect(parsePublicPolicyQuery({})).toEqual({ lang: undefined, format: 'html', standalone: false });
    expect(parsePublicPolicyQuery({ lang: 'en', format: 'md', standalone: 'true' })).toEqual({
      lang: 'en',
      format: 'md',
      standalone: true,
    });
  });

  it('names every invalid or unknown parameter, and a repeated one', () => {
    expect(parsePublicPolicyQuery({ format: 'pdf', standalone: '1', x: 'y', lang: ['en', 'en'] })).toEqual([
      { path: 'format', message: 'format must be one of the following values: md, html, txt, json' },
      { path: 'standalone', message: 'standalone must be a boolean value' },
      { path: 'x', message: 'property x should not exist' },
      { path: 'lang', message: 'lang must be one of the following values: en, pl, de' },
    ]);
  });
});
