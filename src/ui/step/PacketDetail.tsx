// The packet at the current step, layer by layer with every field named (and, as Wireshark's tree does,
// each layer's addresses on its line); fields this step changed show old → new; the raw bytes below,
// with the selected field's bytes highlighted. A VXLAN step shows the whole frame on the underlay: the
// outer headers it adds or strips, then the inner frame (tunnel.ts).

import { useMemo } from 'react';
import type { StepEvent, WireField, WireLayer } from '../../worker/step-api.ts';
import { useLang, useT } from '../i18n/index.ts';
import { fieldName, layerName } from './fields.ts';
import { type SelectedField, useStep } from './store.ts';
import { outerLayers, type Tunnel, tunnelOf } from './tunnel.ts';

export function PacketDetail() {
  const t = useT();
  const index = useStep((s) => (typeof s.at === 'number' ? s.events.findIndex((e) => e.seq === s.at) : -1));
  const events = useStep((s) => s.events);
  const event = index >= 0 ? events[index] : undefined;
  const tunnel = useMemo(() => (index >= 0 ? tunnelOf(events, index) : undefined), [events, index]);
  const field = useStep((s) => s.field);
  if (!event?.frame)
    return (
      <section className="step-packet-detail" data-testid="packet-detail" tabIndex={-1}>
        <p className="step-empty">{event ? t('packet.none') : t('packet.pick')}</p>
      </section>
    );
  return <Frame event={event} field={field} tunnel={tunnel} />;
}

/** The line Wireshark writes beside a layer's name: its addresses, ports or VNI. */
export function layerInfo(l: WireLayer): string {
  const v = (name: string) => l.fields.find((f) => f.name === name)?.value.split(' ')[0];
  const base = l.name.replace(/ \((inner|quoted)\)/g, '');
  if (base === 'Ethernet II') return `${v('Source')} → ${v('Destination')}`;
  if (base === 'IPv4') return `${v('Source address')} → ${v('Destination address')}`;
  if (base === 'UDP' || base === 'TCP') return `${v('Source port')} → ${v('Destination port')}`;
  if (base.startsWith('VXLAN')) return `VNI ${v('VXLAN Network Identifier (VNI)')}`;
  return '';
}

function Frame({ event, field, tunnel }: { event: StepEvent; field?: SelectedField; tunnel?: Tunnel }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const frame = tunnel?.frame ?? event.frame!;
  const outer = useMemo(() => (tunnel ? outerLayers(tunnel.frame.layers) : undefined), [tunnel]);
  const changed = useMemo(
    () => new Map((event.changes ?? []).map((c) => [`${c.layer}\u0000${c.name}`, c.old])),
    [event.changes],
  );
  let selected: WireField | undefined;
  for (const l of frame.layers)
    for (const f of l.fields) if (field && l.name === field.layer && f.name === field.name) selected = f;
  return (
    <section className="step-packet-detail" data-testid="packet-detail" tabIndex={-1}>
      {tunnel && (
        <p className={`packet-tunnel packet-tunnel-${tunnel.role}`} data-testid="packet-tunnel">
          {t(tunnel.role === 'encap' ? 'packet.encap' : 'packet.decap', {
            dev: event.dev ?? '',
            out: tunnel.at.dev ?? '',
            ns: tunnel.at.ns || t('packet.host'),
          })}
        </p>
      )}
      <div className="packet-summary">{frame.summary}</div>
      {frame.layers.map((l) => {
        const mark = outer?.has(l) ? tunnel?.role : undefined;
        const info = layerInfo(l);
        return (
          <details
            key={`${l.name}@${l.offset}`}
            open
            className={`packet-layer${mark ? ` packet-layer-${mark}` : ''}`}
            data-testid={`layer-${l.name}`}
            data-tunnel={mark}
          >
            <summary>
              {mark && (
                <span className="packet-mark">
                  {t(mark === 'encap' ? 'packet.added' : 'packet.stripped')}
                </span>
              )}
              {layerName(l.name, lang)}
              {info && <span className="packet-info">{info}</span>}{' '}
              <span className="packet-len">{t('packet.bytes', { n: l.length })}</span>
            </summary>
            <table>
              <tbody>
                {l.fields.map((f) => {
                  const old = changed.get(`${l.name}\u0000${f.name}`);
                  const isSel = field?.layer === l.name && field.name === f.name;
                  return (
                    <tr
                      key={`${f.name}@${f.offset}`}
                      className={`${old !== undefined ? 'changed' : ''}${isSel ? ' selected' : ''}`}
                      data-testid={`field-${l.name}-${f.name}`}
                    >
                      <th scope="row">
                        <button
                          type="button"
                          onClick={() =>
                            useStep.setState({ field: isSel ? undefined : { layer: l.name, name: f.name } })
                          }
                          aria-pressed={isSel}
                          title={lang === 'en' ? undefined : f.name}
                        >
                          {fieldName(f.name, lang)}
                        </button>
                      </th>
                      <td>
                        {old !== undefined && (
                          <>
                            <span className="old">{old}</span> →{' '}
                          </>
                        )}
                        <span className="value">{f.value}</span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </details>
        );
      })}
      <HexDump bytes={frame.bytes} from={selected?.offset} length={selected?.length ?? 0} />
    </section>
  );
}

const hex2 = (n: number) => n.toString(16).padStart(2, '0');
const hexRun = (b: Uint8Array) => Array.from(b, (x) => ` ${hex2(x)}`).join('');

/** 16 bytes a line; each line is at most three text runs (before, in and after the selection). */
function HexDump({ bytes, from, length }: { bytes: Uint8Array; from?: number; length: number }) {
  const t = useT();
  const rows: number[] = [];
  for (let o = 0; o < bytes.length; o += 16) rows.push(o);
  const selFrom = from ?? -1;
  const selTo = from === undefined ? -1 : from + length;
  return (
    <pre className="hexdump" title={t('packet.raw')} data-testid="hexdump">
      {rows.map((o) => {
        const end = Math.min(o + 16, bytes.length);
        const a = Math.min(end, Math.max(o, selFrom));
        const b = Math.min(end, Math.max(a, selTo));
        return (
          <div key={o}>
            <span className="hex-off">{o.toString(16).padStart(4, '0')}</span>
            {hexRun(bytes.subarray(o, a))}
            {b > a && <span className="hex-sel">{hexRun(bytes.subarray(a, b))}</span>}
            {hexRun(bytes.subarray(b, end))}
          </div>
        );
      })}
    </pre>
  );
}
