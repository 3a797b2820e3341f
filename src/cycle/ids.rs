//! Which previous opportunity's id each current group inherits.
//!
//! In: each current group's tracked members (the previous-period keys of its efforts that were
//! followed from last month), its size and its content id; the previous opportunities; the
//! `[cycle] id_overlap` share. Out: for each group, the previous opportunity it inherits from,
//! and, for a group that inherits nothing but overlapped one, the one it split from.
//!
//! A (group, previous) pair qualifies when the efforts they share are at least `id_overlap` of
//! the smaller of the two. Qualifying pairs are taken greedily: most shared efforts first, then
//! the larger share, then the older previous opportunity (first seen earlier), then the smaller
//! previous id, then the smaller current id. Each side is used at most once. So a split keeps
//! the id on its largest piece, and a merge keeps the id of the previous opportunity it shares
//! most with (the older on a tie); the merged-away ones are resolved as "merged into".

use super::state::OpportunityState;
use std::collections::{BTreeMap, HashMap, HashSet};

/// One current group as id inheritance sees it.
pub struct Group<'a> {
    /// Previous-period keys of its members that were tracked.
    pub tracked: HashSet<String>,
    /// All its members, tracked or not.
    pub size: usize,
    /// Its content id (the tie-break of last resort).
    pub id: &'a str,
}

/// The result: `heir[c]` is the previous opportunity group `c` inherits from; `split_from[c]`
/// the one it overlapped but lost to a larger piece.
#[derive(Debug, PartialEq, Eq)]
pub struct Inheritance {
    pub heir: Vec<Option<usize>>,
    pub split_from: Vec<Option<usize>>,
}

pub fn inherit(groups: &[Group<'_>], previous: &[OpportunityState], min_share: f64) -> Inheritance {
    // (group, previous, shared, share)
    // Member key -> previous opportunities holding it: cost in proportion to the members, not
    // groups x previous opportunities.
    let mut holding: HashMap<&str, Vec<usize>> = HashMap::new();
    for (p, po) in previous.iter().enumerate() {
        for k in &po.members {
            holding.entry(k.as_str()).or_default().push(p);
        }
    }
    let mut candidates: Vec<(usize, usize, usize, f64)> = Vec::new();
    for (c, g) in groups.iter().enumerate() {
        let mut shared_with: BTreeMap<usize, usize> = BTreeMap::new();
        for k in &g.tracked {
            for &p in holding.get(k.as_str()).map(Vec::as_slice).unwrap_or(&[]) {
                *shared_with.entry(p).or_default() += 1;
            }
        }
        for (p, shared) in shared_with {
            let po = &previous[p];
            let share = shared as f64 / g.size.min(po.members.len()).max(1) as f64;
            if share >= min_share {
                candidates.push((c, p, shared, share));
            }
        }
    }
    candidates.sort_by(|x, y| {
        y.2.cmp(&x.2)
            .then(y.3.total_cmp(&x.3))
            .then(previous[x.1].first_seen.cmp(&previous[y.1].first_seen))
            .then(previous[x.1].id.cmp(&previous[y.1].id))
            .then(groups[x.0].id.cmp(groups[y.0].id))
    });
    let mut heir: Vec<Option<usize>> = vec![None; groups.len()];
    let mut taken = vec![false; previous.len()];
    for &(c, p, _, _) in &candidates {
        if heir[c].is_none() && !taken[p] {
            heir[c] = Some(p);
            taken[p] = true;
        }
    }
    let split_from = (0..groups.len())
        .map(|c| {
            if heir[c].is_some() {
                return None;
            }
            candidates.iter().find(|x| x.0 == c).map(|x| x.1)
        })
        .collect();
    Inheritance { heir, split_from }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prev(id: &str, first_seen: &str, members: &[&str]) -> OpportunityState {
        OpportunityState {
            id: id.into(),
            members: members.iter().map(|m| m.to_string()).collect(),
            theme: String::new(),
            first_seen: first_seen.into(),
            status: "open".into(),
            combined_budget_gbp: 0.0,
        }
    }

    fn group<'a>(id: &'a str, tracked: &[&str], size: usize) -> Group<'a> {
        Group {
            tracked: tracked.iter().map(|m| m.to_string()).collect(),
            size,
            id,
        }
    }

    #[test]
    fn an_unchanged_or_grown_group_keeps_its_id() {
        let previous = [prev("OPP-1", "2026-01", &["a", "b"])];
        let groups = [group("X", &["a", "b"], 3)];
        let r = inherit(&groups, &previous, 0.5);
        assert_eq!(r.heir, [Some(0)]);
    }

    #[test]
    fn a_split_leaves_the_id_with_the_largest_piece() {
        let previous = [prev("OPP-1", "2026-01", &["a", "b", "c", "d", "e"])];
        let groups = [group("X", &["a", "b"], 2), group("Y", &["c", "d", "e"], 3)];
        let r = inherit(&groups, &previous, 0.5);
        assert_eq!(r.heir, [None, Some(0)]);
        assert_eq!(r.split_from, [Some(0), None]);
    }

    #[test]
    fn a_merge_keeps_the_id_of_the_largest_overlap_then_the_older() {
        let previous = [
            prev("OPP-B", "2026-02", &["a", "b"]),
            prev("OPP-A", "2026-01", &["c", "d"]),
        ];
        let groups = [group("X", &["a", "b", "c", "d"], 4)];
        let r = inherit(&groups, &previous, 0.5);
        // Equal overlaps: the older (first seen 2026-01) wins.
        assert_eq!(r.heir, [Some(1)]);
        let groups = [group("X", &["a", "b", "c"], 3)];
        assert_eq!(inherit(&groups, &previous, 0.5).heir, [Some(0)]);
    }

    #[test]
    fn a_small_overlap_does_not_carry_an_id() {
        let previous = [prev("OPP-1", "2026-01", &["a", "b", "c", "d"])];
        let groups = [group("X", &["a"], 3)];
        let r = inherit(&groups, &previous, 0.5);
        assert_eq!(r.heir, [None]);
        assert_eq!(r.split_from, [None]);
    }
}
