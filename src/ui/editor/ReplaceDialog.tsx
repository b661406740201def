// Asks before a preset, an empty lab, a file or an import replaces work that is in no file: keep it
// as a file first, replace it anyway, or go back (replace.ts decides when to ask).

import { useEffect, useRef } from 'react';
import { documentToFile } from '../doc/document.ts';
import { useLang, useT } from '../i18n/index.ts';
import { shownTitle } from '../i18n/titles.ts';
import { download, fileSlug } from './files.ts';
import { markKept, useReplace } from './replace.ts';

export function ReplaceDialog() {
  const pending = useReplace((s) => s.pending);
  const t = useT();
  const lang = useLang((s) => s.lang);
  const ref = useRef<HTMLDialogElement>(null);
  const save = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (pending && d && !d.open) {
      d.showModal();
      save.current?.focus();
    }
  }, [pending]);
  if (!pending) return null;
  const { doc, answer } = pending;
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="replace-title"
      aria-describedby="replace-text"
      data-testid="replace-dialog"
      // Escape closes the dialog: that is "go back".
      onClose={() => useReplace.getState().pending === pending && answer(false)}
    >
      <h2 id="replace-title">{t('replace.title', { title: shownTitle(doc.title, lang) })}</h2>
      <p id="replace-text" className="dialog-note">
        {t('replace.text')}
      </p>
      <div className="dialog-actions">
        <button type="button" className="btn" data-testid="replace-cancel" onClick={() => answer(false)}>
          {t('action.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-danger"
          data-testid="replace-anyway"
          onClick={() => answer(true)}
        >
          {t('replace.anyway')}
        </button>
        <button
          type="button"
          ref={save}
          className="btn btn-primary"
          data-testid="replace-save"
          onClick={() => {
            download(`${fileSlug(doc.title)}.netns-lab.json`, documentToFile(doc));
            markKept(doc);
            answer(true);
          }}
        >
          {t('replace.save')}
        </button>
      </div>
    </dialog>
  );
}
