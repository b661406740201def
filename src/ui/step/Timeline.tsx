// The event list: every step of the trace, grouped by command line and by packet, with time on the
// virtual clock; the current one is marked and kept in view. Only the rows in view are rendered
// (WindowedList), so playing back thousands of events costs a screenful of DOM per step.

import { createContext, memo, useCallback, useContext, useEffect, useMemo, useRef } from 'react';
import type { StepEvent } from '../../worker/step-api.ts';
import { useLang, useT } from '../i18n/index.ts';
import { explainEvent } from '../i18n/trace.ts';
import { useLessonMark } from '../lessons/store.ts';
import { goTo } from './actions.ts';
import { kindLabel } from './labels.ts';
import { useStep } from './store.ts';
import {
  formatTime,
  groupEvents,
  packetNumbers,
  type TimelineRow,
  timelineRows,
  visible,
} from './timeline.ts';
import { WindowedList } from './WindowedList.tsx';

/** Pixels per row: every row is one line (step.css .wl-row). */
export const ROW_HEIGHT = 22;

const keyOf = (r: TimelineRow) => r.key;

/** Each packet's number as the learner reads it (packetNumbers), for the rows' headings. */
const Numbers = createContext<Map<number, number>>(new Map());
/** The first shown step: the list's one Tab stop while no step is chosen. */
const FirstSeq = createContext<number | undefined>(undefined);

export function Timeline() {
  const t = useT();
  const events = useStep((s) => s.events);
  const commands = useStep((s) => s.commands);
  const filters = useStep((s) => s.filters);
  const at = useStep((s) => s.at);
  // Which trace this is (a new one per replayed document): tests wait for a new lab's by it.
  const history = useStep((s) => s.history);
  const shown = useMemo(() => visible(events, filters), [events, filters]);
  // Numbered over the whole trace, so hiding a kind of step does not renumber the packets.
  const numbers = useMemo(() => packetNumbers(events), [events]);
  const { rows, indexOf, commandRow } = useMemo(
    () => timelineRows(groupEvents(commands, shown)),
    [commands, shown],
  );
  const current = typeof at === 'number' ? (indexOf.get(at) ?? -1) : -1;
  const pinned = useCallback(
    (first: number) => {
      const r = rows[commandRow[first]];
      return r?.kind === 'cmd' ? <CommandLine command={r.command} /> : null;
    },
    [rows, commandRow],
  );

  if (events.length === 0) return <p className="step-empty">{t('step.noEvents')}</p>;
  return (
    <Numbers.Provider value={numbers}>
      <FirstSeq.Provider value={shown[0]?.seq}>
        <WindowedList
          items={rows}
          rowHeight={ROW_HEIGHT}
          keyOf={keyOf}
          render={renderRow}
          keepInView={current}
          pinned={pinned}
          className="step-timeline"
          label={t('step.timeline')}
          testId="step-timeline"
          data={{ 'data-count': String(shown.length), 'data-history': String(history) }}
        />
      </FirstSeq.Provider>
    </Numbers.Provider>
  );
}

function renderRow(r: TimelineRow) {
  if (r.kind === 'cmd') return <CommandLine command={r.command} />;
  if (r.kind === 'packet') return <PacketHead row={r} />;
  return <EventRow e={r.event} />;
}

function PacketHead({ row }: { row: Extract<TimelineRow, { kind: 'packet' }> }) {
  const t = useT();
  const n = useContext(Numbers).get(row.packetId ?? -1);
  return (
    <div className="step-packet-head">
      {n !== undefined && (
        <span className="step-pid" title={t('step.packetNumber', { n })}>
          #{n}
        </span>
      )}
      {row.summary || kindLabel(t, row.first)}
    </div>
  );
}

function CommandLine({ command }: { command: string }) {
  return (
    <div className="step-cmd-line" title={command}>
      <span className="t-prompt">$</span> {command}
    </div>
  );
}

/** Each row watches only whether it is the current step: moving the cursor re-renders two rows. */
const EventRow = memo(function EventRow({ e }: { e: StepEvent }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const text = explainEvent(e, lang);
  const active = useStep((s) => s.at === e.seq);
  // One Tab stop for the whole list (the current step, else the first): ← and → step from there,
  // and Tab goes on to the next part of the page instead of through every step.
  const first = useContext(FirstSeq) === e.seq;
  const entry = useStep((s) => (typeof s.at === 'number' ? s.at === e.seq : first));
  const ref = useRef<HTMLButtonElement>(null);
  // Stepping with ← → while a step has the focus moves the focus along with the step.
  useEffect(() => {
    if (active && document.activeElement?.classList.contains('step-event')) ref.current?.focus();
  }, [active]);
  const marked = useLessonMark(e.seq);
  return (
    <button
      ref={ref}
      type="button"
      tabIndex={entry ? 0 : -1}
      className={`step-event cat-${e.category}${active ? ' active' : ''}${marked ? ' lesson-mark' : ''}`}
      data-seq={e.seq}
      data-kind={e.kind}
      data-testid={`step-event-${e.seq}`}
      aria-current={active ? 'step' : undefined}
      onClick={() => void goTo(e.seq)}
      title={text}
    >
      <span className="step-time">{formatTime(e.t)}</span>
      <span className={`step-kind cat-${e.category}`}>{kindLabel(t, e.kind)}</span>
      <span className="step-where">{`${e.ns || t('step.host')}${e.dev ? `:${e.dev}` : ''}`}</span>
      <span className="step-text">{text}</span>
    </button>
  );
});
