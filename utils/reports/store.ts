import { openProvenanceDb, type ProvenanceDb } from '../research/db';
import { writeTransaction } from '../research/tx';
import { reportsToCsv, reportsToJson } from './export';
import type { DeliveryChannel, InaccuracyReport, PassageWatch, ReportOutcome, ReportStatus } from './types';

type Clock = () => Date;

/**
 * Inaccuracy reports in the shared `provenance-lens` database (`reports` store). Writes are
 * single transactions; a full disk raises StorageFullError and keeps the stored version.
 */
export class ReportStore {
  constructor(
    readonly db: ProvenanceDb,
    private readonly clock: Clock = () => new Date(),
  ) {}

  static async open(name?: string, clock?: Clock): Promise<ReportStore> {
    return new ReportStore(await openProvenanceDb(name), clock);
  }

  /** Creates or replaces a report; keeps the first createdAt and stamps updatedAt. */
  saveDraft(report: InaccuracyReport): Promise<InaccuracyReport> {
    return writeTransaction(this.db, 'reports', async (tx) => {
      const store = tx.objectStore('reports');
      const existing = await store.get(report.id);
      const saved: InaccuracyReport = {
        ...report,
        createdAt: existing?.createdAt ?? report.createdAt,
        updatedAt: this.clock().toISOString(),
      };
      await store.put(saved);
      return saved;
    });
  }

  get(id: string): Promise<InaccuracyReport | undefined> {
    return this.db.get('reports', id);
  }

  /** Newest first (by createdAt). */
  async list(): Promise<InaccuracyReport[]> {
    return (await this.db.getAllFromIndex('reports', 'createdAt')).reverse();
  }

  /** Records how the report went out. Returns undefined when it no longer exists. */
  setStatus(id: string, status: ReportStatus, channel?: DeliveryChannel): Promise<InaccuracyReport | undefined> {
    return writeTransaction(this.db, 'reports', async (tx) => {
      const store = tx.objectStore('reports');
      const existing = await store.get(id);
      if (!existing) return undefined;
      const saved: InaccuracyReport = {
        ...existing,
        status,
        ...(channel ? { channel } : {}),
        updatedAt: this.clock().toISOString(),
      };
      await store.put(saved);
      return saved;
    });
  }

  /** The publisher's answer as the reader recorded it. */
  setOutcome(id: string, outcome: ReportOutcome): Promise<InaccuracyReport | undefined> {
    return this.update(id, (r) => ({ ...r, outcome, updatedAt: this.clock().toISOString() }));
  }

  /** A correction-watch result; not an edit of the report, so `updatedAt` stays. */
  setWatch(id: string, watch: PassageWatch): Promise<InaccuracyReport | undefined> {
    return this.update(id, (r) => ({ ...r, watch }));
  }

  private update(id: string, change: (r: InaccuracyReport) => InaccuracyReport): Promise<InaccuracyReport | undefined> {
    return writeTransaction(this.db, 'reports', async (tx) => {
      const store = tx.objectStore('reports');
      const existing = await store.get(id);
      if (!existing) return undefined;
      const saved = change(existing);
      await store.put(saved);
      return saved;
    });
  }

  delete(id: string): Promise<void> {
    return writeTransaction(this.db, 'reports', async (tx) => {
      await tx.objectStore('reports').delete(id);
    });
  }

  async exportJson(): Promise<string> {
    return reportsToJson(await this.list(), this.clock().toISOString());
  }

  async exportCsv(): Promise<string> {
    return reportsToCsv(await this.list());
  }
}
