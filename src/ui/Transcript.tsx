// What the shell printed, command by command, as a terminal would show it.

import { useLang, useT } from './i18n/index.ts';
import { localizeLine } from './i18n/notes.ts';
import { shownTitle } from './i18n/titles.ts';
import { useLab } from './store.ts';

const MAX_LINES = 600;

export function Transcript() {
  const transcript = useLab((s) => s.transcript);
  const source = useLab((s) => s.source);
  const t = useT();
  const lang = useLang((s) => s.lang);
  const all = transcript.endsWith('\n') ? transcript.slice(0, -1).split('\n') : transcript.split('\n');
  const commands = all.filter((l) => l.startsWith('$ ')).length;
  // A big lab replays thousands of commands; the newest lines are the ones anyone reads here.
  const hidden = Math.max(0, all.length - MAX_LINES);
  const lines = hidden ? all.slice(hidden) : all;
  return (
    <aside className="side" aria-label={t('transcript.title')}>
      <header className="side-head">
        <h2>{t('transcript.title')}</h2>
        {source && (
          <span className="side-meta">
            {t('transcript.meta', { source: shownTitle(source, lang), commands })}
          </span>
        )}
      </header>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling transcript must be reachable from the keyboard to be scrolled (WCAG 2.1.1) */}
      <pre className="transcript" data-testid="transcript" tabIndex={0}>
        {hidden > 0 && <div className="t-out">{t('transcript.hidden', { lines: hidden })}</div>}
        {transcript
          ? lines.map((line, i) =>
              line.startsWith('$ ') ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines are static text; repeats are legitimate
                <div key={i} className="t-cmd">
                  <span className="t-prompt">$</span>
                  {line.slice(1)}
                </div>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above
                <div key={i} className="t-out">
                  {localizeLine(line, lang) || '\u00a0'}
                </div>
              ),
            )
          : null}
      </pre>
    </aside>
  );
}
