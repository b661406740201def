// Long engine work, shown while it runs: what the worker reports it is doing (the line of a replay or
// an import, the command, simulation events and virtual time) and a Cancel button, which ends the
// worker and brings the lab back as it was before the operation (src/ui/doc/queue.ts). Work of a few
// hundred milliseconds never shows it: the worker reports only after 300 ms without a pause.
//
// A modal dialog open (the import dialog waits for its import) makes the rest of the page inert, so
// the bar is then drawn inside that dialog: Cancel must stay reachable.

import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { FRESH_MS, useBusy } from './doc/busy.ts';
import { cancelRunning } from './doc/engine.ts';
import { useLang, useT } from './i18n/index.ts';

export function BusyBar() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const task = useBusy((s) => s.task);
  const progress = useBusy((s) => s.progress);
  // A report goes stale when the worker rests (a paced ping between its slices): re-check it.
  const [, tick] = useState(0);
  useEffect(() => {
    if (!progress) return;
    const id = setInterval(() => tick((n) => n + 1), FRESH_MS / 2);
    return () => clearInterval(id);
  }, [progress]);
  if (!task || !progress || performance.now() - progress.at >= FRESH_MS) return null;
  const num = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US');
  const dec = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const what = !task.cancellable
    ? t('busy.opening', { line: num.format(progress.line), lines: num.format(progress.lines) })
    : progress.lines > 1
      ? t('busy.line', {
          line: num.format(progress.line),
          lines: num.format(progress.lines),
          command: progress.command,
        })
      : t('busy.one', { command: progress.command });
  const stats = t('busy.stats', {
    events: num.format(progress.events),
    virtual: dec.format(progress.virtualUs / 1e6),
    elapsed: dec.format(progress.elapsedMs / 1000),
  });
  // The topmost modal dialog, if one is open (re-read on every tick).
  const dialog = [...document.querySelectorAll('dialog')].filter((d) => d.matches(':modal')).at(-1);
  const bar = (
    <div className={dialog ? 'busy-bar busy-in-dialog' : 'busy-bar'} role="status" data-testid="busy">
      <div className="busy-text">
        <span className="busy-what" title={what} data-testid="busy-what">
          {what}
        </span>
        <span className="busy-stats" data-testid="busy-stats">
          {stats}
        </span>
        {task.cancellable && <span className="busy-hint">{t('busy.cancelHint')}</span>}
        {progress.lines > 1 && (
          <progress className="busy-meter" max={progress.lines} value={Math.max(0, progress.line - 1)} />
        )}
      </div>
      {task.cancellable ? (
        <button
          type="button"
          className="btn"
          title={t('busy.cancelTitle')}
          onClick={() => cancelRunning()}
          data-testid="busy-cancel"
        >
          {t('busy.cancel')}
        </button>
      ) : (
        <span className="busy-note">{t('busy.notCancellable')}</span>
      )}
    </div>
  );
  return dialog ? createPortal(bar, dialog) : bar;
}
