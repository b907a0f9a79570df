import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 25 (item 2): collection points, the forms and channels that collect data from the person, each
 * with its short notice at collection (GDPR Art. 13). A new registry list on the one CRUD mechanism.
 */
export class CollectionPoints1796950000000 implements MigrationInterface {
  name = 'CollectionPoints1796950000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "collection_point" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "translations" jsonb NOT NULL DEFAULT '{}', "ref" text NOT NULL, "name" text NOT NULL, "service_id" uuid NOT NULL, "processing_activity_ids" uuid array NOT NULL DEFAULT '{}', "data_category_ids" uuid array NOT NULL DEFAULT '{}', CONSTRAINT "PK_a5069a638a4131c2a17efc88fb5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_05fcdab8fc084c3d69b9529ceb" ON "collection_point" ("ref") `);
    await queryRunner.query(`CREATE INDEX "IDX_ef6bc2634b8ced7aad3d021e8e" ON "collection_point" ("name", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_94ef3f04bf85c244d17c77ece1" ON "collection_point" ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6759f5bb98e990480c392b5278" ON "collection_point" ("updated_at", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_6759f5bb98e990480c392b5278"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_94ef3f04bf85c244d17c77ece1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ef6bc2634b8ced7aad3d021e8e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_05fcdab8fc084c3d69b9529ceb"`);
    await queryRunner.query(`DROP TABLE "collection_point"`);
  }
}

/**
 * The trail holds no collection point written before this migration (the list is new); the upgrade names
 * the fields so that field-history.ts can say where each comes from, with the values an empty entry has.
 */
export const collectionPointsUpgrade = {
  migration: 'CollectionPoints1796950000000',
  added: {
    collection_point: { ref: null, name: null, serviceId: null, processingActivityIds: [], dataCategoryIds: [], translations: {} },
  },
} as const;
