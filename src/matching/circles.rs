//! Close circles: efforts in three or more departments that are each other's closest
//! candidates, the way several departments' appointment-booking tools are.
//!
//! The background rule asks a pair to stand out from its efforts' look-alikes (the
//! `background_rank`-th best candidate). For a group of efforts that all do one common thing
//! (payments, a chatbot, complaints handling) the look-alikes are the many efforts that touch
//! the same thing in passing, and they score close enough to sink every pair of the group. What
//! tells such a group apart is its shape, not its scores: each member's closest candidates are
//! exactly the other members, and the next one down is clearly further away. This is the
//! reciprocal-neighbour test of shared-nearest-neighbour clustering (Jarvis and Patrick, 1973),
//! kept to what the candidate lists already hold, so it costs one pass over them.

use rayon::prelude::*;

/// The closest candidates of some efforts, best first (score, partner), `k + 1` slots each:
/// the `k` that a circle can hold and the next one, which a circle's pairs must lead.
pub struct Circles {
    k: usize,
    /// Each effort's row in `top`, or `u32::MAX` for an effort whose list is not held.
    row: Vec<u32>,
    /// `k + 1` slots per held effort; an empty slot is `(f64::NEG_INFINITY, u32::MAX)`.
    top: Vec<(f64, u32)>,
}

const EMPTY: (f64, u32) = (f64::NEG_INFINITY, u32::MAX);
const NOT_HELD: u32 = u32::MAX;

/// Best first; equal scores by partner, so the order does not depend on the candidates' order.
fn before(x: (f64, u32), y: (f64, u32)) -> bool {
    x.0 > y.0 || (x.0 == y.0 && x.1 < y.1)
}

impl Circles {
    /// What it takes to find the circles of pairs of `seeds` (efforts among `records`), for
    /// circles of up to `k + 1` members: the closest candidates of each seed and of each of
    /// their `k` closest, from the candidate pairs and their scores. Two passes over the
    /// candidates; only the lists a circle of a seed can need are kept, as most efforts are in
    /// no pair that needs a circle.
    pub fn around(
        records: usize,
        candidates: &[(u32, u32)],
        scores: &[f64],
        k: usize,
        seeds: &[u32],
    ) -> Circles {
        let mut circles = Circles {
            k,
            row: vec![NOT_HELD; records],
            top: Vec::new(),
        };
        circles.hold(candidates, scores, seeds.iter().copied());
        let members: Vec<u32> = circles
            .top
            .iter()
            .map(|e| e.1)
            .filter(|&y| y != u32::MAX)
            .collect();
        circles.hold(candidates, scores, members.into_iter());
        circles
    }

    /// Adds the lists of `efforts` not yet held.
    fn hold(
        &mut self,
        candidates: &[(u32, u32)],
        scores: &[f64],
        efforts: impl Iterator<Item = u32>,
    ) {
        let slots = self.k + 1;
        let first = (self.top.len() / slots) as u32;
        let mut next = first;
        for x in efforts {
            if let Some(row) = self.row.get_mut(x as usize)
                && *row == NOT_HELD
            {
                *row = next;
                next += 1;
            }
        }
        let new = (next - first) as usize;
        if new == 0 {
            return;
        }
        let row = &self.row;
        // One set of lists per worker, over its share of the pairs, merged afterwards (each
        // pair is read by one worker, so a partner appears once in a list).
        let share = candidates
            .len()
            .div_ceil(rayon::current_num_threads())
            .max(1);
        let lists = candidates
            .par_chunks(share)
            .zip(scores.par_chunks(share))
            .map(|(pairs, scores)| {
                let mut top = vec![EMPTY; new * slots];
                for (&(a, b), &s) in pairs.iter().zip(scores) {
                    for (x, y) in [(a, b), (b, a)] {
                        let r = row.get(x as usize).copied().unwrap_or(NOT_HELD);
                        if r != NOT_HELD && r >= first {
                            let r = (r - first) as usize;
                            insert(&mut top[r * slots..(r + 1) * slots], (s, y));
                        }
                    }
                }
                top
            })
            .reduce_with(|mut a, b| {
                for (r, theirs) in b.chunks(slots).enumerate() {
                    for &entry in theirs.iter().take_while(|e| e.1 != u32::MAX) {
                        insert(&mut a[r * slots..(r + 1) * slots], entry);
                    }
                }
                a
            })
            .unwrap_or_else(|| vec![EMPTY; new * slots]);
        self.top.extend(lists);
    }

    fn of(&self, x: usize) -> Option<&[(f64, u32)]> {
        let slots = self.k + 1;
        let r = *self.row.get(x)?;
        if r == NOT_HELD {
            return None;
        }
        let r = r as usize;
        self.top.get(r * slots..(r + 1) * slots)
    }

    /// The circle that `a` and `b` (scoring `score`) belong to, if any: its members, `a` first,
    /// then `a`'s closest candidates in order. A circle is `a` and its `m` closest candidates
    /// (2 <= m <= k), in as many departments as members, where each member's `m` closest
    /// candidates are exactly the other members, and `score` leads the next-closest candidate
    /// of `a` and of `b` by at least `lead` (an effort with no more candidates counts as having
    /// one that scores 0). The smallest such circle is returned. `a` must have been a seed
    /// ([`Circles::around`]).
    ///
    /// The other members' pairs need not score high: the pair itself is strong and leads its
    /// look-alikes, and the circle only says that its two efforts' closest candidates agree.
    /// ("Conversational AI for Housing Enquiries" scores 0.22 with "Tax Helpline Virtual
    /// Assistant", yet both have the other two departments' chatbots as their closest.)
    pub fn circle(
        &self,
        a: usize,
        b: usize,
        (score, lead): (f64, f64),
        department: impl Fn(usize) -> u32,
    ) -> Option<Vec<u32>> {
        self.shapes(a, b, &department).find_map(|(m, members)| {
            let leads = score - self.next(a, m).max(self.next(b, m)) >= lead;
            leads.then_some(members)
        })
    }

    /// The circle holding both `x` and `y`, whichever of its pairs made it one: as
    /// [`Circles::circle`], for the smallest circle of `x` holding `y` where some pair of
    /// members scores at least `threshold` and leads both its efforts' next-closest candidate
    /// by `lead`. `x`'s list must be held (it is when `x` or a member was a seed).
    pub fn holding(
        &self,
        x: usize,
        y: usize,
        (threshold, lead): (f64, f64),
        department: impl Fn(usize) -> u32,
    ) -> Option<Vec<u32>> {
        self.shapes(x, y, &department).find_map(|(m, members)| {
            let made = members.iter().any(|&p| {
                self.of(p as usize).is_some_and(|top| {
                    top[..m].iter().any(|&(s, q)| {
                        s >= threshold
                            && s - self.next(p as usize, m).max(self.next(q as usize, m)) >= lead
                    })
                })
            });
            made.then_some(members)
        })
    }

    /// The circle shapes of `a` holding `b`, smallest first: `(m, members)` for each `m` where
    /// `a` and its `m` closest candidates (`b` among them) are in as many departments as
    /// members and each member's `m` closest candidates are exactly the others.
    fn shapes<'s>(
        &'s self,
        a: usize,
        b: usize,
        department: &'s impl Fn(usize) -> u32,
    ) -> impl Iterator<Item = (usize, Vec<u32>)> + 's {
        let top_a = self.of(a);
        let position = top_a.and_then(|t| t.iter().position(|e| e.1 as usize == b));
        // No circle to try when `b` is not among `a`'s closest (an empty range).
        let range = match (top_a, position) {
            (Some(_), Some(position)) => position.max(1) + 1..self.k + 1,
            _ => 0..0,
        };
        range.filter_map(move |m| {
            let members: Vec<u32> = std::iter::once(a as u32)
                .chain(top_a?[..m].iter().map(|e| e.1))
                .collect();
            if members.contains(&u32::MAX) {
                return None;
            }
            let mut departments: Vec<u32> =
                members.iter().map(|&x| department(x as usize)).collect();
            departments.sort_unstable();
            departments.dedup();
            if departments.len() != members.len() {
                return None;
            }
            let closed = members.iter().all(|&y| {
                self.of(y as usize).is_some_and(|top_y| {
                    top_y[..m]
                        .iter()
                        .all(|e| e.1 != y && members.contains(&e.1))
                })
            });
            closed.then_some((m, members))
        })
    }

    /// The score of `x`'s `m + 1`-th closest candidate: what a circle of `m + 1` members must
    /// lead (0 when `x` has no more candidates).
    fn next(&self, x: usize, m: usize) -> f64 {
        self.of(x)
            .and_then(|t| t.get(m))
            .map_or(0.0, |e| e.0.max(0.0))
    }
}

/// Puts `entry` into `list` (best first, `EMPTY` at the end) if it is among its best.
fn insert(list: &mut [(f64, u32)], entry: (f64, u32)) {
    let Some(at) = list
        .iter()
        .position(|&e| e.1 == u32::MAX || before(entry, e))
    else {
        return;
    };
    list.copy_within(at..list.len() - 1, at + 1);
    list[at] = entry;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Efforts 0-3 in departments 0-3 score 0.5 with each other; effort 4 (department 4) scores
    /// `outside` with each of them.
    fn four_and_one(outside: f64) -> (Vec<(u32, u32)>, Vec<f64>) {
        let mut candidates = Vec::new();
        let mut scores = Vec::new();
        for a in 0..5u32 {
            for b in a + 1..5 {
                candidates.push((a, b));
                scores.push(if b == 4 { outside } else { 0.5 });
            }
        }
        (candidates, scores)
    }

    #[test]
    fn four_efforts_that_are_each_others_closest_form_a_circle() {
        let (candidates, scores) = four_and_one(0.2);
        let circles = Circles::around(5, &candidates, &scores, 5, &[0, 1, 2, 3, 4]);
        let members = circles.circle(1, 2, (0.5, 0.1), |x| x as u32).unwrap();
        let mut sorted = members.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, vec![0, 1, 2, 3]);
        assert_eq!(members[0], 1);
        // With circles of at most four, the outsider is in no circle with a member: the
        // members' closest three are each other.
        let circles = Circles::around(5, &candidates, &scores, 3, &[0, 1, 2, 3, 4]);
        assert_eq!(circles.circle(4, 0, (0.2, 0.1), |x| x as u32), None);
        assert!(circles.circle(0, 3, (0.5, 0.1), |x| x as u32).is_some());
    }

    #[test]
    fn a_circle_needs_its_lead_and_one_effort_per_department() {
        // The outsider scores within the lead of the members' pairs (and circles hold at most
        // four, so it cannot join them).
        let (candidates, scores) = four_and_one(0.45);
        let circles = Circles::around(5, &candidates, &scores, 3, &[0, 1, 2, 3, 4]);
        assert_eq!(circles.circle(1, 2, (0.5, 0.1), |x| x as u32), None);
        // With the lead met, two members in one department break the circle.
        let (candidates, scores) = four_and_one(0.2);
        let circles = Circles::around(5, &candidates, &scores, 5, &[0, 1, 2, 3, 4]);
        assert_eq!(
            circles.circle(1, 2, (0.5, 0.1), |x| (x as u32).min(2)),
            None
        );
    }

    /// Two efforts each other's closest, with no third in another department that both hold
    /// as close, are not a circle: the third closest of each is elsewhere.
    #[test]
    fn two_efforts_alone_are_not_a_circle() {
        // 0 and 1 are close; 0's next is 2 and 1's next is 3, in different departments.
        let candidates = [(0, 1), (0, 2), (1, 3), (0, 3), (1, 2), (2, 3)];
        let scores = [0.6, 0.2, 0.2, 0.1, 0.1, 0.0];
        // Circles of at most three (four efforts alone would all be each other's closest).
        let circles = Circles::around(4, &candidates, &scores, 2, &[0, 1]);
        assert_eq!(circles.circle(0, 1, (0.6, 0.1), |x| x as u32), None);
    }

    #[test]
    fn a_member_whose_closest_candidate_is_elsewhere_breaks_the_circle() {
        // 0, 1, 2 are close, but 2's closest is 3, which 0 and 1 do not hold.
        let candidates = [(0, 1), (0, 2), (1, 2), (2, 3), (0, 3), (1, 3)];
        let scores = [0.5, 0.5, 0.5, 0.7, 0.0, 0.0];
        // Circles of at most three (four efforts alone would all be each other's closest).
        let circles = Circles::around(4, &candidates, &scores, 2, &[0]);
        assert_eq!(circles.circle(0, 1, (0.5, 0.1), |x| x as u32), None);
    }

    /// 0 and 1 score 0.5, the other pairs among 0-3 score 0.2, and the outsider 4 scores 0.15
    /// with each: the circle of four stands, made by the pair of 0 and 1.
    #[test]
    fn a_circle_holds_its_weak_pairs_when_one_pair_makes_it() {
        let mut candidates = Vec::new();
        let mut scores = Vec::new();
        for a in 0..5u32 {
            for b in a + 1..5 {
                candidates.push((a, b));
                scores.push(match (a, b) {
                    (0, 1) => 0.5,
                    (_, 4) => 0.15,
                    _ => 0.2,
                });
            }
        }
        let circles = Circles::around(5, &candidates, &scores, 3, &[0, 1]);
        // 2 and 3 alone do not lead the outsider by 0.1...
        assert_eq!(circles.circle(2, 3, (0.2, 0.1), |x| x as u32), None);
        // ...but 0 and 1 do, so the circle holds 2 and 3.
        let members = circles.holding(2, 3, (0.3, 0.1), |x| x as u32).unwrap();
        let mut sorted = members.clone();
        sorted.sort_unstable();
        assert_eq!((members[0], sorted), (2, vec![0, 1, 2, 3]));
        // No pair reaching the threshold, or none leading by enough: no circle.
        assert_eq!(circles.holding(2, 3, (0.6, 0.1), |x| x as u32), None);
        assert_eq!(circles.holding(2, 3, (0.3, 0.4), |x| x as u32), None);
        // The outsider is in no circle.
        assert_eq!(circles.holding(0, 4, (0.1, 0.0), |x| x as u32), None);
    }

    #[test]
    fn the_lists_do_not_depend_on_the_thread_count() {
        let (candidates, scores) = four_and_one(0.2);
        let one = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap();
        let four = rayon::ThreadPoolBuilder::new()
            .num_threads(4)
            .build()
            .unwrap();
        let a = one.install(|| Circles::around(5, &candidates, &scores, 3, &[1]).top);
        let b = four.install(|| Circles::around(5, &candidates, &scores, 3, &[1]).top);
        assert_eq!(a, b);
    }
}
