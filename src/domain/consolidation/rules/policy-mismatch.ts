import type { ConsolidationRule } from './rule';

export const policyMismatch: ConsolidationRule = {
  id: 'policy-mismatch',
  severity: 'error',
  docs: {
    title: { ja: '年度・方針の不一致', en: 'Different years or policies' },
    description: {
      ja: 'すべての入力が同じ年度の資源配分方針で検証されているかを確かめます。',
      en: "Checks that every input was checked against the same year's resource allocation policy.",
    },
  },
  messages: {
    ja: '{file} は {policy} で検証されていますが、{firstFile} は {firstPolicy} です。年度の違う要求は取りまとめられません。同じ年度で検証し直してください（--year）。',
    en: '{file} was checked against {policy}, but {firstFile} against {firstPolicy}. Requests of different years cannot be consolidated: check them against the same year (--year).',
  },
  check(ctx) {
    const [first, ...rest] = ctx.parts;
    if (!first) return [];
    return rest
      .filter((p) => p.policyId !== first.policyId)
      .map((p) => ({ rule: 'policy-mismatch', file: p.input.file, params: { policy: p.policyId, firstFile: first.input.file, firstPolicy: first.policyId } }));
  },
};
