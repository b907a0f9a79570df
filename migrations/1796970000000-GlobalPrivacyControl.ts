import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 25 (item 5): the controller states from when it honours Global Privacy Control, served as /.well-known/gpc.json. */
export class GlobalPrivacyControl1796970000000 implements MigrationInterface {
  name = 'GlobalPrivacyControl1796970000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "controller_profile" ADD "gpc_honoured_since" date`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "controller_profile" DROP COLUMN "gpc_honoured_since"`);
  }
}

/** Events written before this migration: the controller had not said it honours GPC. */
export const globalPrivacyControlUpgrade = {
  migration: 'GlobalPrivacyControl1796970000000',
  added: { controller: { gpcHonouredSince: null } },
} as const;
