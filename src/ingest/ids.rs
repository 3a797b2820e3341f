//! Record keys: finds a record_id that one department uses twice, within a file as its rows
//! are read and across files once they all are, without needing the records themselves.
//!
//! In: each accepted row's department, record_id and line, in line order. Out: the line of an
//! earlier row with the same key (within a file), and the rows whose key an earlier file
//! already used (across files). Keys are kept compactly: record_ids back to back in one
//! buffer and departments numbered, so `validate` can stream rows without building records
//! (about 40 bytes a row instead of a whole [`crate::model::Record`]).

use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher, RandomState};

/// The keys (department, record_id) of one file's accepted rows, in line order: entry `i` is
/// the `i`-th accepted row, so it is also the `i`-th record when records are kept.
#[derive(Clone, Debug, Default)]
pub(super) struct Keys {
    /// Distinct departments, in order of first appearance.
    departments: Vec<String>,
    department_index: HashMap<String, usize>,
    /// The department of the previous row, which the next row often shares.
    last_department: Option<usize>,
    /// Every accepted row's record_id, back to back.
    ids: String,
    entries: Vec<Entry>,
    /// Finds earlier keys while the file is read; dropped by [`Keys::finish`].
    lookup: Lookup,
}

#[derive(Clone, Copy, Debug)]
struct Entry {
    department: usize,
    /// The record_id's span in `ids`.
    start: usize,
    end: usize,
    line: u64,
}

/// A hash of each key pointing at its first entry; the entries settle hash collisions.
#[derive(Clone, Debug, Default)]
struct Lookup {
    hasher: RandomState,
    first: HashMap<u64, usize, BuildHasherDefault<KeyHashHasher>>,
    more: HashMap<u64, Vec<usize>>,
}

/// The key hashes are already well mixed (SipHash): hashing them again would be wasted work.
#[derive(Default)]
struct KeyHashHasher(u64);

impl Hasher for KeyHashHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are hashed; stay correct for anything else.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

impl Keys {
    /// The line of an earlier row with the key (`department`, `record_id`); or, when there is
    /// none, `None` after adding the key as the next entry.
    pub fn first_line_or_insert(
        &mut self,
        department: &str,
        record_id: &str,
        line: u64,
    ) -> Option<u64> {
        let department = self.department_number(department);
        let hash = self.lookup.hasher.hash_one((department, record_id));
        let index = self.entries.len();
        match self.lookup.first.get(&hash) {
            None => {
                self.lookup.first.insert(hash, index);
            }
            Some(&i) => {
                if self.same(i, department, record_id) {
                    return self.entries.get(i).map(|e| e.line);
                }
                let others = self.lookup.more.entry(hash).or_default();
                let entries = &self.entries;
                let ids = &self.ids;
                let same = |&i: &usize| {
                    entries.get(i).is_some_and(|e| {
                        e.department == department && ids.get(e.start..e.end) == Some(record_id)
                    })
                };
                if let Some(&i) = others.iter().find(|i| same(i)) {
                    return self.entries.get(i).map(|e| e.line);
                }
                others.push(index);
            }
        }
        let start = self.ids.len();
        self.ids.push_str(record_id);
        self.entries.push(Entry {
            department,
            start,
            end: self.ids.len(),
            line,
        });
        None
    }

    fn same(&self, i: usize, department: usize, record_id: &str) -> bool {
        self.entries.get(i).is_some_and(|e| {
            e.department == department && self.ids.get(e.start..e.end) == Some(record_id)
        })
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

    /// Drops what only reading the file needed (the lookup tables); the keys stay for
    /// [`repeated_across_files`].
    pub fn finish(&mut self) {
        self.lookup = Lookup::default();
        self.department_index = HashMap::new();
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

/// A row that repeats a key an earlier file used: its entry, and the earlier file's index
/// and line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Repeat {
    pub entry: usize,
    pub first_file: usize,
    pub first_line: u64,
}

/// For each file (in the order given, which is the order they are read and kept), the
/// entries whose (department, record_id) an earlier file already used. Only departments that
/// appear in more than one file are checked, so the usual one-file-a-department case costs
/// nothing.
pub(super) fn repeated_across_files(files: &[&Keys]) -> Vec<Vec<Repeat>> {
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
                        repeats.push(Repeat {
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
        assert_eq!(k.first_line_or_insert("DfT", "1", 2), None);
        assert_eq!(k.first_line_or_insert("HMRC", "1", 3), None);
        assert_eq!(k.first_line_or_insert("DfT", "2", 4), None);
        assert_eq!(k.first_line_or_insert("DfT", "1", 5), Some(2));
        assert_eq!(k.first_line_or_insert("HMRC", "1", 6), Some(3));
        assert_eq!(k.len(), 3, "repeats are not added");
        assert_eq!(k.get(2), Some(("DfT", "2", 4)));
        k.finish();
        assert_eq!(k.get(1), Some(("HMRC", "1", 3)));
    }

    #[test]
    fn repeats_across_files_name_the_first_file_and_line() {
        let mut a = Keys::default();
        a.first_line_or_insert("DfT", "1", 2);
        a.first_line_or_insert("Solo", "1", 3);
        let mut b = Keys::default();
        b.first_line_or_insert("DfT", "2", 2);
        b.first_line_or_insert("DfT", "1", 3);
        let mut c = Keys::default();
        c.first_line_or_insert("DfT", "2", 7);
        let got = repeated_across_files(&[&a, &b, &c]);
        let r = |entry, first_file, first_line| Repeat {
            entry,
            first_file,
            first_line,
        };
        assert_eq!(got, vec![vec![], vec![r(1, 0, 2)], vec![r(0, 1, 2)]]);
    }
}
