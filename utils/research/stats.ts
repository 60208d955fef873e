import { VERDICTS, type Verdict } from '../provenance/types';
import type { ProvenanceDb } from './db';
import type { ResearchRecord } from './record';
import { RecordIndex } from './query';
import { getAllRecords } from './store';

export interface DayBucket {
  /** UTC day `YYYY-MM-DD` of the record's first sighting. */
  day: string;
  count: number;
  byVerdict: Record<Verdict, number>;
}

export interface ResearchStats {
  total: number;
  byVerdict: Record<Verdict, number>;
  /** Most records first; ties by domain name. Records without a domain count under `(none)`. */
  byDomain: { domain: string; count: number }[];
  /** Days with at least one first sighting, oldest first. */
  timeline: DayBucket[];
}

function zeroVerdicts(): Record<Verdict, number> {
  return Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
}

export function computeStats(records: Iterable<ResearchRecord>): ResearchStats {
  const byVerdict = zeroVerdicts();
  const domains = new Map<string, number>();
  const days = new Map<string, DayBucket>();
  let total = 0;
  for (const r of records) {
    total++;
    byVerdict[r.verdict] = (byVerdict[r.verdict] ?? 0) + 1;
    const d = r.domain ?? '(none)';
    domains.set(d, (domains.get(d) ?? 0) + 1);
    const day = r.firstSeen.slice(0, 10);
    let bucket = days.get(day);
    if (!bucket) days.set(day, (bucket = { day, count: 0, byVerdict: zeroVerdicts() }));
    bucket.count++;
    bucket.byVerdict[r.verdict]++;
  }
  return {
    total,
    byVerdict,
    byDomain: [...domains]
      .map(([domain, count]) => ({ domain, count }))
      .sort((a, b) => b.count - a.count || (a.domain < b.domain ? -1 : 1)),
    timeline: [...days.values()].sort((a, b) => (a.day < b.day ? -1 : 1)),
  };
}

/** Statistics over the whole log, a filtered list, or an index. */
export async function stats(source: ProvenanceDb | RecordIndex | readonly ResearchRecord[]): Promise<ResearchStats> {
  if (source instanceof RecordIndex) return computeStats(source.records());
  if (Array.isArray(source)) return computeStats(source as readonly ResearchRecord[]);
  return computeStats(await getAllRecords(source as ProvenanceDb));
}
