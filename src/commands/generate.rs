//! `overlap generate`: writes synthetic catalogues with planted overlaps.
//!
//! In: the generate flags. Out: `DIR/catalogues/<department-slug>.csv` (one per department,
//! canonical headers) and `DIR/truth.csv` (every planted cross-department pair). The rows come
//! from [`crate::generate::Plan`]; this module only checks the folder and writes the files,
//! one department per rayon task, each with its own buffered CSV writer.

use crate::cli::GenerateArgs;
use crate::error::{Error, Result};
use crate::generate::{GenerateOptions, HEADER, Plan, PlantedRecord, TRUTH_HEADER, truth_pairs};
use crate::ui::Ui;
use rayon::prelude::*;
use std::fs::{self, File};
use std::io::BufWriter;
use std::path::{Path, PathBuf};

pub fn execute(args: &GenerateArgs, ui: &Ui) -> Result<i32> {
    let options = GenerateOptions {
        departments: args.departments,
        efforts: args.efforts,
        seed: args.seed,
    };
    options.check()?;
    let catalogues = prepare_out(&args.out, args.force)?;

    let plan = Plan::new(&options)?;
    let crowding = plan.planted_topic_share();
    ui.detail(format!(
        "planted groups took at most {:.0}% of a domain's topics",
        100.0 * crowding
    ));
    let bar = ui.progress(plan.departments.len() as u64, "generating");
    let landed: Vec<Vec<PlantedRecord>> = (0..plan.departments.len())
        .into_par_iter()
        .map(|d| {
            let path = catalogues.join(format!("{}.csv", plan.departments[d].slug));
            let result = write_department(&plan, d, &path);
            bar.inc(1);
            result
        })
        .collect::<Result<_>>()?;
    bar.finish_and_clear();

    let planted: Vec<PlantedRecord> = landed.into_iter().flatten().collect();
    let members = planted.len();
    let pairs = truth_pairs(&plan, planted);
    let truth_path = args.out.join("truth.csv");
    let mut truth = csv_writer(&truth_path, false)?;
    let fail = |e: csv::Error| write_error(&truth_path, e);
    truth.write_record(TRUTH_HEADER).map_err(fail)?;
    for p in &pairs {
        truth
            .write_record([
                &p.department_a,
                &p.record_id_a,
                &p.department_b,
                &p.record_id_b,
                p.kind,
            ])
            .map_err(fail)?;
    }
    truth.flush().map_err(|e| Error::io(&truth_path, e))?;

    ui.note(format!(
        "wrote {} efforts in {} catalogues to {}; {} planted groups ({} efforts, {} true pairs) in {}",
        options.efforts,
        plan.departments.len(),
        catalogues.display(),
        plan.groups.len(),
        members,
        pairs.len(),
        truth_path.display()
    ));
    Ok(crate::error::exit::OK)
}

/// Checks `out` before any work: it must be absent or empty unless `force`, in which case an
/// earlier `catalogues/` and `truth.csv` are removed (nothing else). Returns `out/catalogues`.
fn prepare_out(out: &Path, force: bool) -> Result<PathBuf> {
    let catalogues = out.join("catalogues");
    if out.exists() {
        if !out.is_dir() {
            return Err(Error::Usage(format!(
                "--out {} is a file, not a folder",
                out.display()
            )));
        }
        let non_empty = fs::read_dir(out)
            .map_err(|e| Error::io(out, e))?
            .next()
            .is_some();
        if non_empty && !force {
            return Err(Error::Failed(format!(
                "{} is not empty; choose another --out or add --force to replace its catalogues/ and truth.csv",
                out.display()
            )));
        }
        if catalogues.exists() {
            fs::remove_dir_all(&catalogues).map_err(|e| Error::io(&catalogues, e))?;
        }
        let truth = out.join("truth.csv");
        if truth.exists() {
            fs::remove_file(&truth).map_err(|e| Error::io(&truth, e))?;
        }
    }
    fs::create_dir_all(&catalogues).map_err(|e| Error::io(&catalogues, e))?;
    Ok(catalogues)
}

/// Writes one department's catalogue and returns where its planted efforts landed.
fn write_department(plan: &Plan, d: usize, path: &Path) -> Result<Vec<PlantedRecord>> {
    let department = &plan.departments[d];
    let mut writer = csv_writer(path, department.crlf)?;
    writer
        .write_record(HEADER)
        .map_err(|e| write_error(path, e))?;
    let landed = plan
        .department_rows(d, |row| writer.write_record(row.fields(department)))
        .map_err(|e| write_error(path, e))?;
    writer.flush().map_err(|e| Error::io(path, e))?;
    Ok(landed)
}

fn csv_writer(path: &Path, crlf: bool) -> Result<csv::Writer<BufWriter<File>>> {
    let file = File::create(path).map_err(|e| Error::io(path, e))?;
    let terminator = if crlf {
        csv::Terminator::CRLF
    } else {
        csv::Terminator::Any(b'\n')
    };
    Ok(csv::WriterBuilder::new()
        .terminator(terminator)
        .from_writer(BufWriter::with_capacity(1 << 20, file)))
}

fn write_error(path: &Path, err: csv::Error) -> Error {
    match err.into_kind() {
        csv::ErrorKind::Io(e) => Error::io(path, e),
        other => Error::Failed(format!(
            "{}: could not write CSV: {other:?}",
            path.display()
        )),
    }
}
