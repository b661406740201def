// The panel under the canvas: send traffic, then step through it (timeline, explanation, packet,
// tables), or type commands in a terminal per namespace.

import { useEffect } from 'react';
import { useT } from '../i18n/index.ts';
import { useLab } from '../store.ts';
import { Terminal } from '../terminal/Terminal.tsx';
import { refreshTrace } from './actions.ts';
import { Controls } from './Controls.tsx';
import { setCollapsed, useDock } from './dock.ts';
import { Explanation } from './Explanation.tsx';
import { LiveTables } from './LiveTables.tsx';
import { PacketDetail } from './PacketDetail.tsx';
import { SendForm } from './SendForm.tsx';
import { Timeline } from './Timeline.tsx';
import './step.css';

export function StepDock() {
  const t = useT();
  const tab = useDock((s) => s.tab);
  // At 1280×800 the canvas needs the room when nobody is stepping: the panel folds to its bar.
  const collapsed = useDock((s) => s.collapsed);
  const toggle = () => setCollapsed(!collapsed);
  const revision = useLab((s) => s.revision);
  const status = useLab((s) => s.status);

  // Every finished run (an example, the editor, a command) may have added events.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new revision is the signal to fetch
  useEffect(() => {
    if (status === 'ready') void refreshTrace();
  }, [revision, status]);

  return (
    <section
      className={`step-dock${collapsed ? ' collapsed' : ''}`}
      aria-label={t('step.dock')}
      data-testid="step-dock"
    >
      <div className="step-dock-bar">
        <button
          type="button"
          className="step-dock-toggle"
          aria-expanded={!collapsed}
          aria-label={t(collapsed ? 'step.expand' : 'step.collapse')}
          title={t(collapsed ? 'step.expand' : 'step.collapse')}
          onClick={toggle}
          data-testid="dock-toggle"
        >
          {collapsed ? '▴' : '▾'}
        </button>
        <div className="step-tabs" role="tablist">
          {(['steps', 'terminal'] as const).map((x) => (
            <button
              key={x}
              type="button"
              role="tab"
              aria-selected={tab === x}
              className={tab === x ? 'on' : undefined}
              onClick={() => useDock.setState({ tab: x })}
              data-testid={`dock-tab-${x}`}
            >
              {t(x === 'steps' ? 'step.tab' : 'terminal.title')}
            </button>
          ))}
        </div>
        <SendForm />
      </div>
      {collapsed ? null : tab === 'steps' ? (
        <div className="step-body">
          <div className="step-col step-col-timeline">
            <Controls />
            <Timeline />
          </div>
          <div className="step-col step-col-detail">
            <Explanation />
            <PacketDetail />
          </div>
          <div className="step-col step-col-tables">
            <LiveTables />
          </div>
        </div>
      ) : (
        <Terminal />
      )}
    </section>
  );
}
