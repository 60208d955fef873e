import { t } from '@/utils/browser/i18n';
import type { SiteSwitch } from './useSiteSwitch';

/** Name and logo, the on/off switch for this site, and the way to the settings. */
export function PopupHeader({ site, onOptions }: { site: SiteSwitch | null; onOptions: () => void }) {
  return (
    <header class="pl-header">
      <img class="pl-logo" src="/icon/32.png" width="20" height="20" alt="" />
      <span class="pl-name">{t('extName')}</span>
      {site?.site && (
        <label class="pl-switch" title={t('popup_site_switch_title', site.site)}>
          <input
            type="checkbox"
            role="switch"
            data-testid="site-switch"
            checked={site.on}
            onChange={(e) => site.set(e.currentTarget.checked)}
          />
          <span>{t('popup_site_switch')}</span>
        </label>
      )}
      <button type="button" class="pl-icon-button" data-testid="open-settings" aria-label={t('popup_settings')} title={t('popup_settings')} onClick={onOptions}>
        <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M9.4 1h-2.8l-.4 2a5 5 0 0 0-1.3.8l-1.9-.7-1.4 2.4 1.5 1.3a5 5 0 0 0 0 1.5l-1.5 1.3 1.4 2.4 1.9-.7a5 5 0 0 0 1.3.8l.4 2h2.8l.4-2a5 5 0 0 0 1.3-.8l1.9.7 1.4-2.4-1.5-1.3a5 5 0 0 0 0-1.5l1.5-1.3-1.4-2.4-1.9.7a5 5 0 0 0-1.3-.8ZM8 5.5A2.5 2.5 0 1 1 8 10.5 2.5 2.5 0 0 1 8 5.5Z"
          />
        </svg>
      </button>
    </header>
  );
}
