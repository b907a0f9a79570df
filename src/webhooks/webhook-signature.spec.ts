import { describe, expect, it } from '@jest/globals';
import { generateWebhookSecret, signature, signatureHeader, verifySignature } from './webhook-signature';

describe('webhook signatures (Standard Webhooks v1)', () => {
  it('matches the Standard Webhooks reference vector', () => {
    expect(signature('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}')).toBe(
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    );
  });

  it('verifies its own signature and refuses a changed body, id or timestamp', () => {
    const secret = generateWebhookSecret();
    const now = 1_800_000_000;
    const headers = { id: 'evt', timestamp: String(now), signature: signatureHeader([secret], 'evt', now, '{"a":1}') };
    expect(verifySignature(secret, headers, '{"a":1}', now)).toBe(true);
    expect(verifySignature(secret, headers, '{"a":2}', now)).toBe(false);
    expect(verifySignature(secret, { ...headers, id: 'other' }, '{"a":1}', now)).toBe(false);
    expect(verifySignature(generateWebhookSecret(), headers, '{"a":1}', now)).toBe(false);
  });

  it('refuses a replay outside the tolerance', () => {
    const secret = generateWebhookSecret();
    const then = 1_800_000_000;
    const headers = { id: 'evt', timestamp: String(then), signature: signatureHeader([secret], 'evt', then, 'x') };
    expect(verifySignature(secret, headers, 'x', then + 299)).toBe(true);
    expect(verifySignature(secret, headers, 'x', then + 301)).toBe(false);
  });

  it('signs with every secret given, so old and new both verify during a rotation', () => {
    const [oldSecret, newSecret] = [generateWebhookSecret(), generateWebhookSecret()];
    const header = signatureHeader([newSecret, oldSecret], 'evt', 1, 'x');
    expect(header.split(' ')).toHaveLength(2);
    for (const secret of [oldSecret, newSecret])
      expect(verifySignature(secret, { id: 'evt', timestamp: '1', signature: header }, 'x', 1)).toBe(true);
  });
});
