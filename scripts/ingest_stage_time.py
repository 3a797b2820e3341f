#!/usr/bin/env python3
"""Time the ingest stage of `overlap run` on one core, without waiting for matching.

`overlap run` builds a Record for every accepted row (which `validate` does not), so its ingest
costs more than `validate`. On a million rows the whole run takes minutes and gigabytes, so
this script starts `overlap -v run` with one thread, waits for the "read N rows from F files"
line that the run prints right after ingest, then reads the process's CPU time and peak RSS
from /proc and stops it. Linux only; standard library only.

    python3 scripts/make_big_catalogue.py /tmp/big1m.csv
    mkdir -p /tmp/ing1m && ln -sf /tmp/big1m.csv /tmp/ing1m/
    python3 scripts/ingest_stage_time.py target/release/overlap /tmp/ing1m

The CPU time includes start-up and listing the folder (milliseconds); the wall time includes
waiting for the CPU on a loaded machine, so quote the CPU time. `run` resets the kernel's
peak-memory mark as each stage starts (src/stopwatch.rs), so the next stage may reset it before
this script reads it: the peak is the largest VmHWM seen while polling every 10 ms up to the
ingest line.
"""

import os
import subprocess
import sys
import tempfile
import threading
import time


def peak_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            return next(int(l.split()[1]) for l in f if l.startswith("VmHWM"))
    except (OSError, StopIteration):
        return 0


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[0])
        print("usage: ingest_stage_time.py OVERLAP_BINARY INPUT_DIR", file=sys.stderr)
        return 2
    binary, input_dir = sys.argv[1], sys.argv[2]
    env = dict(os.environ, RAYON_NUM_THREADS="1")
    with tempfile.TemporaryDirectory() as out:
        started = time.time()
        proc = subprocess.Popen(
            [binary, "-v", "run", input_dir, "--period", "2026-11", "--out", out, "--force",
             "--no-previous", "-j", "1"],
            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env, text=True)
        assert proc.stderr is not None
        peak = [0]
        done = threading.Event()

        def poll() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], peak_kb(proc.pid))
                time.sleep(0.01)

        threading.Thread(target=poll, daemon=True).start()
        for line in proc.stderr:
            if "rows from" not in line:
                continue
            wall = time.time() - started
            with open(f"/proc/{proc.pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            tick = os.sysconf("SC_CLK_TCK")
            user, system = int(fields[11]) / tick, int(fields[12]) / tick
            done.set()
            peak_kb_seen = max(peak[0], peak_kb(proc.pid))
            proc.kill()
            proc.wait()
            print(f"{line.strip()}\ningest: cpu {user + system:.2f} s ({user:.2f} user + "
                  f"{system:.2f} sys), wall {wall:.2f} s, peak RSS {peak_kb_seen // 1024} MB")
            return 0
        done.set()
        proc.wait()
        print(f"the run ended (exit {proc.returncode}) without the ingest line", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
