import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { withActivity } from '../testing/fixtures';
import { ruleFrom, testRule } from '../testing/rule-tester';
import { RECIPIENT_RULES } from './recipient.rules';

const rule = ruleFrom(RECIPIENT_RULES);
const taxOffice = make.recipient({ id: 'tax', name: 'Tax Office Warsaw', type: 'public_authority', country: 'PL' });
const taxReturns = make.activity({
  id: 'tax-returns',
  name: 'Tax returns',
  legalBasis: 'art6_1_c',
  legalObligation: 'Personal Income Tax Act, Art. 38',
  legalObligationJurisdiction: 'PL',
  recipientIds: ['tax'],
  requirement: { kind: 'statutory', consequences: null },
});

testRule(rule('activity-recipients-recorded'), {
  valid: [
    {
      name: 'no recipient, and why recorded',
      snapshot: withActivity({ recipientIds: [], notApplicable: { recipients: 'Our own staff only; no one else receives the data.' } }),
    },
  ],
  invalid: [
    {
      name: 'no recipient and no word on it',
      snapshot: withActivity({ recipientIds: [] }),
      findings: [{ entityType: 'processing_activity', entityId: 'act', includes: ['notApplicable.recipients'] }],
    },
  ],
});

testRule(rule('recipient-public-authority-basis'), {
  valid: [
    {
      name: 'an authority that receives data under a legal obligation, and for orders too',
      snapshot: validSnapshot({
        recipients: [make.recipient(), taxOffice],
        processingActivities: [make.activity({ recipientIds: ['rcp', 'tax'] }), taxReturns],
      }),
    },
  ],
  invalid: [
    {
      name: 'an authority that receives data only for orders (a contract)',
      snapshot: validSnapshot({ recipients: [taxOffice], processingActivities: [make.activity({ recipientIds: ['tax'] })] }),
      findings: [{ entityType: 'recipient', entityId: 'tax', includes: ['"Orders"', 'Art. 6(1)(b)'] }],
    },
  ],
});

const subProcessor = (engagedBy: string | null, engaging = make.recipient()) =>
  validSnapshot({
    recipients: [engaging, make.recipient({ id: 'sub', ref: 'sub', name: 'Support GmbH', type: 'sub_processor', engagedBy })],
  });

testRule(rule('sub-processor-engaged-by'), {
  valid: [
    { name: 'engaged by our processor', snapshot: subProcessor('rcp') },
    { name: 'engaged by us (no engaging processor)', snapshot: subProcessor(null) },
  ],
  invalid: [
    {
      name: 'engaged by an independent controller',
      snapshot: subProcessor('rcp', make.recipient({ type: 'independent_controller' })),
      findings: [{ entityType: 'recipient', entityId: 'sub', includes: ['type independent_controller', 'Art. 28(2), (4)'] }],
    },
    {
      name: 'engaged by a recipient not on record',
      snapshot: subProcessor('gone'),
      findings: [{ entityType: 'recipient', entityId: 'sub', includes: ['no recipient on record'] }],
    },
  ],
});
