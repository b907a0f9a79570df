import { describe, expect, it } from '@jest/globals';
import { securityHeaders } from './security-headers';

describe('security headers computed once', () => {
  it('are the headers helmet sets, with the given CSP', () => {
    const headers = securityHeaders({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'] } } });
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'cross-origin-resource-policy': 'same-origin',
      'referrer-policy': 'no-referrer',
    });
    expect(headers['content-security-policy']).toContain("img-src 'self' data:");
    expect(Object.isFrozen(headers)).toBe(true);
  });

  it('refuses an invalid option at start rather than on a request', () => {
    expect(() => securityHeaders({ referrerPolicy: { policy: 'nonsense' as never } })).toThrow();
  });
});
