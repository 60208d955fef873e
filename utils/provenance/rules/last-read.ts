/**
 * A reading of one text kept for the next call with the same text: the grammar reads a sentence in every language it may
 * be in, and what does not depend on the language is then read once. One entry, so it holds no memory beyond a sentence.
 */
export function lastRead<T>(read: (text: string, dense: boolean) => T): (text: string, dense: boolean) => T {
  let last: { text: string; dense: boolean; value: T } | null = null;
  return (text, dense) => {
    if (last?.text !== text || last.dense !== dense) last = { text, dense, value: read(text, dense) };
    return last.value;
  };
}
