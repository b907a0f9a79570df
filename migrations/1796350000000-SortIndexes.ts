import { MigrationInterface, QueryRunner } from 'typeorm';

/** An index on (sortable field, id) for every sortable field of every resource: list pages read from an index, however deep. */
export class SortIndexes1796350000000 implements MigrationInterface {
  name = 'SortIndexes1796350000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_84b70501829d61b9dcdf4a3943" ON "policy"  ("title", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_10658ed5fffcc2819ea504f231" ON "policy"  ("language", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e1bf8bd6f9e63ed619350b02d8" ON "policy"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9061eae781ac54aa4f6216fa4a" ON "policy"  ("updated_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_22c37557308196ac328c8210dc" ON "data_category"  ("name", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9e6a23f6671e68a4097592c3e9" ON "data_category"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_1bbb35580263313e3dfe39ad67" ON "data_category"  ("updated_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_da52411dac825b1009f219d5a1" ON "data_subject_category"  ("name", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a733bae5be862c9656226be003" ON "data_subject_category"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f7025ce121cfdc8801aad44976" ON "data_subject_category"  ("updated_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_31c289869d897c529f3ee119ba" ON "processing_activity"  ("name", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_91145f4285eb3218d4c6395b72" ON "processing_activity"  ("status", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_efb4d92b52d81f443d84891b52" ON "processing_activity"  ("legal_basis", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_8700fb13ed9470ac366885e65e" ON "processing_activity"  ("role", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b92a9119f98310182503b62043" ON "processing_activity"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5365d95a862b405f72813ce5da" ON "processing_activity"  ("updated_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5e16656a9422f23cc02ede6271" ON "recipient"  ("name", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_da191900c511622bbbd92de177" ON "recipient"  ("type", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a1c5a2381f151837d336b19a58" ON "recipient"  ("country", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_753a43390210971640eadb0ffc" ON "recipient"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6703a4007676f2bb9a09f7247e" ON "recipient"  ("updated_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_01b3a34940ac0b24022a88af63" ON "retention_rule"  ("name", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_01863daade4d1353b5fb72df69" ON "retention_rule"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f26ed68efd6619e8fd09303726" ON "retention_rule"  ("updated_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a125fe7cc835bc6142d1ab598d" ON "security_measure"  ("name", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6a8e6f6405c8be171d07c307e8" ON "security_measure"  ("kind", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_cda04a7223064c30eec097a9aa" ON "security_measure"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b624e35d50d375f9a6a57e6629" ON "security_measure"  ("updated_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6a55517a8c81103bc8774c8869" ON "service"  ("name", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_806243322d5a2cd1ca92491a47" ON "service"  ("slug", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ebcca8aee730c535d22235ba54" ON "service"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_fee9de010a20a1ed4a719ac51a" ON "service"  ("updated_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_354af2afed770de2c9ffdec307" ON "tracker"  ("name", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_da74d9938b988f8a4917ee0e57" ON "tracker"  ("kind", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d93e7b3427d0739bcc242854e3" ON "tracker"  ("category", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_8bad148d23af58bf42a9ba83dc" ON "tracker"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_96714d427038563833db24d80e" ON "tracker"  ("updated_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d68e9fb0a532a0f051bfb0ca4d" ON "transfer"  ("country", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e6adcdeb9b4b3ba29d69a66bf1" ON "transfer"  ("mechanism", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_913b25c7d5815e5e79202faf3b" ON "transfer"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_83d80730fb66da5c8034da2c2c" ON "transfer"  ("updated_at", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_83d80730fb66da5c8034da2c2c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_913b25c7d5815e5e79202faf3b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e6adcdeb9b4b3ba29d69a66bf1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d68e9fb0a532a0f051bfb0ca4d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_96714d427038563833db24d80e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8bad148d23af58bf42a9ba83dc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d93e7b3427d0739bcc242854e3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_da74d9938b988f8a4917ee0e57"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_354af2afed770de2c9ffdec307"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fee9de010a20a1ed4a719ac51a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ebcca8aee730c535d22235ba54"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_806243322d5a2cd1ca92491a47"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6a55517a8c81103bc8774c8869"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b624e35d50d375f9a6a57e6629"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cda04a7223064c30eec097a9aa"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6a8e6f6405c8be171d07c307e8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a125fe7cc835bc6142d1ab598d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f26ed68efd6619e8fd09303726"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_01863daade4d1353b5fb72df69"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_01b3a34940ac0b24022a88af63"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6703a4007676f2bb9a09f7247e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_753a43390210971640eadb0ffc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a1c5a2381f151837d336b19a58"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_da191900c511622bbbd92de177"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5e16656a9422f23cc02ede6271"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5365d95a862b405f72813ce5da"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b92a9119f98310182503b62043"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8700fb13ed9470ac366885e65e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_efb4d92b52d81f443d84891b52"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_91145f4285eb3218d4c6395b72"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_31c289869d897c529f3ee119ba"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f7025ce121cfdc8801aad44976"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a733bae5be862c9656226be003"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_da52411dac825b1009f219d5a1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1bbb35580263313e3dfe39ad67"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9e6a23f6671e68a4097592c3e9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_22c37557308196ac328c8210dc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9061eae781ac54aa4f6216fa4a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e1bf8bd6f9e63ed619350b02d8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_10658ed5fffcc2819ea504f231"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_84b70501829d61b9dcdf4a3943"`);
  }
}
