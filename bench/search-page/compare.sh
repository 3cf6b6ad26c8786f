#!/usr/bin/env bash
# Compares two jars of the search page side by side: both run at once, each on its own copy
# of the data folder, and wrk alternates between them in short segments (A B, B A, ...). On a
# machine whose speed drifts (threefold within an hour here), runs one after the other compare
# the hours as much as the jars; interleaved segments see the same hour. Run from the
# repository root after run.sh has built the data folder:
#   flock /work/notes/bench.lock bench/search-page/compare.sh <jar A> <jar B>
# Settings (environment): DATA (run.sh's data folder, A's), DATA_B (B's copy, made from DATA
# when missing), MODE (page, distinct or mix; default distinct), SEGMENTS (pairs, default 6),
# SEGMENT_SECONDS (default 10), WARMUP (per jar, on distinct addresses no segment asks for,
# default 20s), HEAP.
set -euo pipefail

[ $# -eq 2 ] || { echo "usage: $0 <jar A> <jar B>" >&2; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"
DATA="${DATA:-$HOME/.arctic-match-load}"
DATA_B="${DATA_B:-$DATA-b}"
MODE="${MODE:-distinct}"
SEGMENTS="${SEGMENTS:-6}"
SECONDS_PER_SEGMENT="${SEGMENT_SECONDS:-10}"
WARMUP="${WARMUP:-20s}"
HEAP="${HEAP:-1g}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
declare -A jar=([A]="$1" [B]="$2") data=([A]="$DATA" [B]="$DATA_B") port=([A]=18080 [B]=18082) pid=()

[ -s "$DATA/urls-$MODE.tsv" ] || { echo "no $DATA/urls-$MODE.tsv: run run.sh first" >&2; exit 1; }
if [ ! -d "$DATA_B/index" ]; then
  echo "== copying $DATA to $DATA_B"
  mkdir -p "$DATA_B"
  cp -r "$DATA/index" "$DATA/postgres" "$DATA_B/"
  rm -f "$DATA_B/postgres/postmaster.pid"
fi
cp "$DATA"/urls-*.tsv "$DATA_B/"

trap 'for s in A B; do [ -n "${pid[$s]:-}" ] && kill "${pid[$s]}" 2>/dev/null; done; wait' EXIT
for s in A B; do
  "$JAVA" -Xmx"$HEAP" -jar "${jar[$s]}" --arctic.data-dir="${data[$s]}" --server.port="${port[$s]}" \
    --arctic.ingest.demo.enabled=false --arctic.alerts.enabled=false >"${data[$s]}/app-compare-$s.log" 2>&1 &
  pid[$s]=$!
done
for s in A B; do
  for _ in $(seq 1 150); do curl -fs -o /dev/null "http://127.0.0.1:${port[$s]}/jobs" && break; sleep 2; done
  curl -fs -o /dev/null "http://127.0.0.1:${port[$s]}/jobs" || { echo "$s does not answer" >&2; exit 1; }
done

ticks() { awk '{ print $14 + $15 }' "/proc/${pid[$1]}/stat"; }
load() { # load <jar> <addresses> <duration> <first address>
  URLS="${data[$1]}/urls-$2.tsv" START="$4" wrk -t1 -c8 -d"$3" --timeout 10s --latency \
    -s "$here/search-page.lua" "http://127.0.0.1:${port[$1]}"
}
case "$MODE" in
  page|mix) from=1 ;;
  distinct) from=17634 ;;
  *) echo "unknown mode $MODE" >&2; exit 2 ;;
esac
echo "== $(date -u +%FT%TZ), $MODE, $SEGMENTS pairs of ${SECONDS_PER_SEGMENT}s; A ${jar[A]}, B ${jar[B]}"
for s in A B; do load "$s" distinct "$WARMUP" 45000 >/dev/null; done

declare -A cpu=([A]=0 [B]=0) requests=([A]=0 [B]=0)
hz="$(getconf CLK_TCK)"
for i in $(seq 0 $((SEGMENTS - 1))); do
  order="A B"
  [ $((i % 2)) -eq 1 ] && order="B A"
  for s in $order; do
    before="$(ticks "$s")"
    # both jars get the same addresses in a segment, each segment new ones
    result="$(load "$s" "$MODE" "${SECONDS_PER_SEGMENT}s" $((from + i * 3000)) | grep '^RESULT')"
    used=$(( $(ticks "$s") - before ))
    n="$(printf '%s' "$result" | sed -n 's/^RESULT requests=\([0-9]*\) .*/\1/p')"
    cpu[$s]=$(( ${cpu[$s]} + used )); requests[$s]=$(( ${requests[$s]} + n ))
    echo "pair $i $s: $(printf '%s' "$result" | grep -o 'rps=[0-9.]* .*p95=[0-9.]*' | sed 's/ p75=.*p95/ p95/')" \
      "CPU $(awk -v t="$used" -v n="$n" -v hz="$hz" 'BEGIN { printf "%.2f", t * 1000 / hz / n }') ms/request"
  done
done
for s in A B; do
  awk -v s="$s" -v t="${cpu[$s]}" -v n="${requests[$s]}" -v hz="$hz" -v secs=$((SEGMENTS * SECONDS_PER_SEGMENT)) \
    'BEGIN { printf "== %s: %d requests, %.1f req/s, CPU %.2f ms/request\n", s, n, n / secs, t * 1000 / hz / n }'
done
