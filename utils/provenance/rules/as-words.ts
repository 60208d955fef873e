/**
 * A regex source that matches one of `words` (an alternation) as a whole word in any script: no letter on either
 * side. `\b` cannot do this, since it knows ASCII letters only ("é", "ø", "ß" would end a word).
 */
export const asWords = (words: string): string => `(?<![\\p{L}])(?:${words})(?![\\p{L}])`;
