/**
 * Test builds only (the benchmark): a bare pass over the page's text nodes and nothing else. Any
 * script pays this in a content script's fresh world (a wrapper per node it touches), so the
 * detection pass's cost is judged against it, measured on the same pages in the same run.
 */
export function textNodeFloorMs(doc: Document): number {
  const started = performance.now();
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.nodeValue?.length ?? 0;
  const ms = performance.now() - started;
  // Read the total so no engine can drop the loop as dead code.
  return chars >= 0 ? ms : -ms;
}
