import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const PREFIX_LENGTH = 12;

/** A new key: `ropa_` + 32 random bytes, base64url (256 bits of entropy). */
export function generateApiKey(): string {
  return `ropa_${randomBytes(32).toString('base64url')}`;
}

/** The visible, stored part that identifies a key in lists and logs. */
export function keyPrefix(key: string): string {
  return key.slice(0, PREFIX_LENGTH);
}

/** Keys are long random secrets, so a plain SHA-256 is enough; no slow KDF is needed. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function hashesEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
