import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { ruleFrom, testRule } from '../testing/rule-tester';
import { DATA_CATEGORY_RULES } from './data-category.rules';

const rule = ruleFrom(DATA_CATEGORY_RULES);

testRule(rule('data-category-description'), {
  valid: [{ name: 'a complete registry', snapshot: validSnapshot() }],
  invalid: [
    {
      name: 'a blank description',
      snapshot: validSnapshot({ dataCategories: [make.dataCategory({ description: '  ' })] }),
      findings: [{ entityType: 'data_category', entityId: 'cat' }],
    },
  ],
});
