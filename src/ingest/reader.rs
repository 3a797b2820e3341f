//! The row loop: reads decoded catalogue text with the csv crate and turns each row into
//! checked values (a [`Record`] when records are kept) or into located [`Problem`]s.
//!
//! In: one file's text, its delimiter, and the config. Out: accepted records (when kept), the
//! accepted rows' keys, and every problem (file, physical line, 1-based column), with the
//! file's row accounting filled in. A row with any error is rejected whole; warnings keep it.
//! Blank rows (every field empty) are not rows and are not counted. A row is checked from text
//! borrowed from the csv record; nothing is allocated for a good row unless it is kept.

use super::ids::Keys;
use super::problems::Code;
use super::schema::{Column, Layout, closest_header};
use super::values::{self, NullValues, shorten};
use super::{DepartmentFrom, FileResult};
use crate::config::Config;
use crate::model::{Kind, Phase, Record, SourceRef};
use chrono::NaiveDate;
use csv::ByteRecord;

/// Reads every row of `text` into `out` (problems, notes, the summary's row counts and the
/// accepted rows' keys), and builds a [`Record`] for each accepted row when `keep_records`.
pub(super) fn read_rows(
    text: &str,
    delimiter: u8,
    config: &Config,
    keep_records: bool,
    out: &mut FileResult,
) {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .buffer_capacity(64 * 1024)
        .from_reader(text.as_bytes());
    let mut row = ByteRecord::new();
    let mut lines = LineCounter::new(text.as_bytes());

    // The header is the first non-blank record.
    let header_line;
    loop {
        match rdr.read_byte_record(&mut row) {
            Ok(true) if is_blank(&row) => continue,
            Ok(true) => {
                header_line = lines.line_of(&row);
                break;
            }
            // Reading from memory cannot fail and `decode` refused blank text, but stay total.
            Ok(false) | Err(_) => {
                out.problem(1, 1, Code::EmptyFile, empty_file_message());
                out.summary.file_rejected = true;
                return;
            }
        }
    }
    if row.len() > MAX_COLUMNS {
        reject_wide_header(&mut rdr, &mut row, header_line, out);
        return;
    }
    let headers: Vec<String> = row.iter().map(|f| trim(utf8(f)).to_string()).collect();
    // One row a line at most; capped so that a file of bare line breaks reserves little.
    let rows_hint = memchr::memchr_iter(b'\n', text.as_bytes())
        .count()
        .min(text.len() / 200);
    out.keys = Keys::with_capacity(rows_hint);
    if keep_records {
        out.records.reserve(rows_hint);
    }
    let mut ctx = RowContext::new(&headers, header_line, config, keep_records, out);
    ctx.check_header(out);

    while let Ok(true) = rdr.read_byte_record(&mut row) {
        if is_blank(&row) {
            continue;
        }
        let start = lines.start_of(&row);
        let line = lines.line_of(&row);
        let end = (rdr.position().byte() as usize).clamp(start, text.len());
        let raw = RawRow {
            line,
            bytes: &text.as_bytes()[start..end],
            at_end: end == text.len(),
        };
        out.summary.rows_read += 1;
        let accepted = ctx.read_row(&row, &raw, delimiter, out);
        if accepted {
            out.summary.rows_accepted += 1;
        } else {
            out.summary.rows_rejected += 1;
        }
    }
    ctx.reject_repeated_ids(out);
    out.keys.finish();
    if out.summary.rows_read == 0 && !out.summary.file_rejected {
        out.problem(
            header_line,
            1,
            Code::NoRows,
            "the file has a header but no rows; add one row per project or service".to_string(),
        );
    }
}

/// The most columns a header may have. The schema has 14 and real exports add a few dozen;
/// a header far wider is the wrong file or a delimiter gone wrong, and planning its layout
/// costs memory per column (about 400 bytes each), so such a file is refused up front.
pub(super) const MAX_COLUMNS: usize = 10_000;

/// Refuses a file whose header is wider than [`MAX_COLUMNS`]: one file-level error, and every
/// row counted as read and rejected (the accounting holds).
fn reject_wide_header(
    rdr: &mut csv::Reader<&[u8]>,
    row: &mut ByteRecord,
    header_line: u64,
    out: &mut FileResult,
) {
    out.problem(
        header_line,
        MAX_COLUMNS as u64 + 1,
        Code::TooManyColumns,
        format!(
            "the header has {} columns, more than the {MAX_COLUMNS} a catalogue may have (the \
             schema has 14); check that this is the right file and that its delimiter is not \
             used inside unquoted values",
            row.len()
        ),
    );
    out.summary.file_rejected = true;
    while let Ok(true) = rdr.read_byte_record(row) {
        if !is_blank(row) {
            out.summary.rows_read += 1;
            out.summary.rows_rejected += 1;
        }
    }
}

fn empty_file_message() -> String {
    "the file is empty; a catalogue needs a header row and one row per project or service \
     (`overlap template` writes a starting point)"
        .to_string()
}

/// Everything needed to check a row, worked out once from the header.
struct RowContext<'c> {
    headers: &'c [String],
    layout: Layout,
    config: &'c Config,
    nulls: NullValues,
    /// The department when it comes from the file name.
    file_department: Option<String>,
    header_line: u64,
    /// True when a required column is missing: every row is then rejected without checks.
    unusable: bool,
    /// Build a [`Record`] for each accepted row (`run`), or only check rows (`validate`).
    keep_records: bool,
}

impl<'c> RowContext<'c> {
    fn new(
        headers: &'c [String],
        header_line: u64,
        config: &'c Config,
        keep_records: bool,
        out: &FileResult,
    ) -> Self {
        let from_file = config.input.department_from == DepartmentFrom::FileStem;
        let layout = Layout::plan(headers, &config.columns, from_file);
        let file_department = from_file.then(|| file_stem(&out.summary.file));
        RowContext {
            headers,
            layout,
            config,
            nulls: NullValues::new(&config.input.null_values),
            file_department,
            header_line,
            unusable: false,
            keep_records,
        }
    }

    /// Reports header problems: duplicates (warnings) and missing required columns (errors
    /// that make the whole file unusable).
    fn check_header(&mut self, out: &mut FileResult) {
        out.notes.append(&mut self.layout.notes.clone());
        out.record_id_column = self
            .layout
            .field(Column::RecordId)
            .map_or(1, |i| i as u64 + 1);
        for &(field, column, kept) in &self.layout.duplicates {
            out.problem(
                self.header_line,
                field as u64 + 1,
                Code::DuplicateColumn,
                format!(
                    "header '{}' also names {}, which column {} '{}' already provides; this \
                     column is ignored (rename it, or choose one in [columns])",
                    shorten(&self.headers[field]),
                    column.as_str(),
                    kept + 1,
                    shorten(&self.headers[kept])
                ),
            );
        }
        for column in Column::ALL {
            if !column.required() || self.layout.field(column).is_some() {
                continue;
            }
            if column == Column::Department && self.file_department.is_some() {
                continue;
            }
            self.unusable = true;
            let seen: Vec<&str> = self.headers.iter().map(|h| h.as_str()).collect();
            let mut message = format!(
                "missing required column '{}': no header is recognised as it (headers seen: {})",
                column.as_str(),
                shorten(&seen.join(", "))
            );
            let close =
                closest_header(column, self.headers, &self.layout).filter(|(_, s)| *s >= 0.5);
            if let Some((i, _)) = close {
                message.push_str(&format!(
                    "; the closest is '{}' (column {}): rename it to {}, or map it in the \
                     config's [columns] table as \"{}\" = \"{}\"",
                    shorten(&self.headers[i]),
                    i + 1,
                    column.as_str(),
                    shorten(&self.headers[i]),
                    column.as_str()
                ));
            } else {
                message.push_str(&format!(
                    "; none is close to it: add a {0} column, or map the header that holds it \
                     in the config's [columns] table (\"HEADER\" = \"{0}\")",
                    column.as_str()
                ));
            }
            if column == Column::Department {
                message.push_str(
                    "; if the file is one department's, set [input] department_from = \
                     \"file-stem\" to take the department from the file name",
                );
            }
            out.problem(self.header_line, 1, Code::MissingColumn, message);
        }
        if self.unusable {
            out.summary.file_rejected = true;
        }
    }

    /// Checks one row and keeps it when it has no error. Returns whether it was accepted.
    /// `span` is the rest of the file when this row ran to the end of it.
    fn read_row(
        &mut self,
        row: &ByteRecord,
        raw: &RawRow,
        delimiter: u8,
        out: &mut FileResult,
    ) -> bool {
        if self.unusable {
            return false;
        }
        let line = raw.line;
        let width = self.headers.len();
        let fields = RowText::new(row);
        // Regression (hardening): two files joined into one repeat the header mid-file; read
        // as data, that row would be accepted as an effort called "name".
        if row.len() == width && (0..width).all(|i| trim(fields.get(i)) == self.headers[i]) {
            out.problem(
                line,
                1,
                Code::RepeatedHeader,
                format!(
                    "this row repeats the header of line {}, as when two files are joined; \
                     delete it",
                    self.header_line
                ),
            );
            return false;
        }
        if raw.at_end && ends_inside_quotes(raw.bytes, delimiter) {
            out.problem(
                line,
                row.len().max(1) as u64,
                Code::UnclosedQuote,
                format!(
                    "a quoted field opens here and is never closed, so lines {line} to {} \
                     were read as one field; add the closing quote (a quote inside a field is \
                     written twice: \"\")",
                    raw.last_line()
                ),
            );
            return false;
        }
        // A row of the wrong width with a line break inside a field: a quote is unbalanced.
        if row.len() != width
            && let Some(i) = row.iter().position(|f| f.contains(&b'\n'))
        {
            out.problem(
                line,
                i as u64 + 1,
                Code::UnclosedQuote,
                format!(
                    "the quoted field in this column runs from line {line} to line {} and leaves \
                     the row with {} fields instead of {width}; a quote is probably missing or \
                     unbalanced: close the quote where the field ends (a quote inside a field is \
                     written twice: \"\")",
                    raw.last_line(),
                    row.len()
                ),
            );
            return false;
        }
        let errors_before = out.errors_so_far();
        let limit = self.config.input.max_field_bytes;
        for (i, f) in row.iter().enumerate() {
            if f.len() > limit {
                out.problem(
                    line,
                    i as u64 + 1,
                    Code::FieldTooLong,
                    format!(
                        "field is {} bytes long, over the limit of {limit} bytes; shorten it, \
                         or raise [input] max_field_bytes if it is meant to be this long",
                        f.len()
                    ),
                );
            }
        }
        if row.len() != width {
            let column = if row.len() < width {
                row.len() + 1
            } else {
                width + 1
            };
            let hint = if row.len() > width {
                "a field may hold an unquoted delimiter: put quotes around fields that contain \
                 commas"
            } else {
                "fill in the missing fields (empty fields still need their delimiters), or \
                 check for a line break inside an unquoted field"
            };
            out.problem(
                line,
                column as u64,
                Code::RaggedRow,
                format!(
                    "row has {} fields but the header has {width}; {hint}",
                    row.len()
                ),
            );
        }
        if out.errors_so_far() > errors_before {
            return false;
        }
        let Some(values) = self.check(&fields, line, out) else {
            return false;
        };
        // Repeated record_ids are found once the file is read (see `reject_repeated_ids`).
        out.keys.push(values.department, values.record_id, line);
        if self.keep_records {
            let record =
                values.to_record(self.config.input.list_separator, &out.summary.file, line);
            out.records.push(record);
        }
        true
    }

    /// Rejects every accepted row whose (department, record_id) an earlier row used, with its
    /// record if records are kept, and says which line keeps the id.
    fn reject_repeated_ids(&self, out: &mut FileResult) {
        let repeats = out.keys.take_repeats();
        if repeats.is_empty() {
            return;
        }
        if self.keep_records {
            super::ids::remove_sorted(&mut out.records, repeats.iter().map(|r| r.entry));
        }
        let id_field = self.layout.field(Column::RecordId).unwrap_or(0) as u64 + 1;
        for r in repeats {
            out.summary.rows_accepted -= 1;
            out.summary.rows_rejected += 1;
            let first = r.first_line;
            out.problem(
                r.line,
                id_field,
                Code::DuplicateId,
                format!(
                    "record_id '{}' is already used on line {first} for {}; this row is \
                     rejected and line {first} kept: give each effort its own id",
                    shorten(&r.record_id),
                    shorten(&r.department)
                ),
            );
        }
    }

    /// Checks and parses the row's fields, reporting each bad field. Returns `None` when a
    /// field could not be used. Allocates nothing unless there is a problem to report.
    fn check<'r>(
        &'r self,
        row: &RowText<'r>,
        line: u64,
        out: &mut FileResult,
    ) -> Option<Values<'r>> {
        let field = |c: Column| -> (&'r str, u64) {
            match self.layout.field(c) {
                Some(i) => (trim(row.get(i)), i as u64 + 1),
                None => ("", 1),
            }
        };
        let optional = |c: Column| -> (&'r str, u64) {
            let (v, col) = field(c);
            if !v.is_empty() && self.nulls.matches(v) {
                ("", col)
            } else {
                (v, col)
            }
        };
        let mut ok = true;
        let mut required = |c: Column, out: &mut FileResult| -> &'r str {
            let (v, col) = field(c);
            if v.is_empty() {
                ok = false;
                let header = self
                    .layout
                    .field(c)
                    .map(|i| shorten(&self.headers[i]))
                    .unwrap_or_default();
                out.problem(
                    line,
                    col,
                    Code::EmptyRequired,
                    format!(
                        "{} is empty (column '{header}'); every row needs a {}",
                        c.as_str(),
                        c.as_str().replace('_', " ")
                    ),
                );
            }
            v
        };
        let department = match &self.file_department {
            Some(d) => d.as_str(),
            None => required(Column::Department, out),
        };
        let record_id = required(Column::RecordId, out);
        let name = required(Column::Name, out);
        let description = required(Column::Description, out);

        let mut bad = |code: Code, col: u64, message: String, out: &mut FileResult| {
            ok = false;
            out.problem(line, col, code, message);
        };
        let (v, col) = optional(Column::Kind);
        let kind = match v {
            "" => None,
            v => values::parse_kind(v)
                .map_err(|m| bad(Code::UnknownKind, col, m, out))
                .ok(),
        };
        let (v, col) = optional(Column::Phase);
        let phase = match v {
            "" => None,
            v => values::parse_phase(v)
                .map_err(|m| bad(Code::UnknownPhase, col, m, out))
                .ok(),
        };
        let mut date = |c: Column, out: &mut FileResult| {
            let (v, col) = optional(c);
            match v {
                "" => None,
                v => values::parse_date(v)
                    .map_err(|m| bad(Code::BadDate, col, format!("{}: {m}", c.as_str()), out))
                    .ok(),
            }
        };
        let start_date = date(Column::StartDate, out);
        let end_date = date(Column::EndDate, out);
        let (v, col) = optional(Column::BudgetGbp);
        let budget_gbp = match v {
            "" => None,
            v => values::parse_money(v)
                .map(|x| x * self.config.input.budget_multiplier)
                .map_err(|m| bad(Code::BadBudget, col, format!("budget_gbp: {m}"), out))
                .ok(),
        };
        if let (Some(s), Some(e)) = (start_date, end_date)
            && e < s
        {
            let (end_raw, col) = optional(Column::EndDate);
            let (start_raw, _) = optional(Column::StartDate);
            bad(
                Code::EndBeforeStart,
                col,
                format!(
                    "end date ({}) is before start date ({}); correct whichever is wrong \
                     (dates are read day first, DD/MM/YYYY)",
                    shorten(end_raw),
                    shorten(start_raw)
                ),
                out,
            );
        }
        let (contact_email, col) = optional(Column::ContactEmail);
        if !contact_email.is_empty() && !values::looks_like_email(contact_email) {
            out.problem(
                line,
                col,
                Code::BadEmail,
                format!(
                    "contact_email '{}' does not look like an e-mail address; give an address \
                     such as team@department.gov.example (the row is kept)",
                    shorten(contact_email)
                ),
            );
        }
        if !ok {
            return None;
        }
        Some(Values {
            department,
            record_id,
            name,
            description,
            kind,
            phase,
            user_groups: optional(Column::UserGroups).0,
            capabilities: optional(Column::Capabilities).0,
            technologies: optional(Column::Technologies).0,
            start_date,
            end_date,
            budget_gbp,
            owner: optional(Column::Owner).0,
            contact_email,
        })
    }
}

/// A checked row's values: text borrowed from the row (trimmed, "" when not given), the
/// typed fields parsed. [`Values::to_record`] makes the owned [`Record`].
struct Values<'r> {
    department: &'r str,
    record_id: &'r str,
    name: &'r str,
    description: &'r str,
    kind: Option<Kind>,
    phase: Option<Phase>,
    /// List fields as written; split by `to_record`.
    user_groups: &'r str,
    capabilities: &'r str,
    technologies: &'r str,
    start_date: Option<NaiveDate>,
    end_date: Option<NaiveDate>,
    budget_gbp: Option<f64>,
    owner: &'r str,
    contact_email: &'r str,
}

impl Values<'_> {
    fn to_record(&self, list_separator: char, file: &str, line: u64) -> Record {
        let list = |v: &str| {
            if v.is_empty() {
                Vec::new()
            } else {
                values::parse_list(v, list_separator)
            }
        };
        let text = |v: &str| (!v.is_empty()).then(|| v.to_string());
        Record {
            department: self.department.to_string(),
            record_id: self.record_id.to_string(),
            name: self.name.to_string(),
            description: self.description.to_string(),
            kind: self.kind,
            phase: self.phase,
            user_groups: list(self.user_groups),
            capabilities: list(self.capabilities),
            technologies: list(self.technologies),
            start_date: self.start_date,
            end_date: self.end_date,
            budget_gbp: self.budget_gbp,
            owner: text(self.owner),
            contact_email: text(self.contact_email),
            source: SourceRef {
                file: file.to_string(),
                line,
            },
        }
    }
}

/// A row's fields as text. The input was decoded to UTF-8 and the csv parser splits fields
/// at ASCII bytes and removes only ASCII quotes, so the row is UTF-8: it is checked once as
/// a whole, not field by field.
struct RowText<'r> {
    row: &'r ByteRecord,
    /// All the row's fields back to back, when they are UTF-8 (always, in practice).
    text: Option<&'r str>,
}

impl<'r> RowText<'r> {
    fn new(row: &'r ByteRecord) -> Self {
        RowText {
            row,
            text: std::str::from_utf8(row.as_slice()).ok(),
        }
    }

    /// Field `i` ("" past the end of the row).
    fn get(&self, i: usize) -> &'r str {
        match self.text {
            Some(text) => self.row.range(i).and_then(|r| text.get(r)).unwrap_or(""),
            None => self.row.get(i).map(utf8).unwrap_or(""),
        }
    }
}

/// A row's raw text, for messages about its quoting.
struct RawRow<'t> {
    /// The line on which the row starts.
    line: u64,
    /// The row's bytes, from its first byte to the end of its terminator.
    bytes: &'t [u8],
    /// True when the row ran to the end of the file.
    at_end: bool,
}

impl RawRow<'_> {
    /// The line on which the row ends.
    fn last_line(&self) -> u64 {
        let mut body = self.bytes;
        while let [rest @ .., b'\n' | b'\r'] = body {
            body = rest;
        }
        self.line + line_breaks(body)
    }
}

/// The department taken from a file's name: its stem (`dft` for `submissions/dft.csv`).
pub(super) fn file_stem(display_name: &str) -> String {
    std::path::Path::new(display_name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| display_name.to_string())
}

/// The line breaks in `bytes`: LF, CRLF, or a lone CR (old Mac and some spreadsheet exports), the
/// same line ends at which the csv parser ends a record. A CR at the very end counts as one.
pub(super) fn line_breaks(bytes: &[u8]) -> u64 {
    let lf = memchr::memchr_iter(b'\n', bytes).count();
    if memchr::memchr(b'\r', bytes).is_none() {
        return lf as u64;
    }
    let lone_cr = bytes
        .windows(2)
        .filter(|w| w[0] == b'\r' && w[1] != b'\n')
        .count()
        + usize::from(bytes.last() == Some(&b'\r'));
    (lf + lone_cr) as u64
}

/// Physical line numbers of records, counted from the text itself so that blank lines,
/// CRLF and lone CR endings and line breaks inside quoted fields are all counted.
struct LineCounter<'t> {
    bytes: &'t [u8],
    pos: usize,
    line: u64,
    /// False when the text has no CR at all (the usual case): line ends are then only LFs.
    has_cr: bool,
}

impl<'t> LineCounter<'t> {
    fn new(bytes: &'t [u8]) -> Self {
        LineCounter {
            bytes,
            pos: 0,
            line: 1,
            has_cr: memchr::memchr(b'\r', bytes).is_some(),
        }
    }

    /// The byte offset where `row` starts (its position, past any line endings before it).
    fn start_of(&self, row: &ByteRecord) -> usize {
        let mut at = row
            .position()
            .map(|p| p.byte() as usize)
            .unwrap_or(self.pos);
        at = at.min(self.bytes.len());
        while at < self.bytes.len() && matches!(self.bytes[at], b'\n' | b'\r') {
            at += 1;
        }
        at
    }

    /// The 1-based line on which `row` starts. Rows must be asked for in order.
    fn line_of(&mut self, row: &ByteRecord) -> u64 {
        let at = self.start_of(row).max(self.pos);
        let span = &self.bytes[self.pos..at];
        self.line += if self.has_cr {
            line_breaks(span)
        } else {
            memchr::memchr_iter(b'\n', span).count() as u64
        };
        self.pos = at;
        self.line
    }
}

/// True when a row has no non-blank field (spreadsheets export such rows as `,,,,`).
fn is_blank(row: &ByteRecord) -> bool {
    row.iter().all(|f| f.iter().all(u8::is_ascii_whitespace))
}

/// `s.trim()`, quicker for the usual field that starts and ends with a printable ASCII
/// character (which cannot be white space).
#[inline]
fn trim(s: &str) -> &str {
    let printable = |b: Option<&u8>| b.is_some_and(|&b| b > b' ' && b < 0x7F);
    if printable(s.as_bytes().first()) && printable(s.as_bytes().last()) {
        s
    } else {
        s.trim()
    }
}

/// A field as text. The input was decoded to UTF-8 and fields split at ASCII bytes, so this
/// cannot fail; a replacement character stands in rather than a panic.
fn utf8(f: &[u8]) -> &str {
    std::str::from_utf8(f).unwrap_or("\u{FFFD}")
}

/// True when the csv parser, reading `span` (a record to the end of the file), would still be
/// inside a quoted field at the end: the sign of an unclosed quote. Follows csv-core's rules:
/// a quote opens a field only at its start, and `""` inside quotes is a literal quote.
fn ends_inside_quotes(span: &[u8], delimiter: u8) -> bool {
    #[derive(PartialEq)]
    enum S {
        FieldStart,
        InField,
        InQuoted,
        QuoteInQuoted,
    }
    let ends_field = |b: u8| b == delimiter || b == b'\n' || b == b'\r';
    let mut s = S::FieldStart;
    for &b in span {
        s = match s {
            S::FieldStart if b == b'"' => S::InQuoted,
            S::FieldStart | S::InField => {
                if ends_field(b) {
                    S::FieldStart
                } else {
                    S::InField
                }
            }
            S::InQuoted if b == b'"' => S::QuoteInQuoted,
            S::InQuoted => S::InQuoted,
            S::QuoteInQuoted if b == b'"' => S::InQuoted,
            S::QuoteInQuoted if ends_field(b) => S::FieldStart,
            S::QuoteInQuoted => S::InField,
        };
    }
    s == S::InQuoted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unclosed_quote_is_seen_only_when_open_at_the_end() {
        assert!(ends_inside_quotes(b"a,\"b,c\nd,e\n", b','));
        assert!(!ends_inside_quotes(b"a,\"b\"\"c\",d\n", b','));
        assert!(
            !ends_inside_quotes(b"a,b\"c,d\n", b','),
            "a quote inside a field is literal"
        );
        assert!(ends_inside_quotes(b"a,\"b\"\"\n", b','));
    }

    #[test]
    fn trim_is_str_trim() {
        for s in [
            "",
            " ",
            "a",
            " a ",
            "a\t",
            "\u{a0}a",
            "a\u{2003}",
            "\u{85}x",
            "~",
            "é",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn line_breaks_count_lf_crlf_and_lone_cr() {
        assert_eq!(line_breaks(b""), 0);
        assert_eq!(line_breaks(b"a\nb\r\nc\rd"), 3);
        assert_eq!(line_breaks(b"a\r"), 1, "a CR at the very end is a line end");
        assert_eq!(line_breaks(b"\r\r\n\n"), 3);
    }

    #[test]
    fn file_stem_is_the_department() {
        assert_eq!(file_stem("data/gmpp-2020.csv"), "gmpp-2020");
        assert_eq!(file_stem("dft"), "dft");
    }
}
