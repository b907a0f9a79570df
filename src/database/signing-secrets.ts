import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** The secrets the instance signs with, one per use, so that holding one lets nobody forge another's signatures. */
export type SigningSecretName = 'policy-preview' | 'audit-head';

/**
 * A named secret of the instance, shared by every replica on one database (table `signing_secret`,
 * never served): the first replica to ask creates it, the others read that one. Returns a loader that
 * reads it once and keeps it (and forgets a failed read, so that a later call tries again).
 */
export function signingSecret(dataSource: DataSource, name: SigningSecretName): () => Promise<Buffer> {
  let secret: Promise<Buffer> | null = null;
  return () =>
    (secret ??= (async () => {
      await dataSource.query(`INSERT INTO signing_secret (name, secret) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [
        name,
        randomBytes(32).toString('base64url'),
      ]);
      const [row] = (await dataSource.query(`SELECT secret FROM signing_secret WHERE name = $1`, [name])) as { secret: string }[];
      return Buffer.from(row.secret, 'base64url');
    })().catch((error: unknown) => {
      secret = null;
      throw error;
    }));
}
