//! Test support: a small loader for the sample catalogues in `sample-data/`, so matching can be
//! tested on its own. It understands the header variants those files use and skips rows that
//! ingest would reject; it is not the product's ingest.

use crate::model::{Phase, Record, SourceRef};
use chrono::NaiveDate;
use std::path::Path;

fn column(headers: &csv::StringRecord, names: &[&str]) -> Option<usize> {
    headers.iter().position(|h| {
        let h = h.trim().trim_start_matches('\u{feff}').to_lowercase();
        names.iter().any(|n| *n == h)
    })
}

fn date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d/%m/%Y"))
        .ok()
}

fn budget(s: &str) -> Result<Option<f64>, ()> {
    let s = s.trim().replace(['£', ','], "");
    if s.is_empty() {
        return Ok(None);
    }
    let (num, scale) = if let Some(n) = s.strip_suffix('m') {
        (n, 1e6)
    } else if let Some(n) = s.strip_suffix('k') {
        (n, 1e3)
    } else {
        (s.as_str(), 1.0)
    };
    num.parse::<f64>().map(|v| Some(v * scale)).map_err(|_| ())
}

/// Reads every `*.csv` in `dir` (sorted), skipping rows a validator would reject.
/// `department` overrides the department column (e.g. the file stem).
pub fn load_dir(dir: &Path, department_from_stem: bool) -> Vec<Record> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("readable dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "csv") && !p.ends_with("truth.csv"))
        .collect();
    files.sort();
    let mut records = Vec::new();
    for path in files {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        let mut reader = csv::Reader::from_path(&path).expect("readable csv");
        let headers = reader.headers().expect("header").clone();
        let c = |names: &[&str]| column(&headers, names);
        let (dept, id, name, desc) = (
            c(&["department", "dept"]),
            c(&["record_id", "record id"]),
            c(&["name", "project name"]),
            c(&["description", "description / aims"]),
        );
        let (phase, users, caps, tech) = (
            c(&["phase"]),
            c(&["user_groups", "user groups"]),
            c(&["capabilities", "tags"]),
            c(&["technologies"]),
        );
        let (start, end, money) = (
            c(&["start_date", "start date"]),
            c(&["end_date", "end date"]),
            c(&["budget_gbp", "budget (£)"]),
        );
        let mut seen = std::collections::HashSet::new();
        for (k, row) in reader.records().enumerate() {
            let Ok(row) = row else { continue };
            let get =
                |i: Option<usize>| i.and_then(|i| row.get(i)).unwrap_or("").trim().to_string();
            let list = |i: Option<usize>| -> Vec<String> {
                get(i)
                    .split(';')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect()
            };
            let record_id = get(id);
            let name_text = get(name);
            if record_id.is_empty() || name_text.is_empty() || !seen.insert(record_id.clone()) {
                continue;
            }
            let phase_text = get(phase);
            let phase_value = Phase::parse(&phase_text);
            if !phase_text.is_empty() && phase_value.is_none() {
                continue;
            }
            let (s, e) = (get(start), get(end));
            let (sd, ed) = (date(&s), date(&e));
            let unparsed = (!s.is_empty() && sd.is_none()) || (!e.is_empty() && ed.is_none());
            if unparsed && !department_from_stem {
                continue;
            }
            if let (Some(a), Some(b)) = (sd, ed)
                && b < a
            {
                continue;
            }
            let Ok(budget_gbp) = budget(&get(money)) else {
                continue;
            };
            records.push(Record {
                department: if department_from_stem {
                    stem.clone()
                } else {
                    get(dept)
                },
                record_id,
                name: name_text,
                description: get(desc),
                kind: None,
                phase: phase_value,
                user_groups: list(users),
                capabilities: list(caps),
                technologies: list(tech),
                start_date: sd,
                end_date: ed,
                budget_gbp,
                owner: None,
                contact_email: None,
                source: SourceRef {
                    file: path.display().to_string(),
                    line: k as u64 + 2,
                },
            });
        }
    }
    records
}

/// The repository's sample period.
pub fn sample() -> Vec<Record> {
    load_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/2026-11"),
        false,
    )
}

/// A record with every optional field empty, for tests to fill in with `..blank()`.
pub fn blank() -> Record {
    Record {
        department: String::new(),
        record_id: String::new(),
        name: String::new(),
        description: String::new(),
        kind: None,
        phase: None,
        user_groups: Vec::new(),
        capabilities: Vec::new(),
        technologies: Vec::new(),
        start_date: None,
        end_date: None,
        budget_gbp: None,
        owner: None,
        contact_email: None,
        source: SourceRef {
            file: String::new(),
            line: 0,
        },
    }
}
