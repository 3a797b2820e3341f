//! Grouping reported pairs into collaboration opportunities.
//!
//! In: the reported pairs (indices into the period's records, with scores). Out: groups of
//! records, each spanning two or more departments, plus the rules that type them and suggest a
//! next step.
//!
//! Grouping is union-find over the pairs in descending score order, with a guard against
//! chaining: two groups merge only when at least `min_link_share` of all the cross pairs between
//! them were reported. One weak bridge between two groups therefore does not make one giant
//! group. Ties are broken by record index, so the result is deterministic.

use crate::model::{OpportunityType, Phase, Record};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
#[cfg(test)]
use std::collections::HashSet;

/// A pair as the clusterer sees it.
#[derive(Clone, Copy, Debug)]
pub struct Link {
    pub a: u32,
    pub b: u32,
    pub score: f64,
}

/// Groups the records joined by `links` (at least two members each, sorted; groups sorted by
/// their first member). Every record appears in at most one group.
pub fn group(links: &[Link], min_link_share: f64) -> Vec<Vec<u32>> {
    let mut order: Vec<usize> = (0..links.len()).collect();
    order.sort_by(|&x, &y| {
        links[y]
            .score
            .total_cmp(&links[x].score)
            .then(links[x].a.cmp(&links[y].a))
            .then(links[x].b.cmp(&links[y].b))
    });
    // Each record's linked records, for counting links between two groups.
    let mut adjacent: HashMap<u32, Vec<u32>> = HashMap::new();
    for l in links {
        adjacent.entry(l.a).or_default().push(l.b);
        adjacent.entry(l.b).or_default().push(l.a);
    }
    // Members per group root; parent pointers for find.
    let mut parent: HashMap<u32, u32> = HashMap::new();
    let mut members: HashMap<u32, Vec<u32>> = HashMap::new();
    fn find(parent: &mut HashMap<u32, u32>, x: u32) -> u32 {
        let mut root = x;
        while let Some(&p) = parent.get(&root) {
            if p == root {
                break;
            }
            root = p;
        }
        // Path compression.
        let mut cur = x;
        while cur != root {
            let next = parent.get(&cur).copied().unwrap_or(root);
            parent.insert(cur, root);
            cur = next;
        }
        root
    }
    for &k in &order {
        let Link { a, b, .. } = links[k];
        for x in [a, b] {
            parent.entry(x).or_insert(x);
            members.entry(x).or_insert_with(|| vec![x]);
        }
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra == rb {
            continue;
        }
        let (len_a, len_b) = (
            members.get(&ra).map_or(0, Vec::len),
            members.get(&rb).map_or(0, Vec::len),
        );
        // Count links between the groups from the smaller one's side: cost is the smaller
        // group's links, not the product of the sizes.
        let (small, other) = if len_a <= len_b { (ra, rb) } else { (rb, ra) };
        let small_members = members.get(&small).cloned().unwrap_or_default();
        let mut present = 0usize;
        for x in &small_members {
            for y in adjacent.get(x).map_or(&[][..], Vec::as_slice) {
                if find(&mut parent, *y) == other {
                    present += 1;
                }
            }
        }
        if (present as f64) < min_link_share * (len_a * len_b) as f64 {
            continue;
        }
        // Union: the smaller root index becomes the root, for determinism.
        let (keep, drop) = if ra < rb { (ra, rb) } else { (rb, ra) };
        let moved = members.remove(&drop).unwrap_or_default();
        members.entry(keep).or_default().extend(moved);
        parent.insert(drop, keep);
    }
    let mut groups: Vec<Vec<u32>> = members
        .into_values()
        .filter(|m| m.len() >= 2)
        .map(|mut m| {
            m.sort_unstable();
            m
        })
        .collect();
    groups.sort();
    groups
}

/// A stable id for a group: `OPP-` and the first 6 hex digits of the SHA-256 of its sorted
/// member keys (`DEPARTMENT:RECORD_ID`, one a line). The same group gets the same id next month.
pub fn opportunity_id(member_keys: &[String]) -> String {
    let mut keys = member_keys.to_vec();
    keys.sort();
    let digest = Sha256::digest(keys.join("\n").as_bytes());
    let hex: String = digest.iter().take(3).map(|b| format!("{b:02X}")).collect();
    format!("OPP-{hex}")
}

/// The type of a group, by stated rules (PRODUCT.md's GAO definitions):
/// - duplication: every pair in the group was reported, the mean pair score is at least
///   `duplication_score`, and user groups, where both sides give them, overlap (mean similarity
///   at least 0.5): the same activities for the same users;
/// - fragmentation: three or more departments, and not every pair in the group was reported:
///   several departments in the same broad area, each doing its own part;
/// - overlap: otherwise (similar goals, activities or users).
pub fn opportunity_type(
    departments: usize,
    members: usize,
    pair_scores: &[f64],
    user_group_sims: &[f64],
    duplication_score: f64,
) -> OpportunityType {
    let all_pairs = members * (members - 1) / 2;
    let complete = pair_scores.len() >= all_pairs;
    let mean = pair_scores.iter().sum::<f64>() / pair_scores.len().max(1) as f64;
    let users_agree = user_group_sims.is_empty()
        || user_group_sims.iter().sum::<f64>() / user_group_sims.len() as f64 >= 0.5;
    if complete && mean >= duplication_score && users_agree {
        OpportunityType::Duplication
    } else if departments >= 3 && !complete {
        OpportunityType::Fragmentation
    } else {
        OpportunityType::Overlap
    }
}

/// A suggested next step from the members' phases:
/// - two or more live (beta or live) efforts: compare them and consider consolidating;
/// - one live effort and others in discovery or alpha: reuse the live service;
/// - none live, all in discovery: run one joint discovery; some in alpha: one joint alpha;
/// - one live and the rest retiring: move users to the live service;
/// - phases unknown: put the teams in touch.
pub fn action(members: &[&Record]) -> String {
    let live: Vec<&&Record> = members
        .iter()
        .filter(|r| matches!(r.phase, Some(Phase::Beta | Phase::Live)))
        .collect();
    let early = members
        .iter()
        .filter(|r| matches!(r.phase, Some(Phase::Discovery | Phase::Alpha)))
        .count();
    let alpha = members
        .iter()
        .filter(|r| r.phase == Some(Phase::Alpha))
        .count();
    let ending = members
        .iter()
        .filter(|r| matches!(r.phase, Some(Phase::Retiring | Phase::Retired)))
        .count();
    match (live.len(), early) {
        (0, 0) if ending > 0 => {
            "Share lessons from the retiring efforts before anything replaces them".into()
        }
        (0, 0) => "Put the teams in touch to compare plans".into(),
        (0, _) if alpha == 0 => "Run one joint discovery instead of one per department".into(),
        (0, _) => "Run one joint alpha: share research and build once".into(),
        (1, 0) if ending > 0 => format!(
            "Move users of the retiring efforts to the live service, {} ({})",
            live[0].name, live[0].department
        ),
        (1, 0) => "Put the teams in touch to compare plans".into(),
        (1, _) => format!(
            "Reuse the live service, {} ({}), instead of building another",
            live[0].name, live[0].department
        ),
        _ => "Compare the live services and consider consolidating onto one".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(a: u32, b: u32, score: f64) -> Link {
        Link { a, b, score }
    }

    #[test]
    fn a_weak_bridge_does_not_merge_two_groups() {
        // Two triangles {0,1,2} and {3,4,5}, joined only by the weak pair (2, 3).
        let links = [
            link(0, 1, 0.9),
            link(0, 2, 0.9),
            link(1, 2, 0.9),
            link(3, 4, 0.9),
            link(3, 5, 0.9),
            link(4, 5, 0.9),
            link(2, 3, 0.5),
        ];
        let groups = group(&links, 0.5);
        assert_eq!(groups, vec![vec![0, 1, 2], vec![3, 4, 5]]);
    }

    #[test]
    fn groups_partition_the_linked_records() {
        let links: Vec<Link> = (0..40u32)
            .map(|i| link(i % 13, (i * 7 + 3) % 17 + 13, 0.5 + f64::from(i % 5) / 10.0))
            .collect();
        let groups = group(&links, 0.5);
        let mut seen = HashSet::new();
        for g in &groups {
            assert!(g.len() >= 2);
            for m in g {
                assert!(seen.insert(*m), "record {m} is in two groups");
            }
        }
        let linked: HashSet<u32> = links.iter().flat_map(|l| [l.a, l.b]).collect();
        assert!(seen.is_subset(&linked));
    }

    fn record(department: &str, name: &str, phase: Option<Phase>) -> Record {
        Record {
            department: department.into(),
            record_id: "1".into(),
            name: name.into(),
            phase,
            ..crate::matching::testdata::blank()
        }
    }

    #[test]
    fn actions_follow_the_phases() {
        let live = record("A", "Booking", Some(Phase::Live));
        let discovery = record("B", "Bookings", Some(Phase::Discovery));
        let alpha = record("C", "Book", Some(Phase::Alpha));
        let beta = record("D", "Booker", Some(Phase::Beta));
        assert_eq!(
            action(&[&live, &discovery]),
            "Reuse the live service, Booking (A), instead of building another"
        );
        assert!(action(&[&discovery, &discovery]).starts_with("Run one joint discovery"));
        assert!(action(&[&discovery, &alpha]).starts_with("Run one joint alpha"));
        assert!(action(&[&live, &beta]).starts_with("Compare the live services"));
    }

    #[test]
    fn types_follow_the_stated_rules() {
        use OpportunityType::*;
        // Two departments, the one pair strong and users agreeing: duplication.
        assert_eq!(opportunity_type(2, 2, &[0.8], &[0.9], 0.7), Duplication);
        // Strong but users differ: overlap.
        assert_eq!(opportunity_type(2, 2, &[0.8], &[0.1], 0.7), Overlap);
        // Three departments, not every pair linked: fragmentation.
        assert_eq!(opportunity_type(3, 3, &[0.6, 0.5], &[], 0.7), Fragmentation);
    }

    #[test]
    fn ids_depend_only_on_the_members() {
        let a = opportunity_id(&["B:2".into(), "A:1".into()]);
        let b = opportunity_id(&["A:1".into(), "B:2".into()]);
        assert_eq!(a, b);
        assert_ne!(a, opportunity_id(&["A:1".into(), "B:3".into()]));
        assert!(a.starts_with("OPP-") && a.len() == 10);
    }
}
