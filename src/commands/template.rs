//! `overlap template`: a catalogue CSV a department can start from.
//!
//! In: an optional output path. Out: a header row with every schema column under its canonical
//! name and one realistic example row, on standard output or in a new file (never overwriting).

use crate::cli::TemplateArgs;
use crate::error::{Error, Result, exit};
use crate::ingest::schema::Column;
use crate::ui::Ui;
use std::io::Write;

/// One filled-in example row, in [`Column::ALL`] order.
const EXAMPLE: [(Column, &str); 14] = [
    (Column::Department, "Department for Transport"),
    (Column::RecordId, "DFT-0042"),
    (Column::Name, "Blue Badge Applications"),
    (
        Column::Description,
        "Lets disabled people and their carers apply for, renew and replace a Blue Badge \
         parking permit online, with councils assessing applications in one case management \
         service.",
    ),
    (Column::Kind, "service"),
    (Column::Phase, "beta"),
    (
        Column::UserGroups,
        "disabled people;carers;local authority staff",
    ),
    (
        Column::Capabilities,
        "online applications;eligibility checking;case management;payments",
    ),
    (Column::Technologies, "GOV.UK Notify;GOV.UK Pay;AWS;Java"),
    (Column::StartDate, "2025-04-01"),
    (Column::EndDate, "2028-03-31"),
    (Column::BudgetGbp, "1200000"),
    (Column::Owner, "Priya Shah, Service Owner"),
    (Column::ContactEmail, "blue.badge@transport.gov.example"),
];

/// The template as CSV text (UTF-8, comma-delimited, LF line endings).
pub fn template_csv() -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = w.write_record(Column::ALL.iter().map(|c| c.as_str()));
    let _ = w.write_record(EXAMPLE.iter().map(|(_, v)| *v));
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

pub fn execute(args: &TemplateArgs, ui: &Ui) -> Result<i32> {
    let text = template_csv();
    match &args.out {
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())
                .map_err(|e| Error::io("standard output", e))?;
        }
        Some(path) => {
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
                .map_err(|e| match e.kind() {
                    std::io::ErrorKind::AlreadyExists => Error::Usage(format!(
                        "{}: the file already exists and the template will not overwrite it; \
                         choose another name or delete the file first",
                        path.display()
                    )),
                    _ => Error::io(path, e),
                })?;
            file.write_all(text.as_bytes())
                .map_err(|e| Error::io(path, e))?;
            ui.note(format!(
                "wrote {}: replace the example row with your department's projects and services",
                path.display()
            ));
        }
    }
    Ok(exit::OK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_row_follows_the_schema_order() {
        for (i, (c, _)) in EXAMPLE.iter().enumerate() {
            assert_eq!(*c, Column::ALL[i]);
        }
    }

    #[test]
    fn template_reads_back_cleanly() {
        let r = crate::ingest::read_bytes(
            "template.csv",
            template_csv().as_bytes(),
            &Default::default(),
        );
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert_eq!(r.records.len(), 1);
        assert_eq!(r.records[0].budget_gbp, Some(1_200_000.0));
    }
}
