// Scripts in and out. Import: paste or open a script; the lines the engine cannot apply are listed
// by number and the rest is drawn. Export: the engine's own export of the topology (topo.sh) and
// the matching teardown, to copy or download.

import { useEffect, useRef, useState } from 'react';
import { Cancelled } from '../../worker/client.ts';
import { useEditor } from '../doc/editorStore.ts';
import { exportFiles, importScript } from '../doc/engine.ts';
import { rethrowIn } from '../ErrorBoundary.tsx';
import { useT } from '../i18n/index.ts';
import { download } from './files.ts';
import { askFirst } from './replace.ts';

export type ScriptMode = 'import' | 'export';

export function ScriptDialog({ mode, onClose }: { mode: ScriptMode; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog dialog-wide"
      onClose={onClose}
      aria-labelledby="script-title"
      data-testid={`${mode}-dialog`}
    >
      {mode === 'import' ? <ImportPane onClose={onClose} /> : <ExportPane onClose={onClose} />}
    </dialog>
  );
}

/** Words a pasted root prompt ("# ") can stand in front of: the commands netns-lab runs, and sudo. */
const COMMAND = /^(ip|bridge|brctl|iptables|conntrack|sysctl|ping|nc|ss|sleep|docker|echo|sudo)(\s|$)/;

/**
 * A root prompt pasted from a blog post ("# ip link add …") written as a "$ " prompt, which the shell
 * reads past and says so; in a script a "#" line would be a comment. Other comments stay comments.
 */
export function rootPrompts(text: string): string {
  return text
    .split('\n')
    .map((l) => {
      const m = /^(\s*)#\s+(\S.*)$/.exec(l);
      return m && COMMAND.test(m[2]) ? `${m[1]}$ ${m[2]}` : l;
    })
    .join('\n');
}

function ImportPane({ onClose }: { onClose(): void }) {
  const t = useT();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const report = useEditor((s) => s.importReport);
  const [done, setDone] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const run = async () => {
    useEditor.getState().set({ importReport: undefined });
    setCancelled(false);
    try {
      if (await importScript(rootPrompts(text), title || t('import.defaultTitle'), askFirst)) setDone(true);
    } catch (e) {
      // Cancelled from the busy bar: the lab is as before, the script stays here to change and retry.
      if (!(e instanceof Cancelled)) throw e;
      setCancelled(true);
    }
  };
  return (
    <form
      method="dialog"
      onSubmit={(e) => {
        e.preventDefault();
        void run();
      }}
    >
      <h2 id="script-title">{t('import.title')}</h2>
      <p className="dialog-note">{t('import.note')}</p>
      <textarea
        className="input mono script-area"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-label={t('import.paste')}
        placeholder={
          'ip netns add ns1\nip link add veth1 type veth peer name veth1-peer\nbrctl addbr mybridge\n…'
        }
        spellCheck={false}
        data-testid="import-text"
      />
      <div className="inline">
        <label className="btn file-btn">
          {t('import.open')}
          <input
            type="file"
            accept=".sh,.txt,text/plain"
            className="sr-only"
            data-testid="import-file"
            onChange={async (e) => {
              const f = e.target.files?.[0];
              if (!f) return;
              setTitle(f.name);
              setText(await f.text());
            }}
          />
        </label>
      </div>
      {cancelled && (
        <p className="report report-warn" role="status" data-testid="import-cancelled">
          {t('engine.cancelled')}
        </p>
      )}
      {done && report && (
        <div
          className={report.problems.length ? 'report report-warn' : 'report'}
          role="status"
          data-testid="import-report"
        >
          <p>{t('import.applied', { applied: report.applied, problems: report.problems.length })}</p>
          {report.problems.length > 0 && (
            <ul>
              {report.problems.map((p) => (
                <li key={p.line}>
                  <strong>{t('import.line', { line: p.line })}</strong> <code>{p.command}</code>
                  {p.output && <pre>{p.output}</pre>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('action.close')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={!text.trim()} data-testid="import-run">
          {t('import.run')}
        </button>
      </div>
    </form>
  );
}

function ExportPane({ onClose }: { onClose(): void }) {
  const t = useT();
  // Both files of the document as it is once every earlier edit is applied (one task of the queue).
  const [files, setFiles] = useState<{ topo: string; teardown: string }>();
  const [tab, setTab] = useState<'topo' | 'teardown'>('topo');
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    // A failed export is reported by the error boundary around the top bar, not left blank.
    void exportFiles().then(setFiles, rethrowIn(setFiles));
  }, []);
  const shown = files?.[tab] ?? '';
  const file = tab === 'topo' ? 'topo.sh' : 'teardown.sh';
  return (
    <div>
      <h2 id="script-title">{t('export.title')}</h2>
      <p className="dialog-note">{t('export.note')}</p>
      <div className="tabs" role="tablist">
        {(['topo', 'teardown'] as const).map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={tab === k}
            className={tab === k ? 'tab active' : 'tab'}
            onClick={() => setTab(k)}
            data-testid={`export-tab-${k}`}
          >
            {k === 'topo' ? 'topo.sh' : 'teardown.sh'}
          </button>
        ))}
      </div>
      <textarea
        className="input mono script-area"
        readOnly
        value={shown}
        aria-label={file}
        data-testid="export-text"
      />
      <div className="dialog-actions">
        <button
          type="button"
          className="btn"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(shown);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {copied ? t('export.copied') : t('export.copy')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => download(file, shown, 'text/x-shellscript')}
          data-testid="export-download"
        >
          {t('export.download', { file })}
        </button>
        <button type="button" className="btn btn-primary" onClick={onClose}>
          {t('action.close')}
        </button>
      </div>
    </div>
  );
}
