import { useEffect } from 'react';
import { createLabClient } from '../worker/client.ts';
import { useDoc } from './doc/docStore.ts';
import { startEditor } from './editor/bootstrap.ts';
import { ConnectDialog } from './editor/ConnectDialog.tsx';
import { EditorBar, Toast } from './editor/EditorBar.tsx';
import { Inspector } from './editor/Inspector.tsx';
import { Palette } from './editor/Palette.tsx';
import { SharedBanner } from './editor/SharedBanner.tsx';
import { useT } from './i18n/index.ts';
import { listenKeys } from './keys.ts';
import { attachLab as attachStepLab } from './step/actions.ts';
import { StepDock } from './step/StepDock.tsx';
import { useLab } from './store.ts';
import { Topology } from './Topology.tsx';
import { Transcript } from './Transcript.tsx';

export function App() {
  useEffect(() => {
    const lab = createLabClient();
    const stop = startEditor(lab);
    attachStepLab(lab);
    const keys = listenKeys();
    return () => {
      keys();
      stop();
      attachStepLab(undefined);
      lab.dispose();
    };
  }, []);

  return (
    <div className="app">
      <TopBar />
      <main className="main editor-main">
        <Palette />
        <Topology />
        <div className="side-stack">
          <Inspector />
          <Transcript />
        </div>
        <SharedBanner />
        <Toast />
        <ConnectDialog />
      </main>
      <StepDock />
    </div>
  );
}

function TopBar() {
  const status = useLab((s) => s.status);
  const snapshot = useLab((s) => s.snapshot);
  const namespaces = snapshot ? snapshot.namespaces.length - 1 : 0;
  const links = snapshot ? snapshot.namespaces.reduce((n, ns) => n + ns.links.length, 0) : 0;
  const title = useDoc((s) => s.doc.title);
  const t = useT();
  return (
    <header className="topbar">
      <div className="brand">
        <img src="./favicon.svg" alt="" width="22" height="22" />
        <span className="brand-name">netns-lab</span>
        <span className="brand-tag">{t('app.tagline')}</span>
      </div>
      <div className="topbar-right">
        <EditorBar />
        <span className="example" title={title} data-testid="doc-title">
          {title}
        </span>
        <span className={`status status-${status}`} data-testid="status">
          <span className="status-dot" aria-hidden="true" />
          {status === 'ready' && snapshot
            ? t(namespaces === 1 ? 'status.readyOne' : 'status.ready', {
                namespaces,
                links,
                time: snapshot.timeMs,
              })
            : t(`status.${status}`)}
        </span>
      </div>
    </header>
  );
}
