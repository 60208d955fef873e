/**
 * Decides when the content script analyses the page again: after late-arriving content
 * settles (debounced), at most `maxRuns` times per URL and never after `windowMs` from its
 * start, and at most `maxDocumentRuns` times in all, which no URL change resets: a page that
 * mutates its DOM in a tight loop, or pushes a new URL every second, costs a bounded amount of work.
 */
export interface RerunPolicy {
  debounceMs: number;
  maxRuns: number;
  windowMs: number;
  maxDocumentRuns: number;
}

export const DEFAULT_RERUN: RerunPolicy = { debounceMs: 600, maxRuns: 4, windowMs: 30_000, maxDocumentRuns: 16 };

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export interface RerunScheduler {
  /** Something changed; run `task` once things settle, if the budget allows. Returns false when the budget is spent. */
  poke(): boolean;
  /** A new article (URL change): a fresh budget and window for it, within the document's. */
  reset(): void;
  /** Whether more runs may happen (the observer can disconnect when not). */
  readonly active: boolean;
  readonly runs: number;
  dispose(): void;
}

export function createRerunScheduler(task: () => void, clock: Clock, policy: RerunPolicy = DEFAULT_RERUN): RerunScheduler {
  let runs = 0;
  let documentRuns = 0;
  let since = clock.now();
  let timer: unknown = null;
  let disposed = false;
  const spent = () =>
    disposed || runs >= policy.maxRuns || documentRuns >= policy.maxDocumentRuns || clock.now() - since > policy.windowMs;
  return {
    poke() {
      if (spent()) return false;
      if (timer !== null) clock.clearTimeout(timer);
      timer = clock.setTimeout(() => {
        timer = null;
        if (spent()) return;
        runs++;
        documentRuns++;
        task();
      }, policy.debounceMs);
      return true;
    },
    reset() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      runs = 0;
      since = clock.now();
    },
    get active() {
      return !spent();
    },
    get runs() {
      return runs;
    },
    dispose() {
      disposed = true;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
}
