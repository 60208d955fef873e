import type { CompiledPack } from '../rules/compile';
import type { CompiledFrames, FrameContext, FrameMatch } from '../rules/frames/match';
import { matchFrame } from '../rules/frames/match';
import { featuresOf, tokens, type Candidate, type Features } from './features';
import { score, type LearnedModel } from './logistic';

export interface Observation {
  candidate: Candidate;
  x: Features;
  tokens: string[];
  score: number;
}

/**
 * The detector ships no model: the one `npm run train` chose (model.ts) did not beat the grammar on the
 * test split (README: learned component), so the hook below only serves training and experiments.
 */
let active: LearnedModel | null = null;
let observer: ((o: Observation) => void) | null = null;

/**
 * For `npm run train` only: runs `fn` with another model (null: the grammar alone) and reports every
 * frame candidate the detector meets, so training sees candidates exactly as the detector makes them.
 */
export function withModel<T>(model: LearnedModel | null, fn: () => T, observe?: (o: Observation) => void): T {
  const [prevModel, prevObserver] = [active, observer];
  [active, observer] = [model, observe ?? null];
  try {
    return fn();
  } finally {
    [active, observer] = [prevModel, prevObserver];
  }
}

/**
 * The learned second opinion on one sentence the grammar read (README: learned component). `kept` is
 * the grammar's own frame. A rejected sentence that still holds an actor–act frame (the grammar found
 * no scope for it) is kept when the rescue head scores it ≥ θ; a kept frame the veto head scores ≤ φ is dropped.
 */
export function decideFrame(sentence: string, f: CompiledFrames, pack: CompiledPack, ctx: FrameContext, kept: FrameMatch | null): FrameMatch | null {
  if (!active && !observer) return kept;
  // The same frame without the scope condition: what the sentence would declare if it spoke for the page.
  const match = kept ?? matchFrame(sentence, f, { ...ctx, noteZone: true });
  if (!match) return null;
  const candidate: Candidate = { sentence, match, accepted: kept !== null };
  const x = featuresOf(candidate, f, pack, ctx);
  const toks = tokens(sentence, f.dense);
  if (kept) {
    const veto = active?.veto;
    const p = veto ? score(veto, x, toks) : 1;
    observer?.({ candidate, x, tokens: toks, score: p });
    return veto && p <= veto.phi ? null : kept;
  }
  const rescue = active?.rescue;
  const p = rescue ? score(rescue, x, toks) : 0;
  observer?.({ candidate, x, tokens: toks, score: p });
  return rescue && p >= rescue.theta ? match : null;
}
