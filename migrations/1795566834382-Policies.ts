import { MigrationInterface, QueryRunner } from 'typeorm';

export class Policies1795566834382 implements MigrationInterface {
  name = 'Policies1795566834382';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "policy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" text NOT NULL, "service_id" uuid, "data_subject_category_ids" uuid array NOT NULL DEFAULT '{}', "language" text NOT NULL, "options" jsonb NOT NULL, CONSTRAINT "PK_9917b0c5e4286703cc656b1d39f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1c637ae6f9e465438e60220a48" ON "policy"  ("service_id") `);
    await queryRunner.query(
      `CREATE TABLE "policy_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "policy_id" uuid NOT NULL, "number" integer NOT NULL, "effective_from" TIMESTAMP WITH TIME ZONE NOT NULL, "change_summary" text NOT NULL, "material" boolean NOT NULL, "content_hash" text NOT NULL, "document" jsonb NOT NULL, "rendered" jsonb NOT NULL, "snapshot" jsonb NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_by" uuid, CONSTRAINT "PK_3f434bba531e04026bd90fcf7c5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f9b2fcdaf728b746b6acb11b25" ON "policy_version"  ("policy_id", "number") `);
    await queryRunner.query(
      `ALTER TABLE "policy_version" ADD CONSTRAINT "FK_bfdebef669bddd80644da8b5a4a" FOREIGN KEY ("policy_id") REFERENCES "policy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // A published version is what people were shown: it may never change or disappear.
    await queryRunner.query(
      `CREATE FUNCTION policy_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'policy_version is immutable: % refused', TG_OP; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER policy_version_no_change BEFORE UPDATE OR DELETE ON "policy_version" FOR EACH ROW EXECUTE FUNCTION policy_version_immutable()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER policy_version_no_change ON "policy_version"`);
    await queryRunner.query(`DROP FUNCTION policy_version_immutable()`);
    await queryRunner.query(`ALTER TABLE "policy_version" DROP CONSTRAINT "FK_bfdebef669bddd80644da8b5a4a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f9b2fcdaf728b746b6acb11b25"`);
    await queryRunner.query(`DROP TABLE "policy_version"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1c637ae6f9e465438e60220a48"`);
    await queryRunner.query(`DROP TABLE "policy"`);
  }
}
