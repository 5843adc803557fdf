#!/usr/bin/env bash
# kg build against tdb2.tdbloader at one corpus size, in alternating pairs (build, then tdbloader on
# the N-Quads that build wrote), so that both see the same machine; prints each pair's wall and CPU
# seconds and the ratio (tdbloader time / build time; the target is >= 0.7), then the medians.
# The build's store and other dumps are deleted before tdbloader runs, so the disk holds one store at a time.
# Usage: bench/build-pairs.sh                 (N = 1,000, 3 pairs, default heap; about 12 minutes)
#        N=1000 PAIRS=3 HEAP=-Xmx1g SEED=42 bench/build-pairs.sh   (HEAP is given to both; SEED to kg generate)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
N="${N:-1000}"; PAIRS="${PAIRS:-3}"; HEAP="${HEAP:-}"; SEED="${SEED:-42}"
work="$here/target/bench-pairs"
./kg --version >/dev/null                          # builds the jar if it is stale
. bench/common.sh
mkdir -p "$work"
corpus="$work/corpus-$N-seed$SEED"
if [ ! -d "$corpus" ]; then                        # generated aside, then moved: never a partial corpus
  rm -rf "$corpus.part"
  ./kg generate --files "$N" --seed "$SEED" --out "$corpus.part" > "$work/generate.log" 2>&1 \
    || { cat "$work/generate.log" >&2; rm -rf "$corpus.part"; exit 1; }
  mv "$corpus.part" "$corpus"
fi
# Runs a command under /usr/bin/time into $work/time.txt ("wall user sys" seconds); stops the script if it fails.
timed() { /usr/bin/time -f '%e %U %S' -o "$work/time.txt" "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }; }
echo "N=$N pairs=$PAIRS heap=${HEAP:-default} commit=$(git rev-parse --short HEAD)$(git diff HEAD --quiet || echo +changes) load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-5s %9s %9s %12s %12s %6s\n' pair build_s build_cpu tdbloader_s tdbloader_cpu ratio
ratios=(); builds=(); loads=()
for p in $(seq 1 "$PAIRS"); do
  rm -rf "$work/kg" "$work/tdb" "$work/input.nq"
  KG_JAVA_OPTS="$HEAP" timed ./kg build --data "$corpus" --out "$work/kg"; read -r bw bu bs < "$work/time.txt"
  # One store on the disk at a time: tdbloader needs only the N-Quads (at N = 10,000 the build's
  # store and four dumps take about 68 GB). kg/csto-kg.nq is a link into the generation: keep its target.
  mv "$(readlink -f "$work/kg/csto-kg.nq")" "$work/input.nq"
  rm -rf "$work/kg"
  timed "${JCP[@]}" $HEAP tdb2.tdbloader --loc "$work/tdb" "$work/input.nq"; read -r tw tu ts < "$work/time.txt"
  ratio=$(awk -v t="$tw" -v b="$bw" 'BEGIN { printf "%.3f", t / b }')
  ratios+=("$ratio"); builds+=("$bw"); loads+=("$tw")
  printf '%-5s %9s %9.1f %12s %12.1f %6s\n' "$p" "$bw" "$(awk -v u="$bu" -v s="$bs" 'BEGIN{print u+s}')" "$tw" "$(awk -v u="$tu" -v s="$ts" 'BEGIN{print u+s}')" "$ratio"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "median: build $(median "${builds[@]}") s, tdbloader $(median "${loads[@]}") s, ratio $(median "${ratios[@]}") (quads: $(wc -l < "$work/input.nq"); load at end $(cut -d' ' -f1-3 /proc/loadavg))"
rm -rf "$work/tdb" "$work/kg" "$work/input.nq"     # about 7 GB at N = 1,000; the corpus is kept for the next run
