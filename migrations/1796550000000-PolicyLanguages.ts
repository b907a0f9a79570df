import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: one policy, several languages. A policy lists its languages; a published version keeps
 * every language's document, renderings and content hash in `policy_version_language`, immutable like
 * the version. Existing policies get `[language]`; existing versions get their one language's row.
 */
export class PolicyLanguages1796550000000 implements MigrationInterface {
  name = 'PolicyLanguages1796550000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "policy" ADD "languages" text array`);
    await queryRunner.query(`UPDATE "policy" SET "languages" = ARRAY["language"]`);
    await queryRunner.query(`ALTER TABLE "policy" ALTER COLUMN "languages" SET NOT NULL`);

    // The language a version was published in is the one its document says (the policy's may have moved since).
    await queryRunner.query(`ALTER TABLE "policy_version" ADD "language" text`);
    await queryRunner.query(`ALTER TABLE "policy_version" DISABLE TRIGGER policy_version_no_change`);
    await queryRunner.query(
      `UPDATE "policy_version" v SET "language" = COALESCE(v."document" ->> 'language', p."language") FROM "policy" p WHERE p."id" = v."policy_id"`,
    );
    await queryRunner.query(`ALTER TABLE "policy_version" ENABLE TRIGGER policy_version_no_change`);
    await queryRunner.query(`ALTER TABLE "policy_version" ALTER COLUMN "language" SET NOT NULL`);

    await queryRunner.query(
      `CREATE TABLE "policy_version_language" ("policy_version_id" uuid NOT NULL, "language" text NOT NULL, "content_hash" text NOT NULL, "document" jsonb NOT NULL, "rendered" jsonb NOT NULL, CONSTRAINT "PK_cf0d67456c5d3cbd29641b3f267" PRIMARY KEY ("policy_version_id", "language"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_version_language" ADD CONSTRAINT "FK_6dd4c8eca305d5876dee157b509" FOREIGN KEY ("policy_version_id") REFERENCES "policy_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "policy_version_language" ("policy_version_id", "language", "content_hash", "document", "rendered")
       SELECT "id", "language", "content_hash", "document", "rendered" FROM "policy_version"`,
    );
    // What people were shown in any language may never change or disappear either.
    await queryRunner.query(
      `CREATE FUNCTION policy_version_language_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'policy_version_language is immutable: % refused', TG_OP; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER policy_version_language_no_change BEFORE UPDATE OR DELETE ON "policy_version_language" FOR EACH ROW EXECUTE FUNCTION policy_version_language_immutable()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER policy_version_language_no_truncate BEFORE TRUNCATE ON "policy_version_language" FOR EACH STATEMENT EXECUTE FUNCTION policy_version_language_immutable()`,
    );
    // Which rendering a public URL serves depends on these rows too (ChangeNotifications).
    await queryRunner.query(
      `CREATE TRIGGER policy_version_language_notify_public AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "policy_version_language" FOR EACH STATEMENT EXECUTE FUNCTION ropa_notify_public()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER policy_version_language_notify_public ON "policy_version_language"`);
    await queryRunner.query(`DROP TRIGGER policy_version_language_no_truncate ON "policy_version_language"`);
    await queryRunner.query(`DROP TRIGGER policy_version_language_no_change ON "policy_version_language"`);
    await queryRunner.query(`DROP FUNCTION policy_version_language_immutable()`);
    await queryRunner.query(`DROP TABLE "policy_version_language"`);
    await queryRunner.query(`ALTER TABLE "policy_version" DROP COLUMN "language"`);
    await queryRunner.query(`ALTER TABLE "policy" DROP COLUMN "languages"`);
  }
}
