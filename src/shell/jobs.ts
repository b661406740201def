// The processes a session's background commands leave running (`tcpdump … &`), so `pkill` can
// signal them. A job removes itself when it ends.

export type Signal = 'TERM' | 'INT' | 'HUP' | 'KILL';

export interface Job {
  /** The process name pkill matches (comm). */
  name: string;
  /** Delivers a signal; the job prints what the program prints when it gets it. */
  signal(sig: Signal): void;
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
}
