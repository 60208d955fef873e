/** Per-class precision/recall over (expected, predicted) pairs. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export function tally(pairs: Array<{ expected: string[]; predicted: string; group?: string }>, classes: string[]): Record<string, Tally> {
  const out: Record<string, Tally> = {};
  for (const c of classes) out[c] = { tp: 0, fp: 0, fn: 0 };
  for (const { expected, predicted } of pairs) {
    const primary = expected[0]!;
    const hit = expected.includes(predicted);
    for (const c of classes) {
      const t = out[c]!;
      if (hit && (c === predicted)) t.tp++;
      else {
        if (c === predicted) t.fp++;
        if (c === primary && !hit) t.fn++;
      }
    }
  }
  return out;
}

export function ratio(n: number, d: number): number | null {
  return d === 0 ? null : Math.round((n / d) * 1000) / 1000;
}

export function fmt(x: number | null): string {
  return x === null ? '  -  ' : x.toFixed(3);
}
