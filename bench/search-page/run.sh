#!/usr/bin/env bash
# Load test of the search page (issue 8): wrk against /jobs over 1M generated postings on
# the embedded defaults. See bench/search-page/README.md. Run from the repository root:
#   flock /work/notes/bench.lock bench/search-page/run.sh        (on the shared machine)
# Settings (environment): DATA (the data folder, kept between runs), PORT, HEAP, THREADS,
# CONNECTIONS, WARMUP, DURATION, MODES ("mix distinct"), POSTINGS, JAR.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
DATA="${DATA:-$HOME/.arctic-match-load}"
PORT="${PORT:-18080}"
HEAP="${HEAP:-1g}"
THREADS="${THREADS:-1}"
CONNECTIONS="${CONNECTIONS:-8}"
WARMUP="${WARMUP:-30s}"
DURATION="${DURATION:-60s}"
MODES="${MODES:-mix distinct}"
POSTINGS="${POSTINGS:-1000000}"
SEED=20261124
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"

"$JAVA" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])' \
  || { echo "needs Java 21 or later: set JAVA_HOME" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
mkdir -p "$DATA"
cd "$root"

# 1. the index: the search benchmark's generated postings (issue 6), built once into the
#    data folder's index (about 4 minutes for 1M on 2 quiet cores) and reused while its
#    marker file is there; the benchmark then times 100 searches as a check
if [ ! -e "$DATA/index/bench-postings-$POSTINGS-seed-$SEED-v2" ]; then
  mvn -B -q -pl matcher -Pbench -Denforcer.skip -DskipTests verify -Dbench.jvmArgs=-Xmx512m \
    -Dbench.main=io.arcticmatch.matcher.index.bench.SearchBenchmark \
    -Dbench.args="postings=$POSTINGS seed=$SEED index=$DATA/index queries=100 warmup=0"
fi

# 2. the addresses: a seeded mix of search-page addresses (with the mix's own repeats) and
#    one of distinct addresses only
if [ ! -s "$DATA/urls-mix.tsv" ] || [ ! -s "$DATA/urls-distinct.tsv" ]; then
  mvn -B -q -pl matcher -Pbench -Denforcer.skip -DskipTests verify \
    -Dbench.main=io.arcticmatch.matcher.index.bench.SearchPageUrls \
    -Dbench.args="dir=$DATA seed=$SEED"
fi

# 3. the application as it ships: the Spring Boot jar (built without installing anything)
JAR="${JAR:-$(ls "$root"/web/target/web-*.jar 2>/dev/null | head -1 || true)}"
if [ -z "$JAR" ]; then
  mvn -B -q -pl web -am package -DskipTests
  JAR="$(ls "$root"/web/target/web-*.jar | head -1)"
fi

# 4. the embedded defaults on the data folder (embedded PostgreSQL, the Lucene index in
#    $DATA/index), without the first start's sample postings and without the alert job,
#    so nothing but the load runs; live feeds are off by default
"$JAVA" -Xmx"$HEAP" -jar "$JAR" --arctic.data-dir="$DATA" --server.port="$PORT" \
  --arctic.ingest.demo.enabled=false --arctic.alerts.enabled=false >"$DATA/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  if curl -fs -o /dev/null "http://127.0.0.1:$PORT/jobs"; then break; fi
  kill -0 $app 2>/dev/null || { echo "the application stopped; see $DATA/app.log" >&2; exit 1; }
  sleep 2
done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/jobs" || { echo "no answer on port $PORT" >&2; exit 1; }

run() { # run <addresses> <duration>
  URLS="$DATA/urls-$1.tsv" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --timeout 10s --latency \
    -s "$here/search-page.lua" "http://127.0.0.1:$PORT"
}

echo "== $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
  "$("$JAVA" -version 2>&1 | head -1), -Xmx$HEAP, wrk -t$THREADS -c$CONNECTIONS"
echo "== warm-up: $WARMUP of the mix"
run mix "$WARMUP" | grep RESULT
for mode in $MODES; do
  echo "== $mode: $DURATION, load average before $(cut -d' ' -f1-3 /proc/loadavg)"
  run "$mode" "$DURATION"
done
