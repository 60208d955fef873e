import type { CompiledPack } from '../rules/compile';
import type { CompiledFrames, FrameContext, FrameMatch } from '../rules/frames/match';
import { cueCategory, firstAiHit, isCoAuthorTrailer, matchFrame } from '../rules/frames/match';
import { featuresOf, tokens, type Candidate, type Features } from './features';
import { score, type LearnedModel } from './logistic';
import { MODEL } from './model';

export interface Observation {
  candidate: Candidate;
  x: Features;
  tokens: string[];
  score: number;
}

/**
 * The detector ships the actor-only head of the model `npm run train` wrote (model.ts), since 1.9.0: it gained disclosures
 * on two batches collected after the detector it was trained with and fired on no negative more (learned/README.md). A
 * head cross-validation picks for the first time (the rescue head of 1.10.0's training) is written but not loaded until
 * a batch collected afterwards shows it gains. Training and experiments swap the model out with `withModel`.
 */
export const SHIPPED: LearnedModel | null = MODEL && { version: 1, rescue: null, veto: null, actorOnly: MODEL.actorOnly ?? null };
let active: LearnedModel | null = SHIPPED;
let observer: ((o: Observation) => void) | null = null;
let observeActorOnly = false;

/**
 * For `npm run train` only: runs `fn` with another model (null: the grammar alone) and reports every
 * candidate the detector meets (`actorOnly`: also actors without a frame), so training sees candidates
 * exactly as the detector makes them.
 */
export function withModel<T>(model: LearnedModel | null, fn: () => T, observe?: (o: Observation) => void, actorOnly = false): T {
  const prev = [active, observer, observeActorOnly] as const;
  [active, observer, observeActorOnly] = [model, observe ?? null, actorOnly];
  try {
    return fn();
  } finally {
    [active, observer, observeActorOnly] = prev;
  }
}

/**
 * The first AI actor of a sentence without a frame, categorised by cue words (the actor-only head). Never in a heading: a
 * title about AI ("Künstliche Intelligenz: Mythen, Daten & Fakten") is no note, as for the grammar; nor in a git co-author
 * trailer, whose name the grammar has already read ("Gemini Rivera" is a person).
 */
function actorOnlyMatch(sentence: string, f: CompiledFrames, ctx: FrameContext): FrameMatch | null {
  if (ctx.heading || isCoAuthorTrailer(sentence)) return null;
  const m = firstAiHit(f, sentence);
  return m && { ...m, ...cueCategory(sentence, f) };
}

/** True while training observes the heads' candidates (the grammar must then offer them exactly as the heads were fitted on). */
export function observing(): boolean {
  return observer !== null;
}

/**
 * The learned second opinion on one sentence the grammar read (README: learned component). `kept` is
 * the grammar's own frame. A rejected sentence that still holds an actor–act frame (the grammar found
 * no scope for it) is kept when the rescue head scores it ≥ θ, a sentence with an AI actor and no frame when
 * the actor-only head does; a kept frame the veto head scores ≤ φ is dropped.
 */
export function decideFrame(sentence: string, f: CompiledFrames, pack: CompiledPack, ctx: FrameContext, kept: FrameMatch | null): FrameMatch | null {
  if (!active && !observer) return kept;
  // Without an observer, nothing is scored that no shipped head reads: the same answers at a fraction of the cost.
  const lean = !observer;
  if (kept && lean && !active!.veto) return kept;
  let frame: FrameMatch | null = kept;
  let actorOnly: FrameMatch | null = null;
  if (!kept) {
    const wantsActorOnly = observeActorOnly || !!active?.actorOnly;
    if (lean && !active!.rescue) {
      // Only the actor-only head can speak, and only for a sentence naming an AI: the actor test is the cheaper one.
      actorOnly = wantsActorOnly ? actorOnlyMatch(sentence, f, ctx) : null;
      if (!actorOnly) return null;
    }
    // The same frame without the scope condition: what the sentence would declare if it spoke for the page.
    frame = matchFrame(sentence, f, { ...ctx, noteZone: true });
    if (frame) {
      actorOnly = null;
      if (lean && !active!.rescue) return null;
    } else if (!actorOnly && wantsActorOnly) actorOnly = actorOnlyMatch(sentence, f, ctx);
  }
  const match = frame ?? actorOnly;
  if (!match) return null;
  const candidate: Candidate = { sentence, match, accepted: kept !== null, actorOnly: actorOnly !== null };
  const x = featuresOf(candidate, f, pack, ctx);
  // Word buckets only when a head or the observer reads them.
  const toks = observer || (kept ? active?.veto : actorOnly ? active?.actorOnly : active?.rescue)?.buckets.length ? tokens(sentence, f.dense) : [];
  if (kept) {
    const veto = active?.veto;
    const p = veto ? score(veto, x, toks) : 1;
    observer?.({ candidate, x, tokens: toks, score: p });
    return veto && p <= veto.phi ? null : kept;
  }
  const rescue = actorOnly ? active?.actorOnly : active?.rescue;
  const p = rescue ? score(rescue, x, toks) : 0;
  observer?.({ candidate, x, tokens: toks, score: p });
  return rescue && p >= rescue.theta ? match : null;
}
