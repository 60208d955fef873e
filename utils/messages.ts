/**
 * The one message protocol between content script, background and extension pages.
 * Every receiver validates what it gets (shape and sender) before acting on it: page
 * scripts cannot reach runtime messaging, but a compromised or confused content script
 * could, and extension pages must not trust content-script data blindly either.
 */
import * as v from 'valibot';
import type { ProvenanceReport, Signal } from './provenance/types';
import type { ProviderFailure, RankedResult } from './coverage/types';
import { VERDICTS } from './provenance/types';
import { candidateChars, MAX_CANDIDATE_CHARS, MAX_CANDIDATES } from './provenance/limits';

/** Built on first use, so a bundle that never validates a kind of message carries none of its schema. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const httpUrl = () => v.pipe(
  v.string(),
  v.maxLength(8192),
  v.check((s) => /^https?:\/\//i.test(s), 'must be an http(s) URL'),
);
const tabId = () => v.pipe(v.number(), v.integer(), v.minValue(0));
const unit = () => v.pipe(v.number(), v.minValue(0), v.maxValue(1));

const LocatorSchema = () => v.object({
  css: str(2000),
  start: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  end: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

const SignalSchema = () => v.object({
  kind: v.picklist(['disclosure-text', 'meta-marker', 'chatbot-leak', 'listed-site']),
  category: v.picklist(VERDICTS.filter((x) => x !== 'none') as Exclude<(typeof VERDICTS)[number], 'none'>[]),
  scope: v.picklist(['page', 'element', 'image']),
  text: str(2000),
  lang: str(35),
  rule: str(200),
  explanation: str(1000),
  locator: v.optional(LocatorSchema()),
  weight: unit(),
});

const ContactSchema = () => v.object({
  kind: v.picklist(['contact-page', 'email', 'corrections-policy', 'feedback-policy', 'corrections-form']),
  url: v.pipe(
    v.string(),
    v.maxLength(4096),
    v.check((s) => /^(https?:|mailto:)/i.test(s), 'must be http(s) or mailto'),
  ),
  label: str(500),
});

const MetaSchema = () => v.object({
  url: str(8192),
  canonicalUrl: v.optional(str(8192)),
  headline: v.optional(str(1000)),
  siteName: v.optional(str(500)),
  byline: v.optional(str(500)),
  publishedAt: v.optional(str(64)),
  modifiedAt: v.optional(str(64)),
  lang: v.optional(str(35)),
  description: v.optional(str(2000)),
  contacts: v.pipe(v.array(ContactSchema()), v.maxLength(50)),
});

const ProvenanceReportSchema = /* @__PURE__ */ once(() =>
  v.object({
  detector: str(100),
  isArticle: v.boolean(),
  meta: MetaSchema(),
  verdict: v.picklist(VERDICTS),
  confidence: unit(),
  signals: v.pipe(v.array(SignalSchema()), v.maxLength(100)),
  text: v.optional(str(20_000)),
  elapsedMs: v.optional(v.number()),
  partial: v.optional(v.literal(true)),
}),
);

/** Characters of serialised page the background accepts (a larger page is cut; its head and body start survive). */
export const MAX_PAGE_HTML = 8_000_000;

/** A content script's answer to get-page-html. */
const PageHtmlSchema = /* @__PURE__ */ once(() => v.object({ url: httpUrl(), html: str(MAX_PAGE_HTML) }));

/** Messages a content script sends. */
const ContentMessages = /* @__PURE__ */ once(() =>
  v.variant('type', [
  v.object({
    type: v.literal('page-report'),
    url: httpUrl(),
    title: str(1000),
    report: ProvenanceReportSchema(),
    /** Main-thread milliseconds the content script spent on this pass (for the benchmark). */
    timing: v.optional(
      v.object({
        detectMs: v.number(),
        uiMs: v.number(),
        totalMs: v.number(),
        /** Wall time of the background's text-rule pass, round trip included (not main-thread time). */
        classifyMs: v.optional(v.number()),
        /** Milliseconds per phase of the page scan. */
        phases: v.optional(v.record(str(20), v.number())),
      }),
    ),
  }),
  /** The in-page notice asks to show the details of this tab. */
  v.object({ type: v.literal('open-details') }),
  /** Candidate text blocks for the text rules, which run in the background where they stay compiled. */
  v.object({
    type: v.literal('classify-blocks'),
    blocks: v.pipe(
      v.array(
        v.object({
          text: str(20_000),
          zones: v.pipe(v.number(), v.integer(), v.minValue(0)),
          css: str(4000),
          elText: v.optional(str(200_000)),
          linkText: v.boolean(),
          hidden: v.optional(v.boolean()),
        }),
      ),
      v.maxLength(MAX_CANDIDATES),
      // Each block is bounded; so is their sum, which is what the worker's time follows.
      v.check((blocks) => candidateChars(blocks) <= MAX_CANDIDATE_CHARS, `more than ${MAX_CANDIDATE_CHARS} characters in all`),
    ),
  }),
]),
);

/** Messages an extension page (popup, options) sends to the background. */
const PageMessages = /* @__PURE__ */ once(() =>
  v.variant('type', [
  v.object({ type: v.literal('get-tab-state'), tabId: tabId() }),
  v.object({ type: v.literal('find-related'), tabId: tabId(), force: v.optional(v.boolean()) }),
]),
);

/**
 * Messages the background or an extension page sends to a content script. Checked by hand, not
 * with a schema: four tiny shapes, and the content script's budget (40 kB, on every page) has
 * no room for the validator library.
 */
export type ToContentMessage =
  | { type: 'show-evidence'; index: number }
  | { type: 'get-selection' }
  /**
   * The page as the browser holds it now, serialised: the background reads the metadata and main
   * text from it (the quick pass leaves them out) when the popup, coverage or research needs them.
   */
  | { type: 'get-page-html' }
  /** One line for the in-page notice, composed in the worker (the story's dating discrepancy). */
  | { type: 'story-note'; text: string };

/** Longest story-note line a content script accepts. */
export const MAX_STORY_NOTE = 300;

export type ContentMessage = v.InferOutput<ReturnType<typeof ContentMessages>>;
export type PageMessage = v.InferOutput<ReturnType<typeof PageMessages>>;
export type PageReportMessage = Extract<ContentMessage, { type: 'page-report' }>;

/**
 * Related coverage for one tab, as the popup shows it. Kept with the tab state in
 * storage.session so a restarted worker (or a reopened popup) sees where things stand.
 */
export type CoverageState =
  /** Not fetched: the privacy setting says "on click", or the page is not flagged. */
  | { status: 'idle'; reason: 'on-click' | 'not-flagged' | 'not-article' | 'private' }
  | { status: 'loading'; startedAt: string }
  | { status: 'done'; results: RankedResult[]; failures: ProviderFailure[]; fromCache: boolean; finishedAt: string }
  /** Every provider failed, or the browser is offline. */
  | { status: 'failed'; failures: ProviderFailure[]; offline: boolean; finishedAt: string }
  /** No provider is turned on (or none has its host permission). */
  | { status: 'no-providers' };

/** What the background keeps per tab (in storage.session, so a stopped worker loses nothing). */
export interface TabState {
  tabId: number;
  url: string;
  title: string;
  report: ProvenanceReport;
  updatedAt: string;
  timing?: PageReportMessage['timing'];
  coverage?: CoverageState;
  /** A private-window tab: nothing about it may reach the disk. */
  incognito?: boolean;
}

/** Replies, by request type. */
export interface Replies {
  'page-report': { ok: true };
  'open-details': { ok: true };
  'classify-blocks': { signals: Signal[] };
  'get-tab-state': TabState | null;
  'find-related': { ok: boolean; error?: string };
  'show-evidence': { ok: boolean };
  'get-selection': { text: string };
  'get-page-html': PageHtml;
  'story-note': { ok: boolean };
}

export type PageHtml = v.InferOutput<ReturnType<typeof PageHtmlSchema>>;

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type SenderKind = 'content' | 'extension-page';

/**
 * Who sent a message: our own content script (in a web tab) or one of our own pages.
 * Anything else — another extension, a web page through externally_connectable — is null.
 */
export function classifySender(sender: SenderLike, runtimeId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== runtimeId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab && typeof sender.tab.id === 'number' && /^https?:\/\//i.test(url)) return 'content';
  return null;
}

export type Validated<T> = { ok: true; message: T } | { ok: false; reason: string };

function parseWith<T>(schema: v.GenericSchema<unknown, T>, raw: unknown): Validated<T> {
  const result = v.safeParse(schema, raw);
  if (result.success) return { ok: true, message: result.output };
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, reason: `malformed message${path ? ` at ${path}` : ''}: ${issue.message}` };
}

/** Validates a message arriving at the background, given who sent it. */
export function validateIncoming(
  raw: unknown,
  sender: SenderLike,
  runtimeId: string,
  extensionOrigin: string,
): Validated<ContentMessage | PageMessage> & { sender?: SenderKind } {
  const kind = classifySender(sender, runtimeId, extensionOrigin);
  if (!kind) return { ok: false, reason: `untrusted sender ${sender.id ?? '?'} ${sender.url ?? ''}`.trim() };
  const parsed = kind === 'content' ? parseWith(ContentMessages(), raw) : parseWith(PageMessages(), raw);
  return parsed.ok ? { ...parsed, sender: kind } : parsed;
}

/** Validates a message arriving at a content script (only our background/pages can send one). */
export function validateToContent(raw: unknown, sender: SenderLike, runtimeId: string): Validated<ToContentMessage> {
  if (sender.id !== runtimeId) return { ok: false, reason: 'untrusted sender' };
  // One helper for the refusals: this validator ships in the content script, whose bytes count.
  const malformed = (why: string): Validated<ToContentMessage> => ({ ok: false, reason: `malformed message${why}` });
  if (!raw || typeof raw !== 'object') return malformed(': not an object');
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'get-selection':
    case 'get-page-html':
      return { ok: true, message: { type: m.type } };
    case 'show-evidence':
      return typeof m.index === 'number' && Number.isInteger(m.index) && m.index >= 0
        ? { ok: true, message: { type: 'show-evidence', index: m.index } }
        : malformed(' at index: expected a whole number >= 0');
    case 'story-note':
      return typeof m.text === 'string' && m.text.length <= MAX_STORY_NOTE
        ? { ok: true, message: { type: 'story-note', text: m.text } }
        : malformed(' at text: expected a short string');
    default:
      return malformed(` at type: unknown ${String(m.type).slice(0, 40)}`);
  }
}

/** Validates a content script's get-page-html reply. */
export function validatePageHtml(raw: unknown): Validated<PageHtml> {
  return parseWith(PageHtmlSchema(), raw);
}
