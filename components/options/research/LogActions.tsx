import { useRef, useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import {
  deleteAll,
  EXPORT_MIME,
  exportFileName,
  exportRecords,
  importRecords,
  StorageFullError,
  type ExportFormat,
  type ImportResult,
  type ProvenanceDb,
  type ResearchRecord,
} from '@/utils/research';
import { recordsFromJson } from '@/utils/export/json';

const FORMATS: ExportFormat[] = ['ndjson', 'csv', 'json'];

export type Download = (filename: string, text: string, mime: string) => void;

/** A JSON document or array parses as a whole; anything else is read line by line. */
export function sniffFormat(text: string): 'json' | 'ndjson' {
  try {
    recordsFromJson(text);
    return 'json';
  } catch {
    return 'ndjson';
  }
}

/** Export the filtered records, import a file, delete everything (after a confirm step). */
export function LogActions(props: {
  /** The records in view, in table order; null while the log is still loading. */
  filtered: () => ResearchRecord[] | null;
  ready: boolean;
  total: number;
  filteredCount: number;
  db(): Promise<ProvenanceDb>;
  download: Download;
  onImported(result: ImportResult): Promise<void> | void;
  onCleared(): Promise<void> | void;
}) {
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);

  const exportAs = (format: ExportFormat) => {
    const records = props.filtered();
    if (!records) return;
    props.download(exportFileName(format), exportRecords(records, format), EXPORT_MIME[format]);
    setMessage(t('research_exported', [String(records.length), format.toUpperCase()]));
  };

  const importFile = async (file: File) => {
    setBusy(true);
    try {
      const text = await file.text();
      const format = /\.json$/i.test(file.name) ? 'json' : /\.(ndjson|jsonl)$/i.test(file.name) ? 'ndjson' : sniffFormat(text);
      const result = await importRecords(await props.db(), text, format);
      await props.onImported(result);
      const counts = [result.added, result.updated, result.skipped, result.invalid].map(String);
      const issues = result.issues.slice(0, 3).map((i) => `${i.at}: ${i.message}`);
      setMessage([t('research_imported', counts), ...issues].join(' · '));
    } catch (e) {
      setMessage(e instanceof StorageFullError ? t('research_import_storage_full') : t('research_import_failed', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const removeAll = async () => {
    setBusy(true);
    try {
      await deleteAll(await props.db());
      await props.onCleared();
      setMessage(t('research_deleted'));
    } catch (e) {
      setMessage(t('research_delete_failed', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
      setConfirming(false);
      setTimeout(() => deleteButton.current?.focus(), 0);
    }
  };

  return (
    <div class="rl-actions">
      <div role="group" aria-label={t('research_export_group', String(props.filteredCount))}>
        {FORMATS.map((f) => (
          <button type="button" key={f} data-testid={`research-export-${f}`} disabled={!props.ready || busy} onClick={() => exportAs(f)}>
            {t('research_export_as', f.toUpperCase())}
          </button>
        ))}
      </div>
      <div>
        <label for="research-import">{t('research_import')}</label>
        <input
          id="research-import"
          ref={fileInput}
          type="file"
          data-testid="research-import"
          accept=".ndjson,.jsonl,.json,application/json,application/x-ndjson"
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </div>
      <div>
        {!confirming ? (
          <button
            type="button"
            ref={deleteButton}
            class="rl-danger"
            data-testid="research-delete-all"
            disabled={busy || props.total === 0}
            onClick={() => {
              setConfirming(true);
              // The safe choice gets focus: Enter right after the click cancels.
              setTimeout(() => cancelButton.current?.focus(), 0);
            }}
          >
            {t('research_delete_all')}
          </button>
        ) : (
          <div class="rl-confirm" role="group" aria-labelledby="research-confirm-text">
            <p id="research-confirm-text">{t('research_delete_confirm', String(props.total))}</p>
            <button type="button" class="rl-danger" data-testid="research-delete-confirm" disabled={busy} onClick={() => void removeAll()}>
              {t('research_delete_confirm_yes')}
            </button>
            <button type="button" ref={cancelButton} data-testid="research-delete-cancel" onClick={() => {
                setConfirming(false);
                setTimeout(() => deleteButton.current?.focus(), 0);
              }}>
              {t('research_cancel')}
            </button>
          </div>
        )}
      </div>
      <p role="status" data-testid="research-action-status">
        {message}
      </p>
    </div>
  );
}
