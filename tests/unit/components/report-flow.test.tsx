// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RankedResult } from '@/utils/coverage/types';
import type { ProvenanceReport } from '@/utils/provenance/types';
import { ReportStore, type Reachability } from '@/utils/reports';
import { ReportFlow } from '@/components/report/ReportFlow';
import { $, $$, click, installI18n, mount, provenance, settle, type, waitFor, type Mounted } from './helpers';

let m: Mounted | undefined;
let copied: string[];
let opened: string[];
let statusAtOpen: (string | undefined)[];
let downloads: { name: string; text: string }[];
let checkUrl: ReturnType<typeof vi.fn<(url: string) => Promise<Reachability>>>;

const QUOTE = 'Exports of AI chips fell by 40 percent & more in January.';
const openStore = () => ReportStore.open('report-flow-test');

beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
  globalThis.indexedDB = new IDBFactory();
  copied = [];
  opened = [];
  statusAtOpen = [];
  downloads = [];
  checkUrl = vi.fn(async (url: string): Promise<Reachability> => ({ status: 'reachable', httpStatus: 200, finalUrl: url, method: 'HEAD' }));
});
afterEach(() => {
  m?.unmount();
  m = undefined;
  vi.restoreAllMocks();
});

const related: RankedResult[] = [
  { title: 'US unveils AI chip export rule', url: 'https://www.reuters.com/technology/ai-export-rule/', outlet: 'Reuters', host: 'www.reuters.com', country: 'GB', provider: 'gdelt', score: 0.9, why: ['same event'], listed: true },
  { title: 'China condemns US chip curbs', url: 'https://news.google.com/rss/articles/CBMiMUFVX3lxTGZha2U?oc=5', outlet: 'BBC', host: 'www.bbc.co.uk', country: 'GB', provider: 'google-news', score: 0.8, why: ['Google News link'], listed: true, redirect: 'google-news' },
];

function flow(p: ProvenanceReport = provenance(), extra: { initialQuote?: string; reportId?: string; copyOk?: boolean } = {}) {
  m = mount(
    <ReportFlow
      openStore={openStore}
      provenance={p}
      related={related}
      initialQuote={extra.initialQuote ?? QUOTE}
      reportId={extra.reportId ?? null}
      autosaveMs={20}
      checkUrl={checkUrl}
      download={(name, text) => downloads.push({ name, text })}
      deps={{
        copy: async (text) => {
          if (extra.copyOk === false) return false;
          copied.push(text);
          return true;
        },
        openTab: async (url) => {
          // Opening a tab closes the popup: the status must already be stored by then.
          statusAtOpen.push((await (await openStore()).list())[0]?.status);
          opened.push(url);
        },
        openMailto: (url) => opened.push(url),
      }}
    />,
  );
  return m.container;
}

const field = (root: ParentNode, id: string) => root.querySelector<HTMLTextAreaElement | HTMLInputElement>(`#${id}`);
const ready = (root: ParentNode) => waitFor(() => field(root, 'report-quote'));

async function fillValid(root: HTMLElement) {
  await type(field(root, 'report-problem'), 'The drop was 4 percent, not 40.');
  await type(field(root, 'report-correction'), 'Exports fell by 4 percent in January.');
}

/** Fills the passage step and moves on to the sources step. */
async function toSources(root: HTMLElement) {
  await fillValid(root);
  await click($(root, 'next-step'));
  return waitFor(() => field(root, 'report-source-url'));
}

describe('ReportFlow: the form', () => {
  it('starts pre-filled from the page and the selection', async () => {
    const root = flow();
    expect((await ready(root)).value).toBe(QUOTE);
    expect($(root, 'report-article')!.textContent).toContain('China tightens AI chip export rules');
    expect($(root, 'draft-restored')).toBeNull();
  });

  it('says what is missing next to each field, and sends nothing', async () => {
    const root = flow(provenance(), { initialQuote: '' });
    await ready(root);
    await click($(root, 'next-step'));
    expect($(root, 'report-quote-error')!.textContent).toMatch(/Paste the passage/);
    expect($(root, 'report-correction-error')!.textContent).toMatch(/Say what the correct information is/);
    expect(field(root, 'report-correction')!.getAttribute('aria-invalid')).toBe('true');
    expect(field(root, 'report-correction')!.getAttribute('aria-describedby')).toContain('report-correction-error');
    expect($(root, 'error-summary')!.textContent).toMatch(/^2 /);
    // Keyboard users land on the first field to fix.
    await waitFor(() => document.activeElement === field(root, 'report-quote'));
    expect($(root, 'delivery')).toBeNull();
    // Fixing a field clears its message at once.
    await type(field(root, 'report-correction'), 'It was 4 percent.');
    expect($(root, 'report-correction-error')).toBeNull();
  });

  it('checks the e-mail address only when one is given', async () => {
    const root = flow();
    await ready(root);
    await toSources(root);
    await type(field(root, 'report-email'), 'not an address');
    await click($(root, 'review-report'));
    expect($(root, 'report-email-error')!.textContent).toMatch(/does not look right/);
    await type(field(root, 'report-email'), '');
    await click($(root, 'review-report'));
    expect($(root, 'delivery')).not.toBeNull();
  });

  it('refuses non-http and malformed source links, keeping what was typed', async () => {
    const root = flow();
    await ready(root);
    await toSources(root);
    await type(field(root, 'report-source-url'), 'javascript:alert(1)');
    await click($(root, 'add-source'));
    expect($(root, 'report-source-url-error')!.textContent).toMatch(/Only http:\/\/ and https:\/\//);
    expect(field(root, 'report-source-url')!.value).toBe('javascript:alert(1)');
    await type(field(root, 'report-source-url'), 'not a url');
    await click($(root, 'add-source'));
    expect($(root, 'report-source-url-error')!.textContent).toMatch(/not a valid web address/);
    expect($$(root, 'report-source')).toHaveLength(0);
    expect(checkUrl).not.toHaveBeenCalled();
  });

  it('checks a pasted source and says when it cannot be opened', async () => {
    checkUrl.mockResolvedValueOnce({ status: 'unreachable', httpStatus: 404 });
    const root = flow();
    await ready(root);
    await toSources(root);
    await type(field(root, 'report-source-url'), 'https://apnews.com/article/missing');
    await click($(root, 'add-source'));
    expect(checkUrl).toHaveBeenCalledWith('https://apnews.com/article/missing');
    const check = await waitFor(() => $(root, 'report-source-0-check'));
    expect(check.textContent).toMatch(/could not be opened \(HTTP 404\)/);
    expect(field(root, 'report-source-url')!.value).toBe('');
  });

  it('picks a source from related coverage with one click (and unpicks it)', async () => {
    const root = flow();
    await ready(root);
    await toSources(root);
    const pick = $(root, 'pick-source')!;
    expect(pick.getAttribute('aria-pressed')).toBe('false');
    await click(pick);
    expect($(root, 'pick-source')!.getAttribute('aria-pressed')).toBe('true');
    expect($$(root, 'report-source')[0]!.textContent).toContain('https://www.reuters.com/technology/ai-export-rule/');
    await click($(root, 'pick-source'));
    expect($$(root, 'report-source')).toHaveLength(0);
  });

  it('cites a Google News redirect as a Google News link, not as the publisher address', async () => {
    const root = flow();
    await ready(root);
    await toSources(root);
    await click($$(root, 'pick-source')[1]!);
    const cited = $$(root, 'report-source')[0]!.textContent ?? '';
    expect(cited).toContain('https://news.google.com/rss/articles/');
    expect(cited).toContain('Google News link');
  });
});

describe('ReportFlow: nothing typed is lost', () => {
  it('autosaves the draft and restores it when the form is opened again for the article', async () => {
    let root = flow();
    await ready(root);
    await type(field(root, 'report-correction'), 'Exports fell by 4 percent.');
    await waitFor(() => $(root, 'save-note')!.textContent);
    m!.unmount();

    root = flow(provenance(), { initialQuote: '' });
    const quote = await ready(root);
    expect(quote.value).toBe(QUOTE);
    expect(field(root, 'report-correction')!.value).toBe('Exports fell by 4 percent.');
    expect($(root, 'draft-restored')!.textContent).toMatch(/restored/);
    const stored = await (await openStore()).list();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.status).toBe('draft');
  });

  it('saves what is pending when the form goes away before the debounce', async () => {
    let root = flow(provenance(), { initialQuote: '' });
    await ready(root);
    await type(field(root, 'report-problem'), 'typed and closed at once');
    m!.unmount();
    await settle(50);
    root = flow(provenance(), { initialQuote: '' });
    await ready(root);
    expect(field(root, 'report-problem')!.value).toBe('typed and closed at once');
  });

  it('does not store an untouched form', async () => {
    const root = flow();
    await ready(root);
    await settle(60);
    expect(await (await openStore()).list()).toHaveLength(0);
  });

  it('offers a new selection instead of overwriting the restored passage', async () => {
    let root = flow();
    await ready(root);
    await type(field(root, 'report-correction'), 'draft text');
    await waitFor(() => $(root, 'save-note')!.textContent);
    m!.unmount();
    root = flow(provenance(), { initialQuote: 'a different sentence' });
    expect((await ready(root)).value).toBe(QUOTE);
    await click($(root, 'use-selection'));
    expect(field(root, 'report-quote')!.value).toBe('a different sentence');
    expect(field(root, 'report-correction')!.value).toBe('draft text');
  });

  it('keeps drafts of different articles apart', async () => {
    let root = flow();
    await ready(root);
    await type(field(root, 'report-correction'), 'for article A');
    await waitFor(() => $(root, 'save-note')!.textContent);
    m!.unmount();
    const other = provenance({ meta: { ...provenance().meta, url: 'https://beijing-post.example/other' } });
    root = flow(other, { initialQuote: '' });
    await ready(root);
    expect(field(root, 'report-correction')!.value).toBe('');
    expect($(root, 'draft-restored')).toBeNull();
  });
});

describe('ReportFlow: compose and deliver', () => {
  async function reviewed(p: ProvenanceReport = provenance(), copyOk = true) {
    const root = flow(p, { copyOk });
    await ready(root);
    await toSources(root);
    await click($(root, 'pick-source'));
    await click($(root, 'review-report'));
    await waitFor(() => $(root, 'delivery'));
    return root;
  }

  it('previews the report: headline, URL, passage link, quote, correction, source, verdict', async () => {
    const root = await reviewed();
    expect($(root, 'preview-subject')!.textContent).toContain('Correction request: China tightens AI chip export rules');
    const body = $(root, 'preview-body')!.textContent!;
    expect(body).toContain('https://beijing-post.example/2025/03/china-ai-export');
    expect(body).toContain('#:~:text=');
    expect(body).toContain(`“${QUOTE}”`);
    expect(body).toContain('Exports fell by 4 percent in January.');
    expect(body).toContain('https://www.reuters.com/technology/ai-export-rule/');
    expect(body).toContain('The page says its content was generated by AI.');
    expect(body).toContain('A note on the page');
    expect(body).not.toContain('disclosure.en.generated-by-ai');
  });

  it('e-mail: a mailto link with the subject and the encoded passage; records sent-email', async () => {
    const root = await reviewed();
    const link = $(root, 'send-email') as HTMLAnchorElement;
    const href = link.getAttribute('href')!;
    expect(href.startsWith('mailto:corrections@beijing-post.example?subject=')).toBe(true);
    expect(href).toContain(encodeURIComponent(QUOTE));
    expect(link.textContent).toContain('corrections@beijing-post.example');
    link.addEventListener('click', (e) => e.preventDefault());
    await click(link);
    await waitFor(() => $(root, 'delivery-status')!.textContent);
    expect($(root, 'delivery-status')!.textContent).toMatch(/mail program/);
    await settle(20);
    const [stored] = await (await openStore()).list();
    expect(stored!.status).toBe('sent-email');
    expect(stored!.channel).toMatchObject({ kind: 'email', address: 'corrections@beijing-post.example' });
    expect(copied).toHaveLength(0);
  });

  it('contact page: copies the report, opens the page in a new tab, says it was copied', async () => {
    const p = provenance({ meta: { ...provenance().meta, contacts: [{ kind: 'contact-page', url: 'https://beijing-post.example/contact', label: 'Contact us' }] } });
    const root = await reviewed(p);
    await click($(root, 'open-contact-page'));
    await waitFor(() => opened.length);
    expect(statusAtOpen).toEqual(['opened-contact-page']);
    expect(copied).toHaveLength(1);
    expect(copied[0]).toContain(QUOTE);
    expect(copied[0]).toContain('Correction request:');
    expect(opened).toEqual(['https://beijing-post.example/contact']);
    await waitFor(() => $(root, 'delivery-status')!.textContent);
    expect($(root, 'delivery-status')!.textContent).toMatch(/copied to the clipboard/);
    const [stored] = await (await openStore()).list();
    expect(stored!.status).toBe('opened-contact-page');
    expect(stored!.channel).toMatchObject({ kind: 'contact-page', url: 'https://beijing-post.example/contact' });
  });

  it('corrections form ranks first and records opened-form', async () => {
    const p = provenance({
      meta: {
        ...provenance().meta,
        contacts: [
          { kind: 'email', url: 'mailto:info@beijing-post.example', label: 'info' },
          { kind: 'corrections-form', url: 'https://beijing-post.example/corrections', label: 'Report an error' },
        ],
      },
    });
    const root = await reviewed(p);
    const channels = root.querySelectorAll('[data-testid^="channel-"]');
    expect(channels[0]!.getAttribute('data-testid')).toBe('channel-form');
    await click($(root, 'open-form'));
    await waitFor(() => opened.length);
    expect(opened).toEqual(['https://beijing-post.example/corrections']);
    await settle(20);
    expect((await (await openStore()).list())[0]!.status).toBe('opened-form');
  });

  it('names the destination host on every button and warns when a channel is on another site (issue 14, findings 3 and 14)', async () => {
    const p = provenance({
      meta: {
        ...provenance().meta,
        contacts: [
          { kind: 'corrections-form', url: 'https://beijing-post.example/corrections', label: 'Report an error' },
          { kind: 'contact-page', url: 'https://collector.hostile.example/contact', label: 'Contact' },
          { kind: 'email', url: 'mailto:desk@hostile.example', label: 'desk' },
        ],
      },
    });
    const root = await reviewed(p);
    expect($(root, 'open-form')!.textContent).toContain('beijing-post.example');
    expect($(root, 'open-contact-page')!.textContent).toContain('collector.hostile.example');
    expect($(root, 'send-email')!.textContent).toContain('desk@hostile.example');
    const warned = [...root.querySelectorAll('[data-testid^="channel-"]')]
      .filter((li) => li.querySelector('[data-testid="channel-other-site"]'))
      .map((li) => li.getAttribute('data-testid'));
    expect(warned).toEqual(['channel-email', 'channel-contact-page']);
    expect($(root, 'channel-other-site')!.textContent).toContain('beijing-post.example');
  });

  it('says when copying failed instead of claiming it worked', async () => {
    const p = provenance({ meta: { ...provenance().meta, contacts: [{ kind: 'contact-page', url: 'https://beijing-post.example/contact', label: 'Contact' }] } });
    const root = await reviewed(p, false);
    await click($(root, 'open-contact-page'));
    await waitFor(() => $(root, 'delivery-status')!.textContent);
    expect($(root, 'delivery-status')!.textContent).toMatch(/copying failed/);
  });

  it('no channel: says so and offers copy and download (.txt)', async () => {
    const p = provenance({ meta: { ...provenance().meta, contacts: [] } });
    const root = await reviewed(p);
    expect($(root, 'no-channel')!.textContent).toMatch(/lists no way to contact/);
    await click($(root, 'copy-report'));
    expect(copied[0]).toContain(QUOTE);
    expect($(root, 'delivery-status')!.textContent).toMatch(/copied/);
    await settle(20);
    expect((await (await openStore()).list())[0]!.status).toBe('copied');
    await click($(root, 'download-report'));
    expect(downloads[0]!.name).toMatch(/^correction-request-beijing-post\.example-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(downloads[0]!.text).toContain('#:~:text=');
    await settle(20);
    expect((await (await openStore()).list())[0]!.status).toBe('downloaded');
  });

  it('can go back and edit without losing anything', async () => {
    const root = await reviewed();
    await click($(root, 'edit-report'));
    expect(field(root, 'report-correction')!.value).toBe('Exports fell by 4 percent in January.');
    await click($(root, 'next-step'));
    await waitFor(() => $$(root, 'report-source').length === 1);
  });
});

describe('ReportFlow: short steps that fit the popup', () => {
  it('moves focus to each step’s heading, never leaving it on the page body', async () => {
    const root = flow();
    await ready(root);
    await waitFor(() => document.activeElement?.id === 'pl-step-passage');
    expect(document.activeElement!.textContent).toMatch(/1 of 3/);
    await toSources(root);
    await waitFor(() => document.activeElement?.id === 'pl-step-sources');
    await click($(root, 'review-report'));
    await waitFor(() => document.activeElement?.id === 'pl-step-send');
    // The send buttons come before the letter, which is folded.
    const delivery = $(root, 'delivery')!;
    const preview = $(root, 'preview') as HTMLDetailsElement;
    expect(preview.open).toBe(false);
    expect(delivery.compareDocumentPosition(preview) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('a German article: the letter is German, and the reader can switch it', async () => {
    const german = provenance({ meta: { ...provenance().meta, lang: 'de-DE' } });
    const root = flow(german);
    await ready(root);
    await toSources(root);
    await click($(root, 'review-report'));
    await waitFor(() => $(root, 'delivery'));
    expect($(root, 'preview-subject')!.textContent).toContain('Korrekturhinweis:');
    expect($(root, 'preview-body')!.textContent).toContain('Mit freundlichen Grüßen');
    expect(($(root, 'letter-language') as HTMLSelectElement).value).toBe('de');
    const select = $(root, 'letter-language') as HTMLSelectElement;
    select.value = 'fr';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => $(root, 'preview-subject')!.textContent!.includes('Demande de correction'));
    expect(($(root, 'send-email') as HTMLAnchorElement).getAttribute('href')).toContain(encodeURIComponent('Demande de correction'));
    await settle(60);
    expect((await (await openStore()).list())[0]!.letterLang).toBe('fr');
  });

  it('a missing passage found at review takes the reader back to its step and field', async () => {
    const root = flow();
    await ready(root);
    await toSources(root);
    await click($(root, 'previous-step'));
    await type(field(root, 'report-correction'), '');
    await click($(root, 'next-step'));
    await waitFor(() => document.activeElement === field(root, 'report-correction'));
    expect($(root, 'step-heading')!.id).toBe('pl-step-passage');
  });
});
