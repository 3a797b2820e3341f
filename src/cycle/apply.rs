//! One period's turn of the cycle: track efforts from the previous pack, honour decisions,
//! give opportunities stable ids, find what was resolved and why, and make the next state.
//!
//! In: a [`CycleInput`]. Out: a [`Cycle`]. Pure: no printing, no files. The rules are in
//! docs/monthly-cycle.md; in short:
//! - efforts: [`super::efforts::track`];
//! - a rejected (or merged) pair, or every pair of a rejected (or merged) opportunity, is not
//!   reported while both efforts' name and description stay at least `unchanged_similarity`
//!   alike to the text they had when the rejection was first honoured;
//! - a group keeps a previous opportunity's id when the efforts they share are at least
//!   `id_overlap` of the smaller group; the largest overlaps are paired first (then the older
//!   opportunity, then the smaller id), each previous id at most once; other groups get a
//!   content-hash id never issued before.

use super::decisions::{Decisions, Target, Verdict};
use super::efforts::{Link, track};
use super::regroup::without_pairs;
use super::report::*;
use super::state::*;
use crate::config::Config;
use crate::matching::{PeriodModel, cluster};
use crate::model::{MatchOutcome, Phase, Problem, Record, Severity};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// What one period's cycle needs.
pub struct CycleInput<'a> {
    pub period: &'a str,
    pub records: &'a [Record],
    pub config: &'a Config,
    pub model: &'a PeriodModel,
    /// The previous pack's state and its folder (display form).
    pub previous: Option<(&'a PackState, String)>,
    pub decisions: Option<&'a Decisions>,
}

/// The result: the outcome to report, the pack's cycle sections, the next state, and
/// warnings about decisions (for validation.csv and stderr).
pub struct Cycle {
    pub outcome: MatchOutcome,
    pub report: CycleReport,
    pub state: NextState,
    pub problems: Vec<Problem>,
}

/// Where a key from a decision or an old state points now.
enum Resolve {
    Current(usize),
    /// Known from the previous pack, but not in this catalogue.
    Gone,
    Unknown,
}

struct Context<'a> {
    records: &'a [Record],
    prev: Option<&'a PackState>,
    /// (department, record_id) -> current index (the last record, for a repeated key). Keyed
    /// by the record's own strings: a million `format!`ed keys took a third of a second.
    cur_by_key: rustc_hash::FxHashMap<(&'a str, &'a str), usize>,
    prev_by_key: HashMap<String, usize>,
    /// previous effort index -> current index.
    prev_to_cur: HashMap<usize, usize>,
    tracking: &'a super::efforts::Tracking,
    normaliser: crate::matching::normalise::Normaliser,
}

/// (department, record_id) -> index of each record (the last, for a repeated key).
fn by_key(records: &[Record]) -> rustc_hash::FxHashMap<(&str, &str), usize> {
    records
        .iter()
        .enumerate()
        .map(|(i, r)| ((r.department.as_str(), r.record_id.as_str()), i))
        .collect()
}

impl Context<'_> {
    /// The current effort whose key (`DEPARTMENT:RECORD_ID`) is `key`. Either part may hold a
    /// colon, so every split is tried; of several efforts the key could name, the last.
    fn current(&self, key: &str) -> Option<usize> {
        key.match_indices(':')
            .filter_map(|(at, _)| self.cur_by_key.get(&(&key[..at], &key[at + 1..])).copied())
            .max()
    }

    fn resolve(&self, key: &str) -> Resolve {
        if let Some(i) = self.current(key) {
            return Resolve::Current(i);
        }
        let Some(prev) = self.prev else {
            return Resolve::Unknown;
        };
        let prev_key = prev.aliases.get(key).map_or(key, String::as_str);
        match self.prev_by_key.get(prev_key) {
            Some(j) => match self.prev_to_cur.get(j) {
                Some(&i) => Resolve::Current(i),
                None => Resolve::Gone,
            },
            None => Resolve::Unknown,
        }
    }

    fn text(&self, i: usize) -> String {
        effort_text(&self.records[i].name, &self.records[i].description)
    }

    /// The text a previous-period effort had (the version the analysts reviewed).
    fn previous_text(&self, i: usize) -> Option<String> {
        let prev = self.prev?;
        let j = self.tracking.links.get(i).copied().flatten()?.previous;
        let e = prev.efforts.get(j)?;
        Some(effort_text(&e.name, &e.description))
    }
}

/// Term overlap (Dice) of two texts, 1 when both are empty.
fn text_similarity(n: &crate::matching::normalise::Normaliser, a: &str, b: &str) -> f64 {
    let x: BTreeSet<String> = n.terms(a, &[]).into_iter().collect();
    let y: BTreeSet<String> = n.terms(b, &[]).into_iter().collect();
    if x.is_empty() && y.is_empty() {
        return 1.0;
    }
    2.0 * x.intersection(&y).count() as f64 / (x.len() + y.len()) as f64
}

fn ordered(a: usize, b: usize) -> (u32, u32) {
    (a.min(b) as u32, a.max(b) as u32)
}

fn warn(file: &str, line: u64, column: u64, message: String) -> Problem {
    Problem {
        file: file.to_string(),
        line,
        column,
        severity: Severity::Warning,
        code: "unknown-decision-target".into(),
        message,
    }
}

/// Why a previous opportunity may have ended through its efforts: one left the catalogue, or
/// moved to retiring or retired this period, or (failing those) is retiring or retired.
fn retirement(
    po: &OpportunityState,
    prev_index: &HashMap<String, usize>,
    prev_records: &[Record],
    ctx: &Context<'_>,
) -> Option<String> {
    let ending = |p: Option<Phase>| matches!(p, Some(Phase::Retiring | Phase::Retired));
    let members: Vec<(usize, Option<usize>)> = po
        .members
        .iter()
        .filter_map(|k| prev_index.get(k))
        .map(|&j| (j, ctx.prev_to_cur.get(&j).copied()))
        .collect();
    let describe = |i: usize| {
        let r = &ctx.records[i];
        format!(
            "effort retired: {} ({}) is {}",
            r.name,
            r.key(),
            r.phase.map(|p| p.as_str()).unwrap_or("")
        )
    };
    if let Some(&(j, _)) = members.iter().find(|(_, i)| i.is_none()) {
        return Some(format!(
            "effort withdrawn: {} ({}) left the catalogue",
            prev_records[j].name,
            prev_records[j].key()
        ));
    }
    let now = members
        .iter()
        .filter_map(|&(j, i)| i.map(|i| (j, i)))
        .filter(|&(_, i)| ending(ctx.records[i].phase));
    let mut fallback = None;
    for (j, i) in now {
        if !ending(prev_records[j].phase) || prev_records[j].phase != ctx.records[i].phase {
            return Some(describe(i));
        }
        fallback.get_or_insert_with(|| describe(i));
    }
    fallback
}

/// "decision recorded: ..." when a rejected pair between two of a previous opportunity's
/// efforts was not reported this period.
fn rejected_pair_inside(
    po: &OpportunityState,
    prev_index: &HashMap<String, usize>,
    ctx: &Context<'_>,
    removed: &HashSet<(u32, u32)>,
    to_suppress: &BTreeMap<(u32, u32), (usize, Option<String>)>,
    rows: &[super::decisions::Decision],
) -> Option<String> {
    let members: HashSet<usize> = po
        .members
        .iter()
        .filter_map(|k| ctx.prev_to_cur.get(prev_index.get(k)?).copied())
        .collect();
    let (&(a, b), (k, _)) = to_suppress.iter().find(|(p, _)| {
        removed.contains(p)
            && members.contains(&(p.0 as usize))
            && members.contains(&(p.1 as usize))
    })?;
    let d = rows.get(*k)?;
    let (ra, rb) = (&ctx.records[a as usize], &ctx.records[b as usize]);
    let verdict = d.verdict.map(|v| v.to_string()).unwrap_or_default();
    let note = if d.note.is_empty() {
        String::new()
    } else {
        format!(" ({})", d.note)
    };
    Some(format!(
        "decision recorded: {verdict} pair {} / {}{note}",
        ra.name, rb.name
    ))
}

/// Runs the cycle for one period. `outcome` is matching's outcome for `input.records`.
pub fn apply(input: &CycleInput<'_>, outcome: MatchOutcome) -> Cycle {
    let cc = &input.config.cycle;
    let records = input.records;
    let prev = input.previous.as_ref().map(|(s, _)| *s);
    let prev_records: Vec<Record> = prev
        .map(|p| p.efforts.iter().map(|e| e.to_record(&p.period)).collect())
        .unwrap_or_default();
    let tracking = track(&prev_records, records, input.config, cc);
    let ctx = Context {
        records,
        prev,
        cur_by_key: by_key(records),
        prev_by_key: prev_records
            .iter()
            .enumerate()
            .map(|(j, r)| (r.key(), j))
            .collect(),
        prev_to_cur: tracking.reverse(),
        tracking: &tracking,
        normaliser: crate::matching::normalise::Normaliser::built_in(),
    };
    let mut problems = Vec::new();
    let mut report = CycleReport {
        previous: input.previous.as_ref().map(|(s, dir)| PreviousPack {
            period: s.period.clone(),
            pack: dir.clone(),
        }),
        ..CycleReport::default()
    };

    // Decisions: the last row per target counts.
    let mut last: BTreeMap<String, usize> = BTreeMap::new();
    let rows = input.decisions.map(|d| d.rows.as_slice()).unwrap_or(&[]);
    for (k, d) in rows.iter().enumerate() {
        if d.verdict.is_some() {
            let t = match &d.target {
                Target::Opportunity(id) => id.clone(),
                Target::Pair(a, b) => format!("{} / {}", a.min(b), a.max(b)),
            };
            last.insert(t, k);
        }
    }
    let file = input.decisions.map(|d| d.file.clone()).unwrap_or_default();
    report.decisions_file = file.clone();
    let current_ids: HashMap<&str, usize> = outcome
        .opportunities
        .iter()
        .enumerate()
        .map(|(k, o)| (o.id.as_str(), k))
        .collect();
    // (pair) -> (verdict, row index, opportunity id)
    let mut to_suppress: BTreeMap<(u32, u32), (usize, Option<String>)> = BTreeMap::new();
    let mut pair_status: HashMap<(u32, u32), (Verdict, usize)> = HashMap::new();
    let mut opp_status: HashMap<String, (Verdict, usize)> = HashMap::new();
    let mut effects: HashMap<usize, String> = HashMap::new();
    let mut suppressing_opps: HashMap<String, usize> = HashMap::new();
    for (target, &k) in &last {
        let d = &rows[k];
        let Some(verdict) = d.verdict else { continue };
        match &d.target {
            Target::Pair(a, b) => {
                let (ra, rb) = (ctx.resolve(a), ctx.resolve(b));
                match (ra, rb) {
                    (Resolve::Current(i), Resolve::Current(j)) if i != j => {
                        if verdict.suppresses() {
                            to_suppress.insert(ordered(i, j), (k, None));
                        } else {
                            pair_status.insert(ordered(i, j), (verdict, k));
                            effects.insert(k, format!("tracked as {verdict}"));
                        }
                    }
                    (ra, rb) => {
                        let unknown: Vec<&str> = [(a, &ra, 2), (b, &rb, 4)]
                            .iter()
                            .filter(|(_, r, _)| matches!(r, Resolve::Unknown))
                            .map(|(k, _, _)| k.as_str())
                            .collect();
                        if unknown.is_empty() {
                            effects.insert(
                                k,
                                "an effort has left the catalogue; nothing to do".into(),
                            );
                        } else {
                            let msg = format!(
                                "the decision names {}, which is in neither this period's catalogues nor the previous pack; check the department and record_id",
                                unknown.join(" and ")
                            );
                            let column = if matches!(ra, Resolve::Unknown) { 2 } else { 4 };
                            problems.push(warn(&file, d.line, column, msg.clone()));
                            effects.insert(k, format!("not applied: {msg}"));
                        }
                    }
                }
            }
            Target::Opportunity(id) => {
                let prev_members: Option<Vec<String>> = prev.and_then(|p| {
                    p.opportunities
                        .iter()
                        .find(|o| &o.id == id)
                        .map(|o| o.members.clone())
                        .or_else(|| {
                            let keys: BTreeSet<String> = p
                                .suppressed
                                .iter()
                                .filter(|s| s.opportunity_id.as_deref() == Some(id))
                                .flat_map(|s| [s.a.clone(), s.b.clone()])
                                .collect();
                            (!keys.is_empty()).then(|| keys.into_iter().collect())
                        })
                });
                let members: Option<Vec<usize>> = match prev_members {
                    Some(keys) => Some(
                        keys.iter()
                            .filter_map(|k| match ctx.resolve(k) {
                                Resolve::Current(i) => Some(i),
                                _ => None,
                            })
                            .collect(),
                    ),
                    None => current_ids.get(id.as_str()).map(|&o| {
                        outcome.opportunities[o]
                            .members
                            .iter()
                            .map(|&m| m as usize)
                            .collect()
                    }),
                };
                match members {
                    Some(members) => {
                        if verdict.suppresses() {
                            suppressing_opps.insert(id.clone(), k);
                            for (x, &a) in members.iter().enumerate() {
                                for &b in &members[x + 1..] {
                                    if records[a].department != records[b].department {
                                        to_suppress
                                            .entry(ordered(a, b))
                                            .or_insert((k, Some(id.clone())));
                                    }
                                }
                            }
                            effects.insert(k, format!("{verdict}: its pairs are not reported"));
                        } else {
                            opp_status.insert(id.clone(), (verdict, k));
                        }
                    }
                    None => {
                        let issued = prev.is_some_and(|p| p.issued_ids.binary_search(id).is_ok());
                        if issued {
                            effects.insert(k, "no longer open; nothing to do".into());
                        } else {
                            let msg = format!(
                                "opportunity {id} is not in this pack or any earlier one; check the id against opportunities.csv"
                            );
                            problems.push(warn(&file, d.line, 1, msg.clone()));
                            effects.insert(k, format!("not applied: {msg}"));
                        }
                    }
                }
            }
        }
        let _ = target;
    }

    // Material change: a rejection lapses when either effort's text moved away from the text
    // it had when the rejection was first honoured.
    let old_texts: HashMap<(u32, u32), (String, String, Option<String>)> = prev
        .map(|p| {
            p.suppressed
                .iter()
                .filter_map(|s| match (ctx.resolve(&s.a), ctx.resolve(&s.b)) {
                    (Resolve::Current(i), Resolve::Current(j)) => {
                        let (ta, tb) = if i < j {
                            (s.text_a.clone(), s.text_b.clone())
                        } else {
                            (s.text_b.clone(), s.text_a.clone())
                        };
                        Some((ordered(i, j), (ta, tb, s.opportunity_id.clone())))
                    }
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    let mut removed: HashSet<(u32, u32)> = HashSet::new();
    let mut suppressed_state = Vec::new();
    for (&(a, b), (k, opp)) in &to_suppress {
        let (a, b) = (a as usize, b as usize);
        let (ta, tb) = match old_texts.get(&ordered(a, b)) {
            Some((ta, tb, _)) => (ta.clone(), tb.clone()),
            None => (
                ctx.previous_text(a).unwrap_or_else(|| ctx.text(a)),
                ctx.previous_text(b).unwrap_or_else(|| ctx.text(b)),
            ),
        };
        let changed: Vec<&Record> = [(a, &ta), (b, &tb)]
            .iter()
            .filter(|(i, t)| {
                text_similarity(&ctx.normaliser, &ctx.text(*i), t) < cc.unchanged_similarity
            })
            .map(|(i, _)| &records[*i])
            .collect();
        if changed.is_empty() {
            removed.insert(ordered(a, b));
            let (ka, kb) = (records[a].key(), records[b].key());
            let (ka, kb, ta, tb) = if ka <= kb {
                (ka, kb, ta, tb)
            } else {
                (kb, ka, tb, ta)
            };
            suppressed_state.push(SuppressedPair {
                a: ka,
                b: kb,
                text_a: ta,
                text_b: tb,
                opportunity_id: opp.clone(),
            });
            if opp.is_none() {
                effects.insert(*k, "pair not reported".into());
            }
        } else if opp.is_none() {
            let names: Vec<String> = changed
                .iter()
                .map(|r| format!("{} ({})", r.name, r.key()))
                .collect();
            effects.insert(
                *k,
                format!(
                    "raised again: {} changed materially since the decision",
                    names.join(" and ")
                ),
            );
        }
    }
    suppressed_state.sort_by(|x, y| (&x.a, &x.b).cmp(&(&y.a, &y.b)));
    let was_reported: HashSet<(u32, u32)> = outcome
        .pairs
        .iter()
        .map(|p| (p.a.min(p.b), p.a.max(p.b)))
        .collect();
    report.suppressed = to_suppress
        .iter()
        .filter(|(p, _)| removed.contains(p) && was_reported.contains(p))
        .map(|(&(a, b), (k, _))| {
            let (ra, rb) = (&records[a as usize], &records[b as usize]);
            SuppressedView {
                a: ra.key(),
                name_a: ra.name.clone(),
                b: rb.key(),
                name_b: rb.name.clone(),
                decision: rows[*k].verdict.map(|v| v.to_string()).unwrap_or_default(),
                note: rows[*k].note.clone(),
            }
        })
        .collect();
    let mut outcome = without_pairs(records, input.config, input.model, outcome, &removed);

    // Stable ids.
    let tracked_key = |i: u32| -> Option<String> {
        tracking
            .links
            .get(i as usize)
            .copied()
            .flatten()
            .map(|t| prev_records[t.previous].key())
    };
    let prev_opps: &[OpportunityState] = prev.map(|p| p.opportunities.as_slice()).unwrap_or(&[]);
    let groups: Vec<super::ids::Group<'_>> = outcome
        .opportunities
        .iter()
        .map(|o| super::ids::Group {
            tracked: o.members.iter().filter_map(|&m| tracked_key(m)).collect(),
            size: o.members.len(),
            id: &o.id,
        })
        .collect();
    let super::ids::Inheritance { heir, split_from } =
        super::ids::inherit(&groups, prev_opps, cc.id_overlap);
    drop(groups);
    let mut taken = vec![false; prev_opps.len()];
    for &p in heir.iter().flatten() {
        taken[p] = true;
    }
    let mut issued: BTreeSet<String> = prev
        .map(|p| p.issued_ids.iter().cloned().collect())
        .unwrap_or_default();
    let mut standings: Vec<Standing> = Vec::new();
    // Inherited ids first, so a new group's hash can never take one.
    for (c, o) in outcome.opportunities.iter_mut().enumerate() {
        if let Some(p) = heir[c] {
            o.id = prev_opps[p].id.clone();
        }
    }
    let inherited: HashSet<String> = heir
        .iter()
        .flatten()
        .map(|&p| prev_opps[p].id.clone())
        .collect();
    for (c, o) in outcome.opportunities.iter_mut().enumerate() {
        let standing = match heir[c] {
            Some(p) => {
                let po = &prev_opps[p];
                let (grew, shrank) = {
                    let keys: HashSet<String> =
                        o.members.iter().filter_map(|&m| tracked_key(m)).collect();
                    let gone = po.members.iter().filter(|k| !keys.contains(*k)).count();
                    (o.members.len() > keys.len(), gone > 0)
                };
                let note = match (grew, shrank) {
                    (true, true) => "members changed since last month",
                    (true, false) => "grew since last month",
                    (false, true) => "shrank since last month",
                    _ => "",
                };
                Standing {
                    is_new: false,
                    first_seen: po.first_seen.clone(),
                    months_open: months_between(&po.first_seen, input.period),
                    status: "open".into(),
                    note: note.into(),
                }
            }
            None => {
                if issued.contains(&o.id) || inherited.contains(&o.id) {
                    let keys: Vec<String> = o
                        .members
                        .iter()
                        .map(|&m| records[m as usize].key())
                        .collect();
                    let mut salt = 1;
                    loop {
                        let mut salted = keys.clone();
                        salted.push(format!("#{salt}"));
                        let id = cluster::opportunity_id(&salted);
                        if !issued.contains(&id) && !inherited.contains(&id) {
                            o.id = id;
                            break;
                        }
                        salt += 1;
                    }
                }
                // A piece of a previous opportunity whose id went to a larger piece.
                let split_from = split_from[c].map(|p| prev_opps[p].id.clone());
                Standing {
                    is_new: true,
                    first_seen: input.period.to_string(),
                    months_open: 1,
                    status: "open".into(),
                    note: split_from
                        .map(|id| format!("split from {id}"))
                        .unwrap_or_default(),
                }
            }
        };
        issued.insert(o.id.clone());
        standings.push(standing);
    }
    // Re-sort by id; pairs point at opportunities by index.
    let mut order: Vec<usize> = (0..outcome.opportunities.len()).collect();
    order.sort_by(|&x, &y| {
        outcome.opportunities[x]
            .id
            .cmp(&outcome.opportunities[y].id)
    });
    let mut new_index = vec![0usize; order.len()];
    for (k, &old) in order.iter().enumerate() {
        new_index[old] = k;
    }
    let mut slots: Vec<Option<(crate::model::Opportunity, Standing)>> = outcome
        .opportunities
        .drain(..)
        .zip(standings)
        .map(Some)
        .collect();
    let mut standings = Vec::new();
    for &old in &order {
        if let Some((o, s)) = slots[old].take() {
            outcome.opportunities.push(o);
            standings.push(s);
        }
    }
    for p in outcome.pairs.iter_mut() {
        p.opportunity = p.opportunity.and_then(|k| new_index.get(k).copied());
    }

    // Statuses from decisions: the opportunity's own, else the strongest on a pair inside.
    for (o, s) in outcome.opportunities.iter().zip(standings.iter_mut()) {
        let own = opp_status.get(&o.id).copied();
        let from_pairs = o
            .pairs
            .iter()
            .filter_map(|&k| {
                let p = &outcome.pairs[k];
                pair_status.get(&(p.a.min(p.b), p.a.max(p.b))).copied()
            })
            .max_by_key(|(v, k)| (matches!(v, Verdict::Collaborating), *k));
        if let Some((v, k)) = own.or(from_pairs) {
            s.status = match v {
                Verdict::Collaborating => "collaborating".into(),
                _ => "confirmed".into(),
            };
            let d = &rows[k];
            let words = if d.note.is_empty() {
                format!("{v}")
            } else {
                format!("{v}: {}", d.note)
            };
            s.note = if s.note.is_empty() {
                words
            } else {
                format!("{}; {words}", s.note)
            };
            effects
                .entry(k)
                .or_insert_with(|| format!("tracked as {v} on {}", o.id));
        }
    }
    for (id, (v, k)) in &opp_status {
        effects
            .entry(*k)
            .or_insert_with(|| format!("{v}, but {id} is not open this period"));
    }

    // Resolved previous opportunities.
    let current_id_of_prev_key: HashMap<String, String> = outcome
        .opportunities
        .iter()
        .flat_map(|o| {
            o.members
                .iter()
                .filter_map(|&m| tracked_key(m))
                .map(|k| (k, o.id.clone()))
        })
        .collect();
    let prev_index: HashMap<String, usize> = prev_records
        .iter()
        .enumerate()
        .map(|(j, r)| (r.key(), j))
        .collect();
    for (p, po) in prev_opps.iter().enumerate() {
        if taken[p] {
            continue;
        }
        let reason = if let Some(&k) = suppressing_opps.get(&po.id) {
            let d = &rows[k];
            let v = d.verdict.map(|v| v.to_string()).unwrap_or_default();
            if d.note.is_empty() {
                format!("decision recorded: {v}")
            } else {
                format!("decision recorded: {v} ({})", d.note)
            }
        } else if let Some(into) = po
            .members
            .iter()
            .find_map(|k| current_id_of_prev_key.get(k))
        {
            format!("merged into {into}")
        } else if let Some(reason) = retirement(po, &prev_index, &prev_records, &ctx) {
            reason
        } else if let Some(reason) =
            rejected_pair_inside(po, &prev_index, &ctx, &removed, &to_suppress, rows)
        {
            reason
        } else {
            "no longer matching: the efforts' descriptions no longer overlap enough".into()
        };
        report.resolved.push(Resolved {
            id: po.id.clone(),
            theme: po.theme.clone(),
            efforts: po.members.clone(),
            first_seen: po.first_seen.clone(),
            reason,
        });
    }
    report.resolved.sort_by(|x, y| x.id.cmp(&y.id));

    // New and persisting lists.
    for (o, s) in outcome.opportunities.iter().zip(&standings) {
        let r = OpportunityRef {
            id: o.id.clone(),
            theme: o.theme.clone(),
            departments: o.departments.clone(),
            first_seen: s.first_seen.clone(),
            months_open: s.months_open,
            status: s.status.clone(),
            note: s.note.clone(),
        };
        if s.is_new {
            report.new.push(r);
        } else {
            report.persisting.push(r);
        }
        report.opportunities.insert(o.id.clone(), s.clone());
    }
    report
        .persisting
        .sort_by(|x, y| y.months_open.cmp(&x.months_open).then(x.id.cmp(&y.id)));

    // Efforts that came, went, were renumbered or retired.
    if prev.is_some() {
        for (i, r) in records.iter().enumerate() {
            let change = |note: String| EffortChange {
                key: r.key(),
                department: r.department.clone(),
                name: r.name.clone(),
                note,
            };
            match tracking.links[i] {
                None => report.appeared.push(change(
                    r.phase.map(|p| format!("phase {p}")).unwrap_or_default(),
                )),
                Some(t) => {
                    let old = &prev_records[t.previous];
                    if t.link == Link::Content {
                        report
                            .renumbered
                            .push(change(format!("was {} ({})", old.key(), old.name)));
                    }
                    let ending =
                        |p: Option<Phase>| matches!(p, Some(Phase::Retiring | Phase::Retired));
                    if ending(r.phase) && (!ending(old.phase) || r.phase != old.phase) {
                        report.retired.push(change(format!(
                            "phase {} (was {})",
                            r.phase.map(|p| p.as_str()).unwrap_or(""),
                            old.phase.map(|p| p.as_str()).unwrap_or("unknown")
                        )));
                    }
                }
            }
        }
        for (j, r) in prev_records.iter().enumerate() {
            if !ctx.prev_to_cur.contains_key(&j) {
                report.disappeared.push(EffortChange {
                    key: r.key(),
                    department: r.department.clone(),
                    name: r.name.clone(),
                    note: r.phase.map(|p| format!("was {p}")).unwrap_or_default(),
                });
            }
        }
        for list in [
            &mut report.appeared,
            &mut report.disappeared,
            &mut report.renumbered,
            &mut report.retired,
        ] {
            list.sort_by(|x, y| (&x.department, &x.key).cmp(&(&y.department, &y.key)));
        }
    }

    // Decisions as shown in the pack.
    report.decisions = rows
        .iter()
        .enumerate()
        .filter(|(_, d)| d.verdict.is_some())
        .map(|(k, d)| DecisionView {
            line: d.line,
            target: match &d.target {
                Target::Opportunity(id) => id.clone(),
                Target::Pair(a, b) => format!("{a} / {b}"),
            },
            decision: d.verdict.map(|v| v.to_string()).unwrap_or_default(),
            date: d.date.map(|x| x.to_string()).unwrap_or_default(),
            reviewer: d.reviewer.clone(),
            note: d.note.clone(),
            effect: if last.values().any(|&x| x == k) {
                effects
                    .get(&k)
                    .cloned()
                    .unwrap_or_else(|| "nothing to do this period".into())
            } else {
                "replaced by a later row for the same opportunity or pair".into()
            },
        })
        .collect();

    // History and the next state.
    let mut involved: BTreeMap<u32, f64> = BTreeMap::new();
    for o in &outcome.opportunities {
        for &m in &o.members {
            involved.insert(
                m,
                records
                    .get(m as usize)
                    .and_then(|r| r.budget_gbp)
                    .unwrap_or(0.0),
            );
        }
    }
    let entry = HistoryEntry {
        period: input.period.to_string(),
        open: outcome.opportunities.len() as u64,
        new: report.new.len() as u64,
        resolved: report.resolved.len() as u64,
        combined_budget_gbp: crate::model::total_gbp(involved.values().copied()),
    };
    let mut history: Vec<HistoryEntry> = prev
        .map(|p| {
            p.history
                .iter()
                .filter(|h| h.period < entry.period)
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    history.push(entry);
    report.history = history.clone();

    let mut aliases: BTreeMap<String, String> = BTreeMap::new();
    if let Some(p) = prev {
        for (old, mid) in &p.aliases {
            if let Resolve::Current(i) = ctx.resolve(mid) {
                aliases.insert(old.clone(), records[i].key());
            }
        }
    }
    for (i, t) in tracking.links.iter().enumerate() {
        if let Some(t) = t
            && t.link == Link::Content
        {
            aliases.insert(prev_records[t.previous].key(), records[i].key());
        }
    }
    // Records sorted by key (stably, the first of equal keys kept), then copied in parallel:
    // sorting indices moves 4 bytes an effort, not the whole effort (a million at scale).
    let mut by_key: Vec<usize> = (0..records.len()).collect();
    let key_of = |&i: &usize| (&records[i].department, &records[i].record_id);
    by_key.par_sort_by(|x, y| key_of(x).cmp(&key_of(y)));
    by_key.dedup_by(|x, y| key_of(x) == key_of(y));
    let efforts: Vec<u32> = by_key.into_iter().map(|i| i as u32).collect();
    let state = PackState {
        format: STATE_FORMAT.into(),
        period: input.period.to_string(),
        efforts: Vec::new(),
        opportunities: outcome
            .opportunities
            .iter()
            .zip(&standings)
            .map(|(o, s)| OpportunityState {
                id: o.id.clone(),
                members: {
                    let mut m: Vec<String> = o
                        .members
                        .iter()
                        .map(|&m| records[m as usize].key())
                        .collect();
                    m.sort();
                    m
                },
                theme: o.theme.clone(),
                first_seen: s.first_seen.clone(),
                status: s.status.clone(),
                combined_budget_gbp: o.combined_budget_gbp,
            })
            .collect(),
        suppressed: suppressed_state,
        aliases,
        issued_ids: issued.into_iter().collect(),
        history,
    };
    problems.sort_by_key(|p| (p.line, p.column));
    Cycle {
        outcome,
        report,
        state: NextState { state, efforts },
        problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(department: &str, record_id: &str) -> Record {
        Record {
            department: department.into(),
            record_id: record_id.into(),
            ..crate::matching::testdata::blank()
        }
    }

    /// A key finds its effort however many colons the department or the record id holds; of
    /// two efforts one key could name, the later (as a map of joined keys kept).
    #[test]
    fn keys_resolve_to_current_efforts_across_colons() {
        let records = [
            record("DfE", "P1"),
            record("A:B", "C"),
            record("A", "B:C"),
            record("HMRC", "x:y"),
            record("DfE", "P1"),
        ];
        let tracking = crate::cycle::efforts::Tracking::default();
        let ctx = Context {
            records: &records,
            prev: None,
            cur_by_key: by_key(&records),
            prev_by_key: HashMap::new(),
            prev_to_cur: HashMap::new(),
            tracking: &tracking,
            normaliser: crate::matching::normalise::Normaliser::built_in(),
        };
        let joined: HashMap<String, usize> = records
            .iter()
            .enumerate()
            .map(|(i, r)| (r.key(), i))
            .collect();
        for key in [
            "DfE:P1", "A:B:C", "HMRC:x:y", "HMRC:x", "DfE", "DfE:P2", ":", "",
        ] {
            assert_eq!(ctx.current(key), joined.get(key).copied(), "{key}");
        }
        assert_eq!(ctx.current("DfE:P1"), Some(4));
        assert_eq!(ctx.current("A:B:C"), Some(2));
        assert!(matches!(ctx.resolve("HMRC:x:y"), Resolve::Current(3)));
        assert!(matches!(ctx.resolve("HMRC:z"), Resolve::Unknown));
    }
}
