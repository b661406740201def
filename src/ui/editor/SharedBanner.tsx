// Shown while a shared link is open: the user's own autosave is untouched until they keep it.

import { useEditor } from '../doc/editorStore.ts';
import { documentNow, openDocument } from '../doc/engine.ts';
import { saveNow } from '../doc/persist.ts';
import { DEFAULT_PRESET } from '../doc/presets.ts';
import { useT } from '../i18n/index.ts';

function clearHash() {
  history.replaceState(null, '', location.pathname + location.search);
}

export function SharedBanner() {
  const shared = useEditor((s) => s.shared);
  const t = useT();
  if (!shared) return null;
  return (
    <div className="banner" role="status" data-testid="shared-banner">
      <span>{t('share.viewing')}</span>
      <button
        type="button"
        className="btn btn-primary"
        data-testid="shared-keep"
        onClick={async () => {
          useEditor.getState().set({ shared: undefined });
          clearHash();
          await saveNow(await documentNow());
        }}
      >
        {t('share.keep')}
      </button>
      <button
        type="button"
        className="btn"
        data-testid="shared-discard"
        onClick={async () => {
          const own = shared.previous;
          clearHash();
          if (own) await openDocument(own);
          else await openDocument(DEFAULT_PRESET.doc, DEFAULT_PRESET.traffic);
          useEditor.getState().set({ shared: undefined });
        }}
      >
        {t('share.discard')}
      </button>
    </div>
  );
}
