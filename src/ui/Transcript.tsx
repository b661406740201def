// What the shell printed, command by command, as a terminal would show it.

import { useLab } from './store.ts';

export function Transcript() {
  const transcript = useLab((s) => s.transcript);
  const source = useLab((s) => s.source);
  const lines = transcript.endsWith('\n') ? transcript.slice(0, -1).split('\n') : transcript.split('\n');
  const commands = lines.filter((l) => l.startsWith('$ ')).length;
  return (
    <aside className="side" aria-label="transcript">
      <header className="side-head">
        <h2>Transcript</h2>
        {source && <span className="side-meta">{`${source} · ${commands} commands`}</span>}
      </header>
      <pre className="transcript" data-testid="transcript">
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
                  {line || '\u00a0'}
                </div>
              ),
            )
          : null}
      </pre>
    </aside>
  );
}
