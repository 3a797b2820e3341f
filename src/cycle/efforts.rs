//! Following efforts from one period to the next.
//!
//! In: the previous period's efforts and the current period's records. Out: a [`Tracking`]: for
//! each current record, the previous effort it continues (if any), and how that was decided.
//!
//! First by the same (department, record_id). Then, within each department, the efforts left
//! over on both sides are compared with the matching engine itself: a [`PeriodModel`] is built
//! over the department's leftover old and new efforts with the department replaced by the
//! period, so the engine's cross-"department" pairs are exactly the cross-period pairs. Each
//! leftover pair is scored (all of them when the department is small, else the engine's
//! candidates), and a pair is accepted when each side is the other's best match and the score
//! reaches `[cycle] track_threshold`. Before that, with `[cycle] same_name_links`, two leftovers
//! with the same name (ignoring case, accents and punctuation), each the only one of that name
//! on its side, are linked whatever their score: a department re-entering an effort under a new
//! id usually keeps its name while the description is rewritten. Departments are handled in
//! parallel; the result does not depend on the number of threads.

use super::CycleConfig;
use crate::config::Config;
use crate::matching::PeriodModel;
use crate::model::Record;
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};

/// How a current effort was linked to a previous one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    /// Same department and record_id.
    SameId,
    /// Different record_id; the engine matched name, description and the rest, with this score.
    Content,
}

/// One cross-period link.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tracked {
    /// Index into the previous efforts.
    pub previous: usize,
    pub link: Link,
    /// 1 for [`Link::SameId`]; the engine score for [`Link::Content`].
    pub score: f64,
}

/// The outcome of tracking: `current[i]` continues `previous[links[i].previous]`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tracking {
    pub links: Vec<Option<Tracked>>,
}

impl Tracking {
    /// Previous index -> current index.
    pub fn reverse(&self) -> HashMap<usize, usize> {
        self.links
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.map(|t| (t.previous, i)))
            .collect()
    }
}

/// Links each current record to the previous effort it continues. `previous` and `current` are
/// records of two periods of the same catalogues; within each side (department, record_id)
/// should be unique (a repeated key links only its first occurrence by id).
pub fn track(
    previous: &[Record],
    current: &[Record],
    config: &Config,
    cycle: &CycleConfig,
) -> Tracking {
    let mut links: Vec<Option<Tracked>> = vec![None; current.len()];
    if previous.is_empty() {
        // A first month: nothing to continue (and no need to sort a million efforts into
        // departments to find that out).
        return Tracking { links };
    }
    let mut by_key: HashMap<(&str, &str), usize> = HashMap::new();
    for (j, r) in previous.iter().enumerate() {
        by_key
            .entry((r.department.as_str(), r.record_id.as_str()))
            .or_insert(j);
    }
    let mut taken = vec![false; previous.len()];
    for (i, r) in current.iter().enumerate() {
        if let Some(&j) = by_key.get(&(r.department.as_str(), r.record_id.as_str()))
            && !taken[j]
        {
            taken[j] = true;
            links[i] = Some(Tracked {
                previous: j,
                link: Link::SameId,
                score: 1.0,
            });
        }
    }

    // Leftovers, per department (BTreeMap: a fixed order).
    let mut leftovers: BTreeMap<&str, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for (j, r) in previous.iter().enumerate() {
        if !taken[j] {
            leftovers.entry(&r.department).or_default().0.push(j);
        }
    }
    for (i, r) in current.iter().enumerate() {
        if links[i].is_none() {
            leftovers.entry(&r.department).or_default().1.push(i);
        }
    }
    let jobs: Vec<(Vec<usize>, Vec<usize>)> = leftovers
        .into_values()
        .filter(|(old, new)| !old.is_empty() && !new.is_empty())
        .collect();
    let found: Vec<Vec<(usize, usize, f64)>> = jobs
        .par_iter()
        .map(|(old, new)| match_leftovers(previous, current, old, new, config, cycle))
        .collect();
    for (j, i, score) in found.into_iter().flatten() {
        links[i] = Some(Tracked {
            previous: j,
            link: Link::Content,
            score,
        });
    }
    Tracking { links }
}

/// Label for the previous side in the per-department model.
const OLD: &str = "previous period";
/// Label for the current side.
const NEW: &str = "current period";

/// Same-name links, then mutual best matches above the threshold, between one department's
/// leftover old and new efforts: `(previous index, current index, score)`.
fn match_leftovers(
    previous: &[Record],
    current: &[Record],
    old: &[usize],
    new: &[usize],
    config: &Config,
    cycle: &CycleConfig,
) -> Vec<(usize, usize, f64)> {
    let mut out: Vec<(usize, usize, f64)> = Vec::new();
    let (mut old, mut new) = (old.to_vec(), new.to_vec());
    if cycle.same_name_links {
        let names = |side: &[usize], records: &[Record]| {
            let mut by: HashMap<String, Vec<usize>> = HashMap::new();
            for &i in side {
                by.entry(crate::matching::normalise::fold(&records[i].name))
                    .or_default()
                    .push(i);
            }
            by
        };
        let (old_names, new_names) = (names(&old, previous), names(&new, current));
        for (name, js) in &old_names {
            if let (Some(is), [j]) = (new_names.get(name), js.as_slice())
                && let [i] = is.as_slice()
                && !name.is_empty()
            {
                out.push((*j, *i, 1.0));
            }
        }
        old.retain(|j| !out.iter().any(|x| x.0 == *j));
        new.retain(|i| !out.iter().any(|x| x.1 == *i));
        if old.is_empty() || new.is_empty() {
            out.sort_by_key(|x| (x.1, x.0));
            return out;
        }
    }
    let (old, new) = (old.as_slice(), new.as_slice());
    let relabel = |r: &Record, label: &str| Record {
        department: label.to_string(),
        ..r.clone()
    };
    let records: Vec<Record> = old
        .iter()
        .map(|&j| relabel(&previous[j], OLD))
        .chain(new.iter().map(|&i| relabel(&current[i], NEW)))
        .collect();
    let mut engine = config.clone();
    engine.matching.estimate_weights = cycle.estimate_weights;
    let model = PeriodModel::build(&records, &engine, &mut Vec::new());
    let n_old = old.len();
    // (old slot, new slot) pairs to score.
    let pairs: Vec<(usize, usize)> = if old.len() * new.len() <= cycle.exhaustive_pairs {
        (0..n_old)
            .flat_map(|a| (0..new.len()).map(move |b| (a, b)))
            .collect()
    } else {
        model
            .candidates
            .iter()
            .filter_map(|&(a, b)| {
                let (a, b) = (a as usize, b as usize);
                match (a < n_old, b < n_old) {
                    (true, false) => Some((a, b - n_old)),
                    (false, true) => Some((b, a - n_old)),
                    _ => None,
                }
            })
            .collect()
    };
    let scored: Vec<(usize, usize, f64)> = pairs
        .par_iter()
        .map(|&(a, b)| (a, b, model.score_pair(a, n_old + b).1))
        .filter(|&(_, _, s)| s >= cycle.track_threshold)
        .collect();
    // Best per side; ties go to the lower slot (input order: deterministic).
    let better = |s: f64, slot: usize, best: Option<(f64, usize)>| match best {
        None => true,
        Some((bs, bslot)) => s > bs || (s == bs && slot < bslot),
    };
    let mut best_old: Vec<Option<(f64, usize)>> = vec![None; n_old];
    let mut best_new: Vec<Option<(f64, usize)>> = vec![None; new.len()];
    for &(a, b, s) in &scored {
        if better(s, b, best_old[a]) {
            best_old[a] = Some((s, b));
        }
        if better(s, a, best_new[b]) {
            best_new[b] = Some((s, a));
        }
    }
    out.extend(
        scored
            .into_iter()
            .filter(|&(a, b, _)| {
                best_old[a].map(|x| x.1) == Some(b) && best_new[b].map(|x| x.1) == Some(a)
            })
            .map(|(a, b, s)| (old[a], new[b], s)),
    );
    out.sort_by_key(|x| (x.1, x.0));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceRef;

    fn record(dept: &str, id: &str, name: &str, description: &str) -> Record {
        Record {
            department: dept.into(),
            record_id: id.into(),
            name: name.into(),
            description: description.into(),
            source: SourceRef {
                file: "t.csv".into(),
                line: 2,
            },
            ..crate::matching::testdata::blank()
        }
    }

    fn catalogue() -> Vec<Record> {
        vec![
            record(
                "D",
                "1",
                "Grants Management System",
                "Case work for grant applications from charities, assessment and payment.",
            ),
            record(
                "D",
                "2",
                "Desk Booking Service",
                "Staff book desks and meeting rooms in shared offices.",
            ),
            record(
                "D",
                "3",
                "Probation Case Management",
                "Manage people on probation: sentence plans, appointments and risk.",
            ),
            record(
                "E",
                "1",
                "Open Data Portal",
                "Publish datasets for reuse by the public and researchers.",
            ),
        ]
    }

    #[test]
    fn same_id_links_first_then_content_survives_a_renumbering() {
        let old = catalogue();
        let mut new = catalogue();
        // Renumbered and lightly renamed.
        new[2].record_id = "9".into();
        new[2].name = "Probation Case Management System".into();
        let t = track(&old, &new, &Config::default(), &CycleConfig::default());
        assert_eq!(
            t.links[0].map(|x| (x.previous, x.link)),
            Some((0, Link::SameId))
        );
        assert_eq!(
            t.links[2].map(|x| (x.previous, x.link)),
            Some((2, Link::Content))
        );
        // Department E's effort keeps its id even though another department has an id "1".
        assert_eq!(t.links[3].map(|x| x.previous), Some(3));
    }

    #[test]
    fn an_unrelated_new_effort_is_not_linked_to_a_removed_one() {
        let old = catalogue();
        let mut new = catalogue();
        new[1] = record(
            "D",
            "7",
            "Fishing Licence Renewals",
            "Anglers renew rod licences online and pay the fee.",
        );
        let t = track(&old, &new, &Config::default(), &CycleConfig::default());
        assert_eq!(t.links[1], None);
    }

    #[test]
    fn efforts_are_not_tracked_across_departments() {
        let old = vec![record(
            "D",
            "1",
            "Open Data Portal",
            "Publish datasets for reuse.",
        )];
        let new = vec![record(
            "E",
            "5",
            "Open Data Portal",
            "Publish datasets for reuse.",
        )];
        let t = track(&old, &new, &Config::default(), &CycleConfig::default());
        assert_eq!(t.links[0], None);
    }
}
