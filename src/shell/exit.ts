// Exit statuses, by what they mean to the tool that returns them. Tools disagree (iproute2 exits 2
// when the kernel refuses and 255 on a usage error; bridge exits 255 for both), so a command says
// which one it means.

export const EXIT = {
  OK: 0,
  /** The generic failure (ping with no reply, brctl, nc, iptables' other errors). */
  FAILURE: 1,
  /** iproute2 when the kernel refuses (rtnl_talk); bash's syntax errors. */
  ERROR: 2,
  /** A line netns-lab does not model ("netns-lab: unsupported: …"). */
  UNSUPPORTED: 2,
  /** EX_SOFTWARE: a bug in netns-lab (the session keeps running). */
  INTERNAL: 70,
  /** timeout(1): the command was stopped by the timeout / timeout itself failed. */
  TIMED_OUT: 124,
  TIMEOUT_FAILED: 125,
  /** bash: command not found. */
  NOT_FOUND: 127,
  /** exit(-1): iproute2's usage errors, bridge's every error. */
  USAGE: 255,
} as const;
