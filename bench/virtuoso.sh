#!/usr/bin/env bash
# kg serve side by side with OpenLink Virtuoso 7 (Debian's virtuoso-opensource) on exactly the quads
# kg serve holds: the store's TDB2 folder dumped with tdb2.tdbdump and bulk-loaded into a Virtuoso
# with a temporary database on a free loopback port. Then every competency question and ASK {} on
# both, alternating request by request (bench/SideBySide.java), WARMUP requests and at least
# WARMUP_SECONDS (default 5) of them each first, so that both run their steady state, RUNS
# timed rounds; prints the per-query table (rows, medians, ratio, whether Virtuoso's answer equals
# ours) in Markdown and keeps the raw figures in OUT_DIR. Then light-query throughput: the
# competency questions that answer fewer than 1,000 rows here, sent by CLIENTS closed-loop clients
# (bench's LoadClient, test code: ./mvnw test-compile first) for LOAD_SECONDS each, ROUNDS rounds with the
# two servers in turn; THROUGHPUT=0 leaves it out.
# Usage: bench/virtuoso.sh STORE-ROOT DATA-DIR        (a store built by ./kg build --data DATA-DIR --out STORE-ROOT)
#        WARMUP=5 RUNS=20 OUT_DIR=target/bench/virtuoso bench/virtuoso.sh target/bench/kg-1000 target/bench/corpus-1000
# Installs virtuoso-opensource with apt-get if virtuoso-t is missing (needs root).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
store="$(cd "$1" && pwd)"; data="$2"
WARMUP="${WARMUP:-5}"; RUNS="${RUNS:-20}"; WARMUP_SECONDS="${WARMUP_SECONDS:-5}"
CLIENTS="${CLIENTS:-4,16}"; SECONDS_EACH="${LOAD_SECONDS:-20}"; ROUNDS="${ROUNDS:-2}"; THROUGHPUT="${THROUGHPUT:-1}"
out="${OUT_DIR:-$here/target/bench/virtuoso}"
rm -rf "$out"; mkdir -p "$out/db" "$out/load"

if ! command -v virtuoso-t >/dev/null; then
  echo "virtuoso: installing virtuoso-opensource from Debian" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >&2
fi
./kg --version >/dev/null                                   # builds the jar if it is stale
. bench/common.sh
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

# The quads kg serve holds (every named graph; the default graph of the store is empty).
"$JAVA" -cp "$jar" tdb2.tdbdump --loc "$store/current/tdb2" > "$out/load/quads.nq"
quads=$(wc -l < "$out/load/quads.nq")
echo "virtuoso: $quads quads dumped from $store" >&2

sql_port=$(free_port); http_port=$(free_port)
cat > "$out/virtuoso.ini" <<EOF
[Database]
DatabaseFile = $out/db/virtuoso.db
ErrorLogFile = $out/db/virtuoso.log
LockFile = $out/db/virtuoso.lck
TransactionFile = $out/db/virtuoso.trx
xa_persistent_file = $out/db/virtuoso.pxa
[TempDatabase]
DatabaseFile = $out/db/virtuoso-temp.db
TransactionFile = $out/db/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:$sql_port
DisableUnixSocket = 1
CheckpointInterval = 0
DirsAllowed = ., $out/load, /usr/share/virtuoso-opensource-7/vad
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
ThreadsPerQuery = $(nproc)
MaxQueryMem = 1G
[HTTPServer]
ServerPort = 127.0.0.1:$http_port
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 20
MaxKeepAlives = 20
EnabledGzipContent = 0
[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
EOF
(cd "$out/db" && exec virtuoso-t +foreground +configfile "$out/virtuoso.ini" > "$out/virtuoso.out" 2>&1) &
virt_pid=$!; pids+=("$virt_pid")                                 # the subshell execs virtuoso-t: its pid
isql() { isql-vt "127.0.0.1:$sql_port" dba dba "$@"; }
for _ in $(seq 1 120); do isql exec="status();" >/dev/null 2>&1 && break; sleep 0.5; done
t0=$(date +%s%N)
isql exec="ld_dir('$out/load', 'quads.nq', 'urn:x-virtuoso:no-default-graph'); rdf_loader_run(); checkpoint;" > "$out/load.log" 2>&1
load_s=$(( ($(date +%s%N) - t0) / 1000000 ))
loaded=$(isql exec="SPARQL SELECT COUNT(*) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), 'https://w3id.org/csto-kg/')) };" 2>/dev/null | awk '/^[0-9]+ *$/ {print $1; exit}')
echo "virtuoso: bulk load ${load_s} ms, $loaded quads in the csto-kg graphs (of $quads dumped)" >&2

ours_port=$(free_port)                                      # no query timeout, as Virtuoso's here
./kg serve --data "$data" --db "$store" --port "$ours_port" --timeout 600 > "$out/serve.log" 2>&1 & pids+=($!)
ours_pid=$!
# kg serve first builds the store if it is out of date with the data and ontology (minutes at N = 1,000):
# wait as long as it runs, up to an hour.
for _ in $(seq 1 7200); do
  curl -sf -m 5 -o /dev/null --data-urlencode 'query=ASK {}' "http://127.0.0.1:$ours_port/csto/sparql" && break
  if ! kill -0 "$ours_pid" 2>/dev/null; then
    echo "virtuoso: kg serve ended before it answered; the end of $out/serve.log:" >&2; tail -5 "$out/serve.log" >&2; exit 1
  fi
  grep -q "building it" "$out/serve.log" 2>/dev/null && [ -z "${said_building:-}" ] && \
    { echo "virtuoso: kg serve is rebuilding $store first (out of date with $data and ontology/)" >&2; said_building=1; }
  sleep 0.5
done
curl -sf -m 5 -o /dev/null --data-urlencode 'query=ASK {}' "http://127.0.0.1:$ours_port/csto/sparql" \
  || { echo "virtuoso: kg serve did not answer within an hour" >&2; exit 1; }

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" -Dwarmup.seconds="$WARMUP_SECONDS" -cp "$jar" bench/SideBySide.java "$WARMUP" "$RUNS" \
    "ours=http://127.0.0.1:$ours_port/csto/sparql@$ours_pid,virtuoso=http://127.0.0.1:$http_port/sparql@$virt_pid" \
    ask queries/cq*.rq > "$out/side-by-side.tsv"
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "Commit $(git rev-parse --short HEAD)$(git diff --quiet || echo +changes), $(date -u '+%Y-%m-%d %H:%M UTC'); $quads quads ($loaded loaded into Virtuoso in ${load_s} ms); $WARMUP warm-up requests and at least $WARMUP_SECONDS s of them, then $RUNS alternating rounds per query; load average $load_start at start, $load_end at end."
echo
echo "| query | rows ours | rows Virtuoso | ours median ms | Virtuoso median ms | ratio ours/Virtuoso | same answer |"
echo "|---|---:|---:|---:|---:|---:|---|"
awk -F'\t' 'NR > 1 { if ($2 == "ours") { q = $1; r = $3; m = $4 } else
  printf "| %s | %s | %s | %s | %s | %.2f | %s |\n", q, r, $3, m, $4, m / $4, $8 }' "$out/side-by-side.tsv"

[ "$THROUGHPUT" = 1 ] || exit 0
if [ ! -d target/test-classes/org/w3id/cstokg/bench ]; then ./mvnw -q -o test-compile >&2; fi
light="$out/light-queries"; mkdir -p "$light"
# The competency questions with fewer than 1,000 rows on our side (the side-by-side table's rows).
awk -F'\t' 'NR > 1 && $2 == "ours" && $1 ~ /^cq/ && $3 < 1000 { print $1 }' "$out/side-by-side.tsv" \
  | while read -r q; do cp "queries/$q.rq" "$light/"; done
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
"${JCP[@]}" org.w3id.cstokg.bench.LoadClient \
    "http://127.0.0.1:$ours_port/csto/sparql,http://127.0.0.1:$http_port/sparql" "$light" "$CLIENTS" "$SECONDS_EACH" "$ROUNDS" 10 \
    > "$out/throughput.txt"
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "Light-query throughput: $(ls "$light" | sed 's/\.rq$//' | paste -sd' ' -) in turn, ${SECONDS_EACH} s per run, $ROUNDS rounds alternating the servers after 10 s of warm-up each; load average $load_start at start, $load_end at end."
echo
echo "| clients | ours qps | Virtuoso qps | ratio ours/Virtuoso | ours p99 ms | Virtuoso p99 ms | errors ours / Virtuoso |"
echo "|---:|---:|---:|---:|---:|---:|---|"
awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
       k = v["clients"]; e = v["endpoint"]; qps[k, e] += v["qps"]; n[k, e]++; err[k, e] += v["errors"]
       if (v["p99_ms"] > p99[k, e]) p99[k, e] = v["p99_ms"]; if (!(k in seen)) { seen[k] = 1; order[++m] = k } }
     END { for (i = 1; i <= m; i++) { k = order[i]; a = qps[k, 0] / n[k, 0]; b = qps[k, 1] / n[k, 1]
       printf "| %s | %.1f | %.1f | %.2f | %.1f | %.1f | %d / %d |\n", k, a, b, a / b, p99[k, 0], p99[k, 1], err[k, 0], err[k, 1] } }' \
  "$out/throughput.txt"
