import { accountUnknown } from '../../src/domain/rules/catalogue/account-unknown';
import { testPassThroughRule } from './rule-tester';

// Detection is the classifier's (test/classification/fund-account.test.ts).
testPassThroughRule(accountUnknown, 'classificationFindings', {
  rule: 'account-unknown',
  cell: 'Y5',
  row: 5,
  column: 'Y',
  value: '財投',
  params: { label: '財投', examples: ['一般会計', '復興特別会計', '補正予算', '基金', '政府出資'] },
});
