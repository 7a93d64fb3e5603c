/**
 * Each head's probability threshold from held-out scores: the lowest that keeps the share of ok texts it flags at
 * or under `maxOkPerHead`, and the heads together at or under `maxOkAll` (every head's target is tightened by the
 * same step until the union fits). `scores[k][i]` is head k's held-out probability of text i (0 where it cannot
 * speak); `ok` lists the ok texts. A threshold sits halfway between the last ok score let through and the next,
 * and never under `floor`.
 */
export function pickThresholds(
  scores: readonly Float64Array[],
  ok: readonly number[],
  targets: { maxOkPerHead: number; maxOkAll: number },
  floor: number,
): number[] {
  const forShare = (share: number) =>
    scores.map((col) => {
      const sorted = ok.map((i) => col[i]!).sort((a, b) => b - a);
      const allowed = Math.floor(share * ok.length);
      // Flags the `allowed` highest ok scores at most (ties at the boundary are all kept out).
      const above = sorted[allowed] ?? 0;
      let t = above;
      for (let j = allowed - 1; j >= 0; j--) {
        if (sorted[j]! > above) {
          t = (sorted[j]! + above) / 2;
          break;
        }
      }
      if (t === above) t = above + 1e-9;
      return Math.max(floor, t);
    });
  const union = (t: number[]) => ok.filter((i) => scores.some((col, k) => col[i]! >= t[k]!)).length / Math.max(1, ok.length);
  let share = targets.maxOkPerHead;
  let t = forShare(share);
  while (union(t) > targets.maxOkAll && share > 0) {
    share = Math.max(0, share - 0.001);
    t = forShare(share);
  }
  return t;
}
