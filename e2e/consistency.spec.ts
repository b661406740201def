// Issue 17: every read of the lab (export, share link, JSON file, terminal) describes the document
// every operation issued before it produced, however slow the page is. Each round picks a preset
// (or imports a script, or reloads first) and, in the same task, reads the lab or undoes; the page
// runs on a CPU throttled 4× through CDP. Everything read is compared with what the engine prints
// in Node for the document the operations stand for, and the canvas must end on that document too.

import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import type { LabDocument } from '../src/ui/doc/document.ts';
import { decodeShare } from '../src/ui/doc/share.ts';
import { documentFromFile } from '../src/ui/doc/validate.ts';
import { exportOf, preset, run } from './node-lab.ts';
import { autosaved } from './waits.ts';

const FILES = ['docker0.sh', 'router.sh', 'masquerade.sh', 'manual-bridge.sh'];
const ROUNDS = 16;
const THROTTLE = 4;

type Doc = Pick<LabDocument, 'script' | 'seed' | 'title'>;
type Read = 'export' | 'share' | 'save' | 'terminal' | 'undo';

/** A tiny seeded generator (mulberry32): a failing round can be replayed with the same seed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * After a reload, the earliest moment a person could act: the first frame that shows the presets
 * menu. A preset is picked and Export clicked then, while the editor may still be reading the
 * autosave. (An init script, so no round trip to the test runner delays it.)
 */
async function pickOnLoad(page: Page) {
  await page.addInitScript(() => {
    const file = sessionStorage.getItem('consistency.pick');
    if (!file) return;
    sessionStorage.removeItem('consistency.pick');
    const seen = new MutationObserver(() => {
      const select = document.querySelector<HTMLSelectElement>('[data-testid="presets"]');
      if (!select) return;
      seen.disconnect();
      requestAnimationFrame(() => {
        select.value = file;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        document.querySelector<HTMLButtonElement>('[data-testid="open-export"]')!.click();
      });
    });
    seen.observe(document, { childList: true, subtree: true });
  });
}

async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
}

/**
 * In one task of the page: choose a preset (or import a script), then do `then` at once, before any
 * replay can have finished. Returns nothing; what the page shows afterwards is read by the caller.
 */
async function burst(page: Page, open: { file: string } | { script: string }, then: Read) {
  await page.evaluate(
    async ({ open, then }) => {
      const q = <T extends Element>(id: string) =>
        document.querySelector(`[data-testid="${CSS.escape(id)}"]`) as T | null;
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const setValue = (el: HTMLTextAreaElement | HTMLInputElement, value: string) => {
        const proto = Object.getPrototypeOf(el);
        Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      };
      if ('file' in open) {
        const select = q<HTMLSelectElement>('presets')!;
        select.value = open.file;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        q<HTMLButtonElement>('open-import')!.click();
        while (!q('import-text')) await frame();
        setValue(q<HTMLTextAreaElement>('import-text')!, open.script);
        await frame();
        q<HTMLButtonElement>('import-run')!.click();
        q<HTMLDialogElement>('import-dialog')!.close();
      }
      if (then === 'export') q<HTMLButtonElement>('open-export')!.click();
      else if (then === 'share') q<HTMLButtonElement>('share')!.click();
      else if (then === 'save') q<HTMLButtonElement>('save-file')!.click();
      else if (then === 'undo')
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
      else {
        const input = q<HTMLInputElement>('terminal-input')!;
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }
    },
    { open, then },
  );
}

async function closeShare(page: Page) {
  await page.getByTestId('share-link').locator('..').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('share-link')).toHaveCount(0);
}

/** The export dialog's topo.sh once it has arrived; the dialog is closed again. */
async function exported(page: Page): Promise<string> {
  const text = page.getByTestId('export-text');
  await expect(text).toHaveValue(/^#!\/bin\/bash/);
  const value = await text.inputValue();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-dialog')).toHaveCount(0);
  return value;
}

test('export, share link, file and terminal always describe the document the operations before them made', async ({
  page,
}) => {
  test.slow();
  const random = rng(Number(process.env.CONSISTENCY_SEED ?? 17));
  await pickOnLoad(page);
  await page.goto('/');
  await throttle(page);
  // The presets as the page titles them (the menu's options), built in Node as the page builds them.
  const titles = Object.fromEntries(
    await page
      .getByTestId('presets')
      .locator('option')
      .evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ''])),
  );
  const presets = Object.fromEntries(FILES.map((f) => [f, { ...preset(f).doc, title: titles[f] }]));
  const exports = new Map<string, string>();
  const exportOfDoc = async (d: Doc) => {
    if (!exports.has(d.script)) exports.set(d.script, await exportOf({ script: d.script, seed: d.seed }));
    return exports.get(d.script)!;
  };

  await expect(page.getByTestId('doc-title')).toHaveText(presets['docker0.sh'].title);
  // The model: the document the user's operations define.
  let cur: Doc = presets['docker0.sh'];
  let round = 0;
  for (; round < ROUNDS; round++) {
    const others = FILES.filter((f) => presets[f].title !== cur.title);
    const file = others[Math.floor(random() * others.length)];
    const kind = (['export', 'share', 'save', 'terminal', 'undo', 'import', 'reload'] as const)[
      Math.floor(random() * 7)
    ];
    const what = `round ${round}: ${kind} after opening ${file} over "${cur.title}"`;
    if (kind === 'reload') {
      // The user's lab is the autosave; a preset picked while it is being read must win.
      await autosaved(page);
      await page.evaluate((f) => sessionStorage.setItem('consistency.pick', f), file);
      await page.reload({ waitUntil: 'commit' });
      await throttle(page);
    }
    if (kind === 'terminal') {
      await page.getByTestId('dock-tab-terminal').click();
      await page.getByTestId('terminal-ns-host').click();
      await page.getByTestId('terminal-input').fill('ip netns list');
    }
    const download = kind === 'save' ? page.waitForEvent('download') : undefined;
    let expected: Doc;
    if (kind === 'import') {
      const script = readFileSync(new URL(`../src/examples/${file}`, import.meta.url), 'utf8');
      await burst(page, { script }, 'share');
      // The imported document keeps the traffic as comments: the same commands, another script.
      const link = await page.getByTestId('share-link').inputValue();
      await closeShare(page);
      const r = decodeShare(new URL(link).hash);
      expect(r.ok, what).toBe(true);
      const doc = (r as { doc: LabDocument }).doc;
      expect(doc.title, what).toBe('Imported script');
      expect(await exportOfDoc(doc), what).toBe(await exportOfDoc(presets[file]));
      expected = doc;
    } else {
      if (kind !== 'reload') await burst(page, { file }, kind);
      // Opening then undoing at once lands where the round started.
      expected = kind === 'undo' ? cur : presets[file];
      if (kind === 'export' || kind === 'reload')
        expect(await exported(page), what).toBe(await exportOfDoc(expected));
      if (kind === 'share') {
        const r = decodeShare(new URL(await page.getByTestId('share-link').inputValue()).hash);
        expect(r.ok && r.doc.script, what).toBe(expected.script);
        await closeShare(page);
      }
      if (kind === 'save') {
        const file = await (await download!).path();
        const r = documentFromFile(readFileSync(file, 'utf8'));
        expect(r.ok && r.doc.script, what).toBe(expected.script);
      }
      if (kind === 'terminal') {
        const out = page.getByTestId('terminal-screen').locator('.terminal-out').last();
        await expect(out, what).toHaveText((await run(expected, 'ip netns list')).trimEnd());
      }
    }
    cur = expected;
    // The canvas ends on the same document, and so does the export read after everything settled.
    await expect(page.getByTestId('doc-title'), what).toHaveText(cur.title);
    await page.getByTestId('open-export').click();
    expect(await exported(page), what).toBe(await exportOfDoc(cur));
  }
  expect(round).toBe(ROUNDS);
});
