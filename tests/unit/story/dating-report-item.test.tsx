// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RankedResult } from '@/utils/coverage/types';
import type { ProvenanceReport } from '@/utils/provenance/types';
import { ReportStore } from '@/utils/reports';
import { ReportFlow } from '@/components/report/ReportFlow';
import { datingReportItem, withDatingItem } from '@/utils/story/report-item';
import { storyRecord } from '@/utils/story/story';
import { $, $$, click, getMessage, installI18n, mount, waitFor, type Mounted } from '../components/helpers';
import { BELGIUM, SEED } from './recorded';

const NOW = Date.parse('2025-03-28T12:00:00Z');
const day = (d: string) => d;
let m: Mounted | undefined;
let seed: { report: ProvenanceReport; results: RankedResult[] };
beforeAll(async () => {
  seed = await SEED();
});
beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  m?.unmount();
  m = undefined;
  vi.restoreAllMocks();
});

describe('the dating report item', () => {
  it('states the discrepancy, the first report and its link, and asks for a date, not a correction of facts', () => {
    const story = storyRecord({ meta: seed.report.meta, text: seed.report.text, results: seed.results, now: NOW });
    const item = datingReportItem(story, getMessage, day)!;
    expect(item.problem).toBe(
      "Presented as recent; first reported on 2025-01-13 by BBC (https://www.bbc.com/news/articles/us-ai-diffusion-export-rule), 73 days before this page's date. The page says “Monday” as if the events were recent.",
    );
    expect(item.correction).toMatch(/^The events described were first reported on 2025-01-13\. .*not a claim about the facts themselves/);
    expect(item.source).toEqual({ url: 'https://www.bbc.com/news/articles/us-ai-diffusion-export-rule', outlet: 'BBC' });
  });

  it('is not offered when the page is dated with its coverage, merely late, or of unknown dating', async () => {
    const { report, results } = await BELGIUM();
    expect(datingReportItem(storyRecord({ meta: report.meta, text: report.text, results, now: NOW }), getMessage, day)).toBeNull();
    expect(datingReportItem(storyRecord({ meta: {}, text: seed.report.text, results: seed.results, now: NOW }), getMessage, day)).toBeNull();
    // Late, but not presented as recent.
    const late = storyRecord({ meta: seed.report.meta, text: 'The ministry objects.', results: seed.results, now: NOW });
    expect(late.staleness).toBe('late');
    expect(datingReportItem(late, getMessage, day)).toBeNull();
  });

  it('adds to what the reader wrote, never over it, and only once', () => {
    const story = storyRecord({ meta: seed.report.meta, text: seed.report.text, results: seed.results, now: NOW });
    const item = datingReportItem(story, getMessage, day)!;
    const draft = { problem: 'My own words.', correction: '', sources: [{ url: 'https://example.org/' }] };
    const once = withDatingItem(draft, item);
    expect(once.problem).toBe(`My own words.\n\n${item.problem}`);
    expect(once.correction).toBe(item.correction);
    expect(once.sources.map((s) => s.url)).toEqual(['https://example.org/', item.source.url]);
    expect(withDatingItem({ ...draft, ...once }, item)).toEqual(once);
  });

  it('the report form offers it, and one click fills the form and adds the source', async () => {
    m = mount(
      <ReportFlow
        openStore={() => ReportStore.open('dating-item-test')}
        provenance={seed.report}
        related={seed.results}
        initialQuote="as articulated by a spokesperson on Monday"
        reportId={null}
        autosaveMs={20}
        checkUrl={async (url) => ({ status: 'reachable', httpStatus: 200, finalUrl: url, method: 'HEAD' })}
        download={() => undefined}
        deps={{ copy: async () => true, openTab: async () => undefined, openMailto: () => undefined }}
      />,
    );
    const root = m.container;
    await waitFor(() => $(root, 'dating-item'));
    await click($(root, 'use-dating-item'));
    const problem = root.querySelector<HTMLTextAreaElement>('#report-problem')!.value;
    expect(problem).toMatch(/^Presented as recent; first reported on .*2025 by BBC \(https:\/\/www\.bbc\.com\/[^)]+\), 73 days before this page's date\./);
    expect(root.querySelector<HTMLTextAreaElement>('#report-correction')!.value).toMatch(/^The events described were first reported on/);
    // The source it added is listed on the next step (sources and sender).
    await click($(root, 'next-step'));
    await waitFor(() => $(root, 'report-source'));
    expect($$(root, 'report-source').map((li) => li.textContent)).toEqual([expect.stringContaining('https://www.bbc.com/news/articles/us-ai-diffusion-export-rule')]);
  });
});
