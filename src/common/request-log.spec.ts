import { describe, expect, it } from '@jest/globals';
import { loggableUrl } from './request-log';

describe('the request log holds no credentials', () => {
  it("drops a preview link's whole query string", () => {
    const url = '/api/v1/public/previews/0b9c7a52-3f1e-4d7a-9a51-6c2f3e1d8b40?expires=1790000000&signature=abcDEF_-123&lang=pl';
    expect(loggableUrl(url)).toBe('/api/v1/public/previews/0b9c7a52-3f1e-4d7a-9a51-6c2f3e1d8b40?[redacted]');
  });

  it('redacts signature, token and key parameters anywhere, however they are spelled or encoded', () => {
    expect(loggableUrl('/api/v1/services?limit=5&token=s3cret&sort=name')).toBe('/api/v1/services?limit=5&token=[redacted]&sort=name');
    expect(loggableUrl('/x?signature=a&Signature=b&sig=c&apiKey=d&api_key=e&access_token=f&key=g')).toBe(
      '/x?signature=[redacted]&Signature=[redacted]&sig=[redacted]&apiKey=[redacted]&api_key=[redacted]&access_token=[redacted]&key=[redacted]',
    );
    expect(loggableUrl('/x?sig%6Eature=abc')).toBe('/x?sig%6Eature=[redacted]');
    expect(loggableUrl('/x?token')).toBe('/x?token=[redacted]');
  });

  it('keeps everything else as it came', () => {
    for (const url of ['/api/v1/services', '/api/v1/public/policies/shop?lang=pl&format=json', '/x?q=%E0%A4%A', '/x?'])
      expect(loggableUrl(url)).toBe(url);
  });
});
