//! `overlap explain`: how two efforts compare, field by field, in plain words.
//!
//! In: two `DEPARTMENT:RECORD_ID` keys, and either a folder of catalogues (`--input`, with an
//! optional `--config`) or a pack (`--out`, whose `run.json` names the inputs and the effective
//! config). Out: the explanation on stdout. The period's model is rebuilt exactly as `run` built
//! it, so the numbers match the pack's.

use crate::cli::ExplainArgs;
use crate::config::Config;
use crate::error::{Error, Result, exit};
use crate::matching::{PeriodModel, explain};
use crate::model::Record;
use crate::ui::Ui;
use std::path::{Path, PathBuf};

pub fn execute(args: &ExplainArgs, ui: &Ui) -> Result<i32> {
    let (inputs, config) = match (&args.out, &args.input) {
        (Some(pack), _) => {
            if args.config.is_some() {
                return Err(Error::Usage(
                    "--config goes with --input; with --out the pack's own config (run.json) is used"
                        .into(),
                ));
            }
            from_pack(pack)?
        }
        (None, Some(input)) => (vec![input.clone()], Config::load(args.config.as_deref())?),
        (None, None) => {
            return Err(Error::Usage(
                "give --input DIR (catalogues) or --out DIR (a pack)".into(),
            ));
        }
    };
    for input in &inputs {
        if !input.exists() {
            return Err(Error::Usage(format!(
                "input {} does not exist{}",
                input.display(),
                if args.out.is_some() {
                    "; run.json names it relative to where `overlap run` ran, so run explain from \
                     there or use --input"
                } else {
                    ""
                }
            )));
        }
    }
    let ingested = crate::ingest::ingest_paths(&inputs, &config, ui)?;
    let records = &ingested.records;
    let a = find(records, &args.first)?;
    let b = find(records, &args.second)?;
    if a == b {
        return Err(Error::Usage(format!(
            "both keys name the same effort, {}",
            args.first
        )));
    }
    let spinner = ui.spinner("rebuilding the period's model");
    let model = PeriodModel::build_observed(records, &config, &mut Vec::new(), &|stage| {
        spinner.set_message(format!("rebuilding the period's model: {stage}"))
    });
    spinner.finish_and_clear();
    print!(
        "{}",
        explain::explain_pair(&model, records, &config.matching, a, b)
    );
    Ok(exit::OK)
}

/// The inputs and effective config recorded in a pack's `run.json`.
fn from_pack(pack: &Path) -> Result<(Vec<PathBuf>, Config)> {
    let path = pack.join("run.json");
    let text = std::fs::read_to_string(&path).map_err(|e| {
        Error::Usage(format!(
            "cannot read {}: {e}; --out must be a pack written by `overlap run`",
            path.display()
        ))
    })?;
    let json: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| Error::Failed(format!("{}: not valid JSON: {e}", path.display())))?;
    let inputs: Vec<PathBuf> = json
        .get("inputs")
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str())
                .map(PathBuf::from)
                .collect()
        })
        .unwrap_or_default();
    if inputs.is_empty() {
        return Err(Error::Failed(format!(
            "{}: no \"inputs\" listed",
            path.display()
        )));
    }
    let config: Config = match json.get("config") {
        Some(c) => serde_json::from_value(c.clone()).map_err(|e| {
            Error::Failed(format!(
                "{}: the \"config\" it records cannot be read: {e}",
                path.display()
            ))
        })?,
        None => Config::default(),
    };
    config.check().map_err(|message| Error::Config {
        path: path.clone(),
        message,
    })?;
    Ok((inputs, config))
}

/// Finds the record a `DEPARTMENT:RECORD_ID` key names. The department may be written in any
/// case. An unknown key is an error naming the closest keys.
fn find(records: &[Record], key: &str) -> Result<usize> {
    let matches: Vec<usize> = records
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            key.len() > r.department.len()
                && key.is_char_boundary(r.department.len())
                && key[..r.department.len()].eq_ignore_ascii_case(&r.department)
                && key[r.department.len()..].strip_prefix(':') == Some(r.record_id.as_str())
        })
        .map(|(i, _)| i)
        .collect();
    match matches.as_slice() {
        [one] => Ok(*one),
        [] => {
            let mut scored: Vec<(f64, String)> = records
                .iter()
                .map(|r| {
                    let k = r.key();
                    (
                        strsim::jaro_winkler(&key.to_lowercase(), &k.to_lowercase()),
                        k,
                    )
                })
                .collect();
            scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
            let closest: Vec<String> = scored
                .into_iter()
                .take(3)
                .map(|(_, k)| format!("  {k}"))
                .collect();
            if !key.contains(':') {
                return Err(Error::Usage(format!(
                    "{key:?} is not DEPARTMENT:RECORD_ID; the closest efforts are:\n{}",
                    closest.join("\n")
                )));
            }
            Err(Error::Usage(format!(
                "no effort {key:?} in this period; the closest are:\n{}",
                closest.join("\n")
            )))
        }
        _ => Err(Error::Usage(format!(
            "{key:?} names {} efforts that differ only in the case of the department; write the \
             department exactly as in the catalogue",
            matches.len()
        ))),
    }
}
