//! Planting: which departments build the same effort, how each words it, and the hard
//! negatives. Part of [`Plan::new`], drawn from the plan's own RNG stream.
//!
//! In: the plan's departments and sizes. Out: [`PlacedEffort`]s per department and each
//! planted group's [`GroupKind`].

use super::effort::{self, Concept, Wording};
use super::vocab::{self, ACTIVITIES, DOMAINS, PROGRAMME_THEMES};
use super::{GroupKind, PlacedEffort, Plan};
use rand::Rng;
use rand::distributions::WeightedIndex;
use rand::prelude::Distribution;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;
use std::collections::BTreeSet;

/// Share of efforts that belong to planted overlap groups.
const PLANTED_SHARE: f64 = 0.07;
/// Share of efforts that are one side of a hard negative.
const HARD_NEGATIVE_SHARE: f64 = 0.01;
/// At most this share of a department's efforts are planted or hard negatives.
const MAX_PLANTED_PER_DEPARTMENT: f64 = 0.4;
/// At most this share of a domain's topics (object x activity) go to planted groups that start
/// in it (shared-capability members take a few more, their own, in their own domains, about
/// 0.75 in all at a million efforts). Background efforts must avoid planted topics (an effort
/// with a planted topic in another department is the same effort, yet not in truth), and
/// planted groups must not share one; past this share they could not reliably. At a million
/// efforts across 50 departments this, not [`PLANTED_SHARE`], bounds the planted groups.
const MAX_PLANTED_TOPIC_SHARE: f64 = 0.5;

impl Plan {
    pub(super) fn plant(&mut self, efforts: usize, rng: &mut ChaCha8Rng) {
        let mut room: Vec<usize> = self
            .sizes
            .iter()
            .map(|&s| (s as f64 * MAX_PLANTED_PER_DEPARTMENT) as usize)
            .collect();
        let Ok(weights) = WeightedIndex::new(&self.sizes) else {
            return;
        };
        let mut used_programmes = BTreeSet::new();
        // Planted groups per domain (of their first member's department).
        let mut planted_in = vec![0usize; DOMAINS.len()];

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
            let first_domain = self.departments[members[0]].domain;
            let topics = DOMAINS[first_domain].objects.len() * ACTIVITIES.len();
            if planted_in[first_domain] as f64 >= MAX_PLANTED_TOPIC_SHARE * topics as f64 {
                failures += 1;
                continue;
            }
            let group = self.groups.len();
            let concept = distinct_concept(first_domain, &self.planted_topics, rng);
            if kind == GroupKind::SharedCapability
                && members.iter().any(|&d| {
                    let domain = self.departments[d].domain;
                    self.free_objects(domain, concept.activity, None).is_empty()
                })
            {
                // Some member's domain has no subject left for this capability.
                failures += 1;
                continue;
            }
            let (kind, efforts) =
                self.group_efforts(group, kind, &concept, &members, &mut used_programmes, rng);
            // A group that shares one concept takes its topic; a shared-capability group takes
            // each member's own.
            self.planted_topics
                .extend(efforts.iter().map(|effort| effort.topic));
            // Shared-capability groups count here once, like the others, so that they stay
            // the same share of the groups however crowded the domains are.
            planted_in[first_domain] += 1;
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
            // Neither side is a planted effort under another wording, and the two are about
            // different things: either would make an overlap that truth.csv lacks.
            let mut concepts = Vec::with_capacity(2);
            for &dept in &members {
                let mut concept = Concept::random(self.departments[dept].domain, rng);
                concept.activity = activity;
                let other = concepts.first().map(Concept::topic);
                if self.planted_topics.contains(&concept.topic()) || other == Some(concept.topic())
                {
                    let free = self.free_objects(concept.domain, activity, other);
                    let Some(&object) = free.choose(rng) else {
                        break;
                    };
                    concept.object = object;
                }
                concepts.push(concept);
            }
            if concepts.len() < 2 {
                failures += 1;
                continue;
            }
            for (&dept, mut concept) in members.iter().zip(concepts) {
                concept.generic_name = generic;
                if generic {
                    // Same template, different subjects: never the same name.
                    concept.users = effort::own_users_first(concept.domain, &concept.users);
                }
                concept.number = None;
                let mut wording = Wording::random(rng);
                wording.name_variant = name_variant;
                wording.place_in_name = 0;
                wording.codename_in_name = 0;
                room[dept] -= 1;
                self.by_department[dept].push(self.placed.len());
                self.placed.push(PlacedEffort {
                    group: None,
                    topic: concept.topic(),
                    name: concept.name(&wording),
                    description: concept.description_in_own_words(&wording, rng),
                    user_groups: concept.users.iter().map(|u| u.to_string()).collect(),
                    capabilities: concept.capabilities(),
                });
            }
            pairs += 1;
        }
    }

    /// The objects of `domain` whose effort of `activity` no planted group has taken, and
    /// that are not `except`'s.
    fn free_objects(
        &self,
        domain: usize,
        activity: usize,
        except: Option<(usize, usize, usize)>,
    ) -> Vec<usize> {
        (0..DOMAINS[domain].objects.len())
            .filter(|&object| {
                let topic = (domain, object, activity);
                !self.planted_topics.contains(&topic) && except != Some(topic)
            })
            .collect()
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
            let usable = (0..8)
                .map(|v| (v / 2, v % 2 == 1))
                .find_map(|(variant, alternative)| {
                    let w = Wording {
                        name_variant: base.name_variant + variant,
                        alternative_object: alternative,
                        ..base
                    };
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
        let programme = (kind == GroupKind::SharedCapability)
            .then(|| distinct_programme(concept, used_programmes, rng));
        let full_name = concept.name(&base);
        for (i, &dept) in members.iter().enumerate() {
            let mut topic = concept.topic();
            let (name, description, users, capabilities) = match kind {
                GroupKind::SharedCapability => {
                    // Each department builds the same capability for its own users, under
                    // one programme, in one place.
                    let mut own = Concept::random(self.departments[dept].domain, rng);
                    own.activity = concept.activity;
                    // Its own subject, not another planted effort's: that would be the same
                    // effort in two groups, a real overlap that truth.csv would miss.
                    if self.planted_topics.contains(&own.topic()) {
                        let free = self.free_objects(own.domain, own.activity, None);
                        // `plant` checked that every member's domain has one.
                        if let Some(&object) = free.choose(rng) {
                            own.object = object;
                        }
                    }
                    topic = own.topic();
                    own.place = concept.place.clone();
                    own.programme = programme.clone();
                    own.extra_capabilities = concept.extra_capabilities.clone();
                    own.codename = None;
                    own.generic_name = false;
                    let w = Wording::random(rng);
                    let users = own.users.iter().map(|u| u.to_string()).collect();
                    (
                        own.name(&w),
                        own.description_in_own_words(&w, rng),
                        users,
                        own.capabilities(),
                    )
                }
                _ if i == 0 => {
                    let name = if kind == GroupKind::Acronym && rng.gen_bool(0.5) {
                        let core = concept.core_name(&base);
                        concept.decorated_name(&format!("{core} ({short})"), &base)
                    } else {
                        full_name.clone()
                    };
                    (
                        name,
                        concept.description_in_own_words(&base, rng),
                        shared_users.clone(),
                        concept.capabilities(),
                    )
                }
                GroupKind::SameName => {
                    let w = base.same_name(rng);
                    (
                        concept.name(&w),
                        concept.description_in_own_words(&w, rng),
                        shuffled(&shared_users, rng),
                        concept.capabilities(),
                    )
                }
                GroupKind::Reworded => {
                    let w = base.reworded(i, rng);
                    (
                        concept.name(&w),
                        concept.description_in_own_words(&w, rng),
                        shuffled(&shared_users, rng),
                        concept.capabilities(),
                    )
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
                    (
                        name,
                        description,
                        shared_users.clone(),
                        concept.capabilities(),
                    )
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
                    (
                        name,
                        concept.description_in_own_words(&w, rng),
                        shuffled(&shared_users, rng),
                        concept.capabilities(),
                    )
                }
            };
            out.push(PlacedEffort {
                group: Some(group),
                topic,
                name,
                description,
                user_groups: users,
                capabilities,
            });
        }
        (kind, out)
    }
}

/// `size` distinct departments with room for another planted effort, drawn in proportion to
/// department size; `None` if they cannot be found.
fn pick_departments(
    size: usize,
    weights: &WeightedIndex<usize>,
    room: &[usize],
    rng: &mut ChaCha8Rng,
) -> Option<Vec<usize>> {
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

/// A planted concept whose (domain, object, activity) no other planted group has, so that two
/// planted groups are not the same effort (the background then avoids it too).
fn distinct_concept(
    domain: usize,
    used: &BTreeSet<(usize, usize, usize)>,
    rng: &mut ChaCha8Rng,
) -> Concept {
    let mut concept = Concept::random(domain, rng);
    concept.generic_name = false;
    // A planted effort is a specific thing ("temporary drought permit"), not the domain's
    // most generic wording, which its background efforts use over and over.
    concept.qualifier = Some(vocab::QUALIFIERS[rng.gen_range(0..vocab::QUALIFIERS.len())]);
    concept.place = Some(effort::place(rng));
    for _ in 0..100 {
        if !used.contains(&concept.topic()) {
            break;
        }
        concept.object = rng.gen_range(0..DOMAINS[domain].objects.len());
        concept.activity = rng.gen_range(0..ACTIVITIES.len());
    }
    concept
}

/// A programme name ("the Ashford Flood Recovery Programme") no other planted group uses.
fn distinct_programme(
    concept: &Concept,
    used: &mut BTreeSet<String>,
    rng: &mut ChaCha8Rng,
) -> String {
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
