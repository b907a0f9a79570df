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
}

export class ImportResultResponse {
  dryRun!: boolean;
  created!: ImportCounts;
  /** Items deleted first (replace=true) */
  deleted!: number;
}
