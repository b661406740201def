#!/usr/bin/env bash
# record.sh: records the tcpdump printer fixtures on the real kernel (root needed).
# Runs traffic.sh in the conformance sandbox, which captures NAME.pcap files here, then prints each
# with the real tcpdump -r in a fresh network namespace (only lo, so LINUX_SLL2's interface column
# reads "lo" for ifindex 1 and "?" otherwise) with every flag set of FLAGS, into NAME.FLAGS.txt.
# src/shell/tcpdump/print.test.ts prints the same pcaps with netns-lab's printer and compares.
set -eu
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
FLAGS=(-n -nn -ne -nv -nvv -nev - -v -e -ev -nX -nXX -nx -nxx -nA -nAA -nvX)
export PCAP_OUT=$here
rm -f "$here"/*.pcap "$here"/*.filters
rm -f "$here"/*.-*.txt "$here"/*.-.txt
bash "$here/../record.sh" --run "$here/traffic.sh" >/dev/null
for pcap in "$here"/*.pcap; do
  name=$(basename "$pcap" .pcap)
  for f in "${FLAGS[@]}"; do
    args=(-t)
    [[ $f != - ]] && args+=("$f")
    LC_ALL=C unshare -n tcpdump -r "$pcap" "${args[@]}" >"$here/$name.$f.txt" 2>&1
  done
  # filters.txt: one expression a line, each printed with -nn -t as "== EXPR" and tcpdump's output.
  while IFS= read -r expr; do
    echo "== $expr"
    LC_ALL=C unshare -n tcpdump -r "$pcap" -nn -t "$expr" 2>&1 | grep -v '^reading from file\|^Warning: ' || true
  done <"$here/filters.txt" >"$here/$name.filters"
  echo "recorded $name.pcap ($(tcpdump -r "$pcap" 2>/dev/null | wc -l) packets)"
done
