import type { ConsolidationRule } from './rule';

export const inputHasErrors: ConsolidationRule = {
  id: 'input-has-errors',
  severity: 'error',
  docs: {
    title: { ja: 'エラーの残る入力', en: 'Input with errors left' },
    description: {
      ja: '各府省の入力の検証にエラーが残っていないかを確かめます。残っていれば取りまとめず、--force のときは「未確定（エラーあり）」と表示して取りまとめます。',
      en: 'Checks that no input has errors left. With errors nothing is consolidated; with --force the sheet is marked 未確定 (provisional).',
    },
  },
  messages: {
    ja: '{file}（{ministry}）の検証にエラーが {errors} 件残っています。その府省の要求表を直して検証し直してください。',
    en: '{file} ({ministry}) has {errors} error(s) left. Fix that ministry\'s sheet and check it again.',
  },
  check: (ctx) =>
    ctx.parts
      .filter((p) => p.summary.errors > 0)
      .map((p) => ({ rule: 'input-has-errors', file: p.input.file, sheet: p.input.sheet, params: { ministry: p.ministry, errors: p.summary.errors } })),
};
