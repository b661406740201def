// The bridge forwarding database (net/bridge/br_fdb.c). Learned entries age out after ageing_time
// idle; local entries (each port's own MAC, and the bridge's when set explicitly) never do and make
// frames go up to the bridge device. Entries added with `bridge fdb add` are permanent or static.

import type { Micros } from '../sim/clock.ts';
import type { Mac } from '../wire/addr.ts';
import type { Device } from './device.ts';

export interface FdbEntry {
  mac: Mac;
  /** The port, or undefined for the bridge device itself. */
  port?: Device;
  /** BR_FDB_LOCAL: frames to this MAC are for us. */
  local: boolean;
  /** BR_FDB_STATIC: never ages (permanent or static). */
  isStatic: boolean;
  addedByUser: boolean;
  /** `static` rather than `permanent` when printed. */
  userStatic: boolean;
  /** Last time a frame from this MAC was seen (jiffies in the kernel). */
  updated: Micros;
  used: Micros;
}

export class Fdb {
  private entries = new Map<Mac, FdbEntry>();

  get(mac: Mac): FdbEntry | undefined {
    return this.entries.get(mac);
  }
  set(e: FdbEntry): void {
    this.entries.set(e.mac, e);
  }
  delete(mac: Mac): boolean {
    return this.entries.delete(mac);
  }
  all(): FdbEntry[] {
    return [...this.entries.values()];
  }
  /** Removes every entry matching `pred`; returns them. */
  removeWhere(pred: (e: FdbEntry) => boolean): FdbEntry[] {
    const out: FdbEntry[] = [];
    for (const [mac, e] of this.entries) {
      if (pred(e)) {
        this.entries.delete(mac);
        out.push(e);
      }
    }
    return out;
  }
}
