import { establishedInEea, establishmentOf } from '../../../reference/establishment';
import type { Block } from '../model';
import { paragraph } from './blocks';
import type { SectionContext } from './context';
import { authorityBlocks, type LawsWording } from './laws';

/** The sentences of "Complaints to a supervisory authority". */
export interface ComplaintsWording {
  complaint(authority: string, website: string | null): string;
  /** A controller with no establishment in the EEA: no lead authority; the representative is the contact point */
  complaintWithoutLeadAuthority(representative: { name: string; email: string; address: string } | null): string;
}

/**
 * A controller established in the EEA names its lead authority. One outside it has none (no
 * one-stop-shop through a representative, EDPB Guidelines 3/2018): people may complain to any EEA
 * authority, and the representative is their contact point.
 */
export function complaints(ctx: SectionContext<ComplaintsWording & LawsWording>): Block[] {
  // A notice that does not answer to the GDPR does not point to Art. 77 and the EEA's authorities.
  return [...(ctx.laws.includes('gdpr') ? euComplaints(ctx) : []), ...authorityBlocks(ctx)];
}

function euComplaints(ctx: SectionContext<ComplaintsWording>): Block[] {
  const { t } = ctx;
  const c = ctx.controller;
  if (!c) return [];
  if (!establishedInEea(establishmentOf(c))) {
    const rep = c.representative;
    return [
      paragraph(
        t.complaintWithoutLeadAuthority(rep ? { name: rep.name, email: rep.email, address: rep.address } : null),
        ctx.controllerRefs,
      ),
    ];
  }
  const authority = c.supervisoryAuthority;
  return authority ? [paragraph(t.complaint(authority.name, authority.website), ctx.controllerRefs)] : [];
}
