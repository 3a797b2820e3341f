//! The data every stage passes along: catalogue records, the problems found while reading them,
//! per-file accounting, and the scored pairs and opportunities that matching produces.
//!
//! Nothing here does I/O. Ingest produces [`Ingested`]; matching turns its records into a
//! [`MatchOutcome`]; reports render both.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Where an effort is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    Discovery,
    Alpha,
    Beta,
    Live,
    Retiring,
    Retired,
}

impl Phase {
    pub const ALL: [Phase; 6] = [
        Phase::Discovery,
        Phase::Alpha,
        Phase::Beta,
        Phase::Live,
        Phase::Retiring,
        Phase::Retired,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Discovery => "discovery",
            Phase::Alpha => "alpha",
            Phase::Beta => "beta",
            Phase::Live => "live",
            Phase::Retiring => "retiring",
            Phase::Retired => "retired",
        }
    }

    /// Parses a phase name, forgiving case and surrounding space.
    pub fn parse(s: &str) -> Option<Phase> {
        let s = s.trim();
        Phase::ALL
            .into_iter()
            .find(|p| p.as_str().eq_ignore_ascii_case(s))
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What sort of effort a record describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Project,
    Service,
    Platform,
    Contract,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Project, Kind::Service, Kind::Platform, Kind::Contract];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Project => "project",
            Kind::Service => "service",
            Kind::Platform => "platform",
            Kind::Contract => "contract",
        }
    }

    /// Parses a kind name, forgiving case and surrounding space.
    pub fn parse(s: &str) -> Option<Kind> {
        let s = s.trim();
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s))
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a record came from, for messages and for the validation table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    /// The file as the user named it (display form).
    pub file: String,
    /// 1-based physical line on which the record starts (the header is line 1).
    pub line: u64,
}

/// One accepted catalogue row: a department's project, service, platform or contract.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub department: String,
    pub record_id: String,
    pub name: String,
    pub description: String,
    pub kind: Option<Kind>,
    pub phase: Option<Phase>,
    pub user_groups: Vec<String>,
    pub capabilities: Vec<String>,
    pub technologies: Vec<String>,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    /// Whole-life cost in pounds.
    pub budget_gbp: Option<f64>,
    pub owner: Option<String>,
    pub contact_email: Option<String>,
    pub source: SourceRef,
}

impl Record {
    /// The key that identifies an effort within a period: `DEPARTMENT:RECORD_ID`.
    pub fn key(&self) -> String {
        format!("{}:{}", self.department, self.record_id)
    }
}

/// How bad a problem is: errors reject the row (or the file), warnings keep it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One thing wrong with an input, located precisely enough to fix it.
///
/// Displays as `FILE:LINE:COLUMN: severity: message`. `column` is the 1-based field number in
/// the row (the header's column), or 1 for problems with a whole file or line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub file: String,
    pub line: u64,
    pub column: u64,
    pub severity: Severity,
    /// A short stable identifier of the kind of problem (e.g. `empty-required`), for tooling.
    pub code: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.file, self.line, self.column, self.severity, self.message
        )
    }
}

/// Accounting for one input file. Invariant: `rows_read == rows_accepted + rows_rejected`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileSummary {
    pub file: String,
    /// SHA-256 of the bytes read, lower-case hex.
    pub sha256: String,
    pub bytes: u64,
    /// `utf-8`, `utf-8-bom` or `windows-1252`; empty when the file could not be read.
    pub encoding: String,
    /// The delimiter used, as a string (`,`, `;` or `\t`).
    pub delimiter: String,
    pub rows_read: u64,
    pub rows_accepted: u64,
    pub rows_rejected: u64,
    pub warnings: u64,
    pub errors: u64,
    /// True when the file as a whole could not be used (empty, not text, missing column...).
    pub file_rejected: bool,
}

/// Everything ingest produced from a set of input files.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Ingested {
    /// Accepted records, in a deterministic order (files sorted by path, then line).
    pub records: Vec<Record>,
    /// Files in the order they were read (sorted by path).
    pub files: Vec<FileSummary>,
    /// Every problem, sorted by file, line, column.
    pub problems: Vec<Problem>,
}

impl Ingested {
    pub fn rows_read(&self) -> u64 {
        self.files.iter().map(|f| f.rows_read).sum()
    }
    pub fn rows_accepted(&self) -> u64 {
        self.files.iter().map(|f| f.rows_accepted).sum()
    }
    pub fn rows_rejected(&self) -> u64 {
        self.files.iter().map(|f| f.rows_rejected).sum()
    }
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }
}

/// A compared field of two records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Name,
    Description,
    Capabilities,
    UserGroups,
    Technologies,
    Dates,
    Phase,
}

impl Field {
    pub const ALL: [Field; 7] = [
        Field::Name,
        Field::Description,
        Field::Capabilities,
        Field::UserGroups,
        Field::Technologies,
        Field::Dates,
        Field::Phase,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Description => "description",
            Field::Capabilities => "capabilities",
            Field::UserGroups => "user_groups",
            Field::Technologies => "technologies",
            Field::Dates => "dates",
            Field::Phase => "phase",
        }
    }
}

/// How one field of a pair compared, and what it added to the pair's score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldEvidence {
    pub field: Field,
    /// Similarity in [0, 1]; `None` when either side lacks the field (then it neither helps
    /// nor hurts).
    pub similarity: Option<f64>,
    /// This field's share of the total score. Contributions sum to the pair's score.
    pub contribution: f64,
    /// The terms or list items both sides share, most distinctive first (may be empty).
    pub shared: Vec<String>,
}

/// A scored cross-department pair of records.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoredPair {
    /// Index into the period's records; `a`'s (department, record_id) sorts before `b`'s.
    pub a: u32,
    pub b: u32,
    /// Total score in [0, 1].
    pub score: f64,
    /// One entry per [`Field`], in [`Field::ALL`] order.
    pub fields: Vec<FieldEvidence>,
    /// Index into [`MatchOutcome::opportunities`] of the opportunity this pair supports, if any.
    pub opportunity: Option<usize>,
}

/// The GAO's words for how far departments' efforts coincide (see PRODUCT.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OpportunityType {
    /// Two or more departments doing the same activities for the same users.
    Duplication,
    /// Efforts with similar goals, activities or users.
    Overlap,
    /// More than one department involved in the same broad area of need.
    Fragmentation,
}

impl OpportunityType {
    pub fn as_str(self) -> &'static str {
        match self {
            OpportunityType::Duplication => "duplication",
            OpportunityType::Overlap => "overlap",
            OpportunityType::Fragmentation => "fragmentation",
        }
    }
}

impl fmt::Display for OpportunityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The total of some budgets in pounds; 0 (positive zero) when there are none. Written out
/// because Rust's `Sum` for `f64` starts from -0.0, so an opportunity without a known budget
/// would show "-0.00" in opportunities.csv and "£-0.0m" in the run's summary line.
pub fn total_gbp(budgets: impl IntoIterator<Item = f64>) -> f64 {
    budgets.into_iter().fold(0.0, |total, b| total + b)
}

/// A group of overlapping efforts across two or more departments: something the meeting can act on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Opportunity {
    /// Stable identifier, e.g. `OPP-3F9A2C`.
    pub id: String,
    pub kind: OpportunityType,
    /// A short label made from the group's most distinctive shared terms.
    pub theme: String,
    /// Indices into the period's records, sorted by (department, record_id).
    pub members: Vec<u32>,
    /// Distinct departments, sorted.
    pub departments: Vec<String>,
    /// Sum of the members' known budgets, in pounds.
    pub combined_budget_gbp: f64,
    /// The strongest pair score inside the group.
    pub score: f64,
    /// A suggested next step, derived from the members' phases.
    pub action: String,
    /// The evidence in plain words.
    pub evidence: String,
    /// Indices into [`MatchOutcome::pairs`] of the pairs inside this group.
    pub pairs: Vec<usize>,
}

/// Counts from the matching stages, for the manifest and benchmarks.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MatchStats {
    pub records: u64,
    pub candidate_pairs: u64,
    pub scored_pairs: u64,
    pub reported_pairs: u64,
    pub opportunities: u64,
    /// Candidate recall against exhaustive scoring, when `run --candidate-recall` asked for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub candidate_recall: Option<CandidateRecall>,
}

/// Candidate recall measured against exhaustive scoring (see
/// `PeriodModel::reported_candidate_recall`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CandidateRecall {
    /// Records compared exhaustively with every record of other departments.
    pub sampled_records: usize,
    /// Pairs of those records that exhaustive scoring puts at or above the threshold.
    pub exhaustive_pairs: usize,
    /// How many of those candidate generation also found.
    pub found: usize,
    /// `found / exhaustive_pairs` (1 when there are none).
    pub recall: f64,
}

impl CandidateRecall {
    pub fn new(sampled_records: usize, exhaustive_pairs: usize, found: usize) -> CandidateRecall {
        CandidateRecall {
            sampled_records,
            exhaustive_pairs,
            found,
            recall: if exhaustive_pairs == 0 {
                1.0
            } else {
                found as f64 / exhaustive_pairs as f64
            },
        }
    }
}

/// What matching found in one period.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MatchOutcome {
    /// Reported pairs (score at or above the report threshold), sorted by (a, b) keys.
    pub pairs: Vec<ScoredPair>,
    /// Opportunities, sorted by id.
    pub opportunities: Vec<Opportunity>,
    pub stats: MatchStats,
}
