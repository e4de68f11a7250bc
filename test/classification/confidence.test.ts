import { confidenceOf } from '../../src/domain/classification/confidence';
import { suggestProjects } from '../../src/domain/classification';
import { getPack } from '../../src/domain/policy/registry';

describe('confidenceOf: score, lead over the runner-up, and the leader’s own evidence', () => {
  it.each([
    // score, runner-up, own, expected
    [6, 1, 6, 'high'],
    [6, 1, undefined, 'high'],
    [6, 3, 6, 'high'],
    [6, 3.1, 6, 'medium'], // lead under 2×
    [4.125, 1.125, 3, 'medium'], // high score and lead, but only 3 of it points to the leader alone
    [4, 0, 4, 'high'],
    [3.9, 0, 3.9, 'medium'],
    [2, 1.5, 2, 'medium'],
    [2, 1.6, 2, 'low'],
    [1.9, 0, 1.9, 'low'],
  ])('score %d, runner-up %d, own %p → %s', (score, runnerUp, own, expected) => {
    expect(confidenceOf(score, runnerUp, own)).toBe(expected);
  });
});

describe('a word the policy shares between projects adds to the score, not to the certainty', () => {
  it('R4: 研究基盤 (⑥) with 新興・再興感染症 (listed by ① and ⑥) is medium, not high', () => {
    const r4 = getPack('R4');
    if (!r4) throw new Error('no R4');
    const [top] = suggestProjects({ name: '新興・再興感染症研究基盤事業' }, r4);
    expect(top.score).toBeGreaterThanOrEqual(4);
    expect(top.confidence).toBe('medium');
  });
});
