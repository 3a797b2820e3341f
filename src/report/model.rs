//! The report model: everything the pack shows, assembled once from a [`PackInput`].
//!
//! In: the period's records, problems and file summaries (ingest), pairs and opportunities
//! (matching), and the `[report]` config. Out: a [`ReportModel`] of plain, serialisable views
//! in a fixed order, with display strings already made, so every renderer (HTML, Markdown,
//! tables, charts, manifest) shows the same numbers. The tabular aggregation (counts per
//! department, the department x department matrix, budgets by opportunity, the phase mix and
//! the score distribution) is done with polars in [`super::aggregate`].

use super::aggregate::{self, Aggregates};
use super::text::{department_slugs, money, score2, short_labels};
use super::{PackInput, ReportConfig};
use crate::error::Result;
use crate::model::{Field, FileSummary, Problem, Record, ScoredPair};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// The rule the front page states for its ranking.
pub const RANKING_RULE: &str =
    "Ranked by match score, strongest first; then by combined budget, largest first; then by id.";

/// Everything the pack shows, in display order.
#[derive(Clone, Debug, Serialize)]
pub struct ReportModel {
    pub title: String,
    pub period: String,
    pub version: String,
    pub glance: Glance,
    pub ranking_rule: &'static str,
    /// All opportunities, ranked by [`RANKING_RULE`].
    pub opportunities: Vec<OpportunityView>,
    /// How many of `opportunities` the front page shows.
    pub top_count: usize,
    /// Departments that submitted accepted efforts, sorted by name.
    pub departments: Vec<DepartmentView>,
    pub matrix: OverlapMatrix,
    /// Efforts in opportunities by phase, in lifecycle order, `unknown` last; zero counts kept.
    pub phase_mix: Vec<(String, u64)>,
    /// Reported pair scores in equal-width bins over [0, 1].
    pub score_bins: Vec<ScoreBin>,
    /// The matching report threshold, when the config states one.
    pub threshold: Option<f64>,
    /// Opportunities by combined budget, largest first, at most `chart_opportunities`.
    pub largest: Vec<OpportunityView>,
    /// One row per reported pair, in match-outcome order.
    pub pairs: Vec<PairRow>,
    pub problems: Vec<Problem>,
    pub files: Vec<FileSummary>,
    /// The monthly cycle: "Since last month", decisions, history. `None` when the pack was made
    /// without it.
    pub cycle: Option<crate::cycle::CycleReport>,
}

/// The month at a glance.
#[derive(Clone, Debug, Serialize)]
pub struct Glance {
    pub departments_submitted: usize,
    pub files_read: usize,
    pub efforts_read: u64,
    pub efforts_accepted: u64,
    pub efforts_rejected: u64,
    pub warnings: u64,
    pub errors: u64,
    pub pairs: usize,
    pub opportunities: usize,
    /// Opportunities per type, in the order duplication, overlap, fragmentation.
    pub by_type: Vec<(String, usize)>,
    /// Efforts that belong to at least one opportunity.
    pub efforts_involved: usize,
    /// Sum of the known budgets of the efforts involved, each effort counted once.
    pub combined_budget_gbp: f64,
    pub combined_budget: String,
    /// Efforts involved whose budget is unknown (not in `combined_budget_gbp`).
    pub budgets_unknown: usize,
    /// New / persisting / resolved opportunities since the previous period. `None` until the
    /// monthly cycle supplies it; the pages show it only when known.
    pub new_this_month: Option<NewThisMonth>,
}

/// What changed since the previous period's pack.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct NewThisMonth {
    pub new: u64,
    pub persisting: u64,
    pub resolved: u64,
}

/// One effort as the pages show it.
#[derive(Clone, Debug, Serialize)]
pub struct EffortView {
    /// `DEPARTMENT:RECORD_ID`.
    pub key: String,
    pub department: String,
    pub department_slug: String,
    pub record_id: String,
    pub name: String,
    pub phase: Option<String>,
    pub budget_gbp: Option<f64>,
    /// `£1.2m`, or `unknown`.
    pub budget: String,
    pub owner: Option<String>,
    pub contact: Option<String>,
}

/// A department as a link target.
#[derive(Clone, Debug, Serialize)]
pub struct DepartmentRef {
    pub name: String,
    pub slug: String,
}

/// One opportunity, ready to show.
#[derive(Clone, Debug, Serialize)]
pub struct OpportunityView {
    /// 1-based position in the ranking.
    pub rank: usize,
    pub id: String,
    /// `duplication`, `overlap` or `fragmentation`.
    pub kind: String,
    pub theme: String,
    pub departments: Vec<DepartmentRef>,
    pub efforts: Vec<EffortView>,
    pub combined_budget_gbp: f64,
    pub combined_budget: String,
    /// How many members have a known budget.
    pub budgets_known: usize,
    pub score: f64,
    pub score_display: String,
    pub action: String,
    pub evidence: String,
    /// Whether it is new this period; `None` without a previous pack to compare with.
    pub is_new: Option<bool>,
    /// `open`, `confirmed` or `collaborating` (from the decisions file); `None` without the
    /// monthly cycle.
    pub status: Option<String>,
    /// The period it was first seen, `YYYY-MM`; `None` without the monthly cycle.
    pub first_seen: Option<String>,
    /// Periods it has been open, counting this one; `None` without the monthly cycle.
    pub months_open: Option<u32>,
    /// How it changed since last month and any decision on it, in words (may be empty).
    pub cycle_note: String,
}

/// One of a department's efforts that overlaps others, and with whom.
#[derive(Clone, Debug, Serialize)]
pub struct OverlapEffort {
    pub effort: EffortView,
    pub partners: Vec<PartnerView>,
}

/// The other side of a reported pair, seen from one department.
#[derive(Clone, Debug, Serialize)]
pub struct PartnerView {
    pub effort: EffortView,
    pub score: f64,
    pub score_display: String,
    pub opportunity_id: Option<String>,
}

/// A department's page.
#[derive(Clone, Debug, Serialize)]
pub struct DepartmentView {
    pub name: String,
    pub slug: String,
    /// A short label for chart axes (initials).
    pub label: String,
    pub efforts: u64,
    /// Efforts of this department in at least one opportunity.
    pub efforts_involved: u64,
    /// Reported pairs with this department on one side.
    pub pairs: u64,
    /// Ids of the opportunities it takes part in, in ranking order.
    pub opportunities: Vec<String>,
    /// Its efforts in reported pairs, by record id, partners strongest first.
    pub overlapping: Vec<OverlapEffort>,
}

/// Reported pairs between each two departments (symmetric; the diagonal is zero because only
/// cross-department pairs are reported).
#[derive(Clone, Debug, Serialize)]
pub struct OverlapMatrix {
    /// Department names, sorted; rows and columns follow this order.
    pub departments: Vec<String>,
    pub labels: Vec<String>,
    pub counts: Vec<Vec<u64>>,
}

/// One bin of the score distribution: `lo <= score < hi` (the last bin includes 1).
#[derive(Clone, Debug, Serialize)]
pub struct ScoreBin {
    pub lo: f64,
    pub hi: f64,
    pub count: u64,
}

/// One reported pair as the pairs table shows it.
#[derive(Clone, Debug, Serialize)]
pub struct PairRow {
    pub department_a: String,
    pub record_id_a: String,
    pub name_a: String,
    pub department_b: String,
    pub record_id_b: String,
    pub name_b: String,
    pub score: f64,
    /// Each field's contribution, in [`Field::ALL`] order.
    pub contributions: [f64; 7],
    /// Shared terms of all fields, most distinctive first per field, without repeats.
    pub shared_terms: Vec<String>,
    pub opportunity_id: Option<String>,
}

impl ReportModel {
    /// Assembles the model. Indices in the outcome that do not point at a record are skipped
    /// rather than trusted (the model never panics on inconsistent input).
    pub fn build(input: &PackInput<'_>) -> Result<ReportModel> {
        let config: &ReportConfig = &input.config.report;
        let records = &input.ingested.records;
        let outcome = input.outcome;

        let names = records.iter().map(|r| r.department.as_str());
        let slugs = department_slugs(names.clone());
        let labels = short_labels(names);
        let effort = |i: u32| -> Option<EffortView> {
            records.get(i as usize).map(|r| effort_view(r, &slugs))
        };

        let agg = aggregate::compute(records, outcome, config.score_bins)?;
        let cycle = input.cycle;
        let compared = cycle.is_some_and(|c| c.previous.is_some());

        // Opportunities, ranked.
        let mut opportunities: Vec<OpportunityView> = outcome
            .opportunities
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let known = agg.budgets_known.get(&i).copied().unwrap_or(0) as usize;
                OpportunityView {
                    rank: 0,
                    id: o.id.clone(),
                    kind: o.kind.as_str().to_string(),
                    theme: o.theme.clone(),
                    departments: o
                        .departments
                        .iter()
                        .map(|d| DepartmentRef {
                            name: d.clone(),
                            slug: slugs.get(d).cloned().unwrap_or_else(|| super::slug_base(d)),
                        })
                        .collect(),
                    efforts: o.members.iter().filter_map(|&m| effort(m)).collect(),
                    combined_budget_gbp: o.combined_budget_gbp,
                    combined_budget: if known > 0 {
                        money(o.combined_budget_gbp)
                    } else {
                        "unknown".to_string()
                    },
                    budgets_known: known,
                    score: o.score,
                    score_display: score2(o.score),
                    action: o.action.clone(),
                    evidence: o.evidence.clone(),
                    is_new: None,
                    status: None,
                    first_seen: None,
                    months_open: None,
                    cycle_note: String::new(),
                }
            })
            .collect();
        if let Some(c) = cycle {
            for o in opportunities.iter_mut() {
                if let Some(s) = c.opportunities.get(&o.id) {
                    o.is_new = compared.then_some(s.is_new);
                    o.status = Some(s.status.clone());
                    o.first_seen = Some(s.first_seen.clone());
                    o.months_open = Some(s.months_open);
                    o.cycle_note = s.note.clone();
                }
            }
        }
        opportunities.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(b.combined_budget_gbp.total_cmp(&a.combined_budget_gbp))
                .then_with(|| a.id.cmp(&b.id))
        });
        for (i, o) in opportunities.iter_mut().enumerate() {
            o.rank = i + 1;
        }
        let mut largest = opportunities.clone();
        largest.sort_by(|a, b| {
            b.combined_budget_gbp
                .total_cmp(&a.combined_budget_gbp)
                .then_with(|| a.id.cmp(&b.id))
        });
        largest.truncate(config.chart_opportunities);

        let departments = department_views(input, &agg, &slugs, &labels, &opportunities);
        let matrix = OverlapMatrix {
            labels: departments.iter().map(|d| d.label.clone()).collect(),
            counts: departments
                .iter()
                .map(|a| {
                    departments
                        .iter()
                        .map(|b| {
                            agg.matrix
                                .get(&ordered(&a.name, &b.name))
                                .copied()
                                .unwrap_or(0)
                        })
                        .collect()
                })
                .collect(),
            departments: departments.iter().map(|d| d.name.clone()).collect(),
        };

        let mut by_type = BTreeMap::new();
        for o in &outcome.opportunities {
            *by_type.entry(o.kind).or_insert(0usize) += 1;
        }
        let glance = Glance {
            departments_submitted: departments.len(),
            files_read: input.ingested.files.len(),
            efforts_read: input.ingested.rows_read(),
            efforts_accepted: input.ingested.rows_accepted(),
            efforts_rejected: input.ingested.rows_rejected(),
            warnings: count_severity(&input.ingested.problems, crate::model::Severity::Warning),
            errors: count_severity(&input.ingested.problems, crate::model::Severity::Error),
            pairs: outcome.pairs.len(),
            opportunities: outcome.opportunities.len(),
            by_type: by_type
                .into_iter()
                .map(|(k, n)| (k.as_str().to_string(), n))
                .collect(),
            efforts_involved: agg.involved_efforts as usize,
            combined_budget_gbp: agg.involved_budget_gbp,
            combined_budget: money(agg.involved_budget_gbp),
            budgets_unknown: (agg.involved_efforts - agg.involved_budgets_known) as usize,
            new_this_month: cycle.filter(|_| compared).map(|c| {
                let (new, persisting, resolved) = c.counts();
                NewThisMonth {
                    new,
                    persisting,
                    resolved,
                }
            }),
        };

        let pairs = outcome
            .pairs
            .iter()
            .filter_map(|p| pair_row(p, records, outcome))
            .collect();

        Ok(ReportModel {
            title: config.title.clone(),
            period: input.period.clone(),
            version: env!("CARGO_PKG_VERSION").to_string(),
            glance,
            ranking_rule: RANKING_RULE,
            top_count: config.top_opportunities.min(opportunities.len()),
            opportunities,
            departments,
            matrix,
            phase_mix: agg.phase_mix.clone(),
            score_bins: agg.score_bins.clone(),
            threshold: report_threshold(input.config),
            largest,
            pairs,
            problems: input.ingested.problems.clone(),
            files: input.ingested.files.clone(),
            cycle: cycle.cloned(),
        })
    }

    /// The opportunities the front page shows as cards.
    pub fn top(&self) -> &[OpportunityView] {
        &self.opportunities[..self.top_count.min(self.opportunities.len())]
    }
}

/// The matching report threshold, read from `[matching]` by key (`report_threshold`, else
/// `threshold`) so the report does not depend on how the matching section is laid out.
pub fn report_threshold(config: &crate::config::Config) -> Option<f64> {
    let value = serde_json::to_value(&config.matching).ok()?;
    ["report_threshold", "threshold"]
        .iter()
        .find_map(|k| value.get(k).and_then(|v| v.as_f64()))
        .filter(|t| t.is_finite())
}

/// The key of an unordered department pair.
pub(super) fn ordered(a: &str, b: &str) -> (String, String) {
    if a <= b {
        (a.to_string(), b.to_string())
    } else {
        (b.to_string(), a.to_string())
    }
}

fn count_severity(problems: &[Problem], severity: crate::model::Severity) -> u64 {
    problems.iter().filter(|p| p.severity == severity).count() as u64
}

fn effort_view(r: &Record, slugs: &BTreeMap<String, String>) -> EffortView {
    EffortView {
        key: r.key(),
        department: r.department.clone(),
        department_slug: slugs
            .get(&r.department)
            .cloned()
            .unwrap_or_else(|| super::slug_base(&r.department)),
        record_id: r.record_id.clone(),
        name: r.name.clone(),
        phase: r.phase.map(|p| p.as_str().to_string()),
        budget_gbp: r.budget_gbp,
        budget: r
            .budget_gbp
            .map(money)
            .unwrap_or_else(|| "unknown".to_string()),
        owner: r.owner.clone(),
        contact: r.contact_email.clone(),
    }
}

fn pair_row(
    p: &ScoredPair,
    records: &[Record],
    outcome: &crate::model::MatchOutcome,
) -> Option<PairRow> {
    let a = records.get(p.a as usize)?;
    let b = records.get(p.b as usize)?;
    let mut contributions = [0.0; 7];
    let mut shared_terms = Vec::new();
    let mut seen = BTreeSet::new();
    for (slot, field) in Field::ALL.iter().enumerate() {
        if let Some(ev) = p.fields.iter().find(|e| e.field == *field) {
            contributions[slot] = ev.contribution;
            for term in &ev.shared {
                if seen.insert(term.clone()) {
                    shared_terms.push(term.clone());
                }
            }
        }
    }
    Some(PairRow {
        department_a: a.department.clone(),
        record_id_a: a.record_id.clone(),
        name_a: a.name.clone(),
        department_b: b.department.clone(),
        record_id_b: b.record_id.clone(),
        name_b: b.name.clone(),
        score: p.score,
        contributions,
        shared_terms,
        opportunity_id: p
            .opportunity
            .and_then(|i| outcome.opportunities.get(i))
            .map(|o| o.id.clone()),
    })
}

fn department_views(
    input: &PackInput<'_>,
    agg: &Aggregates,
    slugs: &BTreeMap<String, String>,
    labels: &BTreeMap<String, String>,
    ranked: &[OpportunityView],
) -> Vec<DepartmentView> {
    let records = &input.ingested.records;
    let outcome = input.outcome;
    // For each record index, its partners in reported pairs.
    let mut partners: BTreeMap<u32, Vec<(u32, &ScoredPair)>> = BTreeMap::new();
    for p in &outcome.pairs {
        if records.get(p.a as usize).is_none() || records.get(p.b as usize).is_none() {
            continue;
        }
        partners.entry(p.a).or_default().push((p.b, p));
        partners.entry(p.b).or_default().push((p.a, p));
    }
    slugs
        .iter()
        .map(|(name, slug)| {
            let mut overlapping: Vec<OverlapEffort> = partners
                .iter()
                .filter(|(i, _)| records[**i as usize].department == *name)
                .map(|(i, list)| {
                    let mut views: Vec<PartnerView> = list
                        .iter()
                        .map(|(j, p)| PartnerView {
                            effort: effort_view(&records[*j as usize], slugs),
                            score: p.score,
                            score_display: score2(p.score),
                            opportunity_id: p
                                .opportunity
                                .and_then(|o| outcome.opportunities.get(o))
                                .map(|o| o.id.clone()),
                        })
                        .collect();
                    views.sort_by(|x, y| {
                        y.score
                            .total_cmp(&x.score)
                            .then_with(|| x.effort.key.cmp(&y.effort.key))
                    });
                    OverlapEffort {
                        effort: effort_view(&records[*i as usize], slugs),
                        partners: views,
                    }
                })
                .collect();
            overlapping.sort_by(|x, y| x.effort.record_id.cmp(&y.effort.record_id));
            let counts = agg.per_department.get(name).copied().unwrap_or_default();
            DepartmentView {
                name: name.clone(),
                slug: slug.clone(),
                label: labels.get(name).cloned().unwrap_or_else(|| slug.clone()),
                efforts: counts.efforts,
                efforts_involved: counts.involved,
                pairs: counts.pairs,
                opportunities: ranked
                    .iter()
                    .filter(|o| o.departments.iter().any(|d| d.name == *name))
                    .map(|o| o.id.clone())
                    .collect(),
                overlapping,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::fixtures;
    use super::*;

    #[test]
    fn ranking_follows_the_stated_rule() {
        let f = fixtures::period();
        let model = ReportModel::build(&f.input()).unwrap();
        let ranked: Vec<(f64, f64, &str)> = model
            .opportunities
            .iter()
            .map(|o| (o.score, o.combined_budget_gbp, o.id.as_str()))
            .collect();
        for w in ranked.windows(2) {
            let (s0, b0, i0) = w[0];
            let (s1, b1, i1) = w[1];
            assert!(
                s0 > s1 || (s0 == s1 && (b0 > b1 || (b0 == b1 && i0 < i1))),
                "{ranked:?}"
            );
        }
        assert_eq!(model.opportunities.len(), f.outcome.opportunities.len());
        assert!(
            model
                .opportunities
                .iter()
                .enumerate()
                .all(|(i, o)| o.rank == i + 1)
        );
    }

    #[test]
    fn glance_counts_come_from_the_inputs() {
        let f = fixtures::period();
        let model = ReportModel::build(&f.input()).unwrap();
        let g = &model.glance;
        let departments: BTreeSet<&str> = f
            .ingested
            .records
            .iter()
            .map(|r| r.department.as_str())
            .collect();
        assert_eq!(g.departments_submitted, departments.len());
        assert_eq!(g.efforts_read, f.ingested.rows_read());
        assert_eq!(g.efforts_rejected, f.ingested.rows_rejected());
        assert_eq!(g.opportunities, f.outcome.opportunities.len());
        assert_eq!(g.pairs, f.outcome.pairs.len());
        // Each involved effort's budget counted once.
        let involved: BTreeSet<u32> = f
            .outcome
            .opportunities
            .iter()
            .flat_map(|o| o.members.iter().copied())
            .collect();
        let budget: f64 = involved
            .iter()
            .filter_map(|&i| f.ingested.records[i as usize].budget_gbp)
            .sum();
        assert_eq!(g.efforts_involved, involved.len());
        assert!((g.combined_budget_gbp - budget).abs() < 1e-6);
        assert!(g.new_this_month.is_none());
    }

    #[test]
    fn matrix_is_symmetric_and_sums_to_twice_the_pairs() {
        let f = fixtures::period();
        let model = ReportModel::build(&f.input()).unwrap();
        let m = &model.matrix;
        let n = m.departments.len();
        let mut total = 0;
        for i in 0..n {
            assert_eq!(m.counts[i][i], 0);
            for j in 0..n {
                assert_eq!(m.counts[i][j], m.counts[j][i]);
                total += m.counts[i][j];
            }
        }
        assert_eq!(total, 2 * f.outcome.pairs.len() as u64);
    }

    #[test]
    fn score_bins_hold_every_pair() {
        let f = fixtures::period();
        let model = ReportModel::build(&f.input()).unwrap();
        let total: u64 = model.score_bins.iter().map(|b| b.count).sum();
        assert_eq!(total, f.outcome.pairs.len() as u64);
        assert_eq!(model.score_bins.len(), f.config.report.score_bins);
        for p in &f.outcome.pairs {
            let bin = model
                .score_bins
                .iter()
                .find(|b| p.score >= b.lo && p.score < b.hi);
            let bin = bin.or(model.score_bins.last().filter(|_| p.score >= 1.0));
            assert!(bin.is_some_and(|b| b.count > 0), "{}", p.score);
        }
    }

    #[test]
    fn combined_budget_is_unknown_when_no_member_has_one() {
        // Regression guard: an opportunity whose efforts all lack a budget showed "£0".
        let mut f = fixtures::period();
        for &m in &f.outcome.opportunities[2].members.clone() {
            f.ingested.records[m as usize].budget_gbp = None;
        }
        f.outcome.opportunities[2].combined_budget_gbp = 0.0;
        let model = ReportModel::build(&f.input()).unwrap();
        let id = &f.outcome.opportunities[2].id;
        let o = model.opportunities.iter().find(|o| &o.id == id).unwrap();
        assert_eq!(o.budgets_known, 0);
        assert_eq!(o.combined_budget, "unknown");
    }

    #[test]
    fn out_of_range_indices_are_skipped_not_trusted() {
        // Regression guard: a pair or member index past the records must not panic.
        let mut f = fixtures::period();
        f.outcome.pairs[0].b = 9_999;
        f.outcome.opportunities[0].members.push(9_999);
        let model = ReportModel::build(&f.input()).unwrap();
        assert_eq!(model.pairs.len(), f.outcome.pairs.len() - 1);
    }

    #[test]
    fn department_pages_list_partners_from_other_departments() {
        let f = fixtures::period();
        let model = ReportModel::build(&f.input()).unwrap();
        for d in &model.departments {
            for o in &d.overlapping {
                assert_eq!(o.effort.department, d.name);
                assert!(!o.partners.is_empty());
                assert!(o.partners.iter().all(|p| p.effort.department != d.name));
            }
        }
        let involved: u64 = model.departments.iter().map(|d| d.pairs).sum();
        assert_eq!(involved, 2 * f.outcome.pairs.len() as u64);
    }
}
