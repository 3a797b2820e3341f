//! The decisions file (`decisions.csv`): what the analysts decided about each opportunity or
//! pair, read and validated like a catalogue, and written back by `overlap review`.
//!
//! In: the file's bytes (UTF-8, UTF-8 with a byte-order mark, or Windows-1252 from a spreadsheet)
//! and its display name. Out: [`Decision`]s plus [`Problem`]s located by file, line and column;
//! or, for `review`, the file's bytes with new rows added. A row names either an opportunity
//! (`opportunity_id`) or a pair (both efforts' department and record_id). An empty `decision`
//! means "not yet reviewed" and has no effect. When several rows name the same opportunity or
//! pair, the last one counts. Pure: no I/O.

use crate::model::{Problem, Severity};
use crate::report::neutralise_cell;
use chrono::NaiveDate;
use std::fmt;

/// The columns, in the order `review` writes them.
pub const COLUMNS: [&str; 9] = [
    "opportunity_id",
    "department_a",
    "record_id_a",
    "department_b",
    "record_id_b",
    "decision",
    "date",
    "reviewer",
    "note",
];

/// What was decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// A real opportunity the meeting will pursue.
    Confirmed,
    /// Not an overlap: do not raise it again (unless the efforts change materially).
    Rejected,
    /// Real, and the departments already work together.
    Collaborating,
    /// The efforts have been merged into one: resolved.
    Merged,
}

impl Verdict {
    pub const ALL: [Verdict; 4] = [
        Verdict::Confirmed,
        Verdict::Rejected,
        Verdict::Collaborating,
        Verdict::Merged,
    ];

    /// The word written in the file.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Confirmed => "confirmed",
            Verdict::Rejected => "rejected",
            Verdict::Collaborating => "already collaborating",
            Verdict::Merged => "merged",
        }
    }

    /// Parses a decision, forgiving case, surrounding space and `_`/`-` for spaces.
    pub fn parse(s: &str) -> Option<Verdict> {
        let s = s.trim().replace(['_', '-'], " ").to_lowercase();
        match s.as_str() {
            "collaborating" => Some(Verdict::Collaborating),
            _ => Verdict::ALL.into_iter().find(|v| v.as_str() == s),
        }
    }

    /// Whether the decision stops the pair or opportunity from being shown.
    pub fn suppresses(self) -> bool {
        matches!(self, Verdict::Rejected | Verdict::Merged)
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a row names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Opportunity(String),
    /// Two efforts' keys (`DEPARTMENT:RECORD_ID`), as written (not reordered).
    Pair(String, String),
}

/// One valid row.
#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    /// 1-based line in the file.
    pub line: u64,
    pub target: Target,
    /// `None` when the row is not yet reviewed.
    pub verdict: Option<Verdict>,
    pub date: Option<NaiveDate>,
    pub reviewer: String,
    pub note: String,
}

/// The parsed file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Decisions {
    /// The file as named in messages.
    pub file: String,
    pub rows: Vec<Decision>,
    /// Every problem, in file order; rows with an error are not in `rows`.
    pub problems: Vec<Problem>,
}

fn problem(
    file: &str,
    line: u64,
    column: u64,
    severity: Severity,
    code: &str,
    message: String,
) -> Problem {
    Problem {
        file: file.to_string(),
        line,
        column,
        severity,
        code: code.to_string(),
        message,
    }
}

/// Decodes the file's bytes: UTF-8 (a byte-order mark is dropped), else Windows-1252.
fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
    }
}

/// Undoes the formula guard `review` adds (a leading `'` before `=`, `+`, `-`, `@`).
fn restore(cell: &str) -> &str {
    crate::matching::pairs_csv::restore(cell.trim())
}

/// Reads and validates a decisions file.
pub fn parse(file: &str, bytes: &[u8]) -> Decisions {
    let mut out = Decisions {
        file: file.to_string(),
        ..Decisions::default()
    };
    let text = decode(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let header = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            out.problems.push(problem(
                file,
                1,
                1,
                Severity::Error,
                "bad-decisions-file",
                format!("cannot read the header: {e}"),
            ));
            return out;
        }
    };
    let mut slot = [usize::MAX; COLUMNS.len()];
    for (k, name) in header.iter().enumerate() {
        let name = name.trim().to_lowercase().replace(' ', "_");
        match COLUMNS.iter().position(|c| *c == name) {
            Some(c) if slot[c] == usize::MAX => slot[c] = k,
            Some(_) => out.problems.push(problem(
                file,
                1,
                k as u64 + 1,
                Severity::Warning,
                "duplicate-column",
                format!("column {name:?} appears twice; the first is used"),
            )),
            None => out.problems.push(problem(
                file,
                1,
                k as u64 + 1,
                Severity::Warning,
                "unknown-column",
                format!(
                    "column {name:?} is not a decisions column and is ignored; the columns are {}",
                    COLUMNS.join(", ")
                ),
            )),
        }
    }
    let missing: Vec<&str> = COLUMNS
        .iter()
        .zip(slot)
        .filter(|(_, s)| *s == usize::MAX)
        .map(|(c, _)| *c)
        .collect();
    if !missing.is_empty() {
        out.problems.push(problem(
            file,
            1,
            1,
            Severity::Error,
            "missing-column",
            format!(
                "the header lacks {}; run `overlap review` to create the file with every column",
                missing.join(", ")
            ),
        ));
        return out;
    }
    for row in reader.records() {
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                out.problems.push(problem(
                    file,
                    line,
                    1,
                    Severity::Error,
                    "bad-row",
                    format!("cannot read this row: {e}"),
                ));
                continue;
            }
        };
        let line = row.position().map_or(0, |p| p.line());
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |c: usize| restore(row.get(slot[c]).unwrap_or(""));
        let col = |c: usize| slot[c] as u64 + 1;
        let mut errors = Vec::new();
        let verdict = match cell(5) {
            "" => None,
            v => match Verdict::parse(v) {
                Some(v) => Some(v),
                None => {
                    errors.push((col(5), format!("decision {v:?} is not one of: confirmed, rejected, already collaborating, merged (or empty for not yet reviewed)")));
                    None
                }
            },
        };
        let date = match cell(6) {
            "" => None,
            d => match crate::ingest::values::parse_date(d) {
                Ok(d) => Some(d),
                Err(e) => {
                    errors.push((col(6), format!("date {d:?}: {e}")));
                    None
                }
            },
        };
        let id = cell(0);
        let pair = [cell(1), cell(2), cell(3), cell(4)];
        let given = pair.iter().filter(|c| !c.is_empty()).count();
        let target = if !id.is_empty() && given == 0 {
            Some(Target::Opportunity(id.to_string()))
        } else if id.is_empty() && given == 4 {
            Some(Target::Pair(
                format!("{}:{}", pair[0], pair[1]),
                format!("{}:{}", pair[2], pair[3]),
            ))
        } else if !id.is_empty() {
            errors.push((
                col(1),
                "a row names either an opportunity_id or a pair, not both; split it into two rows"
                    .to_string(),
            ));
            None
        } else if given == 0 {
            errors.push((col(0), "the row names nothing: fill opportunity_id, or department_a, record_id_a, department_b and record_id_b".to_string()));
            None
        } else {
            let k = pair.iter().position(|c| c.is_empty()).unwrap_or(0);
            errors.push((
                col(1 + k),
                format!(
                    "{} is empty; a pair needs both efforts' department and record_id",
                    COLUMNS[1 + k]
                ),
            ));
            None
        };
        if errors.is_empty()
            && let Some(target) = target
        {
            out.rows.push(Decision {
                line,
                target,
                verdict,
                date,
                reviewer: cell(7).to_string(),
                note: cell(8).to_string(),
            });
        }
        for (column, message) in errors {
            out.problems.push(problem(
                file,
                line,
                column,
                Severity::Error,
                "bad-decision",
                format!("{message}; the row is ignored"),
            ));
        }
    }
    out
}

/// An opportunity `review` offers for a decision.
#[derive(Clone, Debug, PartialEq)]
pub struct Offered {
    pub id: String,
    /// A hint for the analyst, put in the note column (e.g. the theme and departments).
    pub note: String,
}

/// The decisions file with a row (empty decision) for each offered opportunity it does not
/// already name. Existing rows keep their order and text; new rows follow, sorted by id.
/// Every cell is guarded against spreadsheet formulas. `existing` is the current file's bytes
/// (`None` when there is no file). Fails only when the existing file cannot be read as CSV.
pub fn update(existing: Option<&[u8]>, offered: &[Offered]) -> Result<(Vec<u8>, usize), String> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut named: std::collections::HashSet<String> = std::collections::HashSet::new();
    if let Some(bytes) = existing {
        let text = decode(bytes);
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(text.as_bytes());
        let header = reader
            .headers()
            .map_err(|e| format!("cannot read the header: {e}"))?
            .clone();
        let slot: Vec<Option<usize>> = COLUMNS
            .iter()
            .map(|c| {
                header
                    .iter()
                    .position(|h| h.trim().to_lowercase().replace(' ', "_") == *c)
            })
            .collect();
        if slot.iter().any(Option::is_none) {
            return Err(format!(
                "the header is not {}; fix it or start a new file",
                COLUMNS.join(",")
            ));
        }
        for row in reader.records() {
            let row = row.map_err(|e| format!("cannot read a row: {e}"))?;
            let cells: Vec<String> = slot
                .iter()
                .map(|s| s.and_then(|k| row.get(k)).unwrap_or("").to_string())
                .collect();
            let id = restore(&cells[0]).to_string();
            if !id.is_empty() {
                named.insert(id);
            }
            rows.push(cells);
        }
    }
    let mut new: Vec<&Offered> = offered.iter().filter(|o| !named.contains(&o.id)).collect();
    new.sort_by(|a, b| a.id.cmp(&b.id));
    new.dedup_by(|a, b| a.id == b.id);
    let added = new.len();
    for o in new {
        let mut cells = vec![String::new(); COLUMNS.len()];
        cells[0] = o.id.clone();
        cells[8] = o.note.clone();
        rows.push(cells);
    }
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(COLUMNS).map_err(|e| e.to_string())?;
    for cells in &rows {
        writer
            .write_record(cells.iter().map(|c| neutralise_cell(c).into_owned()))
            .map_err(|e| e.to_string())?;
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    Ok((bytes, added))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "opportunity_id,department_a,record_id_a,department_b,record_id_b,decision,date,reviewer,note\n";

    #[test]
    fn reads_opportunity_and_pair_rows() {
        let text = format!(
            "{HEADER}OPP-ABC123,,,,,Confirmed,2026-11-20,A. Analyst,good one\n,D1,1,D2,7,rejected,20/11/2026,B,not the same users\nOPP-000001,,,,,,,,\n"
        );
        let d = parse("decisions.csv", text.as_bytes());
        assert!(d.problems.is_empty(), "{:?}", d.problems);
        assert_eq!(d.rows.len(), 3);
        assert_eq!(d.rows[0].target, Target::Opportunity("OPP-ABC123".into()));
        assert_eq!(d.rows[0].verdict, Some(Verdict::Confirmed));
        assert_eq!(d.rows[1].target, Target::Pair("D1:1".into(), "D2:7".into()));
        assert_eq!(d.rows[1].line, 3);
        assert_eq!(d.rows[2].verdict, None);
    }

    #[test]
    fn bad_rows_are_located_and_skipped() {
        let text = format!(
            "{HEADER}OPP-1,,,,,maybe,,,\n,D1,1,,7,rejected,,,\nOPP-2,,,,,rejected,31/02/2026,,\n"
        );
        let d = parse("dec.csv", text.as_bytes());
        assert!(d.rows.is_empty());
        let at: Vec<(u64, u64)> = d.problems.iter().map(|p| (p.line, p.column)).collect();
        assert_eq!(at, [(2, 6), (3, 4), (4, 7)]);
        assert!(d.problems[0].to_string().starts_with("dec.csv:2:6: error:"));
    }

    #[test]
    fn a_missing_column_is_an_error_naming_it() {
        let d = parse("d.csv", b"opportunity_id,decision\nOPP-1,rejected\n");
        assert_eq!(d.problems.len(), 1);
        assert!(d.problems[0].message.contains("department_a"));
    }

    #[test]
    fn update_keeps_rows_and_adds_new_ids_sorted_and_defused() {
        let existing = format!("{HEADER}OPP-B,,,,,rejected,,,keep this note\n");
        let offered = [
            Offered {
                id: "OPP-C".into(),
                note: "=HYPERLINK(\"x\")".into(),
            },
            Offered {
                id: "OPP-B".into(),
                note: "ignored".into(),
            },
            Offered {
                id: "OPP-A".into(),
                note: "a".into(),
            },
        ];
        let (bytes, added) = update(Some(existing.as_bytes()), &offered).unwrap();
        assert_eq!(added, 2);
        let text = String::from_utf8(bytes).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[1], "OPP-B,,,,,rejected,,,keep this note");
        assert!(lines[2].starts_with("OPP-A,"));
        assert!(lines[3].contains("'=HYPERLINK"), "{}", lines[3]);
        // Re-reading restores the text.
        let d = parse("d.csv", text.as_bytes());
        assert_eq!(d.rows[2].note, "=HYPERLINK(\"x\")");
    }

    #[test]
    fn verdicts_forgive_case_and_separators() {
        assert_eq!(
            Verdict::parse(" Already_Collaborating "),
            Some(Verdict::Collaborating)
        );
        assert_eq!(Verdict::parse("MERGED"), Some(Verdict::Merged));
        assert_eq!(Verdict::parse("nope"), None);
    }
}
