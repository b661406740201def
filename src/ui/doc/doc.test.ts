import { beforeEach, describe, expect, it } from 'vitest';
import { parseCommand } from '../../shell/lexer.ts';
import type { LabApi } from '../../worker/api.ts';
import { EngineStopped } from '../../worker/client.ts';
import { createLab } from '../../worker/lab.ts';
import type { StepAt, StepRequest } from '../../worker/step-api.ts';
import { renameNetnsInDoc } from '../editor/renameNetns.ts';
import { useLab } from '../store.ts';
import { checkNewAddr, nextFree } from './addr.ts';
import { cmd } from './commands.ts';
import { appendLines, redo, undo, useDoc } from './docStore.ts';
import { documentToFile, emptyDocument, type LabDocument } from './document.ts';
import { useEditor } from './editorStore.ts';
import {
  attachLab,
  changeDocument,
  documentNow,
  edit,
  exportCurrent,
  importScript,
  inOrder,
  openDocument,
  redo as redoInOrder,
  runTraffic,
  syncEngine,
  undo as undoInOrder,
} from './engine.ts';
import { downloadName, escapeHidden, hiddenChars, hiddenInCommand } from './hidden.ts';
import { parseNodeId } from './intents.ts';
import { checkDevName, checkNetnsName, FieldError } from './names.ts';
import { DEFAULT_PRESET, PRESETS } from './presets.ts';
import { proposeVeth } from './propose.ts';
import { decodeShare, encodeShare, MAX_INFLATED } from './share.ts';
import { teardownScript } from './teardown.ts';
import { documentFromFile } from './validate.ts';

const fieldKey = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof FieldError) return `${e.field}:${e.key}`;
    throw e;
  }
  return 'ok';
};

describe('names, as dev_valid_name checks them', () => {
  it('accepts 15 bytes and refuses 16, "/", ":", whitespace, "." and ".."', () => {
    expect(fieldKey(() => checkDevName('a23456789012345'))).toBe('ok');
    expect(fieldKey(() => checkDevName('a234567890123456'))).toBe('name:err.name.long');
    expect(fieldKey(() => checkDevName('é2345678'))).toBe('ok');
    expect(fieldKey(() => checkDevName('ééééééééé'))).toBe('name:err.name.long'); // 18 bytes
    for (const bad of ['a/b', 'a:b', 'a b', 'a\tb'])
      expect(fieldKey(() => checkDevName(bad))).toBe('name:err.name.chars');
    expect(fieldKey(() => checkDevName('..'))).toBe('name:err.name.dots');
    expect(fieldKey(() => checkDevName(''))).toBe('name:err.name.empty');
  });
});

describe('the command builder', () => {
  it('quotes every name so nothing in it reaches the shell as syntax', () => {
    const evil = "x';reboot;'$(id)";
    const [line] = cmd.addNetns(evil);
    expect(line).toBe(`ip netns add 'x'\\'';reboot;'\\''$(id)'`);
    expect(parseCommand(line).argv).toEqual(['ip', 'netns', 'add', evil]);
    const [set] = cmd.setUp({ netns: '$(reboot)', name: 'eth0' }, true);
    expect(parseCommand(set).argv).toEqual(['ip', '-n', '$(reboot)', 'link', 'set', 'eth0', 'up']);
  });

  it('renames an up device by taking it down first, as a real kernel needs', () => {
    expect(cmd.rename({ netns: 'c1', name: 'eth0' }, 'lan0', true)).toEqual([
      'ip -n c1 link set eth0 down',
      'ip -n c1 link set eth0 name lan0',
      'ip -n c1 link set lan0 up',
    ]);
  });

  it('refuses bad input with the field it came from', () => {
    expect(fieldKey(() => cmd.addAddr({ netns: '', name: 'br0' }, '10.0.0.1'))).toBe('addr:err.cidr.format');
    expect(fieldKey(() => cmd.addAddr({ netns: '', name: 'br0' }, '10.0.0.256/24'))).toBe(
      'addr:err.ip.format',
    );
    expect(fieldKey(() => cmd.setMac({ netns: '', name: 'br0' }, '01:00:5e:00:00:01'))).toBe(
      'mac:err.mac.multicast',
    );
    expect(fieldKey(() => cmd.addRoute('c1', 'default', ''))).toBe('via:err.route.via');
    expect(
      fieldKey(() => cmd.addVeth({ netns: '', name: 'v'.repeat(16) }, { netns: 'a', name: 'eth0' })),
    ).toBe('a:err.name.long');
  });
});

it('reads drawing ids back, even for a namespace name with ":" in it', () => {
  expect(parseNodeId('host')).toEqual({ kind: 'netns', netns: '' });
  expect(parseNodeId('netns:a:b')).toEqual({ kind: 'netns', netns: 'a:b' });
  expect(parseNodeId('link:a:b:eth0')).toEqual({ kind: 'link', netns: 'a:b', name: 'eth0' });
  expect(parseNodeId('link::docker0')).toEqual({ kind: 'link', netns: '', name: 'docker0' });
});

describe('connecting proposes names and addresses', () => {
  it('towards a bridge: ethN inside, veth-NS outside, the next free address, the bridge as gateway', async () => {
    const { snapshot } = await createLab().replay(`${DEFAULT_PRESET.doc.script}\nip netns add c3\n`);
    expect(proposeVeth(snapshot, 'c3', { kind: 'link', netns: '', name: 'docker0' })).toEqual({
      a: { netns: 'c3', name: 'eth0', addr: '172.17.0.4/16' },
      b: { netns: '', name: 'veth-c3', addr: '' },
      bridge: 'docker0',
      gateway: '172.17.0.1',
    });
    // Namespace to namespace: a fresh /24 that overlaps nothing.
    expect(proposeVeth(snapshot, 'c3', { kind: 'netns', netns: 'c1' })).toEqual({
      a: { netns: 'c3', name: 'eth0', addr: '10.0.0.1/24' },
      b: { netns: 'c1', name: 'eth1', addr: '10.0.0.2/24' },
      gateway: '',
    });
    expect(proposeVeth(snapshot, 'c1', { kind: 'netns', netns: 'c1' })).toBeUndefined();
  });
});

describe('addresses (ip-num)', () => {
  it('suggests the next free address and refuses duplicates and overlaps', async () => {
    const { snapshot } = await createLab().run(DEFAULT_PRESET.doc.script);
    expect(nextFree(snapshot, '172.17.0.0/16')).toBe('172.17.0.4/16');
    expect(fieldKey(() => checkNewAddr(snapshot, { netns: 'c2', dev: 'eth0' }, '172.17.0.2/16'))).toBe(
      'addr:err.addr.used',
    );
    expect(fieldKey(() => checkNewAddr(snapshot, { netns: '', dev: 'veth1' }, '172.17.5.5/24'))).toBe(
      'addr:err.addr.overlap',
    );
    expect(checkNewAddr(snapshot, { netns: 'c2', dev: 'eth0' }, '10.1.0.3/24')).toBe('10.1.0.3/24');
  });
});

describe('the document file', () => {
  it('round-trips and rejects foreign or broken files with the field named', () => {
    const doc = {
      ...emptyDocument('t'),
      script: 'ip netns add a\n',
      positions: { 'netns:a': { x: 1, y: 2 } },
    };
    expect(documentFromFile(documentToFile(doc))).toEqual({ ok: true, doc });
    expect(documentFromFile('{"hello":1}')).toEqual({ ok: false, error: 'not a netns-lab file' });
    expect(documentFromFile('nope')).toMatchObject({ ok: false, error: expect.stringMatching(/^not JSON/) });
    const bad = documentToFile({ ...doc, positions: { 'netns:a': { x: 'x' as unknown as number, y: 0 } } });
    expect(documentFromFile(bad)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^document\.positions\.netns:a\.x: /),
    });
    const newer = JSON.stringify({ format: 'netns-lab', document: { ...doc, version: 9 } });
    expect(documentFromFile(newer)).toMatchObject({ ok: false, error: expect.stringContaining('newer') });
  });
});

describe('share links', () => {
  it('round-trips a document and refuses bombs, junk and foreign data', async () => {
    const doc = PRESETS[1].doc;
    expect(decodeShare(encodeShare(doc))).toEqual({ ok: true, doc });
    expect(decodeShare('#share=!!!')).toMatchObject({ ok: false });
    expect(decodeShare('#share=AAAA')).toMatchObject({ ok: false, error: 'link is damaged' });
    const { deflateSync, strToU8 } = await import('fflate');
    const b64 = (u: Uint8Array) =>
      btoa(String.fromCharCode(...u))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
    const bomb = deflateSync(new Uint8Array(MAX_INFLATED * 8), { level: 9 });
    expect(decodeShare(`#share=${b64(bomb)}`)).toEqual({
      ok: false,
      error: 'link content too large',
      problem: 'tooLarge',
    });
    // Nothing after the prefix is an empty link, not a large one (fflate hands back its empty buffer).
    expect(decodeShare('#share=')).toEqual({ ok: false, error: 'the link holds no lab', problem: 'empty' });
    const foreign = deflateSync(strToU8(JSON.stringify({ ...doc, script: 1 })));
    expect(decodeShare(`#share=${b64(foreign)}`)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^script: /),
    });
  });
});

describe('the document drives the engine', () => {
  beforeEach(async () => {
    useDoc.setState({ doc: emptyDocument() });
    useDoc.temporal.getState().clear();
    attachLab(createLab());
    await syncEngine();
  });

  it('applies an edit as commands, refuses one the engine rejects, and keeps the document', async () => {
    expect(await edit(cmd.addNetns('a'))).toEqual({ ok: true });
    expect(await edit([...cmd.addBridge({ netns: '', name: 'br0' })])).toEqual({ ok: true });
    const before = useDoc.getState().doc;
    const r = await edit(cmd.addAddr({ netns: 'a', name: 'nope0' }, '10.0.0.1/24'));
    expect(r).toEqual({
      ok: false,
      command: 'ip -n a addr add 10.0.0.1/24 dev nope0',
      output: 'Cannot find device "nope0"',
    });
    expect(useDoc.getState().doc).toBe(before);
    expect(useEditor.getState().refused?.detail).toBe('Cannot find device "nope0"');
    // The engine is back at the document: the bridge is there, nothing else changed.
    expect(useLab.getState().snapshot?.namespaces[0].links.map((l) => l.name)).toEqual(['lo', 'br0']);
  });

  it('undo and redo replay the document', async () => {
    await edit(cmd.addNetns('a'));
    await edit(cmd.addNetns('b'));
    undo();
    await syncEngine();
    expect(useLab.getState().snapshot?.namespaces.map((n) => n.name)).toEqual(['', 'a']);
    redo();
    await syncEngine();
    expect(useLab.getState().snapshot?.namespaces.map((n) => n.name)).toEqual(['', 'a', 'b']);
  });

  it('static FDB entries and neighbours go in and out through the engine', async () => {
    useDoc.getState().setDoc(DEFAULT_PRESET.doc);
    const port = { netns: '', name: 'veth1' };
    expect(await edit(cmd.addFdb(port, '02:00:00:00:00:09'))).toEqual({ ok: true });
    expect(
      await edit(cmd.addNeigh({ netns: 'c1', name: 'eth0' }, '172.17.0.9', '02:00:00:00:00:09')),
    ).toEqual({ ok: true });
    let snap = useLab.getState().snapshot!;
    expect(snap.namespaces[0].links.find((l) => l.name === 'docker0')?.fdb).toEqual([
      { mac: '02:00:00:00:00:09', port: 'veth1' },
    ]);
    expect(snap.namespaces[1].neigh).toContain('172.17.0.9 dev eth0 lladdr 02:00:00:00:00:09 PERMANENT');
    expect(await edit(cmd.delFdb(port, '02:00:00:00:00:09'))).toEqual({ ok: true });
    snap = useLab.getState().snapshot!;
    expect(snap.namespaces[0].links.find((l) => l.name === 'docker0')?.fdb).toBeUndefined();
    expect(await exportCurrent()).toContain(
      'ip -n c1 neigh add 172.17.0.9 lladdr 02:00:00:00:00:09 dev eth0\n',
    );
  });

  it('a macvlan hangs off its parent and can be moved into another namespace', async () => {
    useDoc.getState().setDoc(DEFAULT_PRESET.doc);
    expect(await edit(cmd.addMacvlan({ netns: 'c1', name: 'eth0' }, 'mv0', 'c1'))).toEqual({ ok: true });
    expect(await edit(cmd.moveTo({ netns: 'c1', name: 'mv0' }, 'c2'))).toEqual({ ok: true });
    const c2 = useLab.getState().snapshot!.namespaces.find((n) => n.name === 'c2')!;
    expect(c2.links.find((l) => l.name === 'mv0')).toMatchObject({
      kind: 'macvlan',
      parent: { netns: 'c1', ifname: 'eth0' },
    });
    // On a bridge port the kernel refuses (the port's rx_handler is taken), and so does the editor.
    const r = await edit(cmd.addMacvlan({ netns: '', name: 'veth1' }, 'mv1', ''));
    expect(r.ok).toBe(false);
  });

  it('runs traffic on top of the document without storing it', async () => {
    const { doc } = DEFAULT_PRESET;
    useDoc.getState().setDoc(doc);
    const out = await runTraffic(cmd.ping('c1', '172.17.0.3'));
    expect(out).toContain('1 packets transmitted, 1 received');
    expect(useDoc.getState().doc.script).toBe(doc.script);
    expect(useLab.getState().transcript).toContain('$ ip netns exec c1 ping -c 1 172.17.0.3');
  });

  it('imports the manual recipe, listing the lines it cannot apply by number', async () => {
    const recipe = `${PRESETS[1].example.script}ip link add dummy0 type dummy\nfrobnicate --now\n`;
    const report = await importScript(recipe, 'recipe');
    const n = recipe.split('\n').length - 1;
    expect(report.problems.map((p) => p.line)).toEqual([n - 1, n]);
    expect(report.problems[1].output).toMatch(/^netns-lab: unsupported: frobnicate/);
    const snap = useLab.getState().snapshot!;
    expect(snap.namespaces.map((x) => x.name)).toEqual(['', 'ns1', 'ns2']);
    expect(snap.namespaces[0].links.find((l) => l.name === 'veth1')).toMatchObject({ master: 'mybridge' });
    expect(useDoc.getState().doc.script).toContain(
      '# traffic, not topology: ip netns exec ns1 ping -c 1 10.0.0.2',
    );
    expect(useDoc.getState().doc.script).toContain(`# line ${n} not applied: frobnicate --now`);
    // The export comes from the engine's world and rebuilds the same topology.
    const exported = await exportCurrent();
    expect(exported).toMatch(/^#!\/bin\/bash\n/);
    const again = await createLab().run(exported);
    const shape = (s: typeof snap) =>
      s.namespaces.map((x) => x.links.map((l) => `${l.name} ${l.addrs} ${l.master}`).sort());
    expect(shape(again.snapshot)).toEqual(shape(snap));
  });
});

describe('every read of the lab comes after the operations issued before it', () => {
  /** The real lab behind a worker-like delay of 0–3 ms per call, so replays finish out of step. */
  const slowLab = (): LabApi => {
    const real = createLab();
    const later = <T>(v: () => Promise<T>) =>
      new Promise<T>((ok, ko) => setTimeout(() => v().then(ok, ko), Math.random() * 3));
    return {
      reset: (seed) => later(() => real.reset(seed)),
      run: (s) => later(() => real.run(s)),
      snapshot: () => later(() => real.snapshot()),
      replay: (s, seed, from) => later(() => real.replay(s, seed, from)),
      runInteractive: (l, out) => later(() => real.runInteractive(l, out)),
      interrupt: () => real.interrupt(),
      exportScript: () => later(() => real.exportScript()),
      files: () => later(() => real.files()),
      readFile: (p) => later(() => real.readFile(p)),
      trace: (a, b) => later(() => real.trace(a, b)),
      stateAt: (a, n) => later(() => real.stateAt(a, n)),
      statesAt: (r) => later(() => real.statesAt(r)),
    };
  };
  const exportOf = async (doc: { script: string; seed: number }) => {
    const lab = createLab();
    await lab.replay(doc.script, doc.seed);
    return lab.exportScript();
  };
  const [docker0, manual, router, masq] = [
    'docker0.sh',
    'manual-bridge.sh',
    'router.sh',
    'masquerade.sh',
  ].map((f) => PRESETS.find((p) => p.example.file === f)!);

  beforeEach(async () => {
    useDoc.setState({ doc: emptyDocument() });
    useDoc.temporal.getState().clear();
    attachLab(slowLab());
    await syncEngine();
  });

  it('open, undo, redo, edit and import issued back to back; each read sees exactly those before it', async () => {
    const edited = { ...masq.doc, script: appendLines(masq.doc.script, cmd.addNetns('extra')) };
    const want = {
      router: await exportOf(router.doc),
      edited: await exportOf(edited),
      docker0: await exportOf(docker0.doc),
    };
    // Nothing awaited from here to the end: every call is issued before the first replay returns.
    const reads: Promise<unknown>[] = [];
    const sees = (p: Promise<unknown>, value: unknown) => reads.push(p.then((v) => expect(v).toBe(value)));
    void openDocument(router.doc, router.traffic);
    sees(exportCurrent(), want.router);
    sees(
      documentNow().then((d) => d.script),
      router.doc.script,
    );
    void openDocument(masq.doc);
    void undoInOrder();
    sees(exportCurrent(), want.router);
    void redoInOrder();
    sees(
      documentNow().then((d) => d.title),
      masq.doc.title,
    );
    void edit(cmd.addNetns('extra'));
    sees(exportCurrent(), want.edited);
    void importScript(manual.example.script, 'imported');
    sees(
      documentNow().then((d) => d.title),
      'imported',
    );
    void undoInOrder();
    sees(exportCurrent(), want.edited);
    // A task that opens a document (how the editor starts) is ordered like any other.
    void inOrder((open) => open(docker0.doc));
    sees(exportCurrent(), want.docker0);
    await Promise.all(reads);
    expect(reads).toHaveLength(8);
    expect(useDoc.getState().doc).toBe(docker0.doc);
  });

  it('a rename issued right after an edit renames what the edit added', async () => {
    useDoc.getState().setDoc(docker0.doc);
    void edit(cmd.addNetns('web'));
    const renamed = changeDocument((d) => renameNetnsInDoc(d, 'web', 'api'));
    const exported = exportCurrent();
    await renamed;
    expect(await exported).toMatch(/\nip netns add api\n/);
    expect(useDoc.getState().doc.script).not.toMatch(/\bweb\b/);
  });

  it('names proposed for a drop come from the topology the edit applies to', async () => {
    useDoc.getState().setDoc(docker0.doc);
    const names: string[] = [];
    const drop = () =>
      edit((snap) => {
        const n = `c${snap.namespaces.length}`;
        names.push(n);
        return cmd.addNetns(n);
      });
    const r = await Promise.all([drop(), drop(), drop()]);
    expect(r).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(names).toEqual(['c3', 'c4', 'c5']);
  });
});

describe('bidi and invisible characters are refused at the document’s doors', () => {
  const RLO = '\u202e';
  beforeEach(async () => {
    useDoc.setState({ doc: DEFAULT_PRESET.doc });
    useDoc.temporal.getState().clear();
    attachLab(createLab());
    await syncEngine();
  });

  it("names them, as code points, whether written or made by the shell ($'\\u202e')", () => {
    expect(hiddenChars(`exe${RLO}txt.sh`)).toEqual(['U+202E']);
    expect(hiddenChars('tab\tand\nnewline are fine, so is 中文 and é')).toEqual([]);
    expect(hiddenChars('a\u200bb\u2066c\u0007d\ufeff')).toEqual(['U+200B', 'U+2066', 'U+0007', 'U+FEFF']);
    expect(hiddenInCommand(`ip netns add 'a${RLO}b'`)).toEqual(['U+202E']);
    expect(hiddenInCommand('ip netns add ab')).toEqual([]);
    expect(escapeHidden(`a${RLO}b`)).toBe('a<U+202E>b');
  });

  it('in a capture file the terminal wrote (traffic is not refused): downloaded with _ for each', () => {
    expect(downloadName(`pac${RLO}gcap.exe`)).toBe('pac_gcap.exe');
    expect(downloadName(`/tmp/a\u200bb${RLO}.pcap`)).toBe('a_b_.pcap');
    expect(downloadName('/tmp/x.pcap')).toBe('x.pcap');
  });

  it('in a field, an edit (the terminal too), an imported line, a link and a file', async () => {
    expect(fieldKey(() => checkNetnsName(`c${RLO}1`))).toBe('name:name.hidden');
    expect(fieldKey(() => checkDevName(`e${RLO}0`))).toBe('name:name.hidden');
    const before = useDoc.getState().doc;
    const r = await edit([`ip netns add 'gpj${RLO}exe'`]);
    expect(r).toEqual({
      ok: false,
      command: "ip netns add 'gpj<U+202E>exe'",
      output: expect.stringMatching(
        /^netns-lab: refused: invisible or direction-changing characters \(U\+202E\)/,
      ),
    });
    expect(useDoc.getState().doc).toBe(before);
    // An import keeps the rest, and what needed the refused line fails as it would without it.
    const report = await importScript(
      `ip netns add ok\nip netns add 'x${RLO}y'\nip -n 'x${RLO}y' link set lo up\nip link add br0 type bridge\n`,
      'imported',
    );
    expect(report.applied).toBe(2);
    expect(report.problems.map((p) => [p.line, p.command])).toEqual([
      [2, "ip netns add 'x<U+202E>y'"],
      [3, "ip -n 'x<U+202E>y' link set lo up"],
    ]);
    expect(useDoc.getState().doc.script).not.toMatch(/\u202e/);
    expect(useLab.getState().snapshot!.namespaces.map((n) => n.name)).toEqual(['', 'ok']);
    const bad = { ...emptyDocument(`t${RLO}`), script: 'ip netns add a\n' };
    expect(decodeShare(encodeShare(bad))).toEqual({
      ok: false,
      error: 'invisible or direction-changing characters in the lab (U+202E)',
    });
    expect(documentFromFile(documentToFile(bad))).toMatchObject({
      ok: false,
      error: expect.stringContaining('U+202E'),
    });
  });
});

describe('a dead engine is replaced and the lab replayed into it', () => {
  /** A lab whose death the test decides: pending and later calls then reject as client.ts does. */
  const mortal = () => {
    const real = createLab();
    let kill: (reason: string) => void = () => {};
    const dead = new Promise<string>((r) => {
      kill = r;
    });
    const stopped = dead.then((reason) => {
      throw new EngineStopped(reason);
    });
    stopped.catch(() => undefined);
    let hold: Promise<void> | undefined; // when set, replay waits for it (a call in flight)
    const guard = <T>(p: () => Promise<T>) => Promise.race([(hold ?? Promise.resolve()).then(p), stopped]);
    const engine = {
      dead,
      disposed: false,
      dispose() {
        engine.disposed = true;
      },
      reset: (seed?: number) => guard(() => real.reset(seed)),
      run: (s: string) => guard(() => real.run(s)),
      snapshot: () => guard(() => real.snapshot()),
      replay: (s: string, seed?: number, from?: number) => guard(() => real.replay(s, seed, from)),
      runInteractive: (l: string, out: (t: string) => void) => guard(() => real.runInteractive(l, out)),
      interrupt: () => guard(() => real.interrupt()),
      exportScript: () => guard(() => real.exportScript()),
      files: () => guard(() => real.files()),
      readFile: (p: string) => guard(() => real.readFile(p)),
      trace: (a?: number, b?: number) => guard(() => real.trace(a, b)),
      stateAt: (a: StepAt, n: string[]) => guard(() => real.stateAt(a, n)),
      statesAt: (r: StepRequest[]) => guard(() => real.statesAt(r)),
      kill: (reason: string) => kill(reason),
      stall(p: Promise<void>) {
        hold = p;
      },
    };
    return engine;
  };

  it('restarts from the document, runs the interrupted task again, and tells the user', async () => {
    useDoc.setState({ doc: DEFAULT_PRESET.doc });
    useDoc.temporal.getState().clear();
    const made: ReturnType<typeof mortal>[] = [];
    const seen: LabApi[] = [];
    const detach = attachLab(
      () => {
        made.push(mortal());
        return made.at(-1)!;
      },
      undefined,
      (api) => seen.push(api),
    );
    expect(await edit(cmd.addNetns('a'))).toEqual({ ok: true });
    // Dies while idle: the next edit goes to a new engine that holds the document.
    made[0].kill('its thread ended');
    expect(await edit(cmd.addNetns('b'))).toEqual({ ok: true });
    expect(made).toHaveLength(2);
    expect(made[0].disposed).toBe(true);
    expect(seen).toEqual(made);
    expect(useEditor.getState().toast).toEqual({ key: 'engine.restarted' });
    // Dies under a call: the export waits, then comes from the replacement, with a, b and the preset.
    let release: () => void = () => {};
    made[1].stall(new Promise((r) => (release = r)));
    const exported = exportCurrent();
    await new Promise((r) => setTimeout(r, 5));
    made[1].kill('out of memory');
    const text = await exported;
    release();
    expect(made).toHaveLength(3);
    expect(text).toContain('ip netns add a\n');
    expect(text).toContain('ip netns add b\n');
    expect(text).toContain('ip link add docker0 type bridge\n');
    // A fourth death within a minute: it gives up and says so, and tasks fail at once.
    made[2].kill('x');
    await syncEngine();
    made[3].kill('x');
    await expect(exportCurrent()).rejects.toBeInstanceOf(EngineStopped);
    expect(made).toHaveLength(4);
    expect(useEditor.getState().toast?.key).toBe('engine.gaveUp');
    expect(useLab.getState().status).toBe('error');
    detach();
  });
});

describe('React StrictMode: the editor started, stopped and started again at once', () => {
  it('runs every task on the second engine, never on the first one, released while its first task ran', async () => {
    useDoc.setState({ doc: emptyDocument('x') });
    useDoc.temporal.getState().clear();
    /** A lab that, once disposed, throws on every call as a released Comlink proxy does. */
    const releasable = () => {
      const real = createLab();
      let released = false;
      const call =
        <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
        (...a: A) => {
          if (released) throw new Error('Proxy has been released and is not useable');
          return f(...a);
        };
      return {
        dispose: () => {
          released = true;
        },
        reset: call((seed?: number) => real.reset(seed)),
        run: call((s: string) => real.run(s)),
        snapshot: call(() => real.snapshot()),
        replay: call((s: string, seed?: number, from?: number) => real.replay(s, seed, from)),
        runInteractive: call((l: string, out: (t: string) => void) => real.runInteractive(l, out)),
        interrupt: call(() => real.interrupt()),
        exportScript: call(() => real.exportScript()),
        files: call(() => real.files()),
        readFile: call((p: string) => real.readFile(p)),
        trace: call((a?: number, b?: number) => real.trace(a, b)),
        stateAt: call((a: StepAt, n: string[]) => real.stateAt(a, n)),
        statesAt: call((r: StepRequest[]) => real.statesAt(r)),
      };
    };
    // The editor's first task reads the autosave (it waits) before it opens the user's lab.
    const first = async (open: (doc: LabDocument) => Promise<void>) => {
      await new Promise((r) => setTimeout(r, 5));
      await open(DEFAULT_PRESET.doc);
    };
    const seen: LabApi[] = [];
    // The effect, its cleanup and the effect again, in one go as StrictMode runs them.
    const stop = attachLab(releasable, first, (api) => seen.push(api));
    stop();
    const detach = attachLab(releasable, first, (api) => seen.push(api));
    expect(seen).toHaveLength(2);
    const text = await exportCurrent();
    expect(text).toContain('ip link add docker0 type bridge\n');
    expect(await edit(cmd.addNetns('after'))).toEqual({ ok: true });
    expect(useLab.getState().snapshot!.namespaces.map((n) => n.name)).toContain('after');
    detach();
  });
});

describe('iptables through the editor', () => {
  it('builds rules from what follows the chain, quoting every word, and refuses shell syntax', () => {
    expect(cmd.iptables('c1', 'nat', '-A', 'POSTROUTING', '-s 10.0.0.0/24 -o eth0 -j MASQUERADE')).toEqual([
      'ip netns exec c1 iptables -t nat -A POSTROUTING -s 10.0.0.0/24 -o eth0 -j MASQUERADE',
    ]);
    const [c] = cmd.iptables('', 'filter', '-I', 'FORWARD', `-m comment --comment 'a $(reboot)' -j DROP`);
    expect(parseCommand(c).argv).toEqual([
      'iptables',
      '-I',
      'FORWARD',
      '-m',
      'comment',
      '--comment',
      'a $(reboot)',
      '-j',
      'DROP',
    ]);
    for (const bad of ['-j ACCEPT; reboot', '-j ACCEPT | tee x', '-j ACCEPT > /etc/passwd', '$(reboot)', ''])
      expect(fieldKey(() => cmd.iptables('', 'filter', '-A', 'INPUT', bad))).toBe('spec:err.ipt.spec');
    expect(fieldKey(() => cmd.iptables('', 'security', '-A', 'INPUT', '-j DROP'))).toBe(
      'table:err.ipt.table',
    );
  });

  it('the snapshot lists the rules and the export carries them, quoted', async () => {
    const lab = createLab();
    const p = PRESETS.find((x) => x.example.file === 'masquerade.sh')!;
    const { snapshot } = await lab.replay(
      `${p.doc.script}\niptables -A FORWARD -m comment --comment "x \\$(reboot) 'y'" -j ACCEPT\n`,
    );
    // Tables in the order iptables first touched them.
    expect(snapshot.namespaces[0].iptables).toEqual([
      {
        table: 'nat',
        chain: 'POSTROUTING',
        spec: '-s 172.18.0.0/16 -o uplink -j MASQUERADE',
        argv: ['-s', '172.18.0.0/16', '-o', 'uplink', '-j', 'MASQUERADE'],
      },
      {
        table: 'filter',
        chain: 'FORWARD',
        // As iptables -S escapes it (xtables_save_string), and as the words the rule was made from.
        spec: `-m comment --comment "x $(reboot) \\'y\\'" -j ACCEPT`,
        argv: ['-m', 'comment', '--comment', "x $(reboot) 'y'", '-j', 'ACCEPT'],
      },
    ]);
    const exported = await lab.exportScript();
    expect(exported).toContain('\niptables -t nat -A POSTROUTING -s 172.18.0.0/16 -o uplink -j MASQUERADE\n');
    expect(exported).toContain(
      `\niptables -A FORWARD -m comment --comment 'x $(reboot) '\\''y'\\''' -j ACCEPT\n`,
    );
    // The export rebuilds the same rules, and the container still reaches the outside through NAT.
    const again = createLab();
    const r = await again.replay(`${exported}ip netns exec c1 ping -c 1 198.51.100.2\n`);
    expect(r.snapshot.namespaces[0].iptables).toEqual(snapshot.namespaces[0].iptables);
    expect(r.transcript).toContain('1 packets transmitted, 1 received, 0% packet loss');
  });
});

describe('the teardown script', () => {
  it('deletes host devices before namespaces, host iptables rules, and quotes every name', async () => {
    const p = PRESETS.find((x) => x.example.file === 'masquerade.sh')!;
    const { snapshot } = await createLab().replay(
      `${p.doc.script}\nip netns add 'a b'\nip link add 'x$(id)' type veth peer name y netns 'a b'\n`,
    );
    const lines = teardownScript(snapshot)
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(lines).toEqual([
      'ip link del uplink',
      'ip link del br0',
      'ip link del veth1',
      "ip link del 'x$(id)'",
      'iptables -t nat -D POSTROUTING -s 172.18.0.0/16 -o uplink -j MASQUERADE',
      'ip netns del outside',
      'ip netns del c1',
      "ip netns del 'a b'",
    ]);
  });
});

describe('presets', () => {
  for (const p of PRESETS) {
    it(`${p.example.file} opens without errors and its traffic succeeds`, async () => {
      const lab = createLab();
      const { lines } = await lab.replay(p.doc.script);
      expect(lines.filter((l) => l.status !== 0)).toEqual([]);
      expect(p.traffic.length).toBeGreaterThan(0);
      const { transcript } = await lab.run(p.traffic.join('\n'));
      expect(transcript).toContain(', 0% packet loss');
    });
  }
});
