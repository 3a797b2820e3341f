//! The pairs table (`pairs.csv`): one row per reported cross-department pair with each field's
//! contribution. Written by the pack, read back by `evaluate`.
//!
//! In: records and a [`MatchOutcome`] (write), or a CSV file (read). Out: CSV text, or
//! [`PairRow`]s. Cells that a spreadsheet would run as a formula (starting `=`, `+`, `-`, `@`,
//! tab or carriage return) are written with a leading apostrophe, and read back without it.

use crate::model::{Field, MatchOutcome, Record};
use std::io::{Read, Write};

/// The header, in order.
pub const HEADER: [&str; 16] = [
    "department_a",
    "record_id_a",
    "name_a",
    "department_b",
    "record_id_b",
    "name_b",
    "score",
    "name",
    "description",
    "capabilities",
    "user_groups",
    "technologies",
    "dates",
    "phase",
    "shared_terms",
    "opportunity_id",
];

/// One row of pairs.csv as `evaluate` needs it.
#[derive(Clone, Debug, PartialEq)]
pub struct PairRow {
    pub department_a: String,
    pub record_id_a: String,
    pub name_a: String,
    pub department_b: String,
    pub record_id_b: String,
    pub name_b: String,
    pub score: f64,
    /// 1-based line in the file, for messages.
    pub line: u64,
}

/// Makes a cell safe to open in a spreadsheet (the pack's one rule,
/// [`crate::report::neutralise_cell`]).
pub fn defuse(cell: &str) -> String {
    crate::report::neutralise_cell(cell).into_owned()
}

/// Undoes [`defuse`].
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest)
            if matches!(
                rest.chars().next(),
                Some('=' | '+' | '-' | '@' | '\t' | '\r')
            ) =>
        {
            rest
        }
        _ => cell,
    }
}

/// Writes the pairs table: pairs in the outcome's order, scores and contributions to 4 decimal
/// places, `shared_terms` the most distinctive shared terms of all fields (up to 8, `; `
/// separated).
pub fn write_pairs_csv<W: Write>(
    out: W,
    records: &[Record],
    outcome: &MatchOutcome,
) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(HEADER)?;
    for p in &outcome.pairs {
        let (a, b) = (&records[p.a as usize], &records[p.b as usize]);
        let mut row: Vec<String> = vec![
            defuse(&a.department),
            defuse(&a.record_id),
            defuse(&a.name),
            defuse(&b.department),
            defuse(&b.record_id),
            defuse(&b.name),
            format!("{:.4}", p.score),
        ];
        for field in Field::ALL {
            let c = p
                .fields
                .iter()
                .find(|f| f.field == field)
                .map_or(0.0, |f| f.contribution);
            row.push(format!("{c:.4}"));
        }
        let mut shared: Vec<&str> = Vec::new();
        for f in &p.fields {
            for s in &f.shared {
                if !shared.contains(&s.as_str()) {
                    shared.push(s);
                }
            }
        }
        shared.truncate(8);
        row.push(defuse(&shared.join("; ")));
        let id = p
            .opportunity
            .and_then(|k| outcome.opportunities.get(k))
            .map_or("", |o| o.id.as_str());
        row.push(id.to_string());
        w.write_record(&row)?;
    }
    w.flush()?;
    Ok(())
}

/// Reads a pairs table; the message says which line and column is wrong.
pub fn read_pairs_csv<R: Read>(input: R, name: &str) -> Result<Vec<PairRow>, String> {
    let mut r = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let headers = r
        .headers()
        .map_err(|e| format!("{name}: cannot read the header: {e}"))?
        .clone();
    let column = |want: &str| -> Result<usize, String> {
        headers.iter().position(|h| h.trim().eq_ignore_ascii_case(want)).ok_or_else(|| {
            format!(
                "{name}:1:1: no `{want}` column; a pairs file needs {} (as written by `overlap run`)",
                ["department_a", "record_id_a", "department_b", "record_id_b", "score"].join(", ")
            )
        })
    };
    let (da, ia, db, ib, sc) = (
        column("department_a")?,
        column("record_id_a")?,
        column("department_b")?,
        column("record_id_b")?,
        column("score")?,
    );
    let (na, nb) = (column("name_a").ok(), column("name_b").ok());
    let mut rows = Vec::new();
    for result in r.records() {
        let rec = result.map_err(|e| format!("{name}: {e}"))?;
        let line = rec.position().map_or(0, |p| p.line());
        let get = |i: usize| restore(rec.get(i).unwrap_or("").trim()).to_string();
        let text = get(sc);
        let score: f64 = text
            .parse()
            .map_err(|_| format!("{name}:{line}:{}: score {text:?} is not a number", sc + 1))?;
        rows.push(PairRow {
            department_a: get(da),
            record_id_a: get(ia),
            name_a: na.map(get).unwrap_or_default(),
            department_b: get(db),
            record_id_b: get(ib),
            name_b: nb.map(get).unwrap_or_default(),
            score,
            line,
        });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_restored() {
        assert_eq!(defuse("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(restore(&defuse("=1+1")), "=1+1");
        assert_eq!(restore("'quoted"), "'quoted");
        assert_eq!(defuse("Plain"), "Plain");
    }

    #[test]
    fn reading_names_the_bad_line_and_column() {
        let text =
            "department_a,record_id_a,department_b,record_id_b,score\nA,1,B,2,0.5\nA,1,C,3,high\n";
        let err = read_pairs_csv(text.as_bytes(), "pairs.csv").unwrap_err();
        assert!(err.contains("pairs.csv:3:5"), "{err}");
    }
}
