import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * The order a DPO fills an entry in, for every body and answer: what it is, then whom and what it is
 * about, why and on what basis, who receives it and for how long, the rest, and the bookkeeping last.
 * Swagger UI shows members in the schema's order; the decorators alone would put the explicitly
 * decorated members first and `name` in the middle. A member not listed goes before the closing members
 * (`notApplicable`, `options`, `translations`, links), in declaration order.
 */
const FIELD_ORDER = [
  'id',
  'name',
  'title',
  'legalName',
  'ref',
  'registeredAddress',
  'registrationNumber',
  'email',
  'phone',
  'slug',
  'type',
  'kind',
  'role',
  'status',
  'category',
  'party',
  'purpose',
  'description',
  'url',
  'website',
  'country',
  'dpo',
  'representative',
  'supervisoryAuthority',
  'minimumAge',
  'language',
  'languages',
  'serviceId',
  'service',
  'serviceIds',
  'services',
  'dataSubjectCategoryIds',
  'dataSubjectCategories',
  'dataCategoryIds',
  'dataCategories',
  'collection',
  'examples',
  'special',
  'criminal',
  'sources',
  'legalBasis',
  'legitimateInterest',
  'legitimateInterestAssessment',
  'legalObligation',
  'legalObligationJurisdiction',
  'consentMechanism',
  'consentWithdrawal',
  'specialCategoryCondition',
  'criminalDataAuthorisation',
  'requirement',
  'recipientId',
  'recipient',
  'recipientIds',
  'recipients',
  'mechanism',
  'localTools',
  'sccModule',
  'derogation',
  'safeguards',
  'copyAvailable',
  'copyInstructions',
  'dpfCertified',
  'swissDpfCertified',
  'ukExtensionCertified',
  'dpaReference',
  'jointArrangement',
  'contactPoint',
  'privacyPolicyUrl',
  'retentionRuleId',
  'retentionRule',
  'retentionByCategory',
  'period',
  'trigger',
  'criteria',
  'legalReference',
  'securityMeasureIds',
  'securityMeasures',
  'provider',
  'processingActivityId',
  'processingActivity',
  'duration',
  'optOut',
  'automatedDecision',
  'profiling',
  'directMarketing',
  'dpia',
  'onBehalfOf',
  'retiredAt',
  'notApplicable',
  'options',
  'translations',
  'publicUrl',
  'embedUrl',
] as const;

/** Where members not in FIELD_ORDER go: before `notApplicable`, `options` and `translations`. */
const UNLISTED = FIELD_ORDER.indexOf('notApplicable') - 0.5;

/** Bookkeeping a DPO never types: always last, in this order. */
const LAST = ['version', 'createdAt', 'updatedAt'] as const;

const rank = (name: string, position: number): number => {
  const first = (FIELD_ORDER as readonly string[]).indexOf(name);
  if (first >= 0) return first;
  const last = (LAST as readonly string[]).indexOf(name);
  // Not listed (a new member): after what is, before the closing members, in the order it was declared.
  return last >= 0 ? 100_000 + last : UNLISTED + position / 1_000;
};

/** Puts the members of every component schema in {@link FIELD_ORDER}; returns the document, changed in place. */
export function orderSchemaMembers(document: OpenAPIObject): OpenAPIObject {
  for (const schema of Object.values(document.components?.schemas ?? {})) {
    const properties = (schema as { properties?: Record<string, unknown> }).properties;
    if (!properties) continue;
    const ordered = Object.keys(properties)
      .map((name, position) => ({ name, key: rank(name, position) }))
      .sort((a, b) => a.key - b.key)
      .map(({ name }) => [name, properties[name]] as const);
    (schema as { properties: Record<string, unknown> }).properties = Object.fromEntries(ordered);
  }
  return document;
}
