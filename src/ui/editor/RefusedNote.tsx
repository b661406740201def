// The engine's refusal of the last edit, shown in the inspector and in the connect dialog.

import { useEditor } from '../doc/editorStore.ts';
import { useT } from '../i18n/index.ts';

/** The engine's own words when it refused the last edit. */
export function RefusedNote() {
  const refused = useEditor((s) => s.refused);
  const t = useT();
  if (!refused) return null;
  return (
    <div className="refused" role="alert" data-testid="refused">
      <div className="refused-head">
        <span>{t(refused.key, refused.params)}</span>
        <button
          type="button"
          className="icon-btn"
          aria-label={t('action.dismiss')}
          title={t('action.dismiss')}
          onClick={() => useEditor.getState().set({ refused: undefined })}
          data-testid="refused-dismiss"
        >
          ×
        </button>
      </div>
      {refused.detail && <pre>{refused.detail}</pre>}
    </div>
  );
}
