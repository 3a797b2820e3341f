//! `overlap run`: the monthly job. Checks the config and the output folder first (cheap), then
//! ingests the period's catalogues, matches them, and writes the meeting pack.
//!
//! In: a folder of catalogue CSVs, an optional config, the previous period's pack and the
//! decisions file (both optional). Out: the pack folder, a one-screen summary on stdout,
//! rejected rows and warnings on stderr (all of them in `validation.csv`).

use super::cycle_files;
use crate::cli::RunArgs;
use crate::config::Config;
use crate::cycle::PackState;
use crate::cycle::decisions::Decisions;
use crate::error::{Error, Result, exit};
use crate::model::Severity;
use crate::stopwatch::Stopwatch;
use crate::ui::Ui;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// How many problems are echoed to stderr without `-v`; the rest are in validation.csv.
const PROBLEMS_SHOWN: usize = 10;

pub fn execute(args: &RunArgs, ui: &Ui) -> Result<i32> {
    let config = Config::load(args.config.as_deref())?;
    if !args.input.exists() {
        return Err(Error::Usage(format!(
            "input {} does not exist; give the folder of this period's catalogue CSV files",
            args.input.display()
        )));
    }
    let period = match &args.period {
        Some(p) => check_period(p)?,
        None => period_from_path(&args.input).ok_or_else(|| {
            Error::Usage(format!(
                "cannot tell the period from {}: name the folder YYYY-MM or pass --period YYYY-MM",
                args.input.display()
            ))
        })?,
    };
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from("reports").join(&period));
    if out.exists() && !args.force {
        return Err(Error::Failed(format!(
            "{} already exists; pass --force to replace it or choose another --out",
            out.display()
        )));
    }
    check_out_parent(&out)?;
    // The cycle's inputs are cheap to read and check before the expensive work.
    let previous = previous_pack(args, &out, &period, ui)?;
    let decisions_file =
        cycle_files::decisions_path(args.decisions.as_deref(), args.config.as_deref(), &config);
    let decisions = cycle_files::load_decisions(&decisions_file, args.decisions.is_some())?;
    match &decisions {
        Some(d) => ui.detail(format!(
            "read {} decisions from {}",
            d.rows.iter().filter(|r| r.verdict.is_some()).count(),
            decisions_file.display()
        )),
        None => ui.detail(format!("no decisions file at {}", decisions_file.display())),
    }
    let threads = match args.threads {
        Some(0) => return Err(Error::Usage("--threads must be at least 1".into())),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| Error::Failed(format!("cannot start {threads} worker threads: {e}")))?;
    let cycle_inputs = CycleFiles {
        previous,
        decisions,
    };
    pool.install(|| run_period(args, ui, &config, &period, &out, &cycle_inputs))
}

/// The previous pack and the decisions, read before any work.
struct CycleFiles {
    previous: Option<(PackState, String)>,
    decisions: Option<Decisions>,
}

/// The previous pack: `--previous`, none with `--no-previous`, else the latest earlier period
/// folder beside `out`. Says on stderr which one is used.
fn previous_pack(
    args: &RunArgs,
    out: &Path,
    period: &str,
    ui: &Ui,
) -> Result<Option<(PackState, String)>> {
    if args.no_previous {
        ui.note("--no-previous: not comparing with an earlier pack");
        return Ok(None);
    }
    let (dir, given) = match &args.previous {
        Some(dir) => (dir.clone(), true),
        None => match cycle_files::find_previous(out, period) {
            Some(dir) => (dir, false),
            None => {
                ui.note(format!(
                    "no earlier pack found beside {} (folders named YYYY-MM); every opportunity                      is new this period (use --previous DIR to name one)",
                    out.display()
                ));
                return Ok(None);
            }
        },
    };
    let state = match cycle_files::load_state(&dir) {
        Ok(state) => state,
        Err(e) if !given => {
            ui.note(format!("not comparing with {}: {e:#}", dir.display()));
            return Ok(None);
        }
        Err(e) => return Err(e),
    };
    if state.period.as_str() >= period {
        return Err(Error::Usage(format!(
            "the previous pack {} is for {}, which is not before {period}; name an earlier pack              with --previous or pass --no-previous",
            dir.display(),
            state.period
        )));
    }
    ui.note(format!(
        "comparing with the previous pack {} ({})",
        dir.display(),
        state.period
    ));
    Ok(Some((state, dir.display().to_string())))
}

fn run_period(
    args: &RunArgs,
    ui: &Ui,
    config: &Config,
    period: &str,
    out: &Path,
    files: &CycleFiles,
) -> Result<i32> {
    let started = Stopwatch::start();
    let inputs = vec![args.input.clone()];
    let mut ingested = crate::ingest::ingest_paths(&inputs, config, ui)?;
    let mut timings = vec![started.stop("ingest")];
    report_problems(ui, &ingested.problems);
    ui.detail(format!(
        "read {} rows from {} files: {} accepted, {} rejected",
        ingested.rows_read(),
        ingested.files.len(),
        ingested.rows_accepted(),
        ingested.rows_rejected()
    ));
    if ingested.files.is_empty() {
        return Err(Error::Failed(format!(
            "no catalogue files (*.csv) in {}; check the path",
            args.input.display()
        )));
    }
    if ingested.records.is_empty() {
        return Err(Error::Failed(format!(
            "no rows were accepted from {}; run `overlap validate {}` to see why",
            args.input.display(),
            args.input.display()
        )));
    }

    let spinner = ui.spinner("matching");
    let model = crate::matching::PeriodModel::build_observed(
        &ingested.records,
        config,
        &mut timings,
        &|stage| spinner.set_message(format!("matching: {stage}")),
    );
    spinner.set_message("grouping pairs into opportunities");
    let clock = Stopwatch::start();
    let mut outcome = crate::matching::outcome(&ingested.records, config, &model);
    timings.push(clock.stop("group"));
    spinner.finish_and_clear();
    if let Some(sample) = args.candidate_recall {
        let clock = Stopwatch::start();
        let spinner = ui.spinner("measuring candidate recall against exhaustive scoring");
        let recall = model.reported_candidate_recall(&config.matching, sample);
        spinner.finish_and_clear();
        timings.push(clock.stop("candidate-recall"));
        ui.note(format!(
            "candidate recall: {:.4} ({} of the {} reportable pairs of {} sampled efforts, \
             found by exhaustive scoring, were candidates)",
            recall.recall, recall.found, recall.exhaustive_pairs, recall.sampled_records
        ));
        outcome.stats.candidate_recall = Some(recall);
    }

    let clock = Stopwatch::start();
    let spinner = ui.spinner(if files.previous.is_some() {
        "comparing with last month's pack and applying decisions"
    } else {
        "applying decisions and recording this month's efforts"
    });
    let cycle = crate::cycle::apply(
        &crate::cycle::CycleInput {
            period,
            records: &ingested.records,
            config,
            model: &model,
            previous: files.previous.as_ref().map(|(s, d)| (s, d.clone())),
            decisions: files.decisions.as_ref(),
        },
        outcome,
    );
    // Nothing reads the model again: free its millions of small vectors while the pack is
    // written instead of before (at a million efforts that takes over a second).
    crate::free::drop_in_background(model);
    spinner.finish_and_clear();
    timings.push(clock.stop("cycle"));
    let decision_problems: Vec<crate::model::Problem> = files
        .decisions
        .iter()
        .flat_map(|d| d.problems.iter().cloned())
        .chain(cycle.problems.iter().cloned())
        .collect();
    for p in &decision_problems {
        ui.note(p.to_string());
    }
    ingested.problems.extend(decision_problems);
    let outcome = &cycle.outcome;
    if files.previous.is_some() {
        let (new, persisting, resolved) = cycle.report.counts();
        ui.note(format!(
            "since last month: {new} new, {persisting} persisting, {resolved} resolved; {} \
             rejected pairs not reported",
            cycle.report.suppressed.len()
        ));
    }

    let write_started = Instant::now();
    let input = crate::report::PackInput {
        period: period.to_string(),
        inputs,
        config,
        ingested: &ingested,
        outcome,
        timings,
        cycle: Some(&cycle.report),
        state: Some(&cycle.state),
    };
    crate::report::write_pack(&input, out, args.force, ui)?;
    ui.detail(format!(
        "wrote the pack in {:.2}s",
        write_started.elapsed().as_secs_f64()
    ));

    let budget =
        crate::model::total_gbp(outcome.opportunities.iter().map(|o| o.combined_budget_gbp));
    let count = |n: u64| crate::report::thousands(n as i64);
    println!(
        "{period}: {} efforts from {} departments ({} rows rejected); {} pairs, {} \
         opportunities involving {}",
        count(ingested.rows_accepted()),
        departments(&ingested.records),
        count(ingested.rows_rejected()),
        count(outcome.pairs.len() as u64),
        count(outcome.opportunities.len() as u64),
        crate::report::money(budget)
    );
    println!("pack: {}", out.join("index.html").display());
    ui.detail(format!("finished in {:.2}s", started.elapsed_seconds()));

    let rejected = ingested.rows_rejected();
    // The records and the cycle's results are freed on another thread too: the process need
    // not wait for them (the binary exits as soon as this returns; in a test, the thread
    // finishes on its own).
    crate::free::drop_in_background((ingested, cycle));
    if args.strict && rejected > 0 {
        ui.note(format!(
            "--strict: {rejected} rows were rejected; fix them (see {}) and run again",
            out.join("validation.csv").display()
        ));
        return Ok(exit::INPUT_ERRORS);
    }
    Ok(exit::OK)
}

fn departments(records: &[crate::model::Record]) -> usize {
    let set: std::collections::BTreeSet<&str> =
        records.iter().map(|r| r.department.as_str()).collect();
    set.len()
}

/// Echoes the first problems to stderr (all with `-v`) and says where the rest are.
fn report_problems(ui: &Ui, problems: &[crate::model::Problem]) {
    if problems.is_empty() {
        return;
    }
    let shown = if ui.verbose > 0 {
        problems.len()
    } else {
        PROBLEMS_SHOWN
    };
    for p in problems.iter().take(shown) {
        ui.note(p.to_string());
    }
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    if problems.len() > shown {
        ui.note(format!(
            "... and {} more; all {errors} errors and {warnings} warnings are in validation.csv \
             (or pass -v)",
            problems.len() - shown
        ));
    } else {
        ui.note(format!(
            "{errors} errors and {warnings} warnings; rejected rows are left out of matching"
        ));
    }
}

/// Makes sure the pack's parent folder exists or can be made, before any expensive work (the
/// pack itself is written into a temporary folder there and renamed into place).
fn check_out_parent(out: &Path) -> Result<()> {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => return Ok(()),
    };
    if parent.is_dir() {
        return Ok(());
    }
    if parent.exists() {
        return Err(Error::Failed(format!(
            "cannot write the pack to {}: {} is not a folder; choose another --out",
            out.display(),
            parent.display()
        )));
    }
    std::fs::create_dir_all(parent).map_err(|e| {
        Error::Failed(format!(
            "cannot create {} for the pack: {e}; choose another --out or check permissions",
            parent.display()
        ))
    })
}

/// `YYYY-MM` with a real month, or a usage error.
fn check_period(p: &str) -> Result<String> {
    let ok = p.len() == 7
        && p.as_bytes()[4] == b'-'
        && p[..4].bytes().all(|b| b.is_ascii_digit())
        && matches!(p[5..].parse::<u32>(), Ok(1..=12));
    if ok {
        Ok(p.to_string())
    } else {
        Err(Error::Usage(format!(
            "--period {p:?} is not YYYY-MM (e.g. 2026-11)"
        )))
    }
}

/// The period named by the input folder (`.../2026-11`), if it is one.
fn period_from_path(path: &Path) -> Option<String> {
    let name = path.canonicalize().ok()?.file_name()?.to_str()?.to_string();
    check_period(&name).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_must_be_real_months() {
        assert_eq!(check_period("2026-11").unwrap(), "2026-11");
        assert!(check_period("2026-13").is_err());
        assert!(check_period("2026-1").is_err());
        assert!(check_period("26-11-01").is_err());
        assert!(check_period("2026-00").is_err());
    }
}
