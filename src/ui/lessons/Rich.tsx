// A lesson's words: paragraphs, "- " lists, `code`, **bold** and *emphasis*. Built as React
// elements (never as HTML), so nothing in a lesson file can inject markup.

import type { ReactNode } from 'react';

/** One line of a lesson's words (a title or a summary in a list). */
export function RichInline({ text }: { text: string }) {
  return <>{inline(text.replace(/\s*\n\s*/g, ' '))}</>;
}

function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  const re = /(`[^`]+`|\*\*[^*]+\*\*|\*[^*\s][^*]*\*)/g;
  let last = 0;
  let k = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const t = m[0];
    if (t.startsWith('`')) out.push(<code key={k++}>{t.slice(1, -1)}</code>);
    else if (t.startsWith('**')) out.push(<strong key={k++}>{t.slice(2, -2)}</strong>);
    else out.push(<em key={k++}>{t.slice(1, -1)}</em>);
    last = m.index + t.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Blocks: a paragraph is consecutive lines; a list is consecutive "- " items (continued by indent). */
export function Rich({ text }: { text: string }) {
  const blocks: ReactNode[] = [];
  let para: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (para.length) blocks.push(<p key={blocks.length}>{inline(para.join(' '))}</p>);
    if (items.length)
      blocks.push(
        <ul key={blocks.length}>
          {items.map((it) => (
            <li key={it}>{inline(it)}</li>
          ))}
        </ul>,
      );
    para = [];
    items = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) flush();
    else if (line.startsWith('- ')) {
      if (para.length) flush();
      items.push(line.slice(2));
    } else if (items.length && /^\s/.test(raw)) items[items.length - 1] += ` ${line}`;
    else {
      if (items.length) flush();
      para.push(line);
    }
  }
  flush();
  return <div className="rich">{blocks}</div>;
}
