// A choice among names that grow with the lab (a namespace to send from, to show, to move to or to
// connect to): a native <select> while there are few, and past PICKER_MIN a button that opens a
// search field over a windowed list, since a <select> of 1,001 options is slow to open and to draw
// and read one by one. Only the rows in view are in the DOM. The field is a combobox (its list's
// active option is aria-activedescendant): typing filters by substring (an exact name comes first),
// ↑ ↓ PageUp PageDown move, Enter picks, Escape closes and gives the focus back to the button.

import './picker.css';
import {
  type CSSProperties,
  type KeyboardEvent,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { createPortal } from 'react-dom';
import { useT } from './i18n/index.ts';

/** Up to this many options, the native <select>. */
export const PICKER_MIN = 100;
const ROW = 26;
const ROWS = 10;
const OVERSCAN = 4;
/** About the open list's height (field, ten rows, count), to open it upwards where that does not fit. */
const POP_HEIGHT = 340;

export interface PickOption {
  value: string;
  label: string;
}

interface Props {
  options: readonly PickOption[];
  value: string;
  onChange: (value: string) => void;
  /** The accessible name (and the field's label). */
  label: string;
  /** Shown on the button when `value` is none of the options (a prompt: "Connect c1 to…"). */
  prompt?: string;
  testId?: string;
  /** The native <select>'s class. */
  className?: string;
}

export function Picker(props: Props) {
  const { options, value, onChange, label, prompt, testId, className } = props;
  if (options.length <= PICKER_MIN)
    return (
      <select
        className={className}
        value={value}
        aria-label={label}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      >
        {prompt !== undefined && <option value="">{prompt}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  return <SearchPicker {...props} />;
}

function SearchPicker({ options, value, onChange, label, prompt, testId }: Props) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [top, setTop] = useState(0);
  const [at, setAt] = useState<CSSProperties>({});
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const pop = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return options;
    const hits = options.filter((o) => o.label.toLowerCase().includes(q) || o.value.toLowerCase() === q);
    const exact = hits.findIndex((o) => o.label.toLowerCase() === q || o.value.toLowerCase() === q);
    return exact > 0 ? [hits[exact], ...hits.slice(0, exact), ...hits.slice(exact + 1)] : hits;
  }, [options, query]);
  const current = options.find((o) => o.value === value);

  const openAt = () => {
    const at = Math.max(0, options.indexOf(current as PickOption));
    setQuery('');
    setActive(at);
    setTop(Math.max(0, (at - Math.floor(ROWS / 2)) * ROW));
    // Over everything (a panel's overflow would cut it, the canvas cover it): fixed under the button,
    // or above it where there is no room below (the step dock).
    const r = button.current?.getBoundingClientRect();
    if (r)
      setAt(
        r.bottom + POP_HEIGHT > window.innerHeight
          ? { left: r.left, bottom: window.innerHeight - r.top + 2, minWidth: r.width }
          : { left: r.left, top: r.bottom + 2, minWidth: r.width },
      );
    setOpen(true);
  };
  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };
  // Closes once the focus leaves the field and the list (a click on an option keeps it in the field).
  const leave = (e: { relatedTarget: EventTarget | null }) => {
    if (!pop.current?.contains(e.relatedTarget as Node | null)) close(false);
  };
  const pick = (o: PickOption | undefined) => {
    if (!o) return;
    close(true);
    if (o.value !== value) onChange(o.value);
  };
  // Keep the active row in view, scrolling as little as possible.
  const moveTo = (i: number) => {
    const n = Math.max(0, Math.min(shown.length - 1, i));
    setActive(n);
    const y = n * ROW;
    const next = y < top ? y : y + ROW > top + ROWS * ROW ? y + ROW - ROWS * ROW : top;
    if (next !== top) setTop(next);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: the list is there again once opened
  useLayoutEffect(() => {
    if (list.current && list.current.scrollTop !== top) list.current.scrollTop = top;
  }, [top, open]);

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const step: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: ROWS - 1,
      PageUp: -(ROWS - 1),
    };
    if (e.key in step) moveTo(active + step[e.key]);
    else if (e.key === 'Enter') pick(shown[active]);
    else if (e.key === 'Escape') close(true);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const first = Math.max(0, Math.floor(top / ROW) - OVERSCAN);
  const last = Math.min(shown.length, Math.ceil(top / ROW) + ROWS + OVERSCAN);
  const optionId = (i: number) => `${id}-o${i}`;
  return (
    <span className="picker">
      <button
        ref={button}
        type="button"
        className="input picker-button"
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-label={`${label}: ${current?.label ?? prompt ?? ''}`}
        data-testid={testId}
        data-value={value}
        onClick={() => (open ? close(false) : openAt())}
      >
        <span className="picker-current">{current?.label ?? prompt ?? ''}</span>
        <span aria-hidden="true">▾</span>
      </button>
      {open &&
        createPortal(
          <div className="picker-pop" ref={pop} style={at}>
            <input
              // biome-ignore lint/a11y/noAutofocus: the field is what opening the picker is for
              autoFocus
              className="input picker-search"
              role="combobox"
              aria-label={label}
              aria-expanded="true"
              aria-controls={`${id}-list`}
              aria-autocomplete="list"
              aria-activedescendant={shown.length ? optionId(active) : undefined}
              placeholder={t('picker.search', { n: options.length })}
              value={query}
              data-testid={testId && `${testId}-search`}
              onChange={(e) => {
                setQuery(e.target.value);
                setActive(0);
                setTop(0);
              }}
              onKeyDown={onKey}
              onBlur={leave}
            />
            <div
              ref={list}
              id={`${id}-list`}
              className="picker-list"
              role="listbox"
              aria-label={label}
              tabIndex={-1}
              onBlur={leave}
              style={{ height: Math.min(ROWS, Math.max(1, shown.length)) * ROW }}
              onScroll={(e) => setTop(e.currentTarget.scrollTop)}
              data-testid={testId && `${testId}-list`}
            >
              <div style={{ height: shown.length * ROW, position: 'relative' }}>
                {shown.slice(first, last).map((o, k) => {
                  const i = first + k;
                  return (
                    // biome-ignore lint/a11y/useFocusableInteractive: the field keeps the focus (aria-activedescendant)
                    // biome-ignore lint/a11y/useKeyWithClickEvents: the field's keys move and pick (onKey)
                    <div
                      key={o.value}
                      id={optionId(i)}
                      role="option"
                      aria-selected={i === active}
                      data-value={o.value}
                      className={`picker-option${i === active ? ' active' : ''}${o.value === value ? ' current' : ''}`}
                      style={{ top: i * ROW, height: ROW }}
                      onMouseDown={(e) => e.preventDefault()}
                      onClick={() => pick(o)}
                    >
                      {o.label}
                    </div>
                  );
                })}
              </div>
            </div>
            <div className="picker-count" aria-live="polite">
              {shown.length
                ? t('picker.count', { shown: shown.length, n: options.length })
                : t('picker.none')}
            </div>
          </div>,
          document.body,
        )}
    </span>
  );
}
