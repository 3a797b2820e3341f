//! Record keys: finds a record_id that one department uses twice, within a file and across
//! files, without needing the records themselves.
//!
//! In: each accepted row's department, record_id and line, in line order. Out: the rows whose
//! key an earlier row of the same file used (found once the file is read), and the rows whose
//! key an earlier file used. Keys are kept compactly: record_ids back to back in one buffer
//! and departments numbered, so `validate` can stream rows without building records (about 40
//! bytes a row instead of a whole [`crate::model::Record`]). Repeats are found by sorting the
//! key hashes once, not by probing a hash table a row: a table of a million keys is a cache
//! miss a row, the sort streams through memory.

use foldhash::fast::RandomState;
use std::collections::HashMap;
use std::hash::BuildHasher;

/// The keys (department, record_id) of one file's accepted rows, in line order: entry `i` is
/// the `i`-th accepted row, so it is also the `i`-th record when records are kept.
#[derive(Clone, Debug, Default)]
pub(super) struct Keys {
    /// Distinct departments, in order of first appearance.
    departments: Vec<String>,
    department_index: HashMap<String, usize, RandomState>,
    /// The department of the previous row, which the next row often shares.
    last_department: Option<usize>,
    /// Every accepted row's record_id, back to back.
    ids: String,
    entries: Vec<Entry>,
    hasher: RandomState,
    /// Each entry's key hash and index, until [`Keys::take_repeats`].
    hashes: Vec<(u64, usize)>,
}

#[derive(Clone, Copy, Debug)]
struct Entry {
    department: usize,
    /// The record_id's span in `ids`.
    start: usize,
    end: usize,
    line: u64,
}

/// A row whose key an earlier row of the same file has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Repeat {
    /// The row's entry (its index among the accepted rows, before repeats were taken out).
    pub entry: usize,
    pub line: u64,
    pub department: String,
    pub record_id: String,
    /// The line of the first row with the key.
    pub first_line: u64,
}

impl Keys {
    /// Room for `rows` keys without growing.
    pub fn with_capacity(rows: usize) -> Keys {
        let mut keys = Keys::default();
        keys.entries.reserve(rows);
        keys.hashes.reserve(rows);
        keys
    }

    /// Adds the key of the next accepted row.
    pub fn push(&mut self, department: &str, record_id: &str, line: u64) {
        let department = self.department_number(department);
        let hash = self.hasher.hash_one((department, record_id));
        self.hashes.push((hash, self.entries.len()));
        let start = self.ids.len();
        self.ids.push_str(record_id);
        self.entries.push(Entry {
            department,
            start,
            end: self.ids.len(),
            line,
        });
    }

    /// Finds the entries whose key an earlier entry has, takes them out (the entries after
    /// them move up) and returns them in line order, each with the line of the first.
    pub fn take_repeats(&mut self) -> Vec<Repeat> {
        let mut hashes = std::mem::take(&mut self.hashes);
        // By hash, then by entry: each group of equal hashes starts with its earliest entry.
        hashes.sort_unstable();
        let mut repeats = Vec::new();
        for group in hashes.chunk_by(|a, b| a.0 == b.0).filter(|g| g.len() > 1) {
            // Almost always one key; different keys with one hash are told apart here.
            let mut firsts: Vec<usize> = Vec::new();
            for &(_, i) in group {
                let first = firsts.iter().find(|&&f| self.same_key(f, i));
                match (first.and_then(|&f| self.get(f)), self.get(i)) {
                    (Some((_, _, first_line)), Some((department, record_id, line))) => repeats
                        .push(Repeat {
                            entry: i,
                            line,
                            department: department.to_string(),
                            record_id: record_id.to_string(),
                            first_line,
                        }),
                    _ => firsts.push(i),
                }
            }
        }
        repeats.sort_unstable_by_key(|r| r.entry);
        remove_sorted(&mut self.entries, repeats.iter().map(|r| r.entry));
        repeats
    }

    fn same_key(&self, a: usize, b: usize) -> bool {
        match (self.entries.get(a), self.entries.get(b)) {
            (Some(x), Some(y)) => {
                x.department == y.department
                    && self.ids.get(x.start..x.end) == self.ids.get(y.start..y.end)
            }
            _ => false,
        }
    }

    fn department_number(&mut self, department: &str) -> usize {
        if let Some(d) = self.last_department
            && self.departments.get(d).is_some_and(|x| x == department)
        {
            return d;
        }
        let d = match self.department_index.get(department) {
            Some(&d) => d,
            None => {
                let d = self.departments.len();
                self.departments.push(department.to_string());
                self.department_index.insert(department.to_string(), d);
                d
            }
        };
        self.last_department = Some(d);
        d
    }

    /// Drops what only reading the file needed; the keys stay for [`repeated_across_files`].
    pub fn finish(&mut self) {
        self.hashes = Vec::new();
        self.department_index = HashMap::default();
        self.ids.shrink_to_fit();
        self.entries.shrink_to_fit();
    }

    /// The number of keys (accepted rows).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Entry `i`'s department, record_id and line.
    pub fn get(&self, i: usize) -> Option<(&str, &str, u64)> {
        let e = self.entries.get(i)?;
        Some((
            self.departments.get(e.department)?.as_str(),
            self.ids.get(e.start..e.end)?,
            e.line,
        ))
    }
}

/// Removes the elements at `indices` (ascending) from `v`, keeping the others' order.
pub(super) fn remove_sorted<T>(v: &mut Vec<T>, indices: impl IntoIterator<Item = usize>) {
    let mut indices = indices.into_iter().peekable();
    if indices.peek().is_none() {
        return;
    }
    let mut at = 0;
    v.retain(|_| {
        let keep = indices.peek() != Some(&at);
        if !keep {
            indices.next();
        }
        at += 1;
        keep
    });
}

/// A row that repeats a key an earlier file used: its entry, and the earlier file's index
/// and line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct RepeatAcross {
    pub entry: usize,
    pub first_file: usize,
    pub first_line: u64,
}

/// For each file (in the order given, which is the order they are read and kept), the
/// entries whose (department, record_id) an earlier file already used. Only departments that
/// appear in more than one file are checked, so the usual one-file-a-department case costs
/// nothing.
pub(super) fn repeated_across_files(files: &[&Keys]) -> Vec<Vec<RepeatAcross>> {
    let mut files_with: HashMap<&str, usize> = HashMap::new();
    for keys in files {
        for d in &keys.departments {
            *files_with.entry(d.as_str()).or_default() += 1;
        }
    }
    let mut out = vec![Vec::new(); files.len()];
    if files_with.values().all(|&n| n < 2) {
        return out;
    }
    let mut first: HashMap<(&str, &str), (usize, u64)> = HashMap::new();
    for (f, keys) in files.iter().enumerate() {
        let shared: Vec<bool> = keys
            .departments
            .iter()
            .map(|d| files_with.get(d.as_str()).is_some_and(|&n| n > 1))
            .collect();
        for (i, e) in keys.entries.iter().enumerate() {
            if !shared.get(e.department).copied().unwrap_or(false) {
                continue;
            }
            let Some((department, id, line)) = keys.get(i) else {
                continue;
            };
            match first.get(&(department, id)) {
                Some(&(first_file, first_line)) if first_file != f => {
                    if let Some(repeats) = out.get_mut(f) {
                        repeats.push(RepeatAcross {
                            entry: i,
                            first_file,
                            first_line,
                        });
                    }
                }
                Some(_) => {}
                None => {
                    first.insert((department, id), (f, line));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_found_again_only_for_the_same_department() {
        let mut k = Keys::default();
        for (d, id, line) in [
            ("DfT", "1", 2),
            ("HMRC", "1", 3),
            ("DfT", "2", 4),
            ("DfT", "1", 5),
            ("HMRC", "1", 6),
            ("DfT", "1", 7),
        ] {
            k.push(d, id, line);
        }
        let repeats = k.take_repeats();
        let got: Vec<(usize, u64, &str, &str, u64)> = repeats
            .iter()
            .map(|r| {
                (
                    r.entry,
                    r.line,
                    r.department.as_str(),
                    r.record_id.as_str(),
                    r.first_line,
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (3, 5, "DfT", "1", 2),
                (4, 6, "HMRC", "1", 3),
                (5, 7, "DfT", "1", 2)
            ]
        );
        assert_eq!(k.len(), 3, "repeats are taken out");
        assert_eq!(k.get(2), Some(("DfT", "2", 4)));
        k.finish();
        assert_eq!(k.get(1), Some(("HMRC", "1", 3)));
    }

    #[test]
    fn remove_sorted_keeps_the_order_of_the_rest() {
        let mut v = vec![0, 1, 2, 3, 4];
        remove_sorted(&mut v, [0, 3]);
        assert_eq!(v, vec![1, 2, 4]);
        remove_sorted(&mut v, []);
        assert_eq!(v, vec![1, 2, 4]);
    }

    #[test]
    fn repeats_across_files_name_the_first_file_and_line() {
        let mut a = Keys::default();
        a.push("DfT", "1", 2);
        a.push("Solo", "1", 3);
        let mut b = Keys::default();
        b.push("DfT", "2", 2);
        b.push("DfT", "1", 3);
        let mut c = Keys::default();
        c.push("DfT", "2", 7);
        let got = repeated_across_files(&[&a, &b, &c]);
        let r = |entry, first_file, first_line| RepeatAcross {
            entry,
            first_file,
            first_line,
        };
        assert_eq!(got, vec![vec![], vec![r(1, 0, 2)], vec![r(0, 1, 2)]]);
    }
}
