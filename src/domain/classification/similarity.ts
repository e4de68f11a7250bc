/**
 * How close two short labels are, for near-miss labels and "closest candidates".
 * Two measures, the larger wins: edit distance (catches 疾患基盤研究 for 疾患基礎研究) and
 * character-bigram overlap (catches reordered or partly rewritten names).
 */

function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length];
}

function bigrams(text: string): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** Sørensen–Dice coefficient over character bigrams (multiset). */
function bigramDice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of x) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      common++;
      pool.set(g, n - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/** 0 (nothing alike) … 1 (equal). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max([...a].length, [...b].length);
  if (longest === 0) return 0;
  return Math.max(1 - editDistance(a, b) / longest, bigramDice(a, b));
}
