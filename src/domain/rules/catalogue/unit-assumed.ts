import { defineRule } from '../rule';
import { forwardFrom, NO_PARAMS } from './support';

/** Emitted by the reader with params.assumed (the unit used) when neither a header nor a title row states one. */
export const unitAssumed = defineRule({
  id: 'unit-assumed',
  defaultSeverity: 'warning',
  docs: {
    title: { ja: '金額の単位を仮定した', en: 'Unit assumed' },
    description: {
      ja: '見出しや表題に金額の単位（円・千円・百万円・億円）が書かれているかを確かめます。書かれていなければ千円とみなします。',
      en: 'Checks that a header or title states the unit of amounts (円, 千円, 百万円, 億円); without one, 千円 is assumed.',
    },
    why: {
      ja: '単位を取り違えると金額が千倍・百万倍ずれ、集計がすべて誤ります。',
      en: 'A mistaken unit shifts every amount a thousandfold or more and every total with it.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '金額の単位が見出しにも表題にも見つからないため、{assumed}とみなしました。「（単位：千円）」のように単位を記載してください。',
    en: 'No unit is stated in the header or title, so amounts were read as {assumed}. State the unit, e.g. 「（単位：千円）」.',
  },
  check: forwardFrom('table', 'unit-assumed'),
});
