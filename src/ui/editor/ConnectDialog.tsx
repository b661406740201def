// Confirms a connection dragged on the canvas: the veth pair's two names and the suggested
// addresses (and default route, towards a bridge with an address), all editable before creating.

import { useEffect, useRef, useState } from 'react';
import { checkNewAddr } from '../doc/addr.ts';
import { cmd } from '../doc/commands.ts';
import { useEditor } from '../doc/editorStore.ts';
import { edit } from '../doc/engine.ts';
import { linkNames, type VethProposal } from '../doc/intents.ts';
import { FieldError } from '../doc/names.ts';
import { useT } from '../i18n/index.ts';
import { linkId } from '../layout.ts';
import { useLab } from '../store.ts';
import { Field, useFieldErrors } from './form.tsx';
import { RefusedNote } from './RefusedNote.tsx';

export function ConnectDialog() {
  const proposal = useEditor((s) => s.connect);
  if (!proposal) return null;
  return <Dialog key={`${proposal.a.netns}>${proposal.b.netns}`} proposal={proposal} />;
}

const where = (ns: string, host: string) => ns || host;

function Dialog({ proposal }: { proposal: VethProposal }) {
  const t = useT();
  const [v, setV] = useState({
    a: proposal.a.name,
    aAddr: proposal.a.addr,
    b: proposal.b.name,
    bAddr: proposal.b.addr,
    gateway: proposal.gateway,
  });
  const { errors, submit } = useFieldErrors();
  const set = (k: keyof typeof v) => (x: string) => setV({ ...v, [k]: x });
  const close = () => useEditor.getState().set({ connect: undefined });
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    // An earlier refusal belongs to another edit: this dialog shows only its own.
    useEditor.getState().set({ refused: undefined });
  }, []);

  const create = () =>
    submit(async () => {
      const snap = useLab.getState().snapshot!;
      const a = { netns: proposal.a.netns, name: v.a.trim() };
      const b = { netns: proposal.b.netns, name: v.b.trim() };
      if (linkNames(snap, a.netns).includes(a.name))
        throw new FieldError('a', 'err.exists', { name: a.name });
      if (linkNames(snap, b.netns).includes(b.name))
        throw new FieldError('b', 'err.exists', { name: b.name });
      const lines = cmd.addVeth(a, b);
      if (proposal.bridge) lines.push(...cmd.setMaster(b, proposal.bridge));
      if (v.aAddr.trim())
        lines.push(...cmd.addAddr(a, checkNewAddr(snap, { netns: a.netns, dev: a.name }, v.aAddr, 'aAddr')));
      if (v.bAddr.trim()) {
        const addr = checkNewAddr(snap, { netns: b.netns, dev: b.name }, v.bAddr, 'bAddr');
        if (addr.split('/')[0] === v.aAddr.trim().split('/')[0])
          throw new FieldError('bAddr', 'err.addr.used', { addr, at: a.name });
        lines.push(...cmd.addAddr(b, addr));
      }
      if (v.gateway.trim()) lines.push(...cmd.addRoute(a.netns, 'default', v.gateway));
      const r = await edit(lines);
      if (r.ok) {
        close();
        useEditor.getState().select(linkId(a.netns, a.name));
      }
    });

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="connect-title"
      onClose={close}
      data-testid="connect-dialog"
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <h2 id="connect-title">
          {proposal.bridge
            ? t('connect.titleBridge', {
                from: where(proposal.a.netns, t('step.host')),
                bridge: proposal.bridge,
              })
            : t('connect.title', {
                from: where(proposal.a.netns, t('step.host')),
                to: where(proposal.b.netns, t('step.host')),
              })}
        </h2>
        <p className="dialog-note">{t('connect.note')}</p>
        <div className="grid2">
          <Field
            label={t('connect.end', { ns: where(proposal.a.netns, t('step.host')) })}
            value={v.a}
            onChange={set('a')}
            error={errors.a}
            testId="connect-a"
          />
          <Field
            label={t('connect.end', { ns: where(proposal.b.netns, t('step.host')) })}
            value={v.b}
            onChange={set('b')}
            error={errors.b}
            testId="connect-b"
          />
          <Field
            label={t('field.address')}
            value={v.aAddr}
            onChange={set('aAddr')}
            error={errors.aAddr}
            placeholder="10.0.0.2/24"
            testId="connect-a-addr"
          />
          <Field
            label={t('field.address')}
            value={v.bAddr}
            onChange={set('bAddr')}
            error={errors.bAddr}
            placeholder={proposal.bridge ? t('connect.bridgePort') : '10.0.0.1/24'}
            testId="connect-b-addr"
          />
        </div>
        <Field
          label={t('connect.gateway', { ns: where(proposal.a.netns, t('step.host')) })}
          value={v.gateway}
          onChange={set('gateway')}
          error={errors.gateway ?? errors.via}
          placeholder="—"
          testId="connect-gateway"
        />
        <RefusedNote />
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={close}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" data-testid="connect-create">
            {t('connect.create')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
