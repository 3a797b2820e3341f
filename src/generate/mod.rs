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
pub mod effort;
pub mod row;
pub mod vocab;

use crate::error::{Error, Result};
use chrono::{Duration, NaiveDate};
use departments::Department;
use effort::{Concept, Wording};
use rand::distributions::WeightedIndex;
use rand::prelude::Distribution;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
pub use row::{HEADER, Row, TRUTH_HEADER};
use std::collections::BTreeSet;
use vocab::{ACTIVITIES, DOMAINS, FIRST_NAMES, LAST_NAMES, PROGRAMME_THEMES, ROLES, TECHNOLOGIES};

/// Share of efforts that belong to planted overlap groups.
const PLANTED_SHARE: f64 = 0.07;
/// Share of efforts that are one side of a hard negative.
const HARD_NEGATIVE_SHARE: f64 = 0.01;
/// At most this share of a department's efforts are planted or hard negatives.
const MAX_PLANTED_PER_DEPARTMENT: f64 = 0.4;

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
        };
        plan.plant(options.efforts, &mut rng);
        Ok(plan)
    }

    /// Number of planted and hard-negative efforts.
    pub fn placed_count(&self) -> usize {
        self.placed.len()
    }

    fn plant(&mut self, efforts: usize, rng: &mut ChaCha8Rng) {
        let mut room: Vec<usize> =
            self.sizes.iter().map(|&s| (s as f64 * MAX_PLANTED_PER_DEPARTMENT) as usize).collect();
        let Ok(weights) = WeightedIndex::new(&self.sizes) else {
            return;
        };
        let mut used_anchors = BTreeSet::new();
        let mut used_programmes = BTreeSet::new();

        let target = (efforts as f64 * PLANTED_SHARE).round() as usize;
        let mut planted = 0;
        let mut failures = 0;
        while planted < target && failures < 200 {
            let size = match rng.gen_range(0..20) {
                0..=10 => 2,
                11..=16 => 3,
                _ => 4,
            };
            let Some(members) = pick_departments(size, &weights, &room, rng) else {
                failures += 1;
                continue;
            };
            let kind = match rng.gen_range(0..20) {
                0..=3 => GroupKind::SameName,
                4..=8 => GroupKind::Reworded,
                9..=11 => GroupKind::Acronym,
                12..=15 => GroupKind::Typo,
                _ => GroupKind::SharedCapability,
            };
            let group = self.groups.len();
            let first_domain = self.departments[members[0]].domain;
            let concept = distinct_concept(first_domain, &mut used_anchors, rng);
            let (kind, efforts) = self.group_efforts(group, kind, &concept, &members, &mut used_programmes, rng);
            self.groups.push(kind);
            for (dept, effort) in members.iter().zip(efforts) {
                room[*dept] -= 1;
                self.by_department[*dept].push(self.placed.len());
                self.placed.push(effort);
                planted += 1;
            }
        }

        let target = (efforts as f64 * HARD_NEGATIVE_SHARE / 2.0).round() as usize;
        let mut failures = 0;
        let mut pairs = 0;
        while pairs < target && failures < 200 {
            let Some(members) = pick_departments(2, &weights, &room, rng) else {
                failures += 1;
                continue;
            };
            let activity = rng.gen_range(0..ACTIVITIES.len());
            let generic = rng.gen_bool(0.5);
            let name_variant = rng.gen_range(0..4);
            for &dept in &members {
                let mut concept = Concept::random(self.departments[dept].domain, rng);
                concept.activity = activity;
                concept.generic_name = generic;
                concept.number = None;
                let mut wording = Wording::random(rng);
                wording.name_variant = name_variant;
                wording.place_in_name = 0;
                wording.codename_in_name = 0;
                room[dept] -= 1;
                self.by_department[dept].push(self.placed.len());
                self.placed.push(PlacedEffort {
                    group: None,
                    name: concept.name(&wording),
                    description: concept.description_in_own_words(&wording, rng),
                    user_groups: concept.users.iter().map(|u| u.to_string()).collect(),
                    capabilities: concept.capabilities(),
                });
            }
            pairs += 1;
        }
    }

    /// The members of one planted group, worded as `kind` says, in `members` order. An
    /// acronym group whose name has no usable acronym becomes a reworded group; the kind
    /// returned is the one the wording shows.
    fn group_efforts(
        &self,
        group: usize,
        mut kind: GroupKind,
        concept: &Concept,
        members: &[usize],
        used_programmes: &mut BTreeSet<String>,
        rng: &mut ChaCha8Rng,
    ) -> (GroupKind, Vec<PlacedEffort>) {
        let mut base = Wording::random(rng);
        let mut short = String::new();
        if kind == GroupKind::Acronym {
            // People abbreviate names of three to six significant words.
            let usable = (0..8).map(|v| (v / 2, v % 2 == 1)).find_map(|(variant, alternative)| {
                let w = Wording { name_variant: base.name_variant + variant, alternative_object: alternative, ..base };
                let a = effort::acronym(&effort::title_case(&concept.core_name(&w)));
                (3..=6).contains(&a.len()).then_some((w, a))
            });
            match usable {
                Some((w, a)) => {
                    base = w;
                    short = a;
                }
                None => kind = GroupKind::Reworded,
            }
        }
        let mut out = Vec::with_capacity(members.len());
        let shared_users: Vec<String> = concept.users.iter().map(|u| u.to_string()).collect();
        let programme = (kind == GroupKind::SharedCapability).then(|| distinct_programme(concept, used_programmes, rng));
        let full_name = concept.name(&base);
        for (i, &dept) in members.iter().enumerate() {
            let (name, description, users, capabilities) = match kind {
                GroupKind::SharedCapability => {
                    // Each department builds the same capability for its own users, under
                    // one programme, in one place.
                    let mut own = Concept::random(self.departments[dept].domain, rng);
                    own.activity = concept.activity;
                    own.place = concept.place.clone();
                    own.programme = programme.clone();
                    own.extra_capabilities = concept.extra_capabilities.clone();
                    own.codename = None;
                    own.generic_name = false;
                    let w = Wording::random(rng);
                    let users = own.users.iter().map(|u| u.to_string()).collect();
                    (own.name(&w), own.description_in_own_words(&w, rng), users, own.capabilities())
                }
                _ if i == 0 => {
                    let name = if kind == GroupKind::Acronym && rng.gen_bool(0.5) {
                        let core = concept.core_name(&base);
                        concept.decorated_name(&format!("{core} ({short})"), &base)
                    } else {
                        full_name.clone()
                    };
                    (name, concept.description_in_own_words(&base, rng), shared_users.clone(), concept.capabilities())
                }
                GroupKind::SameName => {
                    let w = base.same_name(rng);
                    (concept.name(&w), concept.description_in_own_words(&w, rng), shuffled(&shared_users, rng), concept.capabilities())
                }
                GroupKind::Reworded => {
                    let w = base.reworded(i, rng);
                    (concept.name(&w), concept.description_in_own_words(&w, rng), shuffled(&shared_users, rng), concept.capabilities())
                }
                GroupKind::Typo => {
                    let w = base.same_name(rng);
                    let mut name = effort::typo(&full_name, rng);
                    if rng.gen_bool(0.3) {
                        name = effort::typo(&name, rng);
                    }
                    let mut description = concept.description_in_own_words(&w, rng);
                    if rng.gen_bool(0.5) {
                        description = effort::typo(&description, rng);
                    }
                    (name, description, shared_users.clone(), concept.capabilities())
                }
                GroupKind::Acronym => {
                    // The acronym alone names it; the place moves to the description.
                    let mut w = base.reworded(i, rng);
                    w.place_in_name = 0;
                    w.codename_in_name = 0;
                    let core = match rng.gen_range(0..4) {
                        0 => short.clone(),
                        1 => format!("{short} service"),
                        2 => format!("{short} replacement"),
                        _ => format!("{short} programme"),
                    };
                    let name = concept.decorated_name(&core, &w);
                    (name, concept.description_in_own_words(&w, rng), shuffled(&shared_users, rng), concept.capabilities())
                }
            };
            out.push(PlacedEffort { group: Some(group), name, description, user_groups: users, capabilities });
        }
        (kind, out)
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
        let mut slots: Vec<Option<usize>> = self.by_department[dept].iter().map(|&i| Some(i)).collect();
        slots.resize(size.max(slots.len()), None);
        slots.shuffle(&mut rng);

        let width = size.to_string().len().max(4);
        let mut planted = Vec::new();
        for (n, slot) in slots.iter().enumerate() {
            let mut row = Row { record_id: department.record_id(n, width), ..Row::default() };
            match slot.and_then(|i| self.placed.get(i)) {
                Some(p) => {
                    row.name = p.name.clone();
                    row.description = p.description.clone();
                    row.user_groups = p.user_groups.clone();
                    row.capabilities = p.capabilities.clone();
                    if let Some(group) = p.group {
                        planted.push(PlantedRecord { group, department: dept, record_id: row.record_id.clone() });
                    }
                }
                None => {
                    let concept = Concept::random(department.domain, &mut rng);
                    let wording = Wording::random(&mut rng);
                    row.name = concept.name(&wording);
                    row.description = concept.description_in_own_words(&wording, &mut rng);
                    row.user_groups = concept.users.iter().map(|u| u.to_string()).collect();
                    row.capabilities = concept.capabilities();
                }
            }
            fill_details(&mut row, department, &mut rng);
            sink(&row)?;
        }
        Ok(planted)
    }
}

/// Every cross-department pair of every planted group, each pair once with its sides in
/// (department, record id) order, sorted.
pub fn truth_pairs(plan: &Plan, mut planted: Vec<PlantedRecord>) -> Vec<TruthPair> {
    planted.sort();
    let mut pairs = Vec::new();
    for members in planted.chunk_by(|a, b| a.group == b.group) {
        let kind = plan.groups.get(members[0].group).map(|k| k.as_str()).unwrap_or("reworded");
        for (i, a) in members.iter().enumerate() {
            for b in &members[i + 1..] {
                if a.department == b.department {
                    continue;
                }
                let key = |r: &PlantedRecord| (plan.departments[r.department].name.clone(), r.record_id.clone());
                let (first, second) = if key(a) <= key(b) { (key(a), key(b)) } else { (key(b), key(a)) };
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
    let mut sizes: Vec<usize> = weights.iter().map(|w| 1 + (spare * w / total) as usize).collect();
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

/// `size` distinct departments with room for another planted effort, drawn in proportion to
/// department size; `None` if they cannot be found.
fn pick_departments(size: usize, weights: &WeightedIndex<usize>, room: &[usize], rng: &mut ChaCha8Rng) -> Option<Vec<usize>> {
    let size = size.min(room.len());
    if size < 2 {
        return None;
    }
    let mut members = Vec::with_capacity(size);
    for _ in 0..size * 20 {
        let d = weights.sample(rng);
        if room[d] > 0 && !members.contains(&d) {
            members.push(d);
            if members.len() == size {
                return Some(members);
            }
        }
    }
    None
}

/// A planted concept whose (domain, object, activity, place) no other planted group has, so
/// that two planted groups are not the same effort.
fn distinct_concept(domain: usize, used: &mut BTreeSet<(usize, String, usize, String)>, rng: &mut ChaCha8Rng) -> Concept {
    let mut concept = Concept::random(domain, rng);
    concept.generic_name = false;
    // A planted effort is a specific thing ("temporary drought permit"), not the domain's
    // most generic wording, which its background efforts use over and over.
    concept.qualifier = Some(vocab::QUALIFIERS[rng.gen_range(0..vocab::QUALIFIERS.len())]);
    for attempt in 0..50 {
        let place = if attempt < 40 {
            effort::place(rng)
        } else {
            effort::place_by_index(rng.gen_range(0..effort::place_count()))
        };
        concept.place = Some(place);
        let key = (domain, concept.object(false), concept.activity, concept.place.clone().unwrap_or_default());
        if used.insert(key) {
            return concept;
        }
        concept.object = rng.gen_range(0..DOMAINS[domain].objects.len());
        concept.activity = rng.gen_range(0..ACTIVITIES.len());
    }
    concept
}

/// A programme name ("the Ashford Flood Recovery Programme") no other planted group uses.
fn distinct_programme(concept: &Concept, used: &mut BTreeSet<String>, rng: &mut ChaCha8Rng) -> String {
    let place = concept.place.clone().unwrap_or_else(|| effort::place(rng));
    for attempt in 0..60 {
        let theme = PROGRAMME_THEMES[rng.gen_range(0..PROGRAMME_THEMES.len())];
        let name = if attempt < 30 {
            format!("{place} {theme} Programme")
        } else {
            format!("{} {theme} Programme", effort::place(rng))
        };
        if used.insert(name.clone()) {
            return name;
        }
    }
    let name = format!("{place} Programme {}", used.len() + 1);
    used.insert(name.clone());
    name
}

fn shuffled(items: &[String], rng: &mut ChaCha8Rng) -> Vec<String> {
    let mut v = items.to_vec();
    v.shuffle(rng);
    v
}

/// The fields each department fills in for itself: kind, phase, dates, budget, owner,
/// contact, technologies; some left empty, as in real catalogues.
fn fill_details(row: &mut Row, dept: &Department, rng: &mut ChaCha8Rng) {
    const PHASES: [&str; 6] = ["discovery", "alpha", "beta", "live", "retiring", "retired"];
    const PHASE_WEIGHTS: [u32; 6] = [12, 12, 18, 45, 8, 5];
    let phase_index = {
        let mut pick = rng.gen_range(0..100u32);
        let mut i = 0;
        while i < PHASES.len() - 1 && pick >= PHASE_WEIGHTS[i] {
            pick -= PHASE_WEIGHTS[i];
            i += 1;
        }
        i
    };
    row.phase = (!rng.gen_bool(0.04)).then_some(PHASES[phase_index]);
    row.kind = (!rng.gen_bool(0.04)).then(|| match (phase_index, rng.gen_range(0..10)) {
        (_, 0) => "contract",
        (_, 1) => "platform",
        (0 | 1, _) => "project",
        (2, n) if n < 5 => "project",
        _ => "service",
    });

    let epoch = NaiveDate::from_ymd_opt(2012, 1, 1).unwrap_or_default();
    let start = epoch + Duration::days(rng.gen_range(0..5400));
    let ended = phase_index >= 4;
    row.start_date = (!rng.gen_bool(0.05)).then_some(start);
    row.end_date = (ended || rng.gen_bool(0.5)).then(|| start + Duration::days(rng.gen_range(180..2600)));

    row.budget_gbp = (!rng.gen_bool(dept.missing_budget)).then(|| row::round_budget(budget(rng)));
    row.odd_money = rng.gen_bool(0.03);

    if rng.gen_bool(1.0 - dept.missing_technologies) {
        let n = rng.gen_range(1..=3);
        let mut techs: Vec<String> = TECHNOLOGIES.choose_multiple(rng, n).map(|t| t.to_string()).collect();
        techs.sort();
        row.technologies = techs;
    }
    if rng.gen_bool(0.04) {
        row.user_groups.clear();
    }
    if rng.gen_bool(0.04) {
        row.capabilities.clear();
    }

    let first = FIRST_NAMES[rng.gen_range(0..FIRST_NAMES.len())];
    let last = LAST_NAMES[rng.gen_range(0..LAST_NAMES.len())];
    let role = ROLES[rng.gen_range(0..ROLES.len())];
    row.owner = (!rng.gen_bool(0.05)).then(|| format!("{first} {last}, {role}"));
    row.contact_email = match rng.gen_range(0..20) {
        0 => None,
        1..=5 => Some(format!("digital@{}", dept.email_domain)),
        _ => Some(format!("{}.{}@{}", first.to_lowercase(), last.to_lowercase(), dept.email_domain)),
    };
}

/// A whole-life budget from about £50k to £50m, spread evenly over orders of magnitude.
/// Integer arithmetic only, so budgets are the same on every platform.
fn budget(rng: &mut ChaCha8Rng) -> u64 {
    // 10^(k/10) for k = 0..9, times 100.
    const STEPS: [u64; 10] = [100, 126, 158, 200, 251, 316, 398, 501, 631, 794];
    let tenths = rng.gen_range(47..77u32); // 10^4.7 = £50k .. 10^7.7 = £50m
    let base = STEPS[(tenths % 10) as usize] * 10u64.pow(tenths / 10) / 100;
    base + rng.gen_range(0..base / 4 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let plan = Plan::new(&GenerateOptions { departments: 20, efforts: 5000, seed: 4 }).expect("plan");
        let (rows, planted) = all_rows(&plan);
        assert_eq!(rows.iter().map(Vec::len).sum::<usize>(), 5000);
        let share = planted.len() as f64 / 5000.0;
        assert!((0.05..=0.1).contains(&share), "planted share {share}");
        let mut sorted = planted.clone();
        sorted.sort();
        for members in sorted.chunk_by(|a, b| a.group == b.group) {
            assert!((2..=4).contains(&members.len()));
            let depts: BTreeSet<_> = members.iter().map(|m| m.department).collect();
            assert_eq!(depts.len(), members.len(), "a group's members are in distinct departments");
        }
    }

    #[test]
    fn record_ids_are_unique_within_each_department() {
        let plan = Plan::new(&GenerateOptions { departments: 5, efforts: 3000, seed: 2 }).expect("plan");
        let (rows, _) = all_rows(&plan);
        for dept in rows {
            let ids: BTreeSet<_> = dept.iter().map(|r| r.record_id.clone()).collect();
            assert_eq!(ids.len(), dept.len());
        }
    }

    #[test]
    fn truth_pairs_count_every_cross_department_pair() {
        let plan = Plan::new(&GenerateOptions { departments: 12, efforts: 4000, seed: 8 }).expect("plan");
        let (_, planted) = all_rows(&plan);
        let mut sorted = planted.clone();
        sorted.sort();
        let expected: usize = sorted.chunk_by(|a, b| a.group == b.group).map(|m| m.len() * (m.len() - 1) / 2).sum();
        let pairs = truth_pairs(&plan, planted);
        assert_eq!(pairs.len(), expected);
        for p in &pairs {
            assert_ne!(p.department_a, p.department_b);
            assert!((&p.department_a, &p.record_id_a) < (&p.department_b, &p.record_id_b));
        }
    }

    #[test]
    fn every_kind_is_planted() {
        let plan = Plan::new(&GenerateOptions { departments: 30, efforts: 20_000, seed: 1 }).expect("plan");
        let kinds: BTreeSet<_> = plan.groups.iter().copied().collect();
        assert_eq!(kinds.len(), 5);
    }

    #[test]
    fn department_rows_do_not_depend_on_order() {
        let plan = Plan::new(&GenerateOptions { departments: 6, efforts: 600, seed: 3 }).expect("plan");
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
        assert!(Plan::new(&GenerateOptions { departments: 0, efforts: 10, seed: 1 }).is_err());
        assert!(Plan::new(&GenerateOptions { departments: 10, efforts: 9, seed: 1 }).is_err());
    }
}
