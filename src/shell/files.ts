// The files a session's commands write: `tcpdump -w`, `2> log` and `> out`. A script runs in a fresh
// working directory (as conformance/record.sh runs it in a mktemp directory), so relative names live
// there; /tmp and /etc/cni/net.d (the node's CNI configuration) are the only other directories netns-lab models. `netns-lab run --out DIR` and the UI's
// download read them back.

/**
 * Where a path points; `noDir` when its directory does not exist (a subdirectory of the working
 * directory or of /tmp: a script cannot create one); `unsupported` when netns-lab cannot tell.
 */
export type Resolved =
  | { ok: true; key: string }
  | { ok: false; noDir: true; unsupported?: undefined }
  | { ok: false; unsupported: string; noDir?: undefined };

export class FileStore {
  /** Each file's bytes are `data.subarray(0, size)`; the rest is room to grow into (appends stay linear). */
  private files = new Map<string, { data: Uint8Array; size: number }>();

  /**
   * "f.pcap", "./f.pcap" and "/tmp/f.pcap" are files netns-lab keeps ("f.pcap", "/tmp/f.pcap");
   * anything in another directory is not modelled. /dev/null is handled by the callers.
   */
  static resolve(path: string): Resolved {
    const parts: string[] = [];
    const abs = path.startsWith('/');
    for (const p of path.split('/')) {
      if (p === '' || p === '.') continue;
      if (p === '..') return { ok: false, unsupported: `paths with ".." (${path})` };
      parts.push(p);
    }
    if (parts.length === 0 || FileStore.isDirectory(path))
      return { ok: false, unsupported: `directories as files (${path})` };
    if (!abs && parts.length === 1) return { ok: true, key: parts[0] };
    if (abs && parts.length === 2 && parts[0] === 'tmp') return { ok: true, key: `/tmp/${parts[1]}` };
    // The node's CNI configuration directory, which the k8s layer's container runtime reads.
    if (abs && parts.length === 4 && parts.slice(0, 3).join('/') === 'etc/cni/net.d')
      return { ok: true, key: `/etc/cni/net.d/${parts[3]}` };
    // flanneld's configuration (k8s/nodes.ts).
    if (abs && parts.length === 3 && parts[0] === 'etc' && parts[1] === 'kube-flannel')
      return { ok: true, key: `/etc/kube-flannel/${parts[2]}` };
    if (!abs || parts[0] === 'tmp') return { ok: false, noDir: true };
    return { ok: false, unsupported: `files outside the working directory and /tmp (${path})` };
  }

  /** The directories netns-lab knows: the working directory, / and /tmp (however written: "./", "//tmp/."). */
  static isDirectory(path: string): boolean {
    const parts = path.split('/').filter((p) => p !== '' && p !== '.');
    if (path === '' || parts.includes('..')) return false;
    return parts.length === 0 || (path.startsWith('/') && parts.length === 1 && parts[0] === 'tmp');
  }

  read(key: string): Uint8Array | undefined {
    const f = this.files.get(key);
    return f?.data.slice(0, f.size);
  }

  /** Replaces the whole file (`echo … > FILE`, `cat > FILE <<EOF`). */
  write(key: string, data: Uint8Array): void {
    this.files.set(key, { data: data.slice(), size: data.length });
  }

  /**
   * open(2) with O_WRONLY|O_CREAT|O_TRUNC, as the shell opens `> FILE` and tcpdump `-w FILE`: the file
   * is emptied now, and the returned writer writes at an offset of its own (write(2) without
   * O_APPEND). So two writers of one file overwrite each other: the file holds what each wrote at
   * its offsets, in the order they wrote, and a writer whose file another truncated leaves zeros
   * (a hole) before what it writes next.
   */
  open(key: string): (data: Uint8Array) => void {
    this.write(key, new Uint8Array(0));
    let offset = 0;
    return (data) => {
      this.pwrite(key, offset, data);
      offset += data.length;
    };
  }

  private pwrite(key: string, at: number, data: Uint8Array): void {
    const f = this.files.get(key) ?? { data: new Uint8Array(0), size: 0 };
    this.files.set(key, f);
    const end = at + data.length;
    if (end > f.data.length) {
      const grown = new Uint8Array(Math.max(end, 2 * f.data.length, 4096));
      grown.set(f.data.subarray(0, f.size));
      f.data = grown;
    }
    // Between the old end and `at` the file reads as zeros (a hole): a fresh buffer is zero, and
    // bytes past `size` are zeroed when a truncation leaves them (write() replaces the buffer).
    f.data.set(data, at);
    f.size = Math.max(f.size, end);
  }

  /** Every file, by name, in the order they were first written. */
  list(): { path: string; data: Uint8Array }[] {
    return [...this.files].map(([path, f]) => ({ path, data: f.data.slice(0, f.size) }));
  }
}

/**
 * An output stream as a C program's stdio sees it: a file or a pipe is fully buffered (glibc's
 * 4096-byte st_blksize), so what reached the file is a whole number of blocks until the stream is
 * flushed or closed; `line` buffering (tcpdump -l) flushes at each newline, `packet` (tcpdump -U)
 * after each write.
 */
export class StdioStream {
  private pending: Uint8Array[] = [];
  private pendingLen = 0;

  constructor(
    private sink: (data: Uint8Array) => void,
    private mode: 'full' | 'line' | 'unbuffered' = 'full',
  ) {}

  write(data: Uint8Array): void {
    if (this.mode === 'unbuffered') {
      this.sink(data);
      return;
    }
    this.pending.push(data);
    this.pendingLen += data.length;
    if (this.mode === 'line' && data.includes(10)) {
      this.flush();
      return;
    }
    if (this.pendingLen >= BLOCK) {
      const all = this.take();
      const whole = all.length - (all.length % BLOCK);
      this.sink(all.subarray(0, whole));
      if (whole < all.length) {
        this.pending.push(all.slice(whole));
        this.pendingLen = all.length - whole;
      }
    }
  }

  flush(): void {
    if (this.pendingLen === 0) return;
    this.sink(this.take());
  }

  private take(): Uint8Array {
    const all = new Uint8Array(this.pendingLen);
    let at = 0;
    for (const p of this.pending) {
      all.set(p, at);
      at += p.length;
    }
    this.pending = [];
    this.pendingLen = 0;
    return all;
  }
}

const BLOCK = 4096;

export const utf8 = new TextEncoder();
