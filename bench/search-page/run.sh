#!/usr/bin/env bash
# Load test of the search page (issue 8): wrk against /jobs over 1M generated postings on
# the embedded defaults. See bench/search-page/README.md. Run from the repository root:
#   flock /work/notes/bench.lock bench/search-page/run.sh        (on the shared machine)
# Settings (environment): DATA (the data folder, kept between runs), PORT, HEAP, THREADS,
# CONNECTIONS, WARMUP, DURATION, MODES ("mix distinct", also "page" and "seeker"), POSTINGS, JAR (default: this tree's,
# rebuilt when older than the sources), JAVA_OPTS (more JVM options, e.g. a flight recording).
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

printf 'nb\t/jobs\nsv\t/jobs\nfi\t/jobs\nen\t/jobs\n' >"$DATA/urls-page.tsv"

# 3. the application as it ships: the Spring Boot jar of this working tree, built (without
#    installing anything) whenever it is missing or older than any source or pom of the
#    modules it holds; a stale jar measures other code, and one of an older index layout
#    wipes the index at start (then wrk measures an empty index)
if [ -z "${JAR:-}" ]; then
  JAR="$root/web/target/web-0.1.0-SNAPSHOT.jar"
  newer=""
  if [ -e "$JAR" ]; then
    newer="$(find "$root/pom.xml" "$root"/{matcher,ingest,web}/pom.xml "$root"/{matcher,ingest,web}/src/main \
      -newer "$JAR" -type f -print -quit)"
  fi
  if [ ! -e "$JAR" ] || [ -n "$newer" ]; then
    echo "== building $JAR${newer:+ (older than $newer)}"
    mvn -B -q -pl web -am package -DskipTests
  fi
else
  echo "== the given jar $JAR ($(date -u -r "$JAR" +%FT%TZ)), not checked against the sources"
fi
[ -e "$JAR" ] || { echo "no jar at $JAR" >&2; exit 1; }

# 4. the embedded defaults on the data folder (embedded PostgreSQL, the Lucene index in
#    $DATA/index), without the first start's sample postings and without the alert job,
#    so nothing but the load runs; live feeds are off by default. The health endpoint
#    shows its details here (loopback only) so that the index's size can be checked.
app=""
trap 'stop' EXIT
stop() { if [ -n "$app" ]; then kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true; app=""; fi; }
start() { # start <log suffix>
  "$JAVA" -Xmx"$HEAP" ${JAVA_OPTS:-} -jar "$JAR" --arctic.data-dir="$DATA" --server.port="$PORT" \
    --arctic.ingest.demo.enabled=false --arctic.alerts.enabled=false \
    --management.endpoint.health.show-details=always --management.endpoint.health.show-components=always \
    >"$DATA/app$1.log" 2>&1 &
  app=$!
  for _ in $(seq 1 300); do
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/jobs"; then break; fi
    kill -0 "$app" 2>/dev/null || { echo "the application stopped; see $DATA/app$1.log" >&2; exit 1; }
    sleep 2
  done
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/jobs" || { echo "no answer on port $PORT" >&2; exit 1; }

  # 5. the application must serve the whole index: the health endpoint names the index
  #    and its number of postings ("Lucene index in ... with 1000000 postings")
  local store served hits
  store="$(curl -fs "http://127.0.0.1:$PORT/actuator/health" | grep -o 'Lucene index in [^"]* with [0-9]* postings' || true)"
  served="$(printf '%s' "$store" | sed -n 's/.* with \([0-9]*\) postings/\1/p')"
  if [ "$served" != "$POSTINGS" ]; then
    echo "ABORT: the application serves ${served:-an unknown number of} postings, not $POSTINGS" \
      "(${store:-no index in /actuator/health}); nothing was measured." >&2
    if grep -q 'older layout' "$DATA/app$1.log"; then
      # the jar wiped an index of another layout: build it again at the next run
      rm -f "$DATA/index/bench-postings-$POSTINGS-seed-$SEED-v2"
      echo "The jar found the index in another layout and emptied it (see $DATA/app$1.log); its" \
        "marker is removed, so the next run builds the index again with this tree's code." >&2
    fi
    exit 1
  fi
  hits="$(curl -fs "http://127.0.0.1:$PORT/api/postings?size=1" | grep -o '"totalHits":[0-9]*' || true)"
  echo "== $store; the search finds ${hits#*:} (active, deadline not passed)"
}

# a signed-in seeker with a profile (the "seeker" address file's visitor): signs up,
# signs in and saves a profile through the pages' own forms, as a person would; prints the
# session's cookie, with the page language fixed so that the account's language is not
# rewritten by every address's own Accept-Language
seeker_cookie() {
  local base="http://127.0.0.1:$PORT" jar="$DATA/seeker-cookies.txt" email token
  email="load-$(date +%s)-$RANDOM@seeker.example"
  rm -f "$jar"
  csrf() { curl -fs -b "$jar" -c "$jar" "$base$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | sed -n 1p; }
  token="$(csrf /signup)"
  curl -fs -o /dev/null -b "$jar" -c "$jar" --data-urlencode "email=$email" --data-urlencode "displayName=Load Seeker" \
    --data-urlencode "password=load-test-password" --data-urlencode "passwordRepeat=load-test-password" \
    --data-urlencode "_csrf=$token" "$base/signup"
  token="$(csrf /login)"
  curl -fs -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=$email" \
    --data-urlencode "password=load-test-password" --data-urlencode "_csrf=$token" "$base/login"
  token="$(csrf '/seeker/profile?lang=nb')"
  [ -n "$token" ] || { echo "could not sign in the load test's seeker" >&2; exit 1; }
  curl -fs -o /dev/null -b "$jar" -c "$jar" --data-urlencode "_csrf=$token" \
    --data-urlencode "occupation.text=Sykepleiere" --data-urlencode "occupation.id=isco08:2221" \
    --data-urlencode "occupation.years=6" --data-urlencode "skill.text=" --data-urlencode "skill.id=" \
    --data-urlencode "language.text=norsk" --data-urlencode "language.id=" --data-urlencode "language.level=C2" \
    --data-urlencode "licence=licence:B" --data-urlencode "education=BACHELOR" \
    --data-urlencode "home.text=Tromsø" --data-urlencode "home.id=" \
    --data-urlencode "mobility.NO.considered=on" --data-urlencode "mobility.NO.km=80" \
    --data-urlencode "mobility.SE.considered=on" --data-urlencode "mobility.SE.km=40" "$base/seeker/profile"
  local profile
  profile="$(curl -fs -b "$jar" "$base/seeker/profile")"
  [[ "$profile" == *'value="isco08:2221"'* ]] || { echo "the load test's seeker has no profile; see $DATA/app-seeker.log" >&2; exit 1; }
  printf 'JSESSIONID=%s; arctic-lang=nb' "$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")"
}

# the application's processor time (user and system, in clock ticks) so far
ticks() { awk '{ print $14 + $15 }' "/proc/$app/stat"; }
run() { # run <addresses> <duration> <first address>
  local before out
  before="$(ticks)"
  out="$(URLS="$DATA/urls-$1.tsv" START="$3" COOKIE="${cookie:-}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --timeout 10s \
    --latency -s "$here/search-page.lua" "http://127.0.0.1:$PORT")"
  printf '%s\n' "$out"
  # processor time per request: what the page costs, far less sensitive than
  # requests/s to what else runs on a shared machine
  printf '%s\n' "$out" | sed -n 's/^RESULT requests=\([0-9]*\) .*/\1/p' | awk -v t="$(( $(ticks) - before ))" \
    -v hz="$(getconf CLK_TCK)" '{ if ($1 > 0) printf "CPU %.2f ms of the application per request (%.1f s in all)\n", t * 1000 / hz / $1, t / hz }'
}

echo "== $(date -u +%FT%TZ), $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), -Xmx$HEAP," \
  "wrk -t$THREADS -c$CONNECTIONS, $WARMUP warm-up, $DURATION measured"
# Each file is measured on a fresh start, after a warm-up on addresses it does not hold:
# the counts of a search are cached per index reader, so addresses seen before would
# flatter it. The distinct file begins with the mix's 17,633 distinct addresses in the
# mix's order; the mix warms up on the distinct file's later addresses (from the
# 17,634th) and the distinct run measures those while it warms up on the mix.
# "page" is wrk against the bare search page alone, as a plain `wrk <host>/jobs` measures it:
# the same address in each of the four languages, whose counts are cached after the first.
# "seeker" runs the distinct addresses as one signed-in seeker with a profile: every card
# then carries its match badge and favourite button.
for mode in $MODES; do
  cookie=""
  case "$mode" in
    mix) warm=distinct; warm_from=17634; from=1; file=mix ;;
    page) warm=mix; warm_from=1; from=1; file=page ;;
    distinct|seeker) warm=mix; warm_from=1; from=17634; file=distinct ;;
    *) echo "unknown address file $mode" >&2; exit 1 ;;
  esac
  start "-$mode"
  if [ "$mode" = seeker ]; then cookie="$(seeker_cookie)"; echo "== signed in as a seeker with a profile"; fi
  echo "== warm-up: $WARMUP of $warm from address $warm_from"
  run "$warm" "$WARMUP" "$warm_from" | grep -E "^(RESULT|CPU)"
  echo "== $mode from address $from: $DURATION, load average before $(cut -d' ' -f1-3 /proc/loadavg)"
  run "$file" "$DURATION" "$from"
  echo "== load average after $(cut -d' ' -f1-3 /proc/loadavg)"
  stop
done
