//! What the cycle tells the pack: the "Since last month" and "Decisions" sections, each
//! opportunity's standing (new, open since, status), and the history for the trend chart.
//!
//! In: built by [`super::apply`]. Out: plain serialisable views, sorted by stable keys, that the
//! report model carries to every renderer.

use super::state::HistoryEntry;
use serde::Serialize;
use std::collections::BTreeMap;

/// Everything the pack shows about the monthly cycle.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CycleReport {
    /// The previous pack compared against, if any.
    pub previous: Option<PreviousPack>,
    /// Each current opportunity's standing, by id.
    pub opportunities: BTreeMap<String, Standing>,
    /// New opportunities this period, by id.
    pub new: Vec<OpportunityRef>,
    /// Opportunities carried over from the previous pack, longest open first, then by id.
    pub persisting: Vec<OpportunityRef>,
    /// Previous opportunities no longer open, by id, each with its reason.
    pub resolved: Vec<Resolved>,
    /// Efforts in this catalogue that were not in the previous one.
    pub appeared: Vec<EffortChange>,
    /// Efforts of the previous catalogue that are gone.
    pub disappeared: Vec<EffortChange>,
    /// Efforts found again under a new record_id.
    pub renumbered: Vec<EffortChange>,
    /// Efforts that moved to retiring or retired this period.
    pub retired: Vec<EffortChange>,
    /// Every row of the decisions file that records a decision, in file order, with its effect.
    pub decisions: Vec<DecisionView>,
    /// The decisions file, as named in messages (empty when there was none).
    pub decisions_file: String,
    /// Rejected pairs not reported this period (each with the note of its decision).
    pub suppressed: Vec<SuppressedView>,
    /// Per-period counts, oldest first, this period last.
    pub history: Vec<HistoryEntry>,
}

/// The previous pack.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PreviousPack {
    pub period: String,
    /// The folder, as the user gave it or as found.
    pub pack: String,
}

/// An opportunity's standing in the cycle.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Standing {
    /// True when it was not in the previous pack (always true without one).
    pub is_new: bool,
    pub first_seen: String,
    /// Periods it has been open, counting this one.
    pub months_open: u32,
    /// `open`, `confirmed` or `collaborating`.
    pub status: String,
    /// How it relates to the previous pack, or the decision recorded on it, in words (may be
    /// empty).
    pub note: String,
}

/// An opportunity named in a list.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OpportunityRef {
    pub id: String,
    pub theme: String,
    pub departments: Vec<String>,
    pub first_seen: String,
    pub months_open: u32,
    pub status: String,
    pub note: String,
}

/// A previous opportunity that is no longer open.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Resolved {
    pub id: String,
    pub theme: String,
    /// Its members as they were (`DEPARTMENT:RECORD_ID`).
    pub efforts: Vec<String>,
    pub first_seen: String,
    /// Why, in words: an effort retired or left the catalogue, merged into another opportunity,
    /// a decision recorded, or no longer matching.
    pub reason: String,
}

/// An effort that appeared, disappeared, was renumbered or retired.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EffortChange {
    pub key: String,
    pub department: String,
    pub name: String,
    /// E.g. `was DES:DES/23/021` or `phase retired`.
    pub note: String,
}

/// One decision and what the run did with it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DecisionView {
    pub line: u64,
    /// `OPP-...` or `KEY_A / KEY_B`.
    pub target: String,
    pub decision: String,
    pub date: String,
    pub reviewer: String,
    pub note: String,
    /// What the run did, in words.
    pub effect: String,
}

/// A rejected pair that was not reported.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SuppressedView {
    pub a: String,
    pub name_a: String,
    pub b: String,
    pub name_b: String,
    pub decision: String,
    pub note: String,
}

impl CycleReport {
    /// (new, persisting, resolved) counts.
    pub fn counts(&self) -> (u64, u64, u64) {
        (
            self.new.len() as u64,
            self.persisting.len() as u64,
            self.resolved.len() as u64,
        )
    }
}

/// Periods from `first` to `period` inclusive (`YYYY-MM`); 1 when either cannot be read.
pub fn months_between(first: &str, period: &str) -> u32 {
    let parse = |p: &str| -> Option<i64> {
        let (y, m) = p.split_once('-')?;
        Some(y.parse::<i64>().ok()? * 12 + m.parse::<i64>().ok()? - 1)
    };
    match (parse(first), parse(period)) {
        (Some(a), Some(b)) if b >= a => (b - a + 1) as u32,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_count_both_ends_across_a_year() {
        assert_eq!(months_between("2026-11", "2026-11"), 1);
        assert_eq!(months_between("2026-10", "2026-12"), 3);
        assert_eq!(months_between("2026-12", "2027-01"), 2);
        assert_eq!(months_between("junk", "2027-01"), 1);
    }
}
