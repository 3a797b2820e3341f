#!/usr/bin/env bash
# A long fuzz run: the property-based fuzzer in tests/fuzz_ingest.rs (module `fuzz`) in rounds
# of PROPTEST_CASES cases per property, for MINUTES minutes, niced, on the debug build.
# (cargo-fuzz needs a nightly compiler; this project builds on stable, so proptest it is.)
# Usage: scripts/fuzz.sh [MINUTES]   (default 30; PROPTEST_CASES per round, default 2000)
# Prints the executions (cases run) and stops at the first failure, which proptest shrinks and
# prints; add the shrunk input to the regressions in tests/fuzz_ingest.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-30}
cases=${PROPTEST_CASES:-2000}
bin=$(cargo test --test fuzz_ingest --no-run 2>&1 | sed -n 's/.*Executable.*(\(.*\))$/\1/p' | tail -1)
[[ -x $bin ]] || { echo "fuzz: could not build the fuzz_ingest test binary" >&2; exit 1; }
# Run a copy, so that rebuilding while the fuzzer runs does not replace it.
copy=$(mktemp "${TMPDIR:-/tmp}/fuzz_ingest.XXXXXX")
log=$(mktemp "${TMPDIR:-/tmp}/fuzz_ingest_log.XXXXXX")
trap 'rm -f "$copy" "$log"' EXIT
cp "$bin" "$copy"
chmod +x "$copy"
props=$("$copy" --list fuzz:: 2>/dev/null | grep -c ': test$' || true)
((props > 0)) || { echo "fuzz: no properties found in module fuzz" >&2; exit 1; }
start=$SECONDS
end=$((SECONDS + minutes * 60))
rounds=0
while ((SECONDS < end)); do
    if ! PROPTEST_CASES=$cases nice -n 19 "$copy" fuzz:: >"$log" 2>&1; then
        cat "$log"
        echo "fuzz: FAILED in round $((rounds + 1)), after $((rounds * cases * props)) executions in $((SECONDS - start))s"
        exit 1
    fi
    rounds=$((rounds + 1))
    echo "fuzz: $(date -u +%H:%M:%S) round $rounds: $((rounds * cases * props)) executions, $((SECONDS - start))s"
done
echo "fuzz: $((rounds * cases * props)) executions ($props properties x $cases cases x $rounds rounds) in $((SECONDS - start))s, no failures"
