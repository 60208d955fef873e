/**
 * Newline-delimited JSON: one value per line, so huge logs stream and diff line by line.
 * JSON.stringify already escapes raw line breaks inside strings, so a record never spans lines;
 * U+2028/U+2029 are escaped too so the output is also safe to embed in JavaScript.
 */
export function toNdjson(values: Iterable<unknown>): string {
  let out = '';
  for (const value of values) out += safeStringify(value) + '\n';
  return out;
}

export interface NdjsonLine {
  /** 1-based line number in the input. */
  line: number;
  value?: unknown;
  error?: string;
}

/** Parses every non-blank line on its own, so one bad line does not lose the rest. */
export function parseNdjson(text: string): NdjsonLine[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const out: NdjsonLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (!raw) continue;
    try {
      out.push({ line: i + 1, value: JSON.parse(raw) as unknown });
    } catch (e) {
      out.push({ line: i + 1, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return out;
}

export function safeStringify(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
