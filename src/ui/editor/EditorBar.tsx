// The editor's actions in the top bar: presets, scripts in and out, file save/open, share link,
// undo/redo, the theme and the language (tidying the drawing and details are in the palette rail).

import { lazy, Suspense, useState } from 'react';
import { useDoc, useHistory } from '../doc/docStore.ts';
import { documentToFile, emptyDocument } from '../doc/document.ts';
import { useEditor } from '../doc/editorStore.ts';
import { documentNow, inOrder, openDocument, redo, undo } from '../doc/engine.ts';
import { loadPreset, PRESET_NAMES } from '../doc/presetList.ts';
import { type Lang, type MessageKey, useLang, useT, withEnglish } from '../i18n/index.ts';
import { download, fileSlug } from './files.ts';
import { askFirst, markKept } from './replace.ts';
import type { ScriptMode } from './ScriptDialog.tsx';
import { type Theme, useTheme } from './theme.ts';

const EMPTY = '(empty)';

// Loaded when first opened, with what only they need (zod for files, fflate for links).
const ScriptDialog = lazy(() =>
  withEnglish(import('./ScriptDialog.tsx')).then((m) => ({ default: m.ScriptDialog })),
);

export function EditorBar() {
  const t = useT();
  const { canUndo, canRedo } = useHistory();
  const lang = useLang((s) => s.lang);
  const theme = useTheme((s) => s.theme);
  const [dialog, setDialog] = useState<ScriptMode>();
  const [link, setLink] = useState<string>();

  const openFile = async (f: File) => {
    const text = await f.text();
    const { documentFromFile } = await import('../doc/validate.ts');
    const r = documentFromFile(text);
    if (r.ok) await openDocument(r.doc, [], askFirst);
    else useEditor.getState().set({ toast: { key: 'file.bad', params: { error: r.error } } });
  };

  return (
    <div className="editor-bar">
      <select
        className="input"
        aria-label={t('bar.presets')}
        data-testid="presets"
        value=""
        onChange={(e) => {
          // Issued at once (the queue keeps it before whatever the user does next); the question,
          // when there is one, is asked in its turn.
          const file = e.target.value;
          if (file === EMPTY) void openDocument(emptyDocument(t('bar.untitled')), [], askFirst);
          else if (PRESET_NAMES.some((x) => x.file === file)) {
            // Its script arrives with the presets' chunk; the task waits for it in its turn.
            const preset = loadPreset(file);
            void inOrder(async (open) => {
              const p = await preset;
              if (p && (await askFirst(useDoc.getState().doc))) await open(p.doc, p.traffic);
            });
          }
        }}
      >
        <option value="">{t('bar.presets')}</option>
        <option value={EMPTY}>{t('bar.empty')}</option>
        {PRESET_NAMES.map((p) => (
          <option key={p.file} value={p.file}>
            {t(`preset.${p.file}` as MessageKey)}
          </option>
        ))}
      </select>
      <div className="btn-group">
        <button type="button" className="btn" onClick={() => setDialog('import')} data-testid="open-import">
          {t('bar.import')}
        </button>
        <button type="button" className="btn" onClick={() => setDialog('export')} data-testid="open-export">
          {t('bar.export')}
        </button>
      </div>
      <div className="btn-group">
        <button
          type="button"
          className="btn"
          data-testid="save-file"
          onClick={async () => {
            // The document after every edit issued before the click, not the one drawn now.
            const doc = await documentNow();
            download(`${fileSlug(doc.title)}.netns-lab.json`, documentToFile(doc));
            markKept(doc);
          }}
        >
          {t('bar.save')}
        </button>
        <label className="btn file-btn">
          {t('bar.open')}
          <input
            type="file"
            accept=".json,application/json"
            className="sr-only"
            data-testid="open-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void openFile(f);
            }}
          />
        </label>
        <button
          type="button"
          className="btn"
          data-testid="share"
          onClick={async () => {
            // Asked first, so it is ordered after every edit issued before the click.
            const doc = documentNow();
            const { encodeShare } = await import('../doc/share.ts');
            setLink(`${location.origin}${location.pathname}${encodeShare(await doc)}`);
          }}
        >
          {t('bar.share')}
        </button>
      </div>
      <div className="btn-group">
        <button
          type="button"
          className="btn"
          disabled={!canUndo}
          onClick={() => void undo()}
          data-testid="undo"
          title="Ctrl+Z"
        >
          {t('bar.undo')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={!canRedo}
          onClick={() => void redo()}
          data-testid="redo"
          title="Ctrl+Shift+Z / Ctrl+Y"
        >
          {t('bar.redo')}
        </button>
      </div>
      <select
        className="input"
        aria-label={t('bar.theme')}
        value={theme}
        onChange={(e) => useTheme.getState().setTheme(e.target.value as Theme)}
        data-testid="theme"
      >
        <option value="system">{t('bar.theme.system')}</option>
        <option value="light">{t('bar.theme.light')}</option>
        <option value="dark">{t('bar.theme.dark')}</option>
      </select>
      <select
        className="input"
        aria-label={t('app.language')}
        value={lang}
        onChange={(e) => useLang.getState().setLang(e.target.value as Lang)}
        data-testid="lang"
      >
        <option value="en">EN</option>
        <option value="zh">中文</option>
      </select>
      {dialog && (
        <Suspense fallback={null}>
          <ScriptDialog mode={dialog} onClose={() => setDialog(undefined)} />
        </Suspense>
      )}
      {link && <ShareLink link={link} onClose={() => setLink(undefined)} />}
    </div>
  );
}

function ShareLink({ link, onClose }: { link: string; onClose(): void }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <div className="popover" role="dialog" aria-label={t('bar.share')}>
      <input
        className="input mono"
        readOnly
        value={link}
        data-testid="share-link"
        aria-label={t('share.link')}
        onFocus={(e) => e.target.select()}
      />
      <button
        type="button"
        className="btn"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(link);
            setCopied(true);
          } catch {
            setCopied(false);
          }
        }}
      >
        {copied ? t('export.copied') : t('export.copy')}
      </button>
      <button type="button" className="btn" onClick={onClose}>
        {t('action.close')}
      </button>
    </div>
  );
}

/** A short-lived message (bad file, bad link, a drop that needs a target). */
export function Toast() {
  const toast = useEditor((s) => s.toast);
  const t = useT();
  if (!toast) return null;
  return (
    <div className="toast" role="alert" data-testid="toast">
      <span>{t(toast.key, toast.params)}</span>
      <button
        type="button"
        className="icon-btn"
        aria-label={t('action.close')}
        onClick={() => useEditor.getState().set({ toast: undefined })}
      >
        ×
      </button>
    </div>
  );
}
