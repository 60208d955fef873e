/** Reporting an inaccuracy to the publisher: compose, link the passage, pick a channel, validate, store. */
export type { InaccuracyReport, ReportStatus, ReportSource, ReportEvidence, DeliveryChannel, ComposedReport } from './types';
export { REPORT_STATUSES, REPORT_OUTCOMES, type ReportOutcome, type PassageWatch } from './types';
export { textFragmentUrl, textDirectiveTerms, encodeTextDirectiveTerm } from './text-fragment';
export { composeReport, letterLanguageOf } from './compose';
export { LETTER_LANGUAGES, isLetterLanguage, letterLanguageFor, letterLanguageName, letterStrings, type LetterLanguage, type LetterStrings } from './letters';
export { letterDate } from './letters/date';
export { EN_REPORT_STRINGS, type ReportStrings } from './strings';
export { chooseChannels, statusAfter, emailAddressOf, type ChannelOptions } from './channels';
export { mailtoUrl, fitMailto, MAX_MAILTO_LENGTH, type FittedMailto } from './mailto';
export { validateReport, isEmail, checkWebUrl, EN_VALIDATION_MESSAGES, type FieldError, type ValidationCode, type ReportField } from './validate';
export { checkSourceReachable, type Reachability } from './reachability';
export { newReport, type NewReportInput } from './create';
export { ReportStore } from './store';
export { reportsToJson, reportsToCsv } from './export';
export { findPassage, normalizeText, CHANGED_MIN_SIMILARITY, type PassageFinding, type PassageState } from './passage';
export { articleBlocks } from './article-text';
export { runWatch, checkArticle, isWatchable, nextWatch, webOrigin, articleFetchUrl, type WatchDeps, type WatchRunResult, type WatchOptions } from './watch';
export { fetchArticleHtml } from './fetch-article';
