#!/usr/bin/env bash
# Turns bench/run.sh's results.tsv into docs/benchmarks.md: medians per figure, ratios against the bare tools.
set -euo pipefail
results="$1"
# field VALUE of KEY in a line of key=value words
awk -v today="$(date -u +%Y-%m-%d)" '
function val(key,   i, kv) { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == key) return substr($i, length(key) + 2) } return "" }
function median(list,   n, a, i, j, t) { n = split(list, a, " "); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
  return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
function add(k, v) { data[k] = (k in data) ? data[k] " " v : v; cnt[k]++ }
BEGIN { FS = "\t| " }
$1 == "machine"   { machine = $0; sub(/^machine /, "", machine) }
$1 == "versions"  { versions = $0; sub(/^versions /, "", versions) }
$1 == "load_start" { load0 = $2 " " $3 " " $4 }
$1 == "load_end"   { load1 = $2 " " $3 " " $4 }
$1 == "build" || $1 == "tdbloader" || $1 == "riot" { n = val("n"); sizes[n] = 1; add($1 "," n ",wall", val("wall_s")); add($1 "," n ",rss", val("rss_kb"))
  add($1 "," n ",heap", val("heap_mb"))
  if ($1 == "build") { inferred[n] = val("inferred"); dumps[n] = val("dumps"); nq[n] = val("nq_quads") } }
$1 == "endpoint" { k = val("graph") "," val("server") "," val("clients"); graphs[val("graph")] = 1; rounds[k]++
  add("qps," k, val("qps")); add("p50," k, val("p50_ms")); add("p99," k, val("p99_ms")); errs[k] += val("errors") }
$1 == "endpoint_rss" { rss[val("graph") "," val("server")] = val("rss_kb") }
$1 == "silent" { silent[val("graph") "," val("server")] = val("timeout_s") }
$1 == "coldstart" { add("cold," val("graph") "," val("server"), val("first_answer_ms")) }
$1 == "querycold" { add("query," val("mode") ",wall", val("wall_s")); add("query," val("mode") ",rss", val("rss_kb")) }
$1 == "cq" { cq[++ncq] = val("query") "|" val("rows") "|" val("median_ms") "|" val("max_ms") }
END {
  print "# Benchmarks"
  print ""
  print "Written by `bench/run.sh` on " today " (every figure below is from that one run; rerun it to refresh)."
  print "Absolute times on a shared machine are noise; the ratios, measured in the same run, are the point."
  print ""
  print "- Machine: " machine
  print "- Versions: " versions
  print "- Load average (1, 5, 15 min) at start: " load0 "; at end: " load1 "."
  print ""
  print "## 1. Build against tdb2.tdbloader"
  print ""
  print "`./kg build` (two passes over the YAML; per chunk of files: RDF, SHACL + QC, RDFS closure; the streamed dumps;"
  print "the bulk loader and the text index; VoID from the store; the whole-graph formats up to 1,000,000 quads) against"
  print "`tdb2.tdbloader` loading the N-Quads dump that build wrote, and `riot --count` parsing it. Wall"
  print "times are medians, including JVM start; the ratio is tdbloader time / build time (≥ 0.7 is the target)."
  print "\"Dump files\" counts the `csto-kg.*` files the build wrote (9 = every format; 4 = N-Quads, TriG, N-Triples, Turtle)."
  print "Peak RSS includes the memory-mapped TDB2 files; \"heap after GC\" is the largest heap left after any GC (`-Xlog:gc`); `./kg build` runs with the parallel collector and tdbloader with the JVM default (G1), so the two heap columns are not comparable (a young collection of the parallel collector leaves old garbage in)."
  print ""
  print "| N files | quads in dump | inferred quads | dump files | build s | build fact files/s | build quads/s | build peak RSS MB | build heap after GC MB | tdbloader s | tdbloader peak RSS MB | tdbloader heap after GC MB | riot --count s | ratio build/tdbloader throughput |"
  print "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for (n in sizes) order[++ns] = n + 0
  for (i = 1; i <= ns; i++) for (j = i + 1; j <= ns; j++) if (order[j] < order[i]) { t = order[i]; order[i] = order[j]; order[j] = t }
  for (i = 1; i <= ns; i++) { n = order[i]; b = median(data["build," n ",wall"]); t = median(data["tdbloader," n ",wall"])
    printf "| %d | %d | %d | %d | %.1f (%d runs) | %.2f | %.0f | %.0f | %s | %.1f | %.0f | %s | %.1f | %.2f |\n", n, nq[n], inferred[n], dumps[n], b, cnt["build," n ",wall"], n / b, nq[n] / b,
      median(data["build," n ",rss"]) / 1024, median(data["build," n ",heap"]), t, median(data["tdbloader," n ",rss"]) / 1024, median(data["tdbloader," n ",heap"]), median(data["riot," n ",wall"]), t / b }
  print ""
  print "## 2. Endpoint: kg serve against a bare Fuseki on the same TDB2 store"
  print ""
  print "Closed loop: each client sends the competency questions (`queries/cq*.rq`) in turn, one at a time, for a"
  print "fixed time, after unmeasured load at the largest client count on each server (`WARMUP_SECONDS`, 15 s by default). The bare Fuseki (`BareFuseki`: only a query service, no text index, UI,"
  print "request log or timeout) serves a copy of the same TDB2 folder, and ours runs with a 600 s timeout, so neither cuts a query short; both run side by side and the load client"
  print "alternates between them, round by round, so drifting machine load falls on both alike. Figures are medians"
  print "over the rounds; ratios ours / bare (throughput ≥ 0.95, p99 ≤ 1.2 at 16 clients are the targets)."
  print ""
  print "| graph | clients | ours q/s | bare q/s | throughput ratio | ours p50 ms | bare p50 ms | ours p99 ms | bare p99 ms | p99 ratio | errors ours/bare |"
  print "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  split("1 4 16", cl, " ")
  ng = 0; if ("real" in graphs) gl[++ng] = "real"; for (g in graphs) if (g != "real") gl[++ng] = g
  for (gi = 1; gi <= ng; gi++) for (c = 1; c <= 3; c++) { g = gl[gi]; o = g ",ours," cl[c]; b = g ",bare," cl[c]; if (!(o in rounds)) continue
    qo = median(data["qps," o]); qb = median(data["qps," b]); p99o = median(data["p99," o]); p99b = median(data["p99," b])
    printf "| %s | %d | %.1f | %.1f | %.2f | %.1f | %.1f | %.1f | %.1f | %.2f | %d/%d |\n", (g == "real" ? "real (EDM 19/2)" : "N = " g), cl[c], qo, qb, qo / qb, median(data["p50," o]), median(data["p50," b]), p99o, p99b, p99o / p99b, errs[o], errs[b] }
  print ""
  print "| graph | ours peak RSS MB | bare peak RSS MB | ratio |"
  print "|---|---:|---:|---:|"
  for (gi = 1; gi <= ng; gi++) { g = gl[gi]; printf "| %s | %.0f | %.0f | %.2f |\n", g, rss[g ",ours"] / 1024, rss[g ",bare"] / 1024, rss[g ",ours"] / rss[g ",bare"] }
  print ""
  print "## 3. Cold start"
  print ""
  print "From launching the server (jar and store built) to the first correct answer of `cq01` over HTTP (median ms);"
  print "ratio ours / bare (≤ 1.1 is the target). `kg serve` also checks the sources against the store stamp, and runs"
  print "with the class-data-sharing archive `./kg` keeps for it (`target/kg-serve.jsa`, written when the first `kg serve`"
  print "after a rebuild stops); the bare Fuseki runs without one, as one would run it."
  print ""
  print "| graph | kg serve ms | bare Fuseki ms | ratio |"
  print "|---|---:|---:|---:|"
  for (k in silent) { split(k, f, ","); print "| " f[1] " | " (f[2] == "ours" ? "no answer in " silent[k] " s" : "") " | " (f[2] == "bare" ? "no answer in " silent[k] " s" : "") " | — |" }
  for (gi = 1; gi <= ng; gi++) { g = gl[gi]; if (!(("cold," g ",ours") in data) || !(("cold," g ",bare") in data)) continue; o = median(data["cold," g ",ours"]); b = median(data["cold," g ",bare"]); printf "| %s | %.0f | %.0f | %.2f |\n", g, o, b, o / b }
  print ""
  print "`./kg query queries/cq01-member-states.rq` cold (JVM start, load of the TriG dump, query), median wall s, without"
  print "and with the class-data-sharing archive `./kg` keeps for each command (`-XX:SharedArchiveFile=target/kg-query.jsa -XX:+AutoCreateSharedArchive`;"
  print "the first run of the command after a rebuild writes it; `KG_CDS=0` turns it off):"
  print ""
  print "| mode | wall s | peak RSS MB |"
  print "|---|---:|---:|"
  split("plain cds-first-run cds", modes, " "); for (m = 1; m <= 3; m++) { mode = modes[m]; if (("query," mode ",wall") in data) printf "| %s | %.2f | %.0f |\n", mode, median(data["query," mode ",wall"]), median(data["query," mode ",rss"]) / 1024 }
  print ""
  print "## 4. Competency questions in-process (real graph)"
  print ""
  print "Each query on the built store as the server opens it (TDB2 + text index, union default graph), after 20"
  print "warm-up rounds through all of them, 101 timed runs; target: every one under 5 ms."
  print ""
  print "| query | rows | median ms | max ms |"
  print "|---|---:|---:|---:|"
  for (i = 1; i <= ncq; i++) { split(cq[i], f, "|"); printf "| %s | %s | %s | %s |\n", f[1], f[2], f[3], f[4] }
}' "$results"
