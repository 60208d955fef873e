import { t } from '@/utils/browser/i18n';
import type { ArticleMeta, ContactKind } from '@/utils/provenance/types';
import { formatDate, languageName } from '../common/format';
import { hostOf, isContactUrl } from '../common/url';

const CONTACT_KEYS: Record<ContactKind, string> = {
  'contact-page': 'facts_contact_page',
  email: 'facts_contact_email',
  'corrections-policy': 'facts_contact_corrections_policy',
  'feedback-policy': 'facts_contact_feedback_policy',
  'corrections-form': 'facts_contact_corrections_form',
};

/** Site, headline, date, language and the publisher's contact channels, as found on the page (folded: the report flow uses them). */
export function ArticleFacts({ meta }: { meta: ArticleMeta }) {
  const unknown = t('facts_unknown');
  const rows: [string, string, string][] = [
    ['site', t('facts_site'), meta.siteName?.trim() || hostOf(meta.url)],
    ['headline', t('facts_headline'), meta.headline?.trim() || unknown],
    ['date', t('facts_date'), formatDate(meta.publishedAt) || unknown],
    ['language', t('facts_language'), languageName(meta.lang) || unknown],
  ];
  if (meta.byline?.trim()) rows.push(['byline', t('facts_byline'), meta.byline.trim()]);
  return (
    <details class="pl-section pl-fold" data-testid="facts">
      <summary>
        <h2 id="pl-facts-heading">{t('facts_heading')}</h2>
      </summary>
      <dl class="pl-facts">
        {rows.map(([id, label, value]) => (
          <div key={id} class="pl-fact" data-testid={`fact-${id}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div class="pl-fact" data-testid="fact-contacts">
          <dt>{t('facts_contacts')}</dt>
          <dd>
            {meta.contacts.length === 0 ? (
              t('facts_no_contacts')
            ) : (
              <ul class="pl-plain-list">
                {meta.contacts.map((c, i) => (
                  <li key={`${c.url}-${i}`}>
                    {t(CONTACT_KEYS[c.kind])}:{' '}
                    {isContactUrl(c.url) ? (
                      <a href={c.url} target="_blank" rel="noopener noreferrer">
                        {c.label.trim() || c.url.replace(/^mailto:/i, '')}
                        <span class="pl-visually-hidden"> {t('popup_opens_new_tab')}</span>
                      </a>
                    ) : (
                      c.label
                    )}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </details>
  );
}
