// Says when the lab on screen is not being autosaved: another tab saves it (with a way to make this
// tab the saving one), or the browser's storage failed (with a way to save it as a file instead).

import { documentToFile } from '../doc/document.ts';
import { useEditor } from '../doc/editorStore.ts';
import { documentNow } from '../doc/engine.ts';
import { takeOver, usePersist } from '../doc/persist.ts';
import { type MessageKey, useT } from '../i18n/index.ts';
import { download, fileSlug } from './files.ts';

export function SaveNotice() {
  const t = useT();
  const { state, error, role, otherTab } = usePersist();
  const shared = useEditor((s) => s.shared);
  if (shared) return null; // the shared-link banner already says nothing is saved
  let key: MessageKey | undefined;
  if (role === 'lost') key = 'save.lostTab';
  else if (role === 'waiting' && otherTab) key = 'save.otherTab';
  else if (state === 'failed') key = 'save.failed';
  else if (role === 'alone' && otherTab) key = 'save.alsoOpen';
  if (!key) return null;
  const tabs = role === 'lost' || role === 'waiting';
  return (
    <div className="banner save-notice" role="alert" data-testid="save-notice" data-kind={key}>
      <span>{t(key, { error: error ?? '' })}</span>
      {tabs ? (
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => takeOver()}
          data-testid="save-take-over"
        >
          {t('save.takeOver')}
        </button>
      ) : (
        <button
          type="button"
          className="btn"
          data-testid="save-as-file"
          onClick={async () => {
            const doc = await documentNow();
            download(`${fileSlug(doc.title)}.netns-lab.json`, documentToFile(doc));
          }}
        >
          {t('save.asFile')}
        </button>
      )}
    </div>
  );
}
