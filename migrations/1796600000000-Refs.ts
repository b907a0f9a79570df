import { MigrationInterface, QueryRunner } from 'typeorm';
import type { AfterState, AuditUpgrade } from '../src/domain/audit-upgrade';
import type { EntityType } from '../src/domain/entity-types';
import { entryName } from '../src/domain/entry-names';
import { assignRefs, refBase } from '../src/domain/refs';

type KeyedType = Exclude<EntityType, 'controller'>;

/** Each list of the registry, its entity type, and its unique index on `ref` (named as TypeORM names it). */
const TABLES: readonly { table: string; type: KeyedType; index: string }[] = [
  { table: 'service', type: 'service', index: 'IDX_d537358624e49cfd41f13175a2' },
  { table: 'data_category', type: 'data_category', index: 'IDX_15ec012dd7776f27f5a0d1b060' },
  { table: 'data_subject_category', type: 'data_subject_category', index: 'IDX_681027dd8235355ef9e40d45ff' },
  { table: 'recipient', type: 'recipient', index: 'IDX_f75e9a8867202d38ddda500153' },
  { table: 'transfer', type: 'transfer', index: 'IDX_35254c4331d5949792e9784bff' },
  { table: 'retention_rule', type: 'retention_rule', index: 'IDX_6db48b0163629ce1977f47b754' },
  { table: 'security_measure', type: 'security_measure', index: 'IDX_2d89b5cd481fedd6d610c584c2' },
  { table: 'tracker', type: 'tracker', index: 'IDX_f6bc9a7e37e0781ab66c51a26b' },
  { table: 'processing_activity', type: 'processing_activity', index: 'IDX_3622fca71a8ab715fd3dfd2cdf' },
];

/**
 * Issue 22: every entry of a registry list gets a `ref`, a short key unique within its type that links
 * may use instead of the id. Existing entries get the slug of their name, de-duplicated in the order they
 * were created (`contact-details`, `contact-details-2`…), exactly as a POST without a ref would give them.
 */
export class Refs1796600000000 implements MigrationInterface {
  name = 'Refs1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, type, index } of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "ref" text`);
      // A transfer has no name column: it is named by where it goes and on what ground.
      const columns = type === 'transfer' ? `"country", "mechanism"` : `"name"`;
      const rows = (await queryRunner.query(`SELECT "id", ${columns} FROM "${table}" ORDER BY "created_at", "id"`)) as ({
        id: string;
      } & Record<string, unknown>)[];
      if (rows.length > 0) {
        const refs = assignRefs(
          rows.map((row) => ({ name: entryName(type, row), type })),
          new Set(),
        );
        await queryRunner.query(
          `UPDATE "${table}" t SET "ref" = v.ref FROM unnest($1::uuid[], $2::text[]) AS v(id, ref) WHERE t."id" = v.id`,
          [rows.map((row) => row.id), refs],
        );
      }
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "ref" SET NOT NULL`);
      await queryRunner.query(`CREATE UNIQUE INDEX "${index}" ON "${table}" ("ref") `);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, index } of [...TABLES].reverse()) {
      await queryRunner.query(`DROP INDEX "public"."${index}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "ref"`);
    }
  }
}

/**
 * An event written before this migration carries no ref: it reads with the slug of the entry's name then.
 * The migration de-duplicated the refs it gave against the other entries of the day; one event alone
 * cannot, so two entries of one name both read as the first of them as of a past instant.
 */
const withRef =
  (type: KeyedType) =>
  (after: AfterState): AfterState =>
    typeof after.ref === 'string' ? after : { ...after, ref: refBase(entryName(type, after), type) };

export const refsUpgrade = {
  migration: 'Refs1796600000000',
  added: {},
  reshaped: Object.fromEntries(TABLES.map(({ type }) => [type, withRef(type)])) as Record<KeyedType, (after: AfterState) => AfterState>,
} as const satisfies AuditUpgrade;
