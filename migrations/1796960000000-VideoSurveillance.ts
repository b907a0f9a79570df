import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 25 (item 3): a data category says it holds images from a camera, so its activities get a CCTV sign. */
export class VideoSurveillance1796960000000 implements MigrationInterface {
  name = 'VideoSurveillance1796960000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "data_category" ADD "video_surveillance" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "data_category" DROP COLUMN "video_surveillance"`);
  }
}

/** Events written before this migration: no data category was marked as video surveillance. */
export const videoSurveillanceUpgrade = {
  migration: 'VideoSurveillance1796960000000',
  added: { data_category: { videoSurveillance: false } },
} as const;
