import type { CompiledRules } from './rules/compile';

const NON_LETTERS = /[^\p{L}]+/u;
let longest = 0;
const longestFunctionWord = (index: Map<string, number>): number => (longest ||= Math.max(...[...index.keys()].map((w) => w.length)));

/** How many of each Latin pack's function words the sentence uses: its words (runs of letters) that the pack lists, in any case. */
export function functionWordCounts(sentence: string, rules: CompiledRules): number[] {
  const index = rules.functionWordPacks;
  const counts = rules.latinPacks.map(() => 0);
  for (const word of sentence.split(NON_LETTERS)) {
    const bits = word && word.length <= longestFunctionWord(index) ? index.get(word.toLowerCase()) : undefined;
    if (!bits) continue;
    for (let i = 0; i < counts.length; i++) if (bits & (1 << i)) counts[i]!++;
  }
  return counts;
}
