//! The kinds of problem ingest reports, each with a stable kebab-case code for tooling.
//!
//! In: nothing. Out: [`Code`], whose [`Code::as_str`] fills [`crate::model::Problem::code`] and
//! whose severity says whether the problem rejects the row (or file) or only warns.

use crate::model::Severity;

/// A kind of problem. The strings from [`Code::as_str`] are part of the JSON output: keep them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Code {
    /// The file has no bytes, or only white space.
    EmptyFile,
    /// The file is binary (NUL bytes, control characters, a workbook).
    NotText,
    /// A required column has no header (file-level: every row is rejected).
    MissingColumn,
    /// The file has a header but no data rows (warning).
    NoRows,
    /// The file is not UTF-8 and was decoded from another encoding (warning).
    Encoding,
    /// Two headers name the same schema column; the first is used (warning).
    DuplicateColumn,
    /// A row has more or fewer fields than the header.
    RaggedRow,
    /// A quoted field is never closed, so the rest of the file ran into it.
    UnclosedQuote,
    /// A field is longer than `[input] max_field_bytes`.
    FieldTooLong,
    /// A required field is empty.
    EmptyRequired,
    /// The record_id was already used by an earlier row of the same department.
    DuplicateId,
    /// A date that cannot be read.
    BadDate,
    /// A budget that cannot be read.
    BadBudget,
    /// The end date is before the start date.
    EndBeforeStart,
    /// A phase that is not one of the allowed values.
    UnknownPhase,
    /// A kind that is not one of the allowed values.
    UnknownKind,
    /// A contact e-mail that does not look like an address (warning).
    BadEmail,
    /// A row that repeats the header, as when two files are joined.
    RepeatedHeader,
    /// A header with more columns than any catalogue has (file-level).
    TooManyColumns,
    /// An entry of an input folder that is not read (not .csv, or not a file) (warning).
    SkippedFile,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::EmptyFile => "empty-file",
            Code::NotText => "not-text",
            Code::MissingColumn => "missing-column",
            Code::NoRows => "no-rows",
            Code::Encoding => "encoding",
            Code::DuplicateColumn => "duplicate-column",
            Code::RaggedRow => "ragged-row",
            Code::UnclosedQuote => "unclosed-quote",
            Code::FieldTooLong => "field-too-long",
            Code::EmptyRequired => "empty-required",
            Code::DuplicateId => "duplicate-id",
            Code::BadDate => "bad-date",
            Code::BadBudget => "bad-budget",
            Code::EndBeforeStart => "end-before-start",
            Code::UnknownPhase => "unknown-phase",
            Code::UnknownKind => "unknown-kind",
            Code::BadEmail => "bad-email",
            Code::RepeatedHeader => "repeated-header",
            Code::TooManyColumns => "too-many-columns",
            Code::SkippedFile => "skipped-file",
        }
    }

    /// Errors reject the row (or the file); warnings keep it.
    pub fn severity(self) -> Severity {
        match self {
            Code::NoRows
            | Code::Encoding
            | Code::DuplicateColumn
            | Code::BadEmail
            | Code::SkippedFile => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_kebab_case() {
        let all = [
            Code::EmptyFile,
            Code::NotText,
            Code::MissingColumn,
            Code::NoRows,
            Code::Encoding,
            Code::DuplicateColumn,
            Code::RaggedRow,
            Code::UnclosedQuote,
            Code::FieldTooLong,
            Code::EmptyRequired,
            Code::DuplicateId,
            Code::BadDate,
            Code::BadBudget,
            Code::EndBeforeStart,
            Code::UnknownPhase,
            Code::UnknownKind,
            Code::BadEmail,
        ];
        for c in all {
            let s = c.as_str();
            assert!(
                s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{s}"
            );
        }
    }
}
