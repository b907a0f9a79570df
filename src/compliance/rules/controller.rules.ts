import { EVERY_LAW } from '../finding';
import { establishedInEea, establishmentOf } from '../../reference/establishment';
import { isInEea } from '../../reference/eea';
import type { ControllerProfile } from '../../domain/registry-snapshot';
import { isBlank, type Rule, type RuleHit } from '../rule';

const controllerHit = (c: ControllerProfile, message: string): RuleHit => ({
  entityType: 'controller',
  entityId: c.id,
  message: `Controller profile "${c.legalName || c.id}": ${message}`,
});

export const CONTROLLER_RULES: readonly Rule[] = [
  {
    id: 'controller-identity',
    alsoUnder: EVERY_LAW,
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
  {
    id: 'controller-lead-authority',
    severity: 'warning',
    article: 'Art. 56, 27, 77; EDPB Guidelines 3/2018',
    description:
      'A controller established in the EEA names its lead supervisory authority in the EEA; a controller without an establishment there has no lead authority (no one-stop-shop through a representative), so it does not record an EEA authority as its own.',
    check: ({ snapshot }) => {
      const c = snapshot.controller;
      const authority = c?.supervisoryAuthority;
      if (!c || !authority?.country?.trim()) return [];
      const country = establishmentOf(c);
      const authorityInEea = isInEea(authority.country);
      if (establishedInEea(country) && !authorityInEea)
        return [
          controllerHit(
            c,
            `it is established in the EEA (${country}) but records ${authority.name} (${authority.country}), outside the EEA, as its supervisory authority; name the lead authority of its main establishment (Art. 56).`,
          ),
        ];
      if (!establishedInEea(country) && authorityInEea)
        return [
          controllerHit(
            c,
            `it has no establishment in the EEA (${country}), so it has no lead authority: appointing a representative does not bring the one-stop-shop (EDPB Guidelines 3/2018). ${authority.name} is not named as "our authority" in the privacy policy, which tells people they may complain to any supervisory authority in the EEA, in particular where they live or work, and names the representative as the contact point.`,
          ),
        ];
      return [];
    },
  },
];
