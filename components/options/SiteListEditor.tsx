import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';

/** A one-host-per-line list with an explicit Save, so half-typed entries are never applied. */
export function SiteListEditor(props: { id: string; label: string; value: string[]; error?: string; status?: string; onSave(text: string): void }) {
  const [text, setText] = useState(props.value.join('\n'));
  useEffect(() => setText(props.value.join('\n')), [props.value.join('\n')]);
  return (
    <div class="site-list">
      <label for={props.id}>{props.label}</label>
      <textarea id={props.id} data-testid={props.id} rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <button type="button" class="pl-button" data-testid={`${props.id}-save`} onClick={() => props.onSave(text)}>
        {t('options_save')}
      </button>
      {props.error && (
        <p class="error" role="alert" data-testid={`${props.id}-error`}>
          {props.error}
        </p>
      )}
      <p class="saved" role="status" data-testid={`${props.id}-status`}>
        {props.status ?? ''}
      </p>
    </div>
  );
}
