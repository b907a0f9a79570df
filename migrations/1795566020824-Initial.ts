import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795566020824 implements MigrationInterface {
  name = 'Initial1795566020824';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("seq" bigint NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_key_id" uuid, "actor_role" text, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid NOT NULL, "version" integer NOT NULL, "before" jsonb, "after" jsonb, "prev_hash" text, "hash" text NOT NULL, CONSTRAINT "PK_53300da00860bdf4dc3ef7daae6" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_06d570d7d1b40fbc994b5955be" ON "audit_event"  ("at") `);
    await queryRunner.query(`CREATE INDEX "IDX_c0ea392536b5c4cba7012b6f7b" ON "audit_event"  ("entity_type", "entity_id") `);
    await queryRunner.query(
      `CREATE TABLE "api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "prefix" text NOT NULL, "hash" text NOT NULL, "role" text NOT NULL, "label" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c4f6ccad30c0862eb54af9fb0a" ON "api_key"  ("prefix") `);
    await queryRunner.query(
      `CREATE TABLE "controller_profile" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "legal_name" text NOT NULL, "registered_address" jsonb NOT NULL, "registration_number" text NOT NULL, "email" text NOT NULL, "phone" text, "website" text, "dpo" jsonb, "representative" jsonb, "supervisory_authority" jsonb NOT NULL, "minimum_age" smallint, "not_applicable" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_b39e9ddec00c97531ec67eec24a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "data_category" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "description" text, "examples" text array NOT NULL DEFAULT '{}', "special" boolean NOT NULL DEFAULT false, "criminal" boolean NOT NULL DEFAULT false, "collection" text NOT NULL, CONSTRAINT "PK_34cba4adbef6dcbac738ce8c5f2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "data_subject_category" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "description" text, CONSTRAINT "PK_5f58cadb511128ddd97de1daa6b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "processing_activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "purpose" text NOT NULL, "description" text, "role" text NOT NULL, "status" text NOT NULL, "legal_basis" text NOT NULL, "legitimate_interest" text, "legal_obligation" text, "consent_mechanism" text, "special_category_condition" text, "criminal_data_authorisation" text, "data_subject_category_ids" uuid array NOT NULL DEFAULT '{}', "data_category_ids" uuid array NOT NULL DEFAULT '{}', "recipient_ids" uuid array NOT NULL DEFAULT '{}', "retention_rule_id" uuid, "retention_by_category" jsonb NOT NULL DEFAULT '[]', "security_measure_ids" uuid array NOT NULL DEFAULT '{}', "service_ids" uuid array NOT NULL DEFAULT '{}', "sources" text, "automated_decision" jsonb, "profiling" boolean NOT NULL DEFAULT false, "requirement" jsonb, "dpia" jsonb, "on_behalf_of" text, "not_applicable" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_ae4d75c056bd3f78c9532b1bd09" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d18998df2d40d71358adcdd7a0" ON "processing_activity"  ("role") `);
    await queryRunner.query(`CREATE INDEX "IDX_59f9fb34f2acaa7da1e9f96631" ON "processing_activity"  ("status") `);
    await queryRunner.query(
      `CREATE TABLE "recipient" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "type" text NOT NULL, "country" character(2) NOT NULL, "description" text, "privacy_policy_url" text, "dpf_certified" boolean NOT NULL DEFAULT false, "dpa_reference" text, CONSTRAINT "PK_9f7a695711b2055e3c8d5cfcfa1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "retention_rule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "period" text, "trigger" text NOT NULL, "criteria" text NOT NULL, "legal_reference" text, CONSTRAINT "PK_a62deea25d7ed9f48d7ecc38c20" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "security_measure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "kind" text NOT NULL, "description" text NOT NULL, CONSTRAINT "PK_09fa4fd46bd29f115af92a19442" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "service" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "slug" text NOT NULL, "url" text, "description" text, CONSTRAINT "PK_85a21558c006647cd76fdce044b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4df47ef659e04d5be78ddb6b59" ON "service"  ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "tracker" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "kind" text NOT NULL, "category" text NOT NULL, "provider" text NOT NULL, "party" text NOT NULL, "purpose" text NOT NULL, "duration" text, "service_ids" uuid array NOT NULL DEFAULT '{}', "processing_activity_id" uuid, "data_category_ids" uuid array NOT NULL DEFAULT '{}', "opt_out" text, CONSTRAINT "PK_83bc756baca3e744e999194bd51" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "transfer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recipient_id" uuid NOT NULL, "country" character(2) NOT NULL, "mechanism" text NOT NULL, "scc_module" smallint, "derogation" text, "safeguards" text, "copy_available" boolean NOT NULL DEFAULT false, "copy_instructions" text, CONSTRAINT "PK_fd9ddbdd49a17afcbe014401295" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_093536756806e300ea4cfaa925" ON "transfer"  ("recipient_id") `);
    // The audit trail is append-only, enforced by the database so that no code path can edit it.
    await queryRunner.query(
      `CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_no_truncate ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER audit_event_no_update ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query(`DROP INDEX "public"."IDX_093536756806e300ea4cfaa925"`);
    await queryRunner.query(`DROP TABLE "transfer"`);
    await queryRunner.query(`DROP TABLE "tracker"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4df47ef659e04d5be78ddb6b59"`);
    await queryRunner.query(`DROP TABLE "service"`);
    await queryRunner.query(`DROP TABLE "security_measure"`);
    await queryRunner.query(`DROP TABLE "retention_rule"`);
    await queryRunner.query(`DROP TABLE "recipient"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_59f9fb34f2acaa7da1e9f96631"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d18998df2d40d71358adcdd7a0"`);
    await queryRunner.query(`DROP TABLE "processing_activity"`);
    await queryRunner.query(`DROP TABLE "data_subject_category"`);
    await queryRunner.query(`DROP TABLE "data_category"`);
    await queryRunner.query(`DROP TABLE "controller_profile"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c4f6ccad30c0862eb54af9fb0a"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c0ea392536b5c4cba7012b6f7b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_06d570d7d1b40fbc994b5955be"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
