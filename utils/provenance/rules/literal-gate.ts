/**
 * A cheap test in front of a rule's pattern (Node and the background worker only): literal strings one of which every match
 * of the pattern contains, read from its source, tested as one small alternation with the pattern's own flags. A text that
 * holds none of them cannot match the pattern, so the pattern is not run on it; the answers are the same.
 */

/** Literal strings at least one of which every match of `source` contains; null when none can be told. */
export function requiredLiterals(source: string): string[] | null {
  // Backreferences, and astral characters whose halves a quantifier could split, are left to the pattern itself.
  if (/\\[1-9]|\\k<|[\uD800-\uDFFF]/.test(source)) return null;
  let i = 0;
  const n = source.length;
  const better = (a: string[], b: string[] | null): boolean => b === null || Math.min(...a.map((x) => x.length)) * 16 - a.length > Math.min(...b.map((x) => x.length)) * 16 - b.length;

  /** alternative ('|' alternative)*: every branch must supply a literal. */
  function alternation(): string[] | null {
    const branches = [sequence()];
    while (source[i] === '|') {
      i++;
      branches.push(sequence());
    }
    if (branches.some((b) => b === null)) return null;
    return [...new Set(branches.flat() as string[])];
  }

  /** A sequence of atoms: any one atom's literals (or a run of plain characters) is in every match of the sequence. */
  function sequence(): string[] | null {
    let best: string[] | null = null;
    let run = '';
    const consider = (r: string[] | null): void => {
      if (r && r.length > 0 && r.every((x) => x.length > 0) && better(r, best)) best = r;
    };
    const flush = (): void => {
      if (run) consider([run]);
      run = '';
    };
    while (i < n && source[i] !== '|' && source[i] !== ')') {
      const c = source[i]!;
      // lit: a plain character; req: a group's literals; zeroWidth: consumes nothing (a lookaround, ^ or $).
      let lit: string | null = null;
      let req: string[] | null = null;
      let zeroWidth = false;
      if (c === '\\') {
        const d = source[i + 1];
        if (d === undefined) throw new Error('trailing backslash');
        i += 2;
        if (/[dDwWsSbBpPuxcfnrtv0-9]/.test(d)) {
          if ((d === 'p' || d === 'P' || d === 'u') && source[i] === '{') i = source.indexOf('}', i) + 1;
          else if (d === 'u') i += 4;
          else if (d === 'x') i += 2;
          else if (d === 'c') i += 1;
        } else lit = d;
      } else if (c === '[') {
        // In JavaScript the first ']' always closes a class ("[]" and "[^]" are classes too).
        i++;
        while (i < n && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
        if (i >= n) throw new Error('unclosed class');
        i++;
      } else if (c === '(') {
        let look = false;
        if (source.startsWith('(?:', i)) i += 3;
        else if (source.startsWith('(?=', i) || source.startsWith('(?!', i)) [i, look] = [i + 3, true];
        else if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) [i, look] = [i + 4, true];
        else if (source.startsWith('(?<', i)) i = source.indexOf('>', i) + 1;
        else if (source.startsWith('(?', i)) throw new Error('unknown group');
        else i++;
        const inner = alternation();
        if (source[i] !== ')') throw new Error('unclosed group');
        i++;
        if (look) zeroWidth = true;
        else req = inner;
      } else if (c === '^' || c === '$') {
        i++;
        zeroWidth = true;
      } else if (c === '.' || c === ')' || c === '|') {
        i++;
      } else {
        i++;
        lit = c;
      }
      let min = 1;
      let quantified = false;
      const q = source[i];
      const brace = q === '{' ? /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(i)) : null;
      if (q === '*' || q === '?') [min, quantified, i] = [0, true, i + 1];
      else if (q === '+') [quantified, i] = [true, i + 1];
      else if (brace) [min, quantified, i] = [Number(brace[1]), true, i + brace[0].length];
      if (quantified && source[i] === '?') i++;
      // A lookaround or anchor consumes nothing: the characters around it stay next to each other (a quantified one is left alone).
      if (zeroWidth && !quantified) continue;
      if (lit !== null && !quantified) {
        run += lit;
        continue;
      }
      flush();
      if (min >= 1 && req) consider(req);
    }
    flush();
    return best;
  }

  try {
    const r = alternation();
    return i === n ? r : null;
  } catch {
    return null;
  }
}

const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/** The gate for a compiled pattern, or null when its source names no literal every match holds. */
export function literalGate(re: RegExp): RegExp | null {
  const all = requiredLiterals(re.source);
  // A literal holding another is found only where that one is ("traducción" and "tradu"): the shorter alone tests the same, and
  // fewer, shorter alternatives run faster (a case-insensitive alternation with accented letters is slow in V8).
  const literals = all?.filter((l) => !all.some((m) => m !== l && l.includes(m)));
  return literals ? new RegExp(literals.map((l) => l.replace(SYNTAX, '\\$&')).join('|'), re.flags.replace(/[gy]/g, '')) : null;
}

const gates = new WeakMap<RegExp, RegExp | null>();
let tracked: Set<RegExp> | null = null;
/** `re`'s gate (literalGate), built on first use and kept with the pattern. */
export function gateOf(re: RegExp): RegExp | null {
  let g = gates.get(re);
  if (g === undefined) {
    gates.set(re, (g = literalGate(re)));
    tracked?.add(re);
  }
  return g;
}

/**
 * For the gates' soundness test: every pattern whose gate is built from now on (gates built before are not in it). Off
 * unless asked for, so the detector keeps no list of patterns.
 */
export function trackGatedPatterns(): Set<RegExp> {
  return (tracked ??= new Set());
}

/** Whether `text` holds one of the literals every match of `re` holds (always, when none can be told): else `re` cannot match. */
export function passesGate(re: RegExp, text: string): boolean {
  const g = gateOf(re);
  return !g || g.test(text);
}

/** re.test(text) behind its gate. Only for a pattern that is neither global nor sticky: a skipped test leaves no lastIndex behind. */
export function gatedTest(re: RegExp, text: string): boolean {
  return passesGate(re, text) && re.test(text);
}

/** re.exec(text) behind its gate, for a pattern that is neither global nor sticky. */
export function gatedMatch(re: RegExp, text: string): RegExpExecArray | null {
  return passesGate(re, text) ? re.exec(text) : null;
}

/** The top-level alternatives of `source` ("a|(?:b|c)|d" → a, (?:b|c), d), or null when a backreference ties them together. */
export function topAlternatives(source: string): string[] | null {
  if (/\\[1-9]|\\k</.test(source)) return null;
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

const split = new WeakMap<RegExp, RegExp[]>();
/**
 * re.test(text) for a long alternation (every language's words in one pattern), read one top-level alternative at a time,
 * each behind its own gate: the text matches the whole exactly when it matches one of them (same flags, no backreference),
 * and most alternatives' gates turn the text away without running them. Only for a pattern that is neither global nor sticky.
 */
export function gatedAnyTest(re: RegExp, text: string): boolean {
  let parts = split.get(re);
  if (!parts) split.set(re, (parts = topAlternatives(re.source)?.map((a) => new RegExp(a, re.flags)) ?? [re]));
  for (const p of parts) if (gatedTest(p, text)) return true;
  return false;
}

/** The patterns gatedAnyTest reads for `re` (for the gates' soundness test). */
export function alternativesRead(re: RegExp): RegExp[] {
  gatedAnyTest(re, '');
  return split.get(re)!;
}
