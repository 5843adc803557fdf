#!/usr/bin/env bash
# Profiles one `./kg build` of a synthetic corpus of N files with JFR and prints where the CPU
# samples go, by build stage, with the build's wall time and peak RSS.
# Usage: bench/profile-build.sh 30
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
n="${1:-30}"
work="$here/target/bench-profile"
rm -rf "$work"; mkdir -p "$work"
jfr="$(dirname "$(readlink -f "$(command -v java)")")/jfr"
[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr ] && jfr=/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr
./kg generate --files "$n" --out "$work/corpus" 2>/dev/null
KG_JAVA_OPTS="-XX:StartFlightRecording=filename=$work/build.jfr,settings=profile" \
  /usr/bin/time -f "build N=$n: wall %e s, peak RSS %M KB" ./kg build --data "$work/corpus" --out "$work/kg" 2>&1 \
  | grep -E "Loaded|conforms|exported|Built store|wall"
"$jfr" print --events jdk.ExecutionSample --stack-depth 200 "$work/build.jfr" > "$work/samples.txt"
echo "samples by stage:"
awk -f bench/jfr-stages.awk "$work/samples.txt" | sort -rn
"$jfr" view --width 140 hot-methods "$work/build.jfr" | head -16
"$jfr" print --events jdk.GCHeapSummary "$work/build.jfr" | awk '
  /when = "After GC"/ { after = 1 } /when = "Before GC"/ { after = 0 }
  /heapUsed/ && after { v = $3; if ($4 == "GB") v *= 1024; if ($4 == "kB") v /= 1024; if (v > m) m = v }
  END { printf "largest heap after a GC: %.0f MB\n", m }'
