#!/usr/bin/env bash
# record.sh [--check] [NAME...]: run conformance scenarios on the real Linux kernel.
# record.sh --run FILE: run any script in the same sandbox and print its transcript (the UI export
# test uses this to run an exported topology on the kernel). RECORD_SETTLE=0 leaves out the
# link-state passes after each command (see settle), so each command is one process: what
# `npm run bench` times on a 500-namespace script (a pass costs two processes per namespace).
#
# Each scenario (conformance/scenarios/NAME.sh) runs inside a fresh network + mount + pid namespace
# sandbox, so nothing touches this machine's own network, and its transcript ("$ <command>", the
# command's stdout and stderr, then "[exit N]" when a foreground command exits non-zero) is written
# to conformance/scenarios/NAME.kernel.txt.
# With --check nothing is written: each scenario is recorded into a temporary directory and compared
# with its committed golden by conformance/check.ts (after the normalisation of transcript.ts). The
# kernel is not fully deterministic under load (a timer crossing a second, a SYN retransmitted, a
# teardown packet counted or not: k06's KUBE-POSTROUTING differed in about one recording in four, and
# in all three of one check), so a scenario that differs is recorded up to four more times before it
# counts as a difference; the log says when a scenario agreed only on a retry.
# No NAME means every scenario. Needs root and the Debian packages iproute2, iptables, ipset, conntrack,
# bridge-utils, netcat-openbsd, iputils-ping, procps and net-tools (util-linux provides unshare).
set -u
shopt -s nullglob

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir="$root/conformance/scenarios"
timeout_s=${RECORD_TIMEOUT:-180} # per scenario; a hung command must not hang CI

die() {
  echo "record.sh: $*" >&2
  exit 2
}

check=0
names=()
run_file=""
expect_run=0
for arg in "$@"; do
  if ((expect_run)); then
    run_file=$arg
    expect_run=0
    continue
  fi
  case $arg in
    --check) check=1 ;;
    --run) expect_run=1 ;;
    -h | --help)
      awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
      exit 0
      ;;
    -*) die "unknown option '$arg' (usage: record.sh [--check] [NAME...])" ;;
    *)
      name=$(basename "$arg")
      names+=("${name%.sh}")
      ;;
  esac
done
((expect_run == 0)) || die "--run needs a script file"
if [[ -n $run_file ]]; then
  [[ -r $run_file ]] || die "cannot read $run_file"
  run_file=$(cd "$(dirname "$run_file")" && pwd)/$(basename "$run_file")
  names=(--run)
elif ((${#names[@]} == 0)); then
  for f in "$dir"/*.sh; do
    name=$(basename "$f")
    names+=("${name%.sh}")
  done
fi
((${#names[@]} > 0)) || die "no scenarios in $dir"
if [[ -z $run_file ]]; then
  for name in "${names[@]}"; do
    [[ -r $dir/$name.sh ]] || die "no such scenario: $dir/$name.sh"
  done
fi

# Preconditions, each with a clear message: root, and the tools the scenarios call.
((EUID == 0)) || die "must run as root: it creates network namespaces with unshare (try: sudo bash conformance/record.sh)"
need() { # need TOOL PACKAGE
  command -v "$1" >/dev/null 2>&1 || die "'$1' not found; install the Debian package $2"
}
need unshare util-linux
need ip iproute2
need bridge iproute2
need brctl bridge-utils
need sysctl procps
need ping iputils-ping
need timeout coreutils
for name in "${names[@]}"; do
  f="$dir/$name.sh"
  [[ -n $run_file ]] && f=$run_file
  grep -qw iptables "$f" && need iptables iptables
  grep -qw conntrack "$f" && need conntrack conntrack
  grep -qw ipset "$f" && need ipset ipset
  grep -qw nc "$f" && need nc netcat-openbsd
  grep -qw tcpdump "$f" && need tcpdump tcpdump
  grep -qw curl "$f" && need curl curl
  grep -qE '(^|exec [^ ]+ )(route|arp|ifconfig|netstat) ' "$f" && need netstat net-tools
done
unshare -n -m -p -f --mount-proc true 2>/dev/null ||
  die "unshare of network, mount and pid namespaces failed (a container without CAP_SYS_ADMIN?)"
# check.ts runs under tsx: the project's own copy when installed (no npx start-up per scenario).
tsx=("$root/node_modules/.bin/tsx")
if ((check)) && [[ ! -x ${tsx[0]} ]]; then
  command -v npx >/dev/null 2>&1 || die "'npx' not found; --check needs Node 20 and npm ci"
  tsx=(npx --no-install tsx)
fi

# The sandbox runs at a real-time priority (SCHED_RR 10, inherited by every process of the scenario):
# on a loaded machine an ordinary process can wait tens of milliseconds for a CPU, enough for the
# kernel's timers to overtake it (a listener's FIN no longer carries the ACK delayed 40 ms, a countdown
# crosses a second, nc -w outlives a SYN retransmit). At this priority the scenario's processes run as
# on a quiet machine; they sleep most of the time, so the machine's other work goes on.
realtime=()
if command -v chrt >/dev/null 2>&1 && chrt -r 10 true 2>/dev/null; then
  realtime=(chrt -r 10)
else
  echo "record.sh: warning: cannot use a real-time priority (chrt -r 10); on a loaded machine timings may vary" >&2
fi

# record SCENARIO: print the scenario's kernel transcript. The sandbox plays a host: its root namespace
# gets lo up, IPv6 is disabled there and, silently, in every namespace `ip netns add` creates (the
# simulator models IPv4 only). After each command the link state is settled (see settle below).
# The pid namespace ends any background process with the scenario.
record() {
  LC_ALL=C timeout --kill-after=5 "$timeout_s" "${realtime[@]}" \
    unshare -n -m -p -f --kill-child --mount-proc --propagation private bash -s "$1" <<'EOS'
set -u
mkdir -p /run/netns && mount -t tmpfs none /run/netns
mount -t tmpfs none /var/run/netns 2>/dev/null || true
ip link set lo up
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
work=$(mktemp -d); cd "$work"
# settle: the kernel applies carrier changes (operstate, NO-CARRIER, linkdown routes, bridge port
# state, carrier-loss neighbour eviction) from its linkwatch work, up to a second late depending on
# unrelated link events anywhere on the machine. A per-device RTM_GETLINK (`ip link show dev X`)
# runs linkwatch_sync_dev for that device, so every command sees the settled state, which is what
# the simulator models. Two passes, because a port's change can change its bridge's carrier.
settle() {
  local pass ns
  for pass in 1 2; do
    for ns in "" $(ip netns list 2>/dev/null | cut -d' ' -f1); do
      ip ${ns:+-n "$ns"} -o link show 2>/dev/null |
        awk -F': ' '{ sub(/@.*/, "", $2); print "link show dev " $2 }' |
        ip ${ns:+-n "$ns"} -batch - >/dev/null 2>&1
    done
  done
}
# needs_settle COMMAND: whether COMMAND can change link state. Traffic, listings and address, route,
# neighbour, rule, netfilter and sysctl changes cannot, and skipping the settle after them keeps the
# time between commands short, so countdowns (conntrack timeouts, neighbour and FDB timers) shown
# right after traffic read the same on a loaded machine. Anything else is settled.
needs_settle() {
  local c=$1 w obj
  [[ $c == *[\;\|\&\$\`\(\)\<\>]* ]] && return 0
  while [[ $c =~ ^ip\ +netns\ +exec\ +[^[:space:]]+\ +(.*)$ ]]; do c=${BASH_REMATCH[1]}; done
  read -r -a w <<<"$c"
  case ${w[0]} in
    ping | nc | conntrack | iptables | iptables-save | ss | netstat | cat | sleep | curl | sysctl | echo) return 1 ;;
    ip | bridge) ;;
    *) return 0 ;;
  esac
  local i=1
  while ((i < ${#w[@]})) && [[ ${w[i]} == -* ]]; do
    case ${w[i]} in -n | -netns | -b | -batch | -f | -family | -rc | -rcvbuf | -l | -loops) i=$((i + 1)) ;; esac
    i=$((i + 1))
  done
  obj=${w[i]:-}
  if [[ ${w[0]} == bridge ]]; then
    [[ $obj == fdb || $obj == mdb || $obj == vlan ]] && return 1
    return 0
  fi
  case $obj in
    a | ad | add | addr | addre | addres | address | r | ro | rou | rout | route | ru | rul | rule | \
      n | ne | nei | neig | neigh | neighbor | neighbour) return 1 ;;
  esac
  return 0
}
# quiesce: wait (at most 3 s) until no process of the sandbox but the recorder is running or in
# uninterruptible sleep, twice in a row 10 ms apart: a background listener or capture has reached its
# accept() or poll(), and a background process woken by the last command (a listener that received a
# connection, a capture that got its packets) has done what it does and printed it. No process is
# started here, so process ids stay as the scenario alone makes them.
quiesce() {
  local deadline calm=0 f st busy
  deadline=$((${EPOCHREALTIME/./} + 3000000))
  while ((${EPOCHREALTIME/./} < deadline)); do
    busy=0
    for f in /proc/[0-9]*/stat; do
      [[ $f == "/proc/$$/stat" ]] && continue
      { read -r st <"$f"; } 2>/dev/null || continue
      st=${st##*) }
      [[ ${st:0:1} == [RD] ]] && { busy=1; break; }
    done
    if ((busy)); then calm=0; elif ((++calm >= 2)); then return 0; fi
    read -r -t 0.01 -u "$idle" _ 
  done
  return 0
}
mkfifo "$work/.idle"
exec {idle}<>"$work/.idle"
line=""
while IFS= read -r raw || [[ -n $raw ]]; do
  # A trailing backslash continues the command on the next line.
  if [[ $raw == *\\ ]]; then line+="${raw%\\} "; continue; fi
  line+="$raw"
  trimmed="${line#"${line%%[![:space:]]*}"}"
  if [[ -z $trimmed || $trimmed == \#* ]]; then line=""; continue; fi
  echo "\$ $trimmed"
  bash -c "$trimmed" </dev/null 2>&1
  rc=$?
  quiesce
  # A foreground command's non-zero exit status is part of the transcript (a background job's is not
  # known yet: bash -c returns 0 once it has started it).
  [[ $rc -ne 0 && $trimmed != *"&" ]] && echo "[exit $rc]"
  if [[ $trimmed =~ ^ip\ netns\ add\ ([^[:space:]]+) ]]; then
    ns=${BASH_REMATCH[1]}
    ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null
  fi
  [[ ${RECORD_SETTLE:-1} == 0 ]] || ! needs_settle "$trimmed" || settle
  line=""
done <"$1"
EOS
}

if [[ -n $run_file ]]; then
  record "$run_file"
  exit $?
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
start=$SECONDS
agree=0
failed=()
retried=()
retries=4 # extra recordings of a scenario that differs, in --check
for name in "${names[@]}"; do
  t0=$SECONDS
  out="$tmp/$name.kernel.txt"
  if ((check)) && [[ ! -r $dir/$name.kernel.txt ]]; then
    echo "FAIL $name: no golden $name.kernel.txt (record it first)"
    failed+=("$name")
    continue
  fi
  attempt=0
  ok=0
  while :; do
    attempt=$((attempt + 1))
    if ! record "$dir/$name.sh" >"$out"; then
      echo "FAIL $name: the sandbox failed or timed out after ${timeout_s}s" >&2
      break
    fi
    if ((!check)); then
      ok=1
      break
    fi
    if (cd "$root" && "${tsx[@]}" conformance/check.ts "$dir/$name.kernel.txt" "$out") >"$tmp/diff.txt"; then
      ok=1
      break
    fi
    if ((attempt > retries)); then
      cat "$tmp/diff.txt"
      break
    fi
    echo "retry $name: recording $attempt of $((retries + 1)) differs from the golden; recording again:"
    sed 's/^/  | /' "$tmp/diff.txt"
  done
  if ((!ok)); then
    ((check)) && echo "FAIL $name ($((SECONDS - t0))s, $attempt recordings)"
    failed+=("$name")
  elif ((check)); then
    if ((attempt > 1)); then
      echo "ok   $name ($((SECONDS - t0))s; agreed only on recording $attempt: the kernel varied)"
      retried+=("$name")
    else
      echo "ok   $name ($((SECONDS - t0))s)"
    fi
    agree=$((agree + 1))
  else
    mv "$out" "$dir/$name.kernel.txt"
    echo "recorded $name ($((SECONDS - t0))s)"
  fi
done

if ((check)); then
  echo "kernel re-record: ${#names[@]} scenarios, $agree agree ($((SECONDS - start))s)"
  ((${#retried[@]} == 0)) || echo "agreed only after a retry: ${retried[*]}"
  ((${#failed[@]} == 0)) || {
    echo "differ: ${failed[*]}"
    exit 1
  }
else
  echo "recorded $((${#names[@]} - ${#failed[@]})) of ${#names[@]} scenarios ($((SECONDS - start))s)"
  ((${#failed[@]} == 0)) || exit 1
fi
