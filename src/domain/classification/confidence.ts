/**
 * How sure a suggestion is, from its score and its lead over the runner-up.
 *
 * | confidence | score ≥ | and ≥ runner-up × |
 * |------------|---------|-------------------|
 * | high       | 4.0     | 2.0               |
 * | medium     | 2.0     | 1.3               |
 * | low        | anything else              |
 *
 * A score of 2 is one distinctive policy term in the 事業名 (e.g. 「医療機器」 listed by one
 * project only), so "high" needs about two independent pieces of evidence pointing one way.
 * Only the leading candidate can be more than low: the others are, by definition, behind.
 */
export const CONFIDENCE_THRESHOLDS = {
  high: { minScore: 4, minLead: 2 },
  medium: { minScore: 2, minLead: 1.3 },
} as const;

export type Confidence = 'high' | 'medium' | 'low';

export function confidenceOf(score: number, runnerUp: number): Confidence {
  for (const level of ['high', 'medium'] as const) {
    const t = CONFIDENCE_THRESHOLDS[level];
    if (score >= t.minScore && score >= runnerUp * t.minLead) return level;
  }
  return 'low';
}
