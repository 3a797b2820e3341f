#!/usr/bin/env python3
"""Side-by-side comparison of `overlap` and Splink 4 (DuckDB) on generated catalogues (issue 7).

Runs Splink 4 as its documentation suggests (blocking rules on name tokens and first letters;
comparisons for name, description, capabilities and start date; u by random sampling, m by EM;
predict at match probability 0.5; links only across departments), measures its wall time and
peak memory, and scores its pairs against the planted truth. It then runs the `overlap`
binary on the same folder under /usr/bin/time and prints one Markdown table with both.

Setup, in a throwaway virtual environment outside the repository (not used by CI):

    python3 -m venv /tmp/splink-venv && /tmp/splink-venv/bin/pip install "splink>=4,<5" duckdb

Usage:

    target/release/overlap generate --departments 50 --efforts 100000 --seed 1 --out /tmp/gen100k
    /tmp/splink-venv/bin/python scripts/splink_compare.py /tmp/gen100k \
        --overlap-bin target/release/overlap

The blocking rules are sized for 100,000 efforts (about 34 million candidate pairs from the
equality rules on 50 departments, covering 95% of true pairs); at 1,000,000 they would generate
about 100 times more.

DATA_DIR is what `overlap generate` wrote: DATA_DIR/catalogues/*.csv and DATA_DIR/truth.csv.
Peak memory for Splink is the peak resident set size of this Python process (DuckDB runs
in-process), from resource.getrusage(RUSAGE_SELF).ru_maxrss, measured before overlap runs
(overlap is a child process and is measured by /usr/bin/time -v). Splink's wall time covers
loading the CSVs, feature preparation, training and prediction.
"""

import argparse
import csv
import json
import math
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

STOP = {
    "a", "an", "and", "for", "of", "the", "to", "in", "on", "with", "by", "your", "from",
    "it", "is", "its", "at", "as", "or", "be", "this", "that", "their", "each", "every",
}
TOKEN = re.compile(r"[a-z0-9]+")


def tokens(text):
    return [t for t in TOKEN.findall(text.lower()) if t not in STOP]


def iso_date(text):
    """ISO (2026-11-01) or UK (01/11/2026) to ISO; anything else to None."""
    text = (text or "").strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return text
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if m:
        return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    return None


def load(data_dir):
    """Reads every catalogue into one list of dicts with the features Splink compares."""
    rows = []
    for path in sorted((data_dir / "catalogues").glob("*.csv")):
        with open(path, encoding="utf-8-sig", newline="") as f:
            for r in csv.DictReader(f):
                rows.append(r)
    name_df = Counter(t for r in rows for t in set(tokens(r["name"])))
    desc_df = Counter(t for r in rows for t in set(tokens(r["description"])))
    records = []
    for r in rows:
        name_tokens = sorted(set(tokens(r["name"])), key=lambda t: (name_df[t], t))
        desc_tokens = sorted(set(tokens(r["description"])), key=lambda t: (desc_df[t], t))
        name_norm = " ".join(tokens(r["name"]))
        records.append({
            "unique_id": f"{r['department']}\x1f{r['record_id']}",
            "department": r["department"],
            "name_norm": name_norm or None,
            # The rarest name and description tokens, for blocking.
            "name_tok_1": name_tokens[0] if name_tokens else None,
            "name_tok_2": name_tokens[1] if len(name_tokens) > 1 else None,
            "desc_tok_1": desc_tokens[0] if desc_tokens else None,
            "first_capability": min((c.strip().lower() for c in r["capabilities"].split(";") if c.strip()), default=None),
            "name_first4": name_norm[:4] or None,
            "desc_tokens": desc_tokens or None,
            "capabilities": sorted({c.strip().lower() for c in r["capabilities"].split(";") if c.strip()}) or None,
            "user_groups": sorted({u.strip().lower() for u in r["user_groups"].split(";") if u.strip()}) or None,
            "start_date": iso_date(r["start_date"]),
        })
    return records


def read_truth(data_dir):
    pairs = set()
    with open(data_dir / "truth.csv", encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            a = f"{r['department_a']}\x1f{r['record_id_a']}"
            b = f"{r['department_b']}\x1f{r['record_id_b']}"
            pairs.add(frozenset((a, b)))
    return pairs


def quality(found, truth):
    tp = len(found & truth)
    precision = tp / len(found) if found else 0.0
    recall = tp / len(truth) if truth else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def run_splink(records, threshold, u_max_pairs):
    """Trains and predicts with Splink 4 on DuckDB; returns the set of predicted pairs."""
    import pandas as pd
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    df = pd.DataFrame.from_records(records)
    # One input table per department with link_only: Splink then compares only across tables,
    # i.e. across departments, which is the documented way to link several datasets.
    frames = [g.drop(columns=["department"]).reset_index(drop=True) for _, g in df.groupby("department", sort=True)]

    settings = SettingsCreator(
        link_type="link_only",
        unique_id_column_name="unique_id",
        blocking_rules_to_generate_predictions=[
            block_on("name_tok_1"),
            block_on("name_tok_2"),
            # A typo makes the misspelt word the rarest token on one side only.
            "l.name_tok_1 = r.name_tok_2",
            "l.name_tok_2 = r.name_tok_1",
            block_on("desc_tok_1"),
            block_on("name_first4", "first_capability"),
        ],
        comparisons=[
            cl.JaroWinklerAtThresholds("name_norm", [0.95, 0.88, 0.8]),
            cl.ArrayIntersectAtSizes("desc_tokens", [8, 4, 2]),
            cl.ArrayIntersectAtSizes("capabilities", [3, 2, 1]),
            cl.ArrayIntersectAtSizes("user_groups", [2, 1]),
            cl.AbsoluteDateDifferenceAtThresholds(
                "start_date", input_is_string=True, metrics=["year", "year"], thresholds=[1, 3],
                datetime_format="%Y-%m-%d",
            ),
        ],
        retain_intermediate_calculation_columns=False,
    )
    linker = Linker(frames, settings, db_api=DuckDBAPI())
    linker.training.estimate_probability_two_random_records_match(
        [block_on("name_norm")], recall=0.7
    )
    # Splink warns that its default (1e6) is too small for large inputs: at 100k efforts an
    # exact name match is then never sampled and that level's u stays untrained, which
    # voids every prediction. 1e7 samples it, at a cost in memory (see --u-max-pairs).
    linker.training.estimate_u_using_random_sampling(max_pairs=u_max_pairs)
    # Two EM sessions, each blocked on a different field so every comparison gets trained.
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("name_tok_1"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("desc_tok_1"))
    predictions = linker.inference.predict(threshold_match_probability=threshold)
    out = predictions.as_pandas_dataframe()
    print(f"Splink predicted {len(out)} pairs at match probability >= {threshold}", file=sys.stderr)
    return {frozenset((a, b)) for a, b in zip(out["unique_id_l"], out["unique_id_r"]) if a != b}


def time_v_figures(log):
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", log)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", log)
    seconds = 0.0
    if wall:
        for part in wall.group(1).split(":"):
            seconds = seconds * 60 + float(part)
    return seconds, (int(rss.group(1)) / 1024 if rss else math.nan)


def run_overlap(binary, data_dir, truth):
    """Runs `overlap run` under /usr/bin/time -v and `overlap evaluate`; returns figures."""
    with tempfile.TemporaryDirectory(prefix="overlap-compare-") as tmp:
        pack = Path(tmp) / "pack"
        timelog = Path(tmp) / "time.log"
        cmd = ["/usr/bin/time", "-v", "-o", str(timelog), binary, "run", str(data_dir / "catalogues"),
               "--out", str(pack), "--period", "2026-11", "--no-previous", "--quiet"]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"overlap run failed ({done.returncode}): {done.stderr.strip()}")
        wall, rss = time_v_figures(timelog.read_text(encoding="utf-8", errors="replace"))
        evaluated = subprocess.run(
            [binary, "evaluate", "--truth", str(data_dir / "truth.csv"), str(pack / "pairs.csv"), "--format", "json"],
            capture_output=True, text=True,
        )
        try:
            d = json.loads(evaluated.stdout)
            p, r, f = float(d["precision"]), float(d["recall"]), float(d["f1"])
        except (ValueError, KeyError, TypeError):
            # Fall back to scoring pairs.csv here, so the table does not depend on evaluate.
            found = set()
            with open(pack / "pairs.csv", encoding="utf-8-sig", newline="") as fh:
                for row in csv.DictReader(fh):
                    found.add(frozenset((f"{row['department_a']}\x1f{row['record_id_a']}",
                                         f"{row['department_b']}\x1f{row['record_id_b']}")))
            p, r, f = quality(found, truth)
        return wall, rss, p, r, f


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="folder written by `overlap generate`")
    parser.add_argument("--overlap-bin", default="target/release/overlap", help="the overlap binary")
    parser.add_argument("--threshold", type=float, default=0.5, help="Splink match probability threshold")
    parser.add_argument("--u-max-pairs", type=float, default=1e7,
                        help="pairs sampled to estimate u (Splink's default is 1e6; 1e7 used "
                             "13 GiB at 10k efforts)")
    parser.add_argument("--skip-overlap", action="store_true", help="run Splink only")
    parser.add_argument("--skip-splink", action="store_true", help="run overlap only")
    args = parser.parse_args()

    if not (args.data_dir / "truth.csv").is_file():
        sys.exit(f"{args.data_dir}/truth.csv not found: pass the folder `overlap generate --out` wrote")
    truth = read_truth(args.data_dir)
    rows = []

    if not args.skip_splink:
        start = time.perf_counter()
        records = load(args.data_dir)
        found = run_splink(records, args.threshold, args.u_max_pairs)
        wall = time.perf_counter() - start
        # ru_maxrss is in KiB on Linux.
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        p, r, f = quality(found, truth)
        import splink
        rows.append((f"Splink {splink.__version__} (DuckDB), threshold {args.threshold}", wall, peak, p, r, f))
        n = len(records)
    else:
        n = sum(1 for _ in (args.data_dir / "catalogues").glob("*.csv"))

    if not args.skip_overlap:
        if not Path("/usr/bin/time").exists():
            sys.exit("GNU time not found at /usr/bin/time (apt-get install time)")
        wall, rss, p, r, f = run_overlap(args.overlap_bin, args.data_dir, truth)
        version = subprocess.run([args.overlap_bin, "--version"], capture_output=True, text=True).stdout.strip()
        rows.append((version or "overlap", wall, rss, p, r, f))

    print(f"\n{args.data_dir}: {n if not args.skip_splink else '?'} efforts, {len(truth)} true pairs\n")
    print("| tool | wall time (s) | peak memory (MiB) | precision | recall | F1 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for tool, wall, mem, p, r, f in rows:
        print(f"| {tool} | {wall:.1f} | {mem:.0f} | {p:.3f} | {r:.3f} | {f:.3f} |")


if __name__ == "__main__":
    main()
