import { useEffect } from 'react';
import { DEFAULT_EXAMPLE } from '../examples/index.ts';
import { createLabClient } from '../worker/client.ts';
import { runExample } from './actions.ts';
import { useLab } from './store.ts';
import { Topology } from './Topology.tsx';
import { Transcript } from './Transcript.tsx';

export function App() {
  useEffect(() => {
    const lab = createLabClient();
    void runExample(lab, DEFAULT_EXAMPLE);
    return () => lab.dispose();
  }, []);

  return (
    <div className="app">
      <TopBar />
      <main className="main">
        <Topology />
        <Transcript />
      </main>
    </div>
  );
}

function TopBar() {
  const status = useLab((s) => s.status);
  const snapshot = useLab((s) => s.snapshot);
  const namespaces = snapshot ? snapshot.namespaces.length - 1 : 0;
  const links = snapshot ? snapshot.namespaces.reduce((n, ns) => n + ns.links.length, 0) : 0;
  return (
    <header className="topbar">
      <div className="brand">
        <img src="./favicon.svg" alt="" width="22" height="22" />
        <span className="brand-name">netns-lab</span>
        <span className="brand-tag">Linux container networking, simulated</span>
      </div>
      <div className="topbar-right">
        <span className="example" title={DEFAULT_EXAMPLE.file}>
          {DEFAULT_EXAMPLE.title}
        </span>
        <span className={`status status-${status}`} data-testid="status">
          <span className="status-dot" aria-hidden="true" />
          {status === 'ready' && snapshot
            ? `${namespaces} ${namespaces === 1 ? 'namespace' : 'namespaces'} · ${links} links · t = ${snapshot.timeMs} ms`
            : status}
        </span>
      </div>
    </header>
  );
}
