// A windowed list: rows of one fixed height, of which only those in view (plus a few either side) are
// in the DOM, so a trace of thousands of events costs as much to draw and to lay out as a screenful.
// Keeps row `keepInView` visible by scrolling as little as possible (the current step).

import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';

interface Props<T> {
  items: readonly T[];
  rowHeight: number;
  render: (item: T, index: number) => ReactNode;
  keyOf: (item: T) => string;
  /** Index of a row to keep in view (scrolling the least), or -1. */
  keepInView?: number;
  /** Pinned above the rows: e.g. the heading of the first row in view. */
  pinned?: (first: number) => ReactNode;
  overscan?: number;
  className?: string;
  label?: string;
  testId?: string;
  data?: Record<`data-${string}`, string>;
}

export function WindowedList<T>({
  items,
  rowHeight,
  render,
  keyOf,
  keepInView = -1,
  pinned,
  overscan = 8,
  className,
  label,
  testId,
  data,
}: Props<T>) {
  const box = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(400);
  const hasPin = pinned !== undefined;

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    setHeight(el.clientHeight);
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Scroll just enough to show the row below the pinned heading, computed from the tracked scroll
  // position and height rather than read from the DOM. Written at the start of the next frame, when
  // layout is clean: setting scrollTop right after a commit would force a layout of the whole page
  // inside the render task (the step's render is synchronous: zustand goes through
  // useSyncExternalStore). The window moves in the same callback, so rows and scroll stay together.
  const latest = useRef({ top, height });
  latest.current = { top, height };
  useEffect(() => {
    const el = box.current;
    if (!el || keepInView < 0) return;
    const frame = requestAnimationFrame(() => {
      const { top: now, height: h } = latest.current;
      const y = keepInView * rowHeight;
      const pin = hasPin ? rowHeight : 0;
      let next = now;
      if (y < next + pin) next = Math.max(0, y - pin);
      else if (y + rowHeight > next + h) next = y + rowHeight - h;
      if (next !== now) {
        el.scrollTop = next;
        setTop(next);
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [keepInView, rowHeight, hasPin]);

  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((top + height) / rowHeight) + overscan);
  const shown = items.slice(first, last);
  return (
    <div
      ref={box}
      className={className}
      data-testid={testId}
      {...data}
      onScroll={(e) => setTop(e.currentTarget.scrollTop)}
    >
      {pinned && items.length > 0 && (
        <div className="wl-pinned" style={{ height: rowHeight, marginBottom: -rowHeight }}>
          {pinned(Math.min(items.length - 1, Math.floor(top / rowHeight)))}
        </div>
      )}
      <div style={{ height: items.length * rowHeight, position: 'relative' }}>
        <ol
          className="wl-items"
          aria-label={label}
          style={{ transform: `translateY(${first * rowHeight}px)` }}
        >
          {shown.map((item, i) => (
            <li key={keyOf(item)} style={{ height: rowHeight }} className="wl-row">
              {render(item, first + i)}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
