import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ImportCounts {
  controller!: number;
  services!: number;
  dataCategories!: number;
  dataSubjectCategories!: number;
  recipients!: number;
  transfers!: number;
  retentionRules!: number;
  securityMeasures!: number;
  processingActivities!: number;
  trackers!: number;
  collectionPoints!: number;
}

export class CollectionPlan {
  /** Names (services: slugs) only in the document */
  add!: string[];
  /** Names in both whose own fields differ (links are not compared) */
  change!: string[];
  /** Names only in the registry */
  delete!: string[];
}

export class PlannedPolicy {
  id!: string;
  title!: string;
}

export class OrphanedPolicy extends PlannedPolicy {
  /** What the document lacks, e.g. `service with slug "shop"` */
  missing!: string[];
}

export class ReplacePlanResponse {
  /** Per collection (services, dataCategories…) */
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/CollectionPlan' } })
  collections!: Record<string, CollectionPlan>;
  /** Policies the replace keeps with their published versions, bound again by service slug and data subject category name */
  policiesKept!: PlannedPolicy[];
  /** Policies whose service or data subject categories the document lacks: each blocks the replace (409) */
  policiesOrphaned!: OrphanedPolicy[];
}

export class ImportResultResponse {
  dryRun!: boolean;
  created!: ImportCounts;
  /** Items deleted first (replace=true); in a dry run, those a replace would delete or recreate */
  deleted!: number;
  /** Only for dryRun=true&replace=true on a non-empty registry: what the replace would add, change and delete */
  @ApiPropertyOptional({ type: ReplacePlanResponse })
  plan?: ReplacePlanResponse;
}
