import { Initial1795566020824 } from './1795566020824-Initial';
import { Policies1795566834382 } from './1795566834382-Policies';
import { ProcessorRecords1796000000100, processorRecordsUpgrade } from './1796000000100-ProcessorRecords';
import { TruthfulPolicy1796100000000, truthfulPolicyUpgrade } from './1796100000000-TruthfulPolicy';
import { Webhooks1796200000000 } from './1796200000000-Webhooks';
import { ChangeNotifications1796300000000 } from './1796300000000-ChangeNotifications';
import { SortIndexes1796350000000 } from './1796350000000-SortIndexes';
import { SigningSecret1796400000000 } from './1796400000000-SigningSecret';
import { Translations1796500000000, translationsUpgrade } from './1796500000000-Translations';
import { PolicyLanguages1796550000000 } from './1796550000000-PolicyLanguages';
import { Refs1796600000000, refsUpgrade } from './1796600000000-Refs';
import { PolicyTitleTranslations1796650000000 } from './1796650000000-PolicyTitleTranslations';
import { LawfulFields1796700000000, lawfulFieldsUpgrade } from './1796700000000-LawfulFields';
import { AuditAnchors1796800000000 } from './1796800000000-AuditAnchors';
import { UkSwissLaws1796900000000, ukSwissLawsUpgrade } from './1796900000000-UkSwissLaws';
import { CollectionPoints1796950000000, collectionPointsUpgrade } from './1796950000000-CollectionPoints';
import { VideoSurveillance1796960000000, videoSurveillanceUpgrade } from './1796960000000-VideoSurveillance';
import { GlobalPrivacyControl1796970000000, globalPrivacyControlUpgrade } from './1796970000000-GlobalPrivacyControl';
import { RetiredData1797000000000, retiredDataUpgrade } from './1797000000000-RetiredData';
import { RecipientLegalEntity1797100000000, recipientLegalEntityUpgrade } from './1797100000000-RecipientLegalEntity';
import { SubProcessorEngagedBy1797200000000, subProcessorEngagedByUpgrade } from './1797200000000-SubProcessorEngagedBy';
import { RefCollation1797300000000 } from './1797300000000-RefCollation';

/** Every migration, in order. A generated migration is added here by hand, after review. */
export const MIGRATIONS = [
  Initial1795566020824,
  Policies1795566834382,
  ProcessorRecords1796000000100,
  TruthfulPolicy1796100000000,
  Webhooks1796200000000,
  ChangeNotifications1796300000000,
  SortIndexes1796350000000,
  SigningSecret1796400000000,
  Translations1796500000000,
  PolicyLanguages1796550000000,
  Refs1796600000000,
  PolicyTitleTranslations1796650000000,
  LawfulFields1796700000000,
  AuditAnchors1796800000000,
  UkSwissLaws1796900000000,
  CollectionPoints1796950000000,
  VideoSurveillance1796960000000,
  GlobalPrivacyControl1796970000000,
  RetiredData1797000000000,
  RecipientLegalEntity1797100000000,
  SubProcessorEngagedBy1797200000000,
  RefCollation1797300000000,
];

/**
 * The upgrades of the migrations that changed an entry's shape, in migration order: replaying the audit
 * trail reads every event through them (src/snapshot/as-of.ts). A migration that adds or reshapes a
 * registry field adds its upgrade here; src/snapshot/field-history.ts names the migration of every field.
 */
export const AUDIT_UPGRADES = [
  processorRecordsUpgrade,
  truthfulPolicyUpgrade,
  translationsUpgrade,
  refsUpgrade,
  lawfulFieldsUpgrade,
  ukSwissLawsUpgrade,
  collectionPointsUpgrade,
  videoSurveillanceUpgrade,
  globalPrivacyControlUpgrade,
  retiredDataUpgrade,
  recipientLegalEntityUpgrade,
  subProcessorEngagedByUpgrade,
] as const;

/** The migrations an entry's field may come from: the first, or one with an upgrade for the events before it. */
export type FieldOrigin = 'Initial1795566020824' | (typeof AUDIT_UPGRADES)[number]['migration'];
