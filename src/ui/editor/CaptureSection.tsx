// Capturing on a device from the inspector: the tcpdump lines a person would type, run in the
// device's namespace terminal (`tcpdump -i DEV -w FILE &`, `pkill tcpdump`, `tcpdump -r FILE -nn -e`),
// and the lab's capture files, to read there or download as a .pcap for Wireshark or tshark.

import { useEffect, useState } from 'react';
import { shellQuote } from '../../shell/lexer.ts';
import type { LabFiles } from '../../worker/api.ts';
import { labFile, labFiles } from '../doc/engine.ts';
import { downloadName, escapeHidden } from '../doc/hidden.ts';
import { useT } from '../i18n/index.ts';
import { runInteractive } from '../step/actions.ts';
import { openDock } from '../step/dock.ts';
import { useLab } from '../store.ts';
import { appendOutput, record, useTerminal } from '../terminal/store.ts';
import { inTerminal } from '../terminal/Terminal.tsx';
import { download } from './files.ts';
import { Section } from './form.tsx';

/** The file a capture of `dev` in namespace `ns` writes: "c1-eth0.pcap", "br0.pcap" on the host. */
export function captureFile(ns: string, dev: string): string {
  const name = `${ns ? `${ns}-` : ''}${dev}.pcap`;
  // A name tcpdump would read as an option is given as a path.
  return name.startsWith('-') ? `./${name}` : name;
}

/** What the buttons type, word by word quoted as the shell reads them. */
export const captureCommand = {
  start: (dev: string, file: string) => `tcpdump -i ${shellQuote(dev)} -w ${shellQuote(file)} &`,
  stop: () => 'pkill tcpdump',
  read: (file: string) => `tcpdump -r ${shellQuote(file)} -nn -e`,
};

/** Types `command` into namespace `ns`'s terminal and runs it there, as if typed: the dock shows it. */
async function typeInTerminal(ns: string, command: string): Promise<void> {
  useTerminal.setState({ ns });
  await openDock('terminal');
  const entry = record(ns, { command, output: '' });
  try {
    await runInteractive(inTerminal(ns, command), (text) => appendOutput(ns, entry, text));
  } catch (e) {
    appendOutput(ns, entry, `netns-lab: ${e instanceof Error ? e.message : String(e)}\n`);
  }
}

/** The lab's files and running captures, fetched again whenever the lab changes. */
function useLabFiles(): LabFiles | undefined {
  const snapshot = useLab((s) => s.snapshot);
  const [files, setFiles] = useState<LabFiles>();
  useEffect(() => {
    if (!snapshot) return;
    let live = true;
    labFiles().then(
      (f) => live && setFiles(f),
      () => undefined, // a dead engine is reported by the queue; the list stays as it was
    );
    return () => {
      live = false;
    };
  }, [snapshot]);
  return files;
}

export function CaptureSection({ ns, dev, bridge }: { ns: string; dev: string; bridge: boolean }) {
  const t = useT();
  const lab = useLabFiles();
  const file = captureFile(ns, dev);
  const here = lab?.captures.filter((c) => c.ns === ns && c.dev === dev) ?? [];
  const writing = new Set(lab?.captures.flatMap((c) => (c.file ? [c.file] : [])));
  const pcaps = lab?.files.filter((f) => f.path.endsWith('.pcap')) ?? [];
  const start = captureCommand.start(dev, file);
  return (
    <Section title={t('capture.title')}>
      <div data-testid="capture">
        <p className="insp-note">
          {t(dev === 'any' ? 'capture.helpAny' : 'capture.help', { dev, ns: ns || t('step.host'), file })}
        </p>
        {bridge && <p className="insp-note">{t('capture.helpBridge', { dev })}</p>}
        {here.length === 0 ? (
          <div className="capture-cmd">
            <button
              type="button"
              className="btn btn-primary"
              data-testid="capture-start"
              onClick={() => void typeInTerminal(ns, start)}
            >
              {t('capture.start')}
            </button>
            <code>{start}</code>
          </div>
        ) : (
          <>
            {here.map((c) => (
              <p key={`${c.dev}:${c.file ?? ''}`} className="capture-running" data-testid="capture-running">
                <span className="capture-dot" aria-hidden="true" />
                {c.file
                  ? t('capture.running', { dev: c.dev, file: escapeHidden(c.file) })
                  : t('capture.runningTerm', { dev: c.dev })}
              </p>
            ))}
            <div className="capture-cmd">
              <button
                type="button"
                className="btn"
                data-testid="capture-stop"
                onClick={() => void typeInTerminal(ns, captureCommand.stop())}
              >
                {t('capture.stop')}
              </button>
              <code>{captureCommand.stop()}</code>
            </div>
            <p className="insp-note">{t('capture.stopHelp')}</p>
          </>
        )}
        <h4 className="capture-files-head">{t('capture.files')}</h4>
        {pcaps.length === 0 ? (
          <p className="insp-note">{t('capture.none')}</p>
        ) : (
          <ul className="rows capture-files" data-testid="capture-files">
            {pcaps.map((f) => {
              const busy = writing.has(f.path);
              return (
                <li key={f.path} data-testid={`capture-file:${f.path}`}>
                  <span className="capture-file">
                    <code>{escapeHidden(f.path)}</code>
                    <span className="muted">
                      {busy ? t('capture.writing') : t('capture.size', { n: f.size })}
                    </span>
                  </span>
                  <span className="capture-actions">
                    <button
                      type="button"
                      className="btn"
                      disabled={busy}
                      title={captureCommand.read(f.path)}
                      data-testid="capture-read"
                      onClick={() => void typeInTerminal(ns, captureCommand.read(f.path))}
                    >
                      {t('capture.read')}
                    </button>
                    <button
                      type="button"
                      className="btn"
                      disabled={busy}
                      data-testid="capture-download"
                      onClick={() =>
                        void labFile(f.path).then((data) => {
                          if (data) download(downloadName(f.path), data, 'application/vnd.tcpdump.pcap');
                        })
                      }
                    >
                      {t('capture.download')}
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        <p className="insp-note">{t('capture.lasts')}</p>
      </div>
    </Section>
  );
}
