#!/usr/bin/env bash
# Whole-run benchmark for `overlap` (issue 7): wall time, peak memory, per-stage timings and
# F1 against planted truth, at 10k, 100k and 1M efforts across 50 departments (seed 1).
#
# Usage:
#   scripts/bench.sh                       # build release once, then all sizes
#   SIZES="100000" scripts/bench.sh        # one size
#   BENCH_DIR=/data/bench scripts/bench.sh # scratch folder (default /tmp/overlap-bench)
#   NO_BUILD=1 scripts/bench.sh            # use the existing target/release/overlap
#   THREADS=1 scripts/bench.sh             # pass --threads to `overlap run`
#   BIN=target/debug/overlap NO_BUILD=1 SIZES=2000 scripts/bench.sh   # dry run of the script
#
# For each size it:
#   1. generates BENCH_DIR/n<N>/ with `overlap generate --departments 50 --efforts N --seed 1`
#      (kept between runs; regenerated only if missing or made by another binary version),
#   2. runs `/usr/bin/time -v target/release/overlap run BENCH_DIR/n<N>/catalogues
#      --out BENCH_DIR/n<N>/pack --period 2026-11 --no-previous --force`,
#   3. reads the stage timings from pack/run.json ("timings": [{"stage", "seconds"}]),
#   4. runs `overlap evaluate --truth BENCH_DIR/n<N>/truth.csv pack/pairs.csv --format json`
#      (keys precision, recall, f1),
# and prints one Markdown table (also saved to BENCH_DIR/results.md).
#
# Needs: bash, cargo, python3 (standard library only, to read JSON) and GNU time at
# /usr/bin/time (Debian/Ubuntu package `time`; the shell's `time` keyword cannot report peak
# memory). The data lives outside the repository: 1M efforts is about 470 MB of CSV.
# Peak memory is the maximum resident set size of the `overlap run` process.

set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_DIR="${BENCH_DIR:-/tmp/overlap-bench}"
SIZES="${SIZES:-10000 100000 1000000}"
DEPARTMENTS="${DEPARTMENTS:-50}"
SEED="${SEED:-1}"
BIN="${BIN:-$REPO/target/release/overlap}"

die() { echo "bench.sh: $*" >&2; exit 1; }

[[ -x /usr/bin/time ]] || die "GNU time not found at /usr/bin/time; install it (apt-get install time)"
command -v python3 >/dev/null || die "python3 not found; it is used to read run.json and evaluate's JSON"
case "$BENCH_DIR" in
  "$REPO"|"$REPO"/*) die "BENCH_DIR ($BENCH_DIR) is inside the repository; choose a scratch folder outside it" ;;
esac

if [[ -z "${NO_BUILD:-}" ]]; then
  echo "building release binary (once)..." >&2
  (cd "$REPO" && cargo build --release 2>&1 | tail -3) >&2
fi
[[ -x "$BIN" ]] || die "$BIN not found; build it with cargo build --release"
VERSION="$("$BIN" --version)"

mkdir -p "$BENCH_DIR"
RESULTS="$BENCH_DIR/results.md"

# Reads "Elapsed (wall clock)" (h:mm:ss or m:ss.ss) and "Maximum resident set size" from a
# `time -v` log; prints "<seconds> <MiB>".
time_figures() {
  python3 - "$1" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text)
rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
seconds = 0.0
if wall:
    for part in wall.group(1).split(":"):
        seconds = seconds * 60 + float(part)
print(f"{seconds:.2f} {int(rss.group(1)) / 1024 if rss else 0:.0f}")
PY
}

# Prints "stage=seconds ..." from run.json's timings, or "-" if absent.
stage_timings() {
  python3 - "$1" <<'PY'
import json, sys
try:
    timings = json.load(open(sys.argv[1], encoding="utf-8")).get("timings", [])
    print(" ".join(f"{t['stage']}={float(t['seconds']):.2f}" for t in timings) or "-")
except (OSError, ValueError, KeyError, TypeError, AttributeError):
    print("-")
PY
}

# Prints "precision recall f1" from evaluate's JSON on stdin, or "- - -".
quality() {
  python3 -c '
import json, sys
try:
    d = json.load(sys.stdin)
    print(" ".join(f"{float(d[k]):.3f}" for k in ("precision", "recall", "f1")))
except (ValueError, KeyError, TypeError):
    print("- - -")
'
}

{
  echo "# overlap whole-run benchmark"
  echo
  echo "$VERSION; $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ); $DEPARTMENTS departments, seed $SEED${THREADS:+, --threads $THREADS}"
  echo
  echo "| efforts | generate s | run wall s | run peak RSS MiB | precision | recall | F1 | stages (s) |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
} | tee "$RESULTS"

for N in $SIZES; do
  DIR="$BENCH_DIR/n$N"
  STAMP="$DIR/.generated-by"
  GEN_SECONDS="-"
  if [[ ! -f "$STAMP" || "$(cat "$STAMP")" != "$VERSION $DEPARTMENTS $N $SEED" ]]; then
    /usr/bin/time -v -o "$BENCH_DIR/generate-$N.time" \
      "$BIN" generate --quiet --departments "$DEPARTMENTS" --efforts "$N" --seed "$SEED" --out "$DIR" --force
    echo "$VERSION $DEPARTMENTS $N $SEED" > "$STAMP"
    read -r GEN_SECONDS _ < <(time_figures "$BENCH_DIR/generate-$N.time")
  fi

  RUN_ARGS=(run "$DIR/catalogues" --out "$DIR/pack" --period 2026-11 --no-previous --force --quiet)
  [[ -n "${THREADS:-}" ]] && RUN_ARGS+=(--threads "$THREADS")
  if ! /usr/bin/time -v -o "$BENCH_DIR/run-$N.time" "$BIN" "${RUN_ARGS[@]}" 2> "$BENCH_DIR/run-$N.stderr"; then
    echo "| $N | $GEN_SECONDS | failed: see $BENCH_DIR/run-$N.stderr | | | | | |" | tee -a "$RESULTS"
    continue
  fi
  read -r WALL RSS < <(time_figures "$BENCH_DIR/run-$N.time")
  STAGES="$(stage_timings "$DIR/pack/run.json")"
  read -r P R F < <("$BIN" evaluate --truth "$DIR/truth.csv" "$DIR/pack/pairs.csv" --format json 2>/dev/null | quality)
  echo "| $N | $GEN_SECONDS | $WALL | $RSS | $P | $R | $F | $STAGES |" | tee -a "$RESULTS"
done

echo >&2
echo "saved to $RESULTS; time -v logs beside it" >&2
