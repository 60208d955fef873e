import { useMemo } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import type { CoverageState } from '@/utils/messages';
import type { ProvenanceReport } from '@/utils/provenance/types';
import { calendarDay, isoDay } from '@/utils/story/days';
import { factsToCheck, type SentenceFacts } from '@/utils/story/facts-to-check';
import { firstReportSentence, stalenessSentence } from '@/utils/story/present';
import { storyRecord, type StoryRecord } from '@/utils/story/story';
import { formatDate } from '../common/format';
import { isWebUrl } from '../common/url';
import './story.css';

export interface StoryTimelineProps {
  report: ProvenanceReport;
  coverage: CoverageState | undefined;
  /** What "the future" means (tests pin it). */
  now?: number;
}

/** Days are `YYYY-MM-DD`: shown as dates, in UTC, so no time zone moves them. */
const day = (iso: string) => formatDate(iso);
const OUTLET = '\u0001';

/**
 * When the story broke: its first report, the page's date against it, a timeline of coverage by
 * day (an SVG with a text alternative) and facts to check. Shown only once related coverage is in.
 */
export function StoryTimeline({ report, coverage, now }: StoryTimelineProps) {
  const results = coverage?.status === 'done' ? coverage.results : null;
  const story = useMemo(
    () => (results && results.length ? storyRecord({ meta: report.meta, text: report.text, results, now: now ?? Date.now() }) : null),
    [results, report, now],
  );
  const facts = useMemo(
    () => (results ? factsToCheck(report.text, results, report.meta.lang, report.signals.map((s) => s.text).filter((q) => q.length >= 20)) : []),
    [results, report],
  );
  if (!story) return null;
  const mark = stalenessSentence(story, t, day);
  return (
    <section class="pl-section pl-story" aria-labelledby="pl-story-heading" data-testid="story" data-staleness={story.staleness}>
      <h2 id="pl-story-heading">{t('story_heading')}</h2>
      <FirstReport story={story} />
      {mark && (
        <p class="pl-warning" data-testid="story-staleness">
          {mark} {t('story_not_a_verdict')}
        </p>
      )}
      {story.staleness === 'unknown' && story.reason && (
        <p class="pl-muted" data-testid="story-unknown">
          {t(`story_unknown_${story.reason.replace(/-/g, '_')}`)}
        </p>
      )}
      {story.timeline.length > 0 && <Timeline story={story} />}
      {facts.length > 0 && <Facts facts={facts} />}
    </section>
  );
}

function FirstReport({ story }: { story: StoryRecord }) {
  const first = story.firstReported;
  const sentence = firstReportSentence(story, t, day, OUTLET);
  if (!first || !sentence) return null;
  const link = isWebUrl(first.url) ? (
    <a href={first.url} target="_blank" rel="noopener noreferrer">
      {first.outlet}
      <span class="pl-visually-hidden"> {t('popup_opens_new_tab')}</span>
    </a>
  ) : (
    first.outlet
  );
  const [before, after] = sentence.includes(OUTLET) ? sentence.split(OUTLET) : [sentence.replace(OUTLET, ''), ''];
  return (
    <p data-testid="story-first-report" data-days={story.daysAfterFirstReport ?? ''}>
      {before}
      {link}
      {after}
    </p>
  );
}

const W = 340;
const H = 72;
const PAD = 10;
const BASE = 50;
const TOP = 12;

function Timeline({ story }: { story: StoryRecord }) {
  const days = story.timeline.map((d) => ({ ...d, n: calendarDay(d.date)! }));
  const page = story.pageDate ? calendarDay(story.pageDate) : undefined;
  const from = Math.min(days[0]!.n, page ?? Infinity);
  const to = Math.max(days[days.length - 1]!.n, page ?? -Infinity);
  const span = Math.max(1, to - from);
  const x = (n: number) => PAD + ((n - from) / span) * (W - 2 * PAD);
  const most = Math.max(...days.map((d) => d.count));
  // Bars of neighbouring days must not merge into one: narrower than a day's width, never invisible.
  const barWidth = Math.max(1.5, Math.min(6, ((W - 2 * PAD) / span) * 0.7));
  const fromLabel = day(isoDay(from));
  const toLabel = day(isoDay(to));
  const label = t('story_chart_label', [fromLabel, toLabel]);
  return (
    <figure class="pl-story-figure" style={{ margin: 0 }}>
      <svg class="pl-story-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="pl-story-chart-title" data-testid="story-chart">
        <title id="pl-story-chart-title">{label}</title>
        <line class="pl-story-axis" x1={PAD} y1={BASE} x2={W - PAD} y2={BASE} />
        {days.map((d) => {
          const h = Math.max(3, (d.count / most) * (BASE - TOP - 6));
          return <rect key={d.date} class="pl-story-bar" x={x(d.n) - barWidth / 2} y={BASE - h} width={barWidth} height={h} rx={0.5} data-date={d.date} />;
        })}
        {page !== undefined && (
          <>
            <line class="pl-story-page" x1={x(page)} y1={TOP - 4} x2={x(page)} y2={BASE + 4} data-testid="story-chart-page" />
            <text x={x(page) - 4} y={TOP + 2} text-anchor={x(page) > W / 2 ? 'end' : 'start'}>
              {t('story_chart_page')}
            </text>
          </>
        )}
        <text x={PAD} y={H - 4} text-anchor="start">
          {fromLabel}
        </text>
        <text x={W - PAD} y={H - 4} text-anchor="end">
          {toLabel}
        </text>
      </svg>
      <details>
        <summary>{t('story_days_as_text')}</summary>
        <ol class="pl-story-days" data-testid="story-days">
          {story.timeline.map((d) => (
            <li key={d.date}>{t('story_day', [day(d.date), String(d.count), d.outlets.join(', ')])}</li>
          ))}
          {story.pageDate && <li>{t('story_day_page', day(story.pageDate))}</li>}
        </ol>
        {story.undated > 0 && <p class="pl-muted">{t('story_undated', String(story.undated))}</p>}
      </details>
    </figure>
  );
}

const shorten = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

function Facts({ facts }: { facts: readonly SentenceFacts[] }) {
  return (
    <>
      <h3>{t('story_facts_heading')}</h3>
      <p class="pl-hint">{t('story_facts_hint')}</p>
      <ul class="pl-story-facts" data-testid="story-facts">
        {facts.map((s, i) => (
          <li key={i}>
            {s.facts.map((f, j) => (
              <span key={j}>
                {j > 0 && ', '}
                <span class="pl-story-fact" data-testid="story-fact">
                  {f.text}
                </span>{' '}
                <span class="pl-muted">({t(`story_fact_${f.kind}`)})</span>
              </span>
            ))}
            <br />
            <q class="pl-muted">{shorten(s.sentence, 160)}</q>
          </li>
        ))}
      </ul>
    </>
  );
}
