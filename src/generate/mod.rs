//! Synthetic catalogues with planted overlaps, for tests, benchmarks and anyone evaluating
//! `overlap`.
//!
//! In: [`GenerateOptions`] (departments, efforts, seed). Out: a [`Plan`] that yields each
//! department's rows to a sink ([`Plan::department_rows`]) and, once the record ids are known,
//! the truth pairs ([`truth_pairs`]). Nothing here prints or writes files.
//!
//! What is generated:
//! - background efforts: each department's routine work in its own policy domain, worded from
//!   the vocabulary with places, codenames and phase numbers so they are not near-duplicates;
//! - planted groups (about 7% of efforts): one effort built by 2 to 4 departments, worded as
//!   different people write: the same name, reworded, an acronym, typos, or a shared capability
//!   under one cross-government programme. Every cross-department pair of a group is in truth;
//! - hard negatives (about 1% of efforts): pairs named from the same template ("Case
//!   management system for ...") that are different efforts. They are not in truth.
//!
//! Deterministic for a seed: the plan is drawn from one ChaCha8 stream, and each department's
//! rows from a stream of its own, so departments can be generated in any order or in parallel.

pub mod departments;
mod details;
pub mod effort;
mod plant;
pub mod row;
pub mod vocab;

use crate::error::{Error, Result};
use departments::Department;
use effort::{Concept, Wording};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
pub use row::{HEADER, Row, TRUTH_HEADER};
use std::collections::BTreeSet;
use vocab::{ACTIVITIES, DOMAINS};

/// What to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GenerateOptions {
    pub departments: usize,
    pub efforts: usize,
    pub seed: u64,
}

impl GenerateOptions {
    /// Checks the counts before any work starts.
    pub fn check(&self) -> Result<()> {
        if self.departments == 0 {
            return Err(Error::Usage("--departments must be at least 1".into()));
        }
        if self.efforts < self.departments {
            return Err(Error::Usage(format!(
                "--efforts ({}) must be at least --departments ({}): every department needs one effort",
                self.efforts, self.departments
            )));
        }
        Ok(())
    }
}

/// How a planted group's members differ; the `kind` column of truth.csv.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum GroupKind {
    SameName,
    Reworded,
    Acronym,
    Typo,
    SharedCapability,
}

impl GroupKind {
    pub fn as_str(self) -> &'static str {
        match self {
            GroupKind::SameName => "same_name",
            GroupKind::Reworded => "reworded",
            GroupKind::Acronym => "acronym",
            GroupKind::Typo => "typo",
            GroupKind::SharedCapability => "shared_capability",
        }
    }
}

/// An effort placed in a department by the plan: a planted group member or a hard negative.
#[derive(Clone, Debug)]
struct PlacedEffort {
    /// The planted group, or `None` for a hard negative.
    group: Option<usize>,
    /// (domain, object, activity) of what it is: the group's for a group that shares one
    /// concept, the effort's own for a shared-capability member or a hard negative.
    topic: (usize, usize, usize),
    name: String,
    description: String,
    user_groups: Vec<String>,
    capabilities: Vec<String>,
}

/// Where a planted group member landed: its group, department and record id.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct PlantedRecord {
    pub group: usize,
    pub department: usize,
    pub record_id: String,
}

/// One line of truth.csv.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct TruthPair {
    pub department_a: String,
    pub record_id_a: String,
    pub department_b: String,
    pub record_id_b: String,
    pub kind: &'static str,
}

/// Everything decided before any department's rows are made.
pub struct Plan {
    seed: u64,
    pub departments: Vec<Department>,
    /// Rows per department; they sum to the requested efforts.
    pub sizes: Vec<usize>,
    /// Each planted group's kind.
    pub groups: Vec<GroupKind>,
    placed: Vec<PlacedEffort>,
    /// Indices into `placed`, per department.
    by_department: Vec<Vec<usize>>,
    /// (domain, object, activity) of every planted effort: the concept of a group whose
    /// members share one, and each shared-capability member's own. No other planted group,
    /// hard negative or background effort uses these: an effort with the same object and
    /// activity in another department would be the same effort, yet not in truth.
    planted_topics: BTreeSet<(usize, usize, usize)>,
}

impl Plan {
    /// Draws departments, their sizes, the planted groups and the hard negatives.
    pub fn new(options: &GenerateOptions) -> Result<Plan> {
        options.check()?;
        let mut rng = ChaCha8Rng::seed_from_u64(options.seed);
        let departments = departments::departments(options.departments, &mut rng);
        let sizes = split_sizes(options.efforts, options.departments, &mut rng);
        let mut plan = Plan {
            seed: options.seed,
            departments,
            by_department: vec![Vec::new(); sizes.len()],
            sizes,
            groups: Vec::new(),
            placed: Vec::new(),
            planted_topics: BTreeSet::new(),
        };
        plan.plant(options.efforts, &mut rng);
        Ok(plan)
    }

    /// Makes department `dept`'s rows in file order and hands each to `sink`; returns where the
    /// planted group members landed. Pure: the same plan gives the same rows in any thread.
    pub fn department_rows<E>(
        &self,
        dept: usize,
        mut sink: impl FnMut(&Row) -> std::result::Result<(), E>,
    ) -> std::result::Result<Vec<PlantedRecord>, E> {
        let Some(department) = self.departments.get(dept) else {
            return Ok(Vec::new());
        };
        let size = self.sizes[dept];
        let mut rng = ChaCha8Rng::seed_from_u64(self.seed);
        rng.set_stream(dept as u64 + 1);

        // Slots: Some(index into placed) or None for a background effort; shuffled into file order.
        let mut slots: Vec<Option<usize>> =
            self.by_department[dept].iter().map(|&i| Some(i)).collect();
        slots.resize(size.max(slots.len()), None);
        slots.shuffle(&mut rng);

        let width = size.to_string().len().max(4);
        let mut planted = Vec::new();
        for (n, slot) in slots.iter().enumerate() {
            let mut row = Row {
                record_id: department.record_id(n, width),
                ..Row::default()
            };
            match slot.and_then(|i| self.placed.get(i)) {
                Some(p) => {
                    row.name = p.name.clone();
                    row.description = p.description.clone();
                    row.user_groups = p.user_groups.clone();
                    row.capabilities = p.capabilities.clone();
                    if let Some(group) = p.group {
                        planted.push(PlantedRecord {
                            group,
                            department: dept,
                            record_id: row.record_id.clone(),
                        });
                    }
                }
                None => {
                    let concept = self.background_concept(department.domain, &mut rng);
                    let wording = Wording::random(&mut rng);
                    row.name = concept.name(&wording);
                    row.description = concept.description_in_own_words(&wording, &mut rng);
                    row.user_groups = concept.users.iter().map(|u| u.to_string()).collect();
                    row.capabilities = concept.capabilities();
                }
            }
            details::fill_details(&mut row, department, &mut rng);
            sink(&row)?;
        }
        Ok(planted)
    }
}

impl Plan {
    /// How crowded the topic space is: the highest share, over domains, of a domain's topics
    /// (object x activity) that planted groups took. Background efforts draw a topic no group
    /// took, with a bounded number of tries; as this share nears 1 they cannot, and a
    /// background effort repeats a planted group's topic: a real overlap that truth.csv lacks.
    pub fn planted_topic_share(&self) -> f64 {
        let mut per_domain = vec![0usize; DOMAINS.len()];
        for &(domain, _, _) in &self.planted_topics {
            if let Some(n) = per_domain.get_mut(domain) {
                *n += 1;
            }
        }
        per_domain
            .iter()
            .zip(DOMAINS)
            .map(|(&n, d)| n as f64 / (d.objects.len() * ACTIVITIES.len()).max(1) as f64)
            .fold(0.0, f64::max)
    }

    /// A routine effort of `domain`, redrawn while it would be a planted effort (the same
    /// object and activity): such an effort would overlap that effort's group in other
    /// departments, yet not be in truth.
    fn background_concept(&self, domain: usize, rng: &mut ChaCha8Rng) -> Concept {
        let mut concept = Concept::random(domain, rng);
        for _ in 0..200 {
            if !self.planted_topics.contains(&concept.topic()) {
                break;
            }
            concept = Concept::random(domain, rng);
        }
        concept
    }
}

/// Every cross-department pair of every planted group, each pair once with its sides in
/// (department, record id) order, sorted.
pub fn truth_pairs(plan: &Plan, mut planted: Vec<PlantedRecord>) -> Vec<TruthPair> {
    planted.sort();
    let mut pairs = Vec::new();
    for members in planted.chunk_by(|a, b| a.group == b.group) {
        let kind = plan
            .groups
            .get(members[0].group)
            .map(|k| k.as_str())
            .unwrap_or("reworded");
        for (i, a) in members.iter().enumerate() {
            for b in &members[i + 1..] {
                if a.department == b.department {
                    continue;
                }
                let key = |r: &PlantedRecord| {
                    (
                        plan.departments[r.department].name.clone(),
                        r.record_id.clone(),
                    )
                };
                let (first, second) = if key(a) <= key(b) {
                    (key(a), key(b))
                } else {
                    (key(b), key(a))
                };
                pairs.push(TruthPair {
                    department_a: first.0,
                    record_id_a: first.1,
                    department_b: second.0,
                    record_id_b: second.1,
                    kind,
                });
            }
        }
    }
    pairs.sort();
    pairs
}

/// Splits `efforts` across `count` departments of uneven size (up to ten times apart), each
/// getting at least one. Integer arithmetic only, so the split is the same on every platform.
fn split_sizes(efforts: usize, count: usize, rng: &mut ChaCha8Rng) -> Vec<usize> {
    let weights: Vec<u128> = (0..count).map(|_| rng.gen_range(10..=100u128)).collect();
    let total: u128 = weights.iter().sum();
    let spare = (efforts - count) as u128;
    let mut sizes: Vec<usize> = weights
        .iter()
        .map(|w| 1 + (spare * w / total) as usize)
        .collect();
    let mut left = efforts - sizes.iter().sum::<usize>();
    // Largest remainders first; ties by index.
    let mut order: Vec<usize> = (0..count).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(spare * weights[i] % total), i));
    for &i in order.iter().cycle() {
        if left == 0 {
            break;
        }
        sizes[i] += 1;
        left -= 1;
    }
    sizes
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    fn all_rows(plan: &Plan) -> (Vec<Vec<Row>>, Vec<PlantedRecord>) {
        let mut rows = Vec::new();
        let mut planted = Vec::new();
        for d in 0..plan.departments.len() {
            let mut dept_rows = Vec::new();
            let landed = plan
                .department_rows(d, |r| {
                    dept_rows.push(r.clone());
                    Ok::<(), ()>(())
                })
                .unwrap_or_default();
            planted.extend(landed);
            rows.push(dept_rows);
        }
        (rows, planted)
    }

    /// Hard negatives are the same template about different subjects: the two sides of one
    /// (placed one after the other) never carry the same name, which would make them an
    /// overlap any reader would report.
    #[test]
    fn hard_negatives_never_share_a_name() {
        let plan = Plan::new(&GenerateOptions {
            departments: 50,
            efforts: 100_000,
            seed: 4,
        })
        .expect("a valid plan");
        let negatives: Vec<&PlacedEffort> =
            plan.placed.iter().filter(|p| p.group.is_none()).collect();
        assert!(negatives.len() >= 400, "{}", negatives.len());
        let mut named_for_users = 0;
        for pair in negatives.chunks(2) {
            assert_ne!(pair[0].name.to_lowercase(), pair[1].name.to_lowercase());
            for side in pair {
                let user = side.user_groups[0].as_str();
                let name = side.name.to_lowercase();
                let generic = ACTIVITIES
                    .iter()
                    .any(|a| name == format!("{} for {user}", a.generic.to_lowercase()));
                if generic {
                    named_for_users += 1;
                    let serving = DOMAINS.iter().filter(|d| d.users.contains(&user)).count();
                    assert_eq!(
                        serving, 1,
                        "{}: {user} is served by other domains",
                        side.name
                    );
                }
            }
        }
        assert!(named_for_users >= 100, "{named_for_users}");
    }

    #[test]
    fn sizes_sum_to_the_requested_efforts() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        for (efforts, count) in [(10, 10), (11, 3), (1000, 7), (100_000, 50)] {
            let sizes = split_sizes(efforts, count, &mut rng);
            assert_eq!(sizes.iter().sum::<usize>(), efforts);
            assert!(sizes.iter().all(|&s| s >= 1));
        }
    }

    #[test]
    fn planted_share_and_group_sizes() {
        let plan = Plan::new(&GenerateOptions {
            departments: 20,
            efforts: 5000,
            seed: 4,
        })
        .expect("plan");
        let (rows, planted) = all_rows(&plan);
        assert_eq!(rows.iter().map(Vec::len).sum::<usize>(), 5000);
        let share = planted.len() as f64 / 5000.0;
        assert!((0.05..=0.1).contains(&share), "planted share {share}");
        let mut sorted = planted.clone();
        sorted.sort();
        for members in sorted.chunk_by(|a, b| a.group == b.group) {
            assert!((2..=4).contains(&members.len()));
            let depts: BTreeSet<_> = members.iter().map(|m| m.department).collect();
            assert_eq!(
                depts.len(),
                members.len(),
                "a group's members are in distinct departments"
            );
        }
    }

    #[test]
    fn record_ids_are_unique_within_each_department() {
        let plan = Plan::new(&GenerateOptions {
            departments: 5,
            efforts: 3000,
            seed: 2,
        })
        .expect("plan");
        let (rows, _) = all_rows(&plan);
        for dept in rows {
            let ids: BTreeSet<_> = dept.iter().map(|r| r.record_id.clone()).collect();
            assert_eq!(ids.len(), dept.len());
        }
    }

    #[test]
    fn truth_pairs_count_every_cross_department_pair() {
        let plan = Plan::new(&GenerateOptions {
            departments: 12,
            efforts: 4000,
            seed: 8,
        })
        .expect("plan");
        let (_, planted) = all_rows(&plan);
        let mut sorted = planted.clone();
        sorted.sort();
        let expected: usize = sorted
            .chunk_by(|a, b| a.group == b.group)
            .map(|m| m.len() * (m.len() - 1) / 2)
            .sum();
        let pairs = truth_pairs(&plan, planted);
        assert_eq!(pairs.len(), expected);
        for p in &pairs {
            assert_ne!(p.department_a, p.department_b);
            assert!((&p.department_a, &p.record_id_a) < (&p.department_b, &p.record_id_b));
        }
    }

    /// Guards truth against background efforts that are a planted group's effort under another
    /// wording (same object and activity, e.g. a food safety agency's own "food hygiene rating
    /// inspections app" beside a planted group building one): those are real overlaps that
    /// truth.csv would miss.
    #[test]
    fn background_efforts_avoid_planted_topics() {
        let plan = Plan::new(&GenerateOptions {
            departments: 5,
            efforts: 2000,
            seed: 3,
        })
        .expect("plan");
        assert!(!plan.planted_topics.is_empty());
        let mut rng = ChaCha8Rng::seed_from_u64(9);
        for department in &plan.departments {
            for _ in 0..500 {
                let c = plan.background_concept(department.domain, &mut rng);
                assert!(!plan.planted_topics.contains(&c.topic()), "{:?}", c.topic());
            }
        }
    }

    /// Guards truth against planted efforts that are another group's effort, or a hard
    /// negative that is a planted effort under another wording (a shared-capability member
    /// or a hard negative drawing a topic some group took): real overlaps truth.csv would
    /// miss. Each topic belongs to one group at most, and a hard negative's to none; the two
    /// sides of a hard negative are about different things.
    #[test]
    fn each_planted_topic_belongs_to_one_group() {
        let plan = Plan::new(&GenerateOptions {
            departments: 6,
            efforts: 20_000,
            seed: 5,
        })
        .expect("plan");
        let mut groups: BTreeMap<(usize, usize, usize), BTreeSet<usize>> = BTreeMap::new();
        for p in &plan.placed {
            if let Some(g) = p.group {
                groups.entry(p.topic).or_default().insert(g);
            }
        }
        assert!(groups.len() > 100, "{} topics", groups.len());
        for (topic, owners) in &groups {
            assert_eq!(owners.len(), 1, "{topic:?} is planted by groups {owners:?}");
        }
        let negatives: Vec<&PlacedEffort> =
            plan.placed.iter().filter(|p| p.group.is_none()).collect();
        assert!(negatives.len() > 50, "{} hard negatives", negatives.len());
        for p in &negatives {
            assert!(!groups.contains_key(&p.topic), "{:?}: {}", p.topic, p.name);
        }
        // Hard negatives are placed one pair after the other.
        for pair in negatives.chunks(2) {
            if let [a, b] = pair {
                assert_ne!(a.topic, b.topic, "{} / {}", a.name, b.name);
            }
        }
    }

    /// The crowding measure grows with the number of planted groups per domain, and stays
    /// within the cap (plant.rs MAX_PLANTED_TOPIC_SHARE) at any size.
    #[test]
    fn planted_topic_share_grows_with_size() {
        let share = |efforts| {
            Plan::new(&GenerateOptions {
                departments: 10,
                efforts,
                seed: 1,
            })
            .expect("plan")
            .planted_topic_share()
        };
        let (small, large) = (share(1_000), share(200_000));
        assert!(small > 0.0 && small < 0.5, "{small}");
        assert!(large > small, "{small} -> {large}");
        // However many efforts, planted groups leave background efforts free topics: half
        // a domain's topics at most go to groups that start there, and shared-capability
        // members take a few more in their own domains.
        assert!(large <= 0.8, "{large}");
    }

    #[test]
    fn every_kind_is_planted() {
        let plan = Plan::new(&GenerateOptions {
            departments: 30,
            efforts: 20_000,
            seed: 1,
        })
        .expect("plan");
        let kinds: BTreeSet<_> = plan.groups.iter().copied().collect();
        assert_eq!(kinds.len(), 5);
    }

    #[test]
    fn department_rows_do_not_depend_on_order() {
        let plan = Plan::new(&GenerateOptions {
            departments: 6,
            efforts: 600,
            seed: 3,
        })
        .expect("plan");
        let collect = |d: usize| {
            let mut v = Vec::new();
            plan.department_rows(d, |r| {
                v.push(r.clone());
                Ok::<(), ()>(())
            })
            .unwrap_or_default();
            v
        };
        let forward: Vec<_> = (0..6).map(collect).collect();
        let backward: Vec<_> = (0..6).rev().map(collect).collect();
        for d in 0..6 {
            assert_eq!(forward[d], backward[5 - d]);
        }
    }

    #[test]
    fn rejects_impossible_counts() {
        assert!(
            Plan::new(&GenerateOptions {
                departments: 0,
                efforts: 10,
                seed: 1
            })
            .is_err()
        );
        assert!(
            Plan::new(&GenerateOptions {
                departments: 10,
                efforts: 9,
                seed: 1
            })
            .is_err()
        );
    }
}
