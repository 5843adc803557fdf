#!/usr/bin/env bash
# kg serve against a bare Fuseki on a copy of the same TDB2 store, at one client count, in longer
# rounds than run.sh's (a round at N = 1,000 holds only a few of the heavy questions' answers):
# builds the N-file synthetic corpus and its store if missing, then the load client alternates
# between the two servers round by round and prints one line per server and round.
# Usage: bench/endpoint.sh            (N = 1,000, 16 clients, 5 rounds of 15 s after 30 s of warm-up)
#        N=100 CLIENTS=4 SECONDS_PER_ROUND=10 ROUNDS=3 WARMUP_SECONDS=15 bench/endpoint.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
N="${N:-1000}"; CLIENTS="${CLIENTS:-16}"; SECONDS_PER_ROUND="${SECONDS_PER_ROUND:-15}"
ROUNDS="${ROUNDS:-5}"; WARMUP_SECONDS="${WARMUP_SECONDS:-30}"
work="$here/target/bench-endpoint"; mkdir -p "$work"
./kg --version >/dev/null                          # builds the jar if it is stale
./mvnw -q -B -DskipTests test-compile              # the load client and the bare Fuseki are test code
. bench/common.sh
ready() { for _ in $(seq 1 1200); do curl -sf -m 2 --data-urlencode 'query=ASK {}' "$1" >/dev/null 2>&1 && return 0; sleep 0.1; done
          echo "no answer from $1" >&2; return 1; }
corpus="$work/corpus-$N"; store="$work/kg-$N"
[ -d "$corpus" ] || ./kg generate --files "$N" --seed 42 --out "$corpus" 2>/dev/null
[ -d "$store/current" ] || ./kg build --data "$corpus" --out "$store" > "$work/build.log" 2>&1
rm -rf "$work/bare-tdb2"; cp -rL "$store/current/tdb2" "$work/bare-tdb2"; rm -f "$work/bare-tdb2/tdb.lock"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
ours=$(free_port); ./kg serve --data "$corpus" --db "$store" --port "$ours" --timeout 600 > "$work/serve.log" 2>&1 & pids+=($!)
bare=$(free_port); "${JCP[@]}" org.w3id.cstokg.bench.BareFuseki "$bare" "$work/bare-tdb2" > "$work/bare.log" 2>&1 & pids+=($!)
ready "http://127.0.0.1:$ours/csto/sparql"; ready "http://127.0.0.1:$bare/csto/sparql"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
"${JCP[@]}" org.w3id.cstokg.bench.LoadClient "http://127.0.0.1:$ours/csto/sparql,http://127.0.0.1:$bare/csto/sparql" \
    queries "$CLIENTS" "$SECONDS_PER_ROUND" "$ROUNDS" "$WARMUP_SECONDS" \
  | sed 's/^endpoint=0 /server=ours /; s/^endpoint=1 /server=bare /'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
