import type { EntityRef } from '../../../domain/entity-types';
import { establishedInEea, establishmentOf } from '../../../reference/establishment';
import type { Block } from '../model';
import { byIds, paragraph, ref } from './blocks';
import type { SectionContext } from './context';
import { lawsParagraph, type LawsWording, representativeBlocks } from './laws';

/** The sentences of "Who we are and how to reach us". */
export interface WhoWeAreWording {
  /** `audience`: how the readers deal with us ("as our employee", "when you use Shop"), joined; null when none is recorded */
  intro(controller: string, audience: string | null): string;
  /** The relationship of people who use the service and record none of their own */
  whenYouUse(service: string): string;
  regulation: string;
  registeredOffice(address: string, registrationNumber: string): string;
  contactUs(email: string, phone: string | null, website: string | null): string;
  dpo(email: string, name: string | null, phone: string | null): string;
  noDpo(reason: string, email: string): string;
  representative(name: string, email: string, address: string): string;
  noRepresentative(reason: string): string;
  thirdPartyLinks: string;
}

/**
 * How the notice's readers deal with us, each category of the audience once: its recorded relationship, or
 * for people who use the service and record none, "when you use <service>" (never said to anyone else).
 */
function audienceOf(ctx: SectionContext<WhoWeAreWording>): { text: string | null; sources: EntityRef[] } {
  const service = ctx.scope.serviceId ? ctx.snapshot.services.find((s) => s.id === ctx.scope.serviceId) : undefined;
  const phrases: string[] = [];
  const sources: EntityRef[] = [];
  for (const category of ctx.audience) {
    const phrase = category.relationship?.trim() || (category.usesServices && service ? ctx.t.whenYouUse(service.name) : '');
    if (phrase === '') continue;
    sources.push(ref('data_subject_category', category), ...(category.relationship?.trim() || !service ? [] : [ref('service', service)]));
    if (!phrases.includes(phrase)) phrases.push(phrase);
  }
  return { text: phrases.length > 0 ? ctx.h.or(phrases) : null, sources };
}

/** Art. 13(1)(a)-(b): the controller, its contact details, its DPO and (outside the Union) its representative. */
export function whoWeAre(ctx: SectionContext<WhoWeAreWording & LawsWording>): Block[] {
  const { t, h } = ctx;
  const c = ctx.controller;
  const service = ctx.scope.serviceId ? ctx.snapshot.services.find((s) => s.id === ctx.scope.serviceId) : undefined;
  const refs = [...ctx.controllerRefs, ...(service ? [ref('service', service)] : [])];
  if (!c) return [paragraph(t.regulation, ctx.orScope(refs))];
  const a = c.registeredAddress;
  const audience = audienceOf(ctx);
  const blocks: Block[] = [
    paragraph(t.intro(c.legalName, audience.text), [...ctx.controllerRefs, ...audience.sources]),
    lawsParagraph(ctx, t.regulation),
    paragraph(
      t.registeredOffice(`${a.street}, ${a.postalCode} ${a.city}, ${h.country(a.country)}`, c.registrationNumber),
      ctx.controllerRefs,
    ),
    paragraph(t.contactUs(ctx.contactEmail, c.phone, c.website), ctx.controllerRefs),
  ];
  if (c.dpo) blocks.push(paragraph(t.dpo(c.dpo.email, c.dpo.name, c.dpo.phone), ctx.controllerRefs));
  else if (c.notApplicable.dpo) blocks.push(paragraph(t.noDpo(c.notApplicable.dpo, ctx.contactEmail), ctx.controllerRefs));
  // Art. 27 concerns only a controller established outside the Union: an EU controller says nothing of it.
  if (!establishedInEea(establishmentOf(c))) {
    if (c.representative)
      blocks.push(paragraph(t.representative(c.representative.name, c.representative.email, c.representative.address), ctx.controllerRefs));
    else if (c.notApplicable.representative) blocks.push(paragraph(t.noRepresentative(c.notApplicable.representative), ctx.controllerRefs));
  }
  blocks.push(...representativeBlocks(ctx));
  const independent = byIds(
    ctx.snapshot.recipients,
    ctx.activities.flatMap((act) => act.recipientIds),
  ).filter((r) => r.type === 'independent_controller');
  // "Our website may lead you to other services" speaks to people who use it.
  if (independent.length > 0 && ctx.speaksToUsers)
    blocks.push(
      paragraph(
        t.thirdPartyLinks,
        independent.map((r) => ref('recipient', r)),
      ),
    );
  return blocks;
}
