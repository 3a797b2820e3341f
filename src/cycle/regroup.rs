//! Removing rejected pairs from a period's match outcome and re-forming the opportunities they
//! held, with the matching engine's own grouping, typing, theme, evidence and action rules.
//!
//! In: the records, config and period model, the outcome, and the pairs to remove (record
//! indices). Out: the outcome without those pairs; opportunities untouched by them are kept as
//! they were, the others are re-formed from the pairs that remain (and vanish when fewer than
//! two departments remain). Pure.

use crate::config::Config;
use crate::matching::{PeriodModel, cluster, explain};
use crate::model::{Field, MatchOutcome, Opportunity, Record, ScoredPair};
use std::collections::{HashMap, HashSet};

/// The outcome without `remove`d pairs (each `(min, max)` of record indices).
pub fn without_pairs(
    records: &[Record],
    config: &Config,
    model: &PeriodModel,
    outcome: MatchOutcome,
    remove: &HashSet<(u32, u32)>,
) -> MatchOutcome {
    let before = outcome.pairs.len();
    let mut pairs: Vec<ScoredPair> = outcome
        .pairs
        .into_iter()
        .filter(|p| !remove.contains(&(p.a.min(p.b), p.a.max(p.b))))
        .collect();
    if pairs.len() == before {
        return MatchOutcome { pairs, ..outcome };
    }
    let mc = &config.matching;
    let links: Vec<cluster::Link> = pairs
        .iter()
        .map(|p| cluster::Link {
            a: p.a,
            b: p.b,
            score: p.score,
        })
        .collect();
    let mut kept: HashMap<Vec<u32>, Opportunity> = outcome
        .opportunities
        .into_iter()
        .map(|o| {
            let mut key = o.members.clone();
            key.sort_unstable();
            (key, o)
        })
        .collect();
    let pair_index: HashMap<(u32, u32), usize> = pairs
        .iter()
        .enumerate()
        .map(|(k, p)| ((p.a.min(p.b), p.a.max(p.b)), k))
        .collect();
    let mut opportunities: Vec<Opportunity> = Vec::new();
    for members in cluster::group(&links, mc.min_link_share) {
        let inside = inside_pairs(&members, &pair_index);
        match kept.remove(&members) {
            Some(mut o) => {
                o.pairs = inside;
                opportunities.push(o);
            }
            None => {
                if let Some(o) = form(records, model, config, &pairs, &members, inside) {
                    opportunities.push(o);
                }
            }
        }
    }
    opportunities.sort_by(|x, y| x.id.cmp(&y.id));
    for p in pairs.iter_mut() {
        p.opportunity = None;
    }
    for (k, o) in opportunities.iter().enumerate() {
        for &p in &o.pairs {
            pairs[p].opportunity = Some(k);
        }
    }
    let mut stats = outcome.stats;
    stats.reported_pairs = pairs.len() as u64;
    stats.opportunities = opportunities.len() as u64;
    MatchOutcome {
        pairs,
        opportunities,
        stats,
    }
}

fn inside_pairs(members: &[u32], pair_index: &HashMap<(u32, u32), usize>) -> Vec<usize> {
    let mut inside = Vec::new();
    for (x, &a) in members.iter().enumerate() {
        for &b in &members[x + 1..] {
            if let Some(&k) = pair_index.get(&(a.min(b), a.max(b))) {
                inside.push(k);
            }
        }
    }
    inside.sort_unstable();
    inside
}

/// A new opportunity from a group, as matching forms one.
fn form(
    records: &[Record],
    model: &PeriodModel,
    config: &Config,
    pairs: &[ScoredPair],
    members: &[u32],
    inside: Vec<usize>,
) -> Option<Opportunity> {
    let mut members: Vec<u32> = members
        .iter()
        .copied()
        .filter(|&i| (i as usize) < records.len())
        .collect();
    members.sort_by(|x, y| {
        let (a, b) = (&records[*x as usize], &records[*y as usize]);
        (&a.department, &a.record_id).cmp(&(&b.department, &b.record_id))
    });
    let mut departments: Vec<String> = members
        .iter()
        .map(|&i| records[i as usize].department.clone())
        .collect();
    departments.sort();
    departments.dedup();
    if departments.len() < 2 {
        return None;
    }
    let scores: Vec<f64> = inside.iter().map(|&k| pairs[k].score).collect();
    let user_sims: Vec<f64> = inside
        .iter()
        .filter_map(|&k| {
            pairs[k]
                .fields
                .iter()
                .find(|f| f.field == Field::UserGroups)?
                .similarity
        })
        .collect();
    let kind = cluster::opportunity_type(
        departments.len(),
        members.len(),
        &scores,
        &user_sims,
        config.matching.duplication_score,
    );
    let member_records: Vec<&Record> = members.iter().map(|&i| &records[i as usize]).collect();
    let keys: Vec<String> = member_records.iter().map(|r| r.key()).collect();
    let best = inside
        .iter()
        .copied()
        .max_by(|&x, &y| pairs[x].score.total_cmp(&pairs[y].score).then(y.cmp(&x)))?;
    let theme = explain::theme(
        model,
        records,
        &inside.iter().map(|&k| &pairs[k]).collect::<Vec<_>>(),
    );
    let evidence =
        explain::opportunity_evidence(records, &member_records, &departments, &pairs[best], kind);
    Some(Opportunity {
        id: cluster::opportunity_id(&keys),
        kind,
        theme,
        combined_budget_gbp: crate::model::total_gbp(
            member_records.iter().filter_map(|r| r.budget_gbp),
        ),
        score: pairs[best].score,
        action: cluster::action(&member_records),
        evidence,
        members,
        departments,
        pairs: inside,
    })
}
