import type { MarketingChannel } from '../../domain/vocabulary';
import { activityHit, type Rule } from '../rule';

/** E-mail and SMS are "electronic mail" (ePrivacy Directive 2002/58/EC Art. 2(h)): marketing by them needs prior consent (Art. 13(1)) or the soft opt-in (Art. 13(2)). */
const ELECTRONIC_MAIL: readonly MarketingChannel[] = ['email', 'sms'];

/**
 * Direct marketing (Art. 21(2)-(3) GDPR; ePrivacy Directive 2002/58/EC Art. 13): how it reaches people
 * decides what it needs. E-mail and SMS without consent are lawful only to one's own customers, for one's
 * own similar products, with an easy, free objection at collection and in every message (Art. 13(2)).
 * Member States may be stricter (Art. 13(3)); the record checks the Directive's floor.
 */
export const MARKETING_RULES: readonly Rule[] = [
  {
    id: 'direct-marketing-channel',
    severity: 'error',
    article: 'Art. 21(2), 13(1)(c); ePrivacy 13',
    description: 'A direct-marketing activity records the channels it uses (e-mail, SMS, phone, post, in-app).',
    check: (ctx) =>
      ctx.controllerActivities
        .filter((a) => a.directMarketing && a.marketingChannels.length === 0)
        .map((a) =>
          activityHit(
            a,
            'is direct marketing but does not record its channels (marketingChannels: email, sms, phone, post, in_app). An error: the channel decides whether consent is needed (ePrivacy Directive 2002/58/EC Art. 13: e-mail and SMS need it, save the soft opt-in), and the notice says how the marketing reaches the reader.',
          ),
        ),
  },
  {
    id: 'direct-marketing-soft-opt-in',
    severity: 'error',
    article: 'ePrivacy 13(1), 13(2); Art. 6(1)(f)',
    description:
      'E-mail or SMS marketing that does not rest on consent records the soft opt-in: contact details obtained from the customer in a sale, our own similar products only, and how the customer objects, free and easily, at collection and in every message.',
    check: (ctx) =>
      ctx.controllerActivities.flatMap((a) => {
        const electronic = a.marketingChannels.filter((c) => ELECTRONIC_MAIL.includes(c));
        if (!a.directMarketing || electronic.length === 0 || a.legalBasis === 'art6_1_a') return [];
        const s = a.softOptIn;
        const missing = [
          !s && 'the soft opt-in (softOptIn)',
          s &&
            !s.saleContext &&
            'that the contact details were obtained from the customer in the context of a sale (softOptIn.saleContext)',
          s && !s.similarProducts && 'that only our own similar products or services are marketed (softOptIn.similarProducts)',
          s && !s.objection.trim() && 'how the customer objects, at collection and in every message (softOptIn.objection)',
        ].filter((m): m is string => typeof m === 'string');
        if (missing.length === 0) return [];
        return [
          activityHit(
            a,
            `sends direct marketing by ${electronic.join(' and ')} without consent but does not record ${missing.join('; ')}. An error: electronic mail for direct marketing needs prior consent (ePrivacy Directive 2002/58/EC Art. 13(1)); without it, only a customer whose details we obtained in a sale may receive it, for our own similar products, with a free and easy objection at collection and in every message (Art. 13(2)). Record the soft opt-in, or rely on consent (legalBasis art6_1_a).`,
          ),
        ];
      }),
  },
];
