import { MigrationInterface, QueryRunner } from 'typeorm';

export class SigningSecret1796400000000 implements MigrationInterface {
  name = 'SigningSecret1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "signing_secret" ("name" text NOT NULL, "secret" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_signing_secret_name" PRIMARY KEY ("name"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "signing_secret"`);
  }
}
