// The processes a session's background commands leave running (`tcpdump … &`), so `pkill` can
// signal them. A job removes itself when it ends.

export type Signal = 'TERM' | 'INT' | 'HUP' | 'KILL';

export interface Job {
  /** The process name pkill matches (comm). */
  name: string;
  /** Delivers a signal; the job prints what the program prints when it gets it. */
  signal(sig: Signal): void;
  /** A capture's namespace ("" the host), device ("any" for all) and -w file, for the UI to list. */
  capture?: { ns: string; dev: string; file?: string };
}

export class JobTable {
  private jobs = new Set<Job>();

  add(job: Job): void {
    this.jobs.add(job);
  }

  remove(job: Job): void {
    this.jobs.delete(job);
  }

  named(name: string): Job[] {
    return [...this.jobs].filter((j) => j.name === name);
  }

  /** Every job still running, oldest first. */
  all(): Job[] {
    return [...this.jobs];
  }
}
