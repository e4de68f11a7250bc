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
 * "One way" is checked too: for high, the evidence that points to the leader alone (words no
 * other candidate also reads) must reach the high score by itself — a word the policy shares
 * between projects (「新興・再興感染症」 in ①, ⑤ and ⑥) adds to the score, not to the certainty.
 * Only the leading candidate can be more than low: the others are, by definition, behind.
 */
export const CONFIDENCE_THRESHOLDS = {
  high: { minScore: 4, minLead: 2 },
  medium: { minScore: 2, minLead: 1.3 },
} as const;

export type Confidence = 'high' | 'medium' | 'low';

/** `own`: the part of the score from words no other candidate reads (defaults to all of it). */
export function confidenceOf(score: number, runnerUp: number, own = score): Confidence {
  for (const level of ['high', 'medium'] as const) {
    const t = CONFIDENCE_THRESHOLDS[level];
    if (score >= t.minScore && score >= runnerUp * t.minLead && (level !== 'high' || own >= t.minScore)) return level;
  }
  return 'low';
}
