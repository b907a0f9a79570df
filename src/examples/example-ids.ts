import { createHash } from 'node:crypto';

/** The namespace of ropa's example registry ids (a random UUID, fixed once). */
const NAMESPACE = Buffer.from('5d3c9a0e7b1f4c2a8e6d0f9b3a7c1e24', 'hex');

/**
 * The id an item of the example registry gets when it is loaded at first start: a name-based UUID
 * (RFC 9562 version 5) of its type and ref. Fixed ids let the Swagger examples refer to the example
 * registry's own items, so a DPO can run them unchanged on a fresh install.
 */
export function exampleId(entityType: string, ref: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(`${entityType}:${ref}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
