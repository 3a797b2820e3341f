//! Quality against labelled data: precision, recall and F1 of reported pairs against a truth
//! file, with the misses and false alarms listed.
//!
//! In: truth pairs and [`PairRow`]s. Out: an [`Evaluation`]. Pairs are unordered and keyed by
//! (department, record_id) on each side.
//!
//! Truth files come in two layouts: `department_a,record_id_a,department_b,record_id_b[,...]`,
//! or two columns `record_id_<A>,record_id_<B>` where `<A>` and `<B>` are department names (each
//! row pairs a record of department A with one of department B).

use super::pairs_csv::PairRow;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;

/// One side of a pair: (department, record_id).
pub type Side = (String, String);
/// An unordered pair, smaller side first.
pub type PairKey = (Side, Side);

fn key(a: Side, b: Side) -> PairKey {
    if a <= b { (a, b) } else { (b, a) }
}

/// Reads a truth file in either layout; the message names the line at fault.
pub fn read_truth<R: Read>(input: R, name: &str) -> Result<BTreeSet<PairKey>, String> {
    let mut r = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let headers: Vec<String> = r
        .headers()
        .map_err(|e| format!("{name}: cannot read the header: {e}"))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
        .collect();
    let find = |want: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(want));
    enum Layout {
        Four(usize, usize, usize, usize),
        Two(String, String),
    }
    let layout = match (
        find("department_a"),
        find("record_id_a"),
        find("department_b"),
        find("record_id_b"),
    ) {
        (Some(a), Some(b), Some(c), Some(d)) => Layout::Four(a, b, c, d),
        _ => {
            let depts: Vec<&str> = headers
                .iter()
                .filter_map(|h| h.strip_prefix("record_id_"))
                .collect();
            if headers.len() == 2 && depts.len() == 2 && depts.iter().all(|d| !d.is_empty()) {
                Layout::Two(depts[0].to_string(), depts[1].to_string())
            } else {
                return Err(format!(
                    "{name}:1:1: unrecognised truth header {:?}; use \
                     department_a,record_id_a,department_b,record_id_b or \
                     record_id_<DEPT A>,record_id_<DEPT B>",
                    headers.join(",")
                ));
            }
        }
    };
    let mut truth = BTreeSet::new();
    for result in r.records() {
        let rec = result.map_err(|e| format!("{name}: {e}"))?;
        let line = rec.position().map_or(0, |p| p.line());
        let get = |i: usize| rec.get(i).unwrap_or("").trim().to_string();
        let (a, b) = match &layout {
            Layout::Four(da, ia, db, ib) => ((get(*da), get(*ia)), (get(*db), get(*ib))),
            Layout::Two(da, db) => ((da.clone(), get(0)), (db.clone(), get(1))),
        };
        if a.1.is_empty() || b.1.is_empty() {
            return Err(format!("{name}:{line}: a record id is empty"));
        }
        truth.insert(key(a, b));
    }
    Ok(truth)
}

/// Renames truth departments that the pairs file spells differently but unambiguously: a
/// two-column truth header `record_id_2020` names department `2020`, which a catalogue read with
/// department = file name calls `gmpp-2020`. A truth department missing from the pairs is
/// matched to the one pairs department ending in it after a separator (`-`, `_`, space, `.`).
pub fn align_departments(truth: &BTreeSet<PairKey>, rows: &[PairRow]) -> BTreeSet<PairKey> {
    let known: BTreeSet<&str> = rows
        .iter()
        .flat_map(|r| [r.department_a.as_str(), r.department_b.as_str()])
        .collect();
    let resolve = |d: &str| -> String {
        if known.contains(d) {
            return d.to_string();
        }
        let matches: Vec<&&str> = known
            .iter()
            .filter(|k| {
                k.strip_suffix(d)
                    .is_some_and(|head| head.ends_with(['-', '_', ' ', '.']))
            })
            .collect();
        if matches.len() == 1 {
            matches[0].to_string()
        } else {
            d.to_string()
        }
    };
    truth
        .iter()
        .map(|((da, ia), (db, ib))| key((resolve(da), ia.clone()), (resolve(db), ib.clone())))
        .collect()
}

/// A truth pair the pairs file did not report (at the threshold).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Miss {
    pub a: Side,
    pub b: Side,
    /// The pair's score if the pairs file lists it below `--min-score`, else `None`.
    pub score: Option<f64>,
}

/// A reported pair that is not in the truth.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FalseAlarm {
    pub a: Side,
    pub b: Side,
    pub name_a: String,
    pub name_b: String,
    pub score: f64,
}

/// The result of an evaluation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evaluation {
    pub truth_pairs: usize,
    pub reported_pairs: usize,
    pub true_positives: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub min_score: Option<f64>,
    /// Sorted by pair.
    pub misses: Vec<Miss>,
    /// Highest score first, then by pair.
    pub false_alarms: Vec<FalseAlarm>,
}

/// Compares reported pairs (those scoring at least `min_score`, if given) with the truth.
pub fn evaluate(truth: &BTreeSet<PairKey>, rows: &[PairRow], min_score: Option<f64>) -> Evaluation {
    let mut all: BTreeMap<PairKey, &PairRow> = BTreeMap::new();
    for row in rows {
        let k = key(
            (row.department_a.clone(), row.record_id_a.clone()),
            (row.department_b.clone(), row.record_id_b.clone()),
        );
        let keep = all.get(&k).is_none_or(|old| row.score > old.score);
        if keep {
            all.insert(k, row);
        }
    }
    let reported: BTreeMap<&PairKey, &&PairRow> = all
        .iter()
        .filter(|(_, r)| min_score.is_none_or(|m| r.score >= m))
        .collect();
    let true_positives = reported.keys().filter(|k| truth.contains(**k)).count();
    let misses = truth
        .iter()
        .filter(|k| !reported.contains_key(k))
        .map(|k| Miss {
            a: k.0.clone(),
            b: k.1.clone(),
            score: all.get(k).map(|r| r.score),
        })
        .collect();
    let mut false_alarms: Vec<FalseAlarm> = reported
        .iter()
        .filter(|(k, _)| !truth.contains(**k))
        .map(|(k, r)| {
            let a_first = (r.department_a.as_str(), r.record_id_a.as_str())
                == (k.0.0.as_str(), k.0.1.as_str());
            let (name_a, name_b) = if a_first {
                (r.name_a.clone(), r.name_b.clone())
            } else {
                (r.name_b.clone(), r.name_a.clone())
            };
            FalseAlarm {
                a: k.0.clone(),
                b: k.1.clone(),
                name_a,
                name_b,
                score: r.score,
            }
        })
        .collect();
    false_alarms.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then((&x.a, &x.b).cmp(&(&y.a, &y.b)))
    });
    let precision = if reported.is_empty() {
        0.0
    } else {
        true_positives as f64 / reported.len() as f64
    };
    let recall = if truth.is_empty() {
        0.0
    } else {
        true_positives as f64 / truth.len() as f64
    };
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Evaluation {
        truth_pairs: truth.len(),
        reported_pairs: reported.len(),
        true_positives,
        precision,
        recall,
        f1,
        min_score,
        misses,
        false_alarms,
    }
}

impl Evaluation {
    /// The evaluation as text for the terminal.
    pub fn to_text(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "precision {:.3}  recall {:.3}  F1 {:.3}",
            self.precision, self.recall, self.f1
        );
        let _ = writeln!(
            out,
            "{} of {} reported pairs are in the truth; {} of {} truth pairs were found{}",
            self.true_positives,
            self.reported_pairs,
            self.true_positives,
            self.truth_pairs,
            self.min_score
                .map_or(String::new(), |m| format!(" (pairs scoring at least {m})"))
        );
        let side = |s: &Side| format!("{}:{}", s.0, s.1);
        if !self.misses.is_empty() {
            let _ = writeln!(out, "\nmisses ({}):", self.misses.len());
            for m in &self.misses {
                let score = m
                    .score
                    .map_or("not reported".to_string(), |s| format!("score {s:.4}"));
                let _ = writeln!(out, "  {}  {}  {score}", side(&m.a), side(&m.b));
            }
        }
        if !self.false_alarms.is_empty() {
            let _ = writeln!(out, "\nfalse alarms ({}):", self.false_alarms.len());
            for f in &self.false_alarms {
                let _ = writeln!(
                    out,
                    "  {}  {}  score {:.4}  ({} / {})",
                    side(&f.a),
                    side(&f.b),
                    f.score,
                    f.name_a,
                    f.name_b
                );
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(da: &str, ia: &str, db: &str, ib: &str, score: f64) -> PairRow {
        PairRow {
            department_a: da.into(),
            record_id_a: ia.into(),
            name_a: String::new(),
            department_b: db.into(),
            record_id_b: ib.into(),
            name_b: String::new(),
            score,
            line: 0,
        }
    }

    #[test]
    fn counts_unordered_pairs_and_reports_misses_with_scores() {
        let truth = read_truth(
            "department_a,record_id_a,department_b,record_id_b,kind\nA,1,B,2,x\nA,3,C,4,x\nB,5,C,6,x\n"
                .as_bytes(),
            "truth.csv",
        )
        .unwrap();
        // (B,2)-(A,1) in reversed order is a hit; (A,3)-(C,4) scores below the bar; (A,9)-(B,9)
        // is a false alarm; (B,5)-(C,6) is absent.
        let rows = [
            row("B", "2", "A", "1", 0.9),
            row("A", "3", "C", "4", 0.3),
            row("A", "9", "B", "9", 0.8),
        ];
        let e = evaluate(&truth, &rows, Some(0.5));
        assert_eq!(
            (e.true_positives, e.reported_pairs, e.truth_pairs),
            (1, 2, 3)
        );
        assert!((e.precision - 0.5).abs() < 1e-9 && (e.recall - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(
            e.misses.iter().map(|m| m.score).collect::<Vec<_>>(),
            vec![Some(0.3), None]
        );
        assert_eq!(e.false_alarms.len(), 1);
    }

    #[test]
    fn reads_the_two_column_layout_with_departments_in_the_header() {
        let truth = read_truth("record_id_2020,record_id_2021\na1,b1\n".as_bytes(), "t").unwrap();
        let k = key(("2020".into(), "a1".into()), ("2021".into(), "b1".into()));
        assert!(truth.contains(&k));
        assert!(
            read_truth("x,y,z\n".as_bytes(), "t")
                .unwrap_err()
                .contains("unrecognised")
        );
    }
}
