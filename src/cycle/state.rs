//! The machine-readable state a pack carries for the next month (`state.json`): every accepted
//! effort, the open opportunities with their members, the rejected pairs being honoured (with
//! the text they were judged on), former keys of renumbered efforts, every opportunity id ever
//! issued, and the per-period history that the trend chart is drawn from.
//!
//! In: JSON text (the previous pack's file) or the tracking result. Out: a [`PackState`], or its
//! JSON text. No I/O here; `overlap run` reads and the pack writer writes the file.

use crate::model::{Kind, Phase, Record, SourceRef};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The `format` value this version writes and reads.
pub const STATE_FORMAT: &str = "overlap-state/1";

/// The file name inside a pack.
pub const STATE_FILE: &str = "state.json";

/// Everything the next month needs from this one. Serialised through [`StateView`], which
/// the current period's state also uses with its efforts read from the records.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PackState {
    /// Always [`STATE_FORMAT`].
    pub format: String,
    /// The period this pack is for, `YYYY-MM`.
    pub period: String,
    /// Every accepted effort of the period, sorted by (department, record_id).
    pub efforts: Vec<EffortState>,
    /// The period's opportunities (all shown ones), sorted by id.
    pub opportunities: Vec<OpportunityState>,
    /// Rejected pairs honoured this period (not reported), sorted by keys.
    pub suppressed: Vec<SuppressedPair>,
    /// Former key -> key in this period, for efforts renumbered in this or an earlier period, so
    /// a decision naming an old key still finds its effort.
    pub aliases: BTreeMap<String, String>,
    /// Every opportunity id issued in this or any earlier period, sorted. A new group never
    /// gets one of these.
    pub issued_ids: Vec<String>,
    /// One entry per period, oldest first, this period last.
    pub history: Vec<HistoryEntry>,
}

/// One effort as the next month needs it (the matching fields; no contact details).
/// Serialised through [`EffortView`].
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct EffortState {
    pub department: String,
    pub record_id: String,
    pub name: String,
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<Phase>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub user_groups: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub capabilities: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub technologies: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget_gbp: Option<f64>,
}

impl Serialize for EffortState {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        EffortView {
            department: &self.department,
            record_id: &self.record_id,
            name: &self.name,
            description: &self.description,
            kind: self.kind,
            phase: self.phase,
            user_groups: &self.user_groups,
            capabilities: &self.capabilities,
            technologies: &self.technologies,
            start_date: self.start_date,
            end_date: self.end_date,
            budget_gbp: self.budget_gbp,
        }
        .serialize(s)
    }
}

/// The one serialised form of an effort in `state.json`, borrowed from an [`EffortState`]
/// or straight from a [`Record`]: at a million efforts, copying every record's text into
/// an [`EffortState`] only to write it took about a second and 570 MB.
#[derive(Serialize)]
struct EffortView<'a> {
    department: &'a str,
    record_id: &'a str,
    name: &'a str,
    description: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<Kind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    phase: Option<Phase>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    user_groups: &'a [String],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    capabilities: &'a [String],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    technologies: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    budget_gbp: Option<f64>,
}

impl<'a> EffortView<'a> {
    fn of_record(r: &'a Record) -> EffortView<'a> {
        EffortView {
            department: &r.department,
            record_id: &r.record_id,
            name: &r.name,
            description: &r.description,
            kind: r.kind,
            phase: r.phase,
            user_groups: &r.user_groups,
            capabilities: &r.capabilities,
            technologies: &r.technologies,
            start_date: r.start_date,
            end_date: r.end_date,
            budget_gbp: r.budget_gbp,
        }
    }
}

/// Where a state's efforts come from when it is written.
enum EffortsOf<'a> {
    States(&'a [EffortState]),
    /// These records, in this order.
    Records(&'a [Record], &'a [u32]),
}

impl Serialize for EffortsOf<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            EffortsOf::States(states) => s.collect_seq(states),
            EffortsOf::Records(records, order) => s.collect_seq(
                order
                    .iter()
                    .filter_map(|&i| records.get(i as usize))
                    .map(EffortView::of_record),
            ),
        }
    }
}

/// The one serialised form of a [`PackState`] (fields in declaration order).
#[derive(Serialize)]
struct StateView<'a> {
    format: &'a str,
    period: &'a str,
    efforts: EffortsOf<'a>,
    opportunities: &'a [OpportunityState],
    suppressed: &'a [SuppressedPair],
    aliases: &'a BTreeMap<String, String>,
    issued_ids: &'a [String],
    history: &'a [HistoryEntry],
}

impl<'a> StateView<'a> {
    fn of(state: &'a PackState, efforts: EffortsOf<'a>) -> StateView<'a> {
        StateView {
            format: &state.format,
            period: &state.period,
            efforts,
            opportunities: &state.opportunities,
            suppressed: &state.suppressed,
            aliases: &state.aliases,
            issued_ids: &state.issued_ids,
            history: &state.history,
        }
    }
}

impl Serialize for PackState {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        StateView::of(self, EffortsOf::States(&self.efforts)).serialize(s)
    }
}

/// The state a run leaves for the next month, its efforts kept as the period's record
/// indices (sorted by key) rather than copies: [`NextState::write_json`] writes them from the
/// records, byte for byte what [`NextState::to_pack_state`]'s [`PackState::write_json`] would.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NextState {
    /// Everything but the efforts (`efforts` is empty).
    pub state: PackState,
    /// The period's accepted efforts, as indices into its records, sorted by key.
    pub efforts: Vec<u32>,
}

impl NextState {
    /// `state.json`'s bytes for the period whose records are `records`.
    pub fn write_json(
        &self,
        records: &[Record],
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let view = StateView::of(&self.state, EffortsOf::Records(records, &self.efforts));
        serde_json::to_writer(&mut *out, &view)?;
        out.write_all(b"\n")
    }

    /// The whole [`PackState`], efforts copied from `records` (what the next run will parse).
    pub fn to_pack_state(&self, records: &[Record]) -> PackState {
        PackState {
            efforts: self
                .efforts
                .iter()
                .filter_map(|&i| records.get(i as usize))
                .map(EffortState::from_record)
                .collect(),
            ..self.state.clone()
        }
    }
}

impl EffortState {
    pub fn from_record(r: &Record) -> EffortState {
        EffortState {
            department: r.department.clone(),
            record_id: r.record_id.clone(),
            name: r.name.clone(),
            description: r.description.clone(),
            kind: r.kind,
            phase: r.phase,
            user_groups: r.user_groups.clone(),
            capabilities: r.capabilities.clone(),
            technologies: r.technologies.clone(),
            start_date: r.start_date,
            end_date: r.end_date,
            budget_gbp: r.budget_gbp,
        }
    }

    /// A record for the matching engine (the source names the previous pack).
    pub fn to_record(&self, period: &str) -> Record {
        Record {
            department: self.department.clone(),
            record_id: self.record_id.clone(),
            name: self.name.clone(),
            description: self.description.clone(),
            kind: self.kind,
            phase: self.phase,
            user_groups: self.user_groups.clone(),
            capabilities: self.capabilities.clone(),
            technologies: self.technologies.clone(),
            start_date: self.start_date,
            end_date: self.end_date,
            budget_gbp: self.budget_gbp,
            owner: None,
            contact_email: None,
            source: SourceRef {
                file: format!("{period}/{STATE_FILE}"),
                line: 0,
            },
        }
    }

    /// `DEPARTMENT:RECORD_ID`, as [`Record::key`].
    pub fn key(&self) -> String {
        format!("{}:{}", self.department, self.record_id)
    }
}

/// An opportunity as the next month needs it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpportunityState {
    pub id: String,
    /// Member keys (`DEPARTMENT:RECORD_ID`), sorted.
    pub members: Vec<String>,
    pub theme: String,
    /// The period it was first seen, `YYYY-MM`.
    pub first_seen: String,
    /// `open`, `confirmed` or `collaborating`.
    pub status: String,
    pub combined_budget_gbp: f64,
}

/// A rejected pair the run honoured, with the text of each effort when it was judged; the
/// rejection lapses when either text changes materially.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SuppressedPair {
    /// Keys in this period, `a < b`.
    pub a: String,
    pub b: String,
    /// Name and description of each effort when the rejection was first honoured.
    pub text_a: String,
    pub text_b: String,
    /// The opportunity whose rejection covers this pair, if it was rejected as a group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opportunity_id: Option<String>,
}

/// One period's counts, for the trend chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub period: String,
    /// Opportunities shown in the pack.
    pub open: u64,
    /// Of those, new this period.
    pub new: u64,
    /// Previous opportunities resolved this period.
    pub resolved: u64,
    /// Sum of the known budgets of the efforts in open opportunities (each effort once).
    pub combined_budget_gbp: f64,
}

impl PackState {
    /// Parses a pack's `state.json`; the error says what is wrong.
    pub fn parse(text: &str) -> Result<PackState, String> {
        let state: PackState = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if state.format != STATE_FORMAT {
            return Err(format!(
                "format is {:?}, expected {STATE_FORMAT:?}: the pack was written by another \
                 version of overlap",
                state.format
            ));
        }
        Ok(state)
    }

    /// [`PackState::to_json`]'s bytes, streamed into `out` (no copy of the whole text).
    pub fn write_json(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        serde_json::to_writer(&mut *out, self)?;
        out.write_all(b"\n")
    }

    /// Compact JSON with a final newline; deterministic (every list is sorted, maps are ordered).
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string(self).unwrap_or_default();
        s.push('\n');
        s
    }
}

/// The text a rejection is judged on: name and description.
pub fn effort_text(name: &str, description: &str) -> String {
    format!("{name}\n{description}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_round_trips_through_json() {
        let state = PackState {
            format: STATE_FORMAT.into(),
            period: "2026-11".into(),
            history: vec![HistoryEntry {
                period: "2026-11".into(),
                open: 3,
                new: 1,
                resolved: 0,
                combined_budget_gbp: 1.5e6,
            }],
            ..PackState::default()
        };
        assert_eq!(PackState::parse(&state.to_json()).unwrap(), state);
    }

    fn record(id: &str, name: &str) -> Record {
        Record {
            department: "Dept".into(),
            record_id: id.into(),
            name: name.into(),
            description: "Case work, \"quoted\"\nand a new line".into(),
            ..crate::matching::testdata::blank()
        }
    }

    #[test]
    fn the_next_state_writes_what_its_whole_state_would() {
        let mut full = record("2", "Grants");
        full.kind = Some(Kind::Service);
        full.phase = Some(Phase::Live);
        full.user_groups = vec!["staff".into()];
        full.capabilities = vec!["case management".into(), "payments".into()];
        full.technologies = vec!["Java".into()];
        full.start_date = NaiveDate::from_ymd_opt(2024, 1, 31);
        full.end_date = NaiveDate::from_ymd_opt(2026, 3, 1);
        full.budget_gbp = Some(1.25e6);
        let records = vec![full, record("1", "Desks"), record("3", "Unlisted")];
        let next = NextState {
            state: PackState {
                format: STATE_FORMAT.into(),
                period: "2026-11".into(),
                issued_ids: vec!["OPP-0001".into()],
                aliases: BTreeMap::from([("Dept:0".to_string(), "Dept:1".to_string())]),
                ..PackState::default()
            },
            // Sorted by key; record 2 is not an accepted effort.
            efforts: vec![1, 0],
        };
        let mut written = Vec::new();
        next.write_json(&records, &mut written).unwrap();
        let whole = next.to_pack_state(&records);
        assert_eq!(String::from_utf8(written).unwrap(), whole.to_json());
        let parsed = PackState::parse(&whole.to_json()).unwrap();
        assert_eq!(parsed, whole);
        assert_eq!(parsed.efforts.len(), 2);
        assert_eq!(parsed.efforts[0].name, "Desks");
        assert_eq!(parsed.efforts[1].budget_gbp, Some(1.25e6));
        // Empty and missing fields are left out, as before.
        assert!(whole.to_json().contains(
            r#"{"department":"Dept","record_id":"1","name":"Desks","description":"Case work, \"quoted\"\nand a new line"}"#
        ));
    }

    #[test]
    fn another_format_is_refused_with_a_reason() {
        let err =
            PackState::parse(r#"{"format":"overlap-state/9","period":"2026-11"}"#).unwrap_err();
        assert!(err.contains("another version"), "{err}");
    }
}
