import { isInEea } from '../../reference/gdpr';
import type { ControllerProfile } from '../../snapshot/registry-snapshot';
import { isBlank, type Rule, type RuleHit } from '../rule';

const controllerHit = (c: ControllerProfile, message: string): RuleHit => ({
  entityType: 'controller',
  entityId: c.id,
  message: `Controller profile "${c.legalName || c.id}": ${message}`,
});

export const CONTROLLER_RULES: readonly Rule[] = [
  {
    id: 'controller-identity',
    severity: 'error',
    article: 'Art. 13(1)(a), 30(1)(a)',
    description: 'The controller profile exists, with legal name, full registered address, contact e-mail and supervisory authority.',
    check: ({ snapshot }) => {
      const c = snapshot.controller;
      if (!c) {
        return [
          {
            entityType: 'controller',
            entityId: 'controller',
            message: 'There is no controller profile: record the name and contact details of the organisation (PUT /api/v1/controller).',
          },
        ];
      }
      const address = c.registeredAddress;
      const missing = [
        isBlank(c.legalName) && 'legal name',
        (isBlank(address?.street) || isBlank(address?.postalCode) || isBlank(address?.city) || isBlank(address?.country)) &&
          'registered address',
        isBlank(c.email) && 'contact e-mail',
        isBlank(c.supervisoryAuthority?.name) && 'supervisory authority',
      ].filter((item) => item !== false);
      return missing.length > 0 ? [controllerHit(c, `the ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing.`)] : [];
    },
  },
  {
    id: 'controller-dpo',
    severity: 'warning',
    article: 'Art. 13(1)(b), 30(1)(a), 37',
    description: 'A data protection officer with a contact e-mail is given, or declared not applicable with a reason.',
    check: ({ snapshot }) => {
      const c = snapshot.controller;
      if (!c || !isBlank(c.dpo?.email) || !isBlank(c.notApplicable?.dpo)) return [];
      return [
        controllerHit(
          c,
          c.dpo
            ? 'the data protection officer has no contact e-mail.'
            : 'no data protection officer is given and no reason is recorded why none is designated (notApplicable.dpo).',
        ),
      ];
    },
  },
  {
    id: 'controller-representative',
    severity: 'error',
    article: 'Art. 27, 13(1)(a), 30(1)(a)',
    description: 'A controller established outside the EEA names its EU representative, or says why none is needed.',
    check: ({ snapshot }) => {
      const c = snapshot.controller;
      const country = c?.registeredAddress?.country?.trim();
      if (!c || !country || isInEea(country) || c.representative || !isBlank(c.notApplicable?.representative)) return [];
      return [
        controllerHit(
          c,
          `it is established outside the EEA (${country}) but names no representative in the Union and no reason why none is needed (notApplicable.representative).`,
        ),
      ];
    },
  },
];
