import type { ProvenanceReport } from '../provenance/types';
import type { StoryRecord } from '../story/story';
import type { ProvenanceDb } from './db';
import { recordId } from './record-visit';
import { writeTransaction } from './tx';

/**
 * Adds the story record to the page's research record once related coverage ran. Only a page the
 * log already holds gets one: the privacy rules (incognito, excluded domains, `none` pages) were
 * applied when the visit was recorded, and a page they kept out stays out.
 */
/** The record's id when it was written, else null. */
export async function recordStory(db: ProvenanceDb, report: ProvenanceReport, visitedUrl: string, story: StoryRecord): Promise<string | null> {
  const id = recordId(report, visitedUrl);
  return writeTransaction(db, 'research', async (tx) => {
    const store = tx.objectStore('research');
    const existing = await store.get(id);
    if (!existing) return null;
    await store.put({ ...existing, story });
    return id;
  });
}
