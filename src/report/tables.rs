//! The tables: `opportunities.csv`, `pairs.csv`, `pairs.parquet` and `validation.csv`, for
//! spreadsheets and data tools. Columns are documented in `docs/pack.md`.
//!
//! In: the report model. Out: the four files in the pack root. Text cells that a spreadsheet
//! could run as a formula are neutralised in the CSVs ([`neutralise_cell`]); numbers the
//! program writes itself are not. The Parquet file holds the raw values (full-precision
//! numbers, text as submitted, nulls for missing opportunity ids).

use super::output::write_file;
use super::text::neutralise_cell;
use super::{PairRow, Render, ReportModel};
use crate::error::{Error, Result};
use crate::model::Field;
use polars::prelude::*;
use std::path::{Path, PathBuf};

/// The `pairs.csv` / `pairs.parquet` header, in order: the one `evaluate` reads back, defined
/// once beside the reader.
pub use crate::matching::pairs_csv::HEADER as PAIRS_COLUMNS;

pub const OPPORTUNITIES_COLUMNS: [&str; 15] = [
    "id",
    "type",
    "theme",
    "departments",
    "efforts",
    "combined_budget_gbp",
    "phases",
    "score",
    "action",
    "evidence",
    "new",
    "status",
    "first_seen",
    "months_open",
    "cycle_note",
];

pub const VALIDATION_COLUMNS: [&str; 6] = ["file", "line", "column", "severity", "code", "message"];

/// Separator inside list cells.
const LIST_SEP: &str = "; ";

/// Renders the tables.
pub struct Tables;

impl Render for Tables {
    fn name(&self) -> &'static str {
        "tables"
    }

    fn render(&self, model: &ReportModel, dir: &Path) -> Result<Vec<PathBuf>> {
        Ok(vec![
            write_file(dir, "opportunities.csv", opportunities_csv(model)?)?,
            write_file(dir, "pairs.csv", pairs_csv(&model.pairs)?)?,
            write_file(dir, "pairs.parquet", pairs_parquet(&model.pairs)?)?,
            write_file(dir, "validation.csv", validation_csv(model)?)?,
        ])
    }
}

/// A CSV cell: text is neutralised, numbers are passed as written.
enum Cell<'a> {
    Text(&'a str),
    Number(String),
}

fn csv_bytes<'a>(header: &[&str], rows: impl Iterator<Item = Vec<Cell<'a>>>) -> Result<Vec<u8>> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let failed = |e: csv::Error| Error::Failed(format!("writing a table failed: {e}"));
    w.write_record(header).map_err(failed)?;
    for row in rows {
        let cells: Vec<std::borrow::Cow<'_, str>> = row
            .iter()
            .map(|c| match c {
                Cell::Text(s) => neutralise_cell(s),
                Cell::Number(s) => std::borrow::Cow::Borrowed(s.as_str()),
            })
            .collect();
        w.write_record(cells.iter().map(|c| c.as_bytes()))
            .map_err(failed)?;
    }
    w.into_inner()
        .map_err(|e| Error::Failed(format!("writing a table failed: {e}")))
}

fn fixed4(v: f64) -> String {
    format!("{v:.4}")
}

pub fn opportunities_csv(model: &ReportModel) -> Result<Vec<u8>> {
    let rows: Vec<_> = model
        .opportunities
        .iter()
        .map(|o| {
            let departments: Vec<&str> = o.departments.iter().map(|d| d.name.as_str()).collect();
            let efforts: Vec<&str> = o.efforts.iter().map(|e| e.key.as_str()).collect();
            let phases: Vec<&str> = o
                .efforts
                .iter()
                .map(|e| e.phase.as_deref().unwrap_or("unknown"))
                .collect();
            (
                o,
                departments.join(LIST_SEP),
                efforts.join(LIST_SEP),
                phases.join(LIST_SEP),
            )
        })
        .collect();
    csv_bytes(
        &OPPORTUNITIES_COLUMNS,
        rows.iter().map(|(o, departments, efforts, phases)| {
            vec![
                Cell::Text(&o.id),
                Cell::Text(&o.kind),
                Cell::Text(&o.theme),
                Cell::Text(departments),
                Cell::Text(efforts),
                Cell::Number(format!("{:.2}", o.combined_budget_gbp)),
                Cell::Text(phases),
                Cell::Number(fixed4(o.score)),
                Cell::Text(&o.action),
                Cell::Text(&o.evidence),
                Cell::Text(match o.is_new {
                    Some(true) => "yes",
                    Some(false) => "no",
                    None => "",
                }),
                Cell::Text(o.status.as_deref().unwrap_or("")),
                Cell::Text(o.first_seen.as_deref().unwrap_or("")),
                Cell::Number(o.months_open.map(|m| m.to_string()).unwrap_or_default()),
                Cell::Text(&o.cycle_note),
            ]
        }),
    )
}

pub fn pairs_csv(pairs: &[PairRow]) -> Result<Vec<u8>> {
    let shared: Vec<String> = pairs
        .iter()
        .map(|p| p.shared_terms.join(LIST_SEP))
        .collect();
    csv_bytes(
        &PAIRS_COLUMNS,
        pairs.iter().zip(&shared).map(|(p, shared)| {
            let mut row = vec![
                Cell::Text(&p.department_a),
                Cell::Text(&p.record_id_a),
                Cell::Text(&p.name_a),
                Cell::Text(&p.department_b),
                Cell::Text(&p.record_id_b),
                Cell::Text(&p.name_b),
                Cell::Number(fixed4(p.score)),
            ];
            row.extend(p.contributions.iter().map(|c| Cell::Number(fixed4(*c))));
            row.push(Cell::Text(shared));
            row.push(Cell::Text(p.opportunity_id.as_deref().unwrap_or("")));
            row
        }),
    )
}

/// The pairs as a polars frame with [`PAIRS_COLUMNS`].
pub fn pairs_frame(pairs: &[PairRow]) -> Result<DataFrame> {
    let text = |f: fn(&PairRow) -> &str| -> Vec<&str> { pairs.iter().map(f).collect() };
    let mut columns: Vec<Column> = vec![
        Column::new("department_a".into(), text(|p| &p.department_a)),
        Column::new("record_id_a".into(), text(|p| &p.record_id_a)),
        Column::new("name_a".into(), text(|p| &p.name_a)),
        Column::new("department_b".into(), text(|p| &p.department_b)),
        Column::new("record_id_b".into(), text(|p| &p.record_id_b)),
        Column::new("name_b".into(), text(|p| &p.name_b)),
        Column::new(
            "score".into(),
            pairs.iter().map(|p| p.score).collect::<Vec<f64>>(),
        ),
    ];
    for (slot, field) in Field::ALL.iter().enumerate() {
        let values: Vec<f64> = pairs.iter().map(|p| p.contributions[slot]).collect();
        columns.push(Column::new(field.as_str().into(), values));
    }
    let shared: Vec<String> = pairs
        .iter()
        .map(|p| p.shared_terms.join(LIST_SEP))
        .collect();
    columns.push(Column::new("shared_terms".into(), shared));
    let opp: Vec<Option<&str>> = pairs.iter().map(|p| p.opportunity_id.as_deref()).collect();
    columns.push(Column::new("opportunity_id".into(), opp));
    DataFrame::new(pairs.len(), columns)
        .map_err(|e| Error::Failed(format!("building the pairs table failed: {e}")))
}

pub fn pairs_parquet(pairs: &[PairRow]) -> Result<Vec<u8>> {
    let mut df = pairs_frame(pairs)?;
    let mut buf = Vec::new();
    ParquetWriter::new(&mut buf)
        .finish(&mut df)
        .map_err(|e| Error::Failed(format!("writing pairs.parquet failed: {e}")))?;
    Ok(buf)
}

pub fn validation_csv(model: &ReportModel) -> Result<Vec<u8>> {
    let rows: Vec<_> = model
        .problems
        .iter()
        .map(|p| (p, p.line.to_string(), p.column.to_string()))
        .collect();
    csv_bytes(
        &VALIDATION_COLUMNS,
        rows.iter().map(|(p, line, column)| {
            vec![
                Cell::Text(&p.file),
                Cell::Number(line.clone()),
                Cell::Number(column.clone()),
                Cell::Text(p.severity.as_str()),
                Cell::Text(&p.code),
                Cell::Text(&p.message),
            ]
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::super::fixtures;
    use super::*;

    fn model(f: &fixtures::Period) -> ReportModel {
        ReportModel::build(&f.input()).unwrap()
    }

    fn read(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
        let mut r = csv::Reader::from_reader(bytes);
        let header = r.headers().unwrap().iter().map(str::to_string).collect();
        let rows = r
            .records()
            .map(|x| x.unwrap().iter().map(str::to_string).collect())
            .collect();
        (header, rows)
    }

    #[test]
    fn pairs_csv_has_the_agreed_columns_and_one_row_per_pair_in_order() {
        let f = fixtures::period();
        let (header, rows) = read(&pairs_csv(&model(&f).pairs).unwrap());
        assert_eq!(header, PAIRS_COLUMNS);
        assert_eq!(rows.len(), f.outcome.pairs.len());
        for (row, pair) in rows.iter().zip(&f.outcome.pairs) {
            let a = &f.ingested.records[pair.a as usize];
            assert_eq!(row[1], a.record_id);
            assert_eq!(row[6], format!("{:.4}", pair.score));
            // Field contributions sum to the score (to rounding).
            let sum: f64 = row[7..14].iter().map(|c| c.parse::<f64>().unwrap()).sum();
            assert!((sum - pair.score).abs() < 5e-4, "{sum} vs {}", pair.score);
            let opp = pair
                .opportunity
                .map(|i| f.outcome.opportunities[i].id.clone());
            assert_eq!(row[15], opp.unwrap_or_default());
        }
    }

    #[test]
    fn parquet_round_trips_the_same_columns_and_rows() {
        let f = fixtures::period();
        let m = model(&f);
        let bytes = pairs_parquet(&m.pairs).unwrap();
        let df = ParquetReader::new(std::io::Cursor::new(bytes))
            .finish()
            .unwrap();
        let names: Vec<&str> = df.get_column_names().iter().map(|s| s.as_str()).collect();
        assert_eq!(names, PAIRS_COLUMNS);
        assert_eq!(df.height(), f.outcome.pairs.len());
        let scores: Vec<f64> = df
            .column("score")
            .unwrap()
            .f64()
            .unwrap()
            .into_no_null_iter()
            .collect();
        let expected: Vec<f64> = f.outcome.pairs.iter().map(|p| p.score).collect();
        assert_eq!(scores, expected);
        let nulls = df.column("opportunity_id").unwrap().null_count();
        assert_eq!(
            nulls,
            f.outcome
                .pairs
                .iter()
                .filter(|p| p.opportunity.is_none())
                .count()
        );
    }

    #[test]
    fn opportunities_csv_lists_every_opportunity_ranked() {
        let f = fixtures::period();
        let m = model(&f);
        let (header, rows) = read(&opportunities_csv(&m).unwrap());
        assert_eq!(header, OPPORTUNITIES_COLUMNS);
        let ids: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
        let ranked: Vec<&str> = m.opportunities.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(ids, ranked);
        for row in &rows {
            let o = f
                .outcome
                .opportunities
                .iter()
                .find(|o| o.id == row[0])
                .unwrap();
            assert_eq!(row[4].split("; ").count(), o.members.len());
            assert_eq!(row[6].split("; ").count(), o.members.len());
            assert_eq!(row[5], format!("{:.2}", o.combined_budget_gbp));
        }
    }

    #[test]
    fn validation_csv_has_every_problem() {
        let f = fixtures::period();
        let (header, rows) = read(&validation_csv(&model(&f)).unwrap());
        assert_eq!(header, VALIDATION_COLUMNS);
        assert_eq!(rows.len(), f.ingested.problems.len());
        let p = &f.ingested.problems[1];
        assert_eq!(
            rows[1],
            [
                &p.file,
                &p.line.to_string(),
                &p.column.to_string(),
                "error",
                &p.code,
                &p.message
            ]
        );
    }

    #[test]
    fn formula_text_is_neutralised_but_numbers_are_not() {
        let f = fixtures::hostile();
        let m = model(&f);
        let (_, rows) = read(&opportunities_csv(&m).unwrap());
        let dup = rows.iter().find(|r| r[1] == "duplication").unwrap();
        assert_eq!(dup[8], "'=1+1");
        // A negative number the program writes stays a number.
        let mut pairs = m.pairs.clone();
        pairs[0].contributions[6] = -0.05;
        pairs[0].name_a = "-cunning".to_string();
        let (_, rows) = read(&pairs_csv(&pairs).unwrap());
        assert_eq!(rows[0][13], "-0.0500");
        assert_eq!(rows[0][2], "'-cunning");
    }
}
