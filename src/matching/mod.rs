//! Matching: find overlapping efforts across departments, score them with per-field evidence,
//! and group them into collaboration opportunities.
//!
//! In: the period's accepted records and the config. Out: a [`MatchOutcome`] (reported pairs,
//! opportunities, counts) and stage timings. Pure: no printing, no files.
//!
//! The stages, each in its own module: [`normalise`] (text to terms), [`index`] (the period's
//! corpus and candidate generation), [`score`] (per-field similarity), [`weights`] (field weights
//! estimated from the data), [`cluster`] (groups, types, actions), [`explain`] (evidence in
//! words). [`evaluate`] and [`pairs_csv`] serve the `evaluate` command and the pack writer.

pub mod circles;
pub mod cluster;
pub mod config;
pub mod evaluate;
pub mod explain;
pub mod features;
pub mod index;
pub mod normalise;
pub mod pairs_csv;
pub mod score;
pub mod weights;

pub use config::{FieldWeights, MatchConfig};
pub use pairs_csv::{PairRow, read_pairs_csv, write_pairs_csv};

use crate::config::Config;
use crate::model::{
    Field, FieldEvidence, MatchOutcome, MatchStats, Opportunity, Record, ScoredPair,
};
use crate::ui::Ui;
use index::Corpus;
use normalise::Normaliser;
use rand::{Rng, SeedableRng};
use rayon::prelude::*;
use score::{FIELDS, PackedSimilarities, Similarities, Weights};
use std::collections::{BTreeMap, HashMap};

pub use crate::stopwatch::StageTiming;
use crate::stopwatch::Stopwatch;

/// The period's matching model: the corpus, the candidate pairs with their similarities, and
/// the weights estimated from them. Built once per period; `explain` rebuilds it to explain a
/// pair exactly as `run` scored it.
#[derive(Debug)]
pub struct PeriodModel {
    pub normaliser: Normaliser,
    pub corpus: Corpus,
    /// How specific each term is, for the scorer.
    pub roles: score::TermRoles,
    /// Candidate pairs `(a, b)`, `a < b`, sorted.
    pub candidates: Vec<(u32, u32)>,
    /// Field similarities of each candidate pair, packed (see [`score::PackedSimilarities`]).
    pub similarities: Vec<PackedSimilarities>,
    pub estimate: weights::Estimate,
    pub weights: Weights,
}

impl PeriodModel {
    /// Builds the model for `records`. Runs on the current rayon pool; identical whatever its
    /// size.
    pub fn build(
        records: &[Record],
        config: &Config,
        timings: &mut Vec<StageTiming>,
    ) -> PeriodModel {
        PeriodModel::build_observed(records, config, timings, &|_| {})
    }

    /// [`PeriodModel::build`], telling `starting` what each stage is about to do, in words for
    /// a progress line ("scoring 18,636,881 candidate pairs"), as it starts it. At a million
    /// efforts the stages take seconds each.
    pub fn build_observed(
        records: &[Record],
        config: &Config,
        timings: &mut Vec<StageTiming>,
        starting: &dyn Fn(&str),
    ) -> PeriodModel {
        let mc = &config.matching;
        starting(&format!(
            "normalising the text of {} efforts",
            crate::report::thousands(records.len() as i64)
        ));
        let clock = Stopwatch::start();
        let learnt = index::learn_acronyms(records);
        let phrases = index::learn_phrases(records, index::MAX_PHRASE_RECORDS);
        let normaliser = Normaliser::new(&config.acronyms, &learnt)
            .with_concepts(&mc.concepts)
            .with_named_phrases(&phrases);
        let withheld = crate::ingest::values::NullValues::new(&config.input.null_values);
        let mut corpus = Corpus::build_with(
            records,
            &normaliser,
            learnt,
            |d| withheld.matches(d.trim()),
            mc.named_phrase_weight as f32,
        );
        let roles = score::TermRoles::new(&corpus, records);
        timings.push(clock.stop("normalise"));

        starting("finding candidate pairs");
        let clock = Stopwatch::start();
        let candidates = corpus.candidates_with(
            mc.max_term_share,
            mc.probe_terms,
            mc.candidates_per_record,
            mc.max_postings,
            &roles.name_letters,
        );
        corpus.release_probes();
        timings.push(clock.stop("candidates"));

        starting(&format!(
            "scoring {} candidate pairs",
            crate::report::thousands(candidates.len() as i64)
        ));
        let clock = Stopwatch::start();
        let similarities = score::score_pairs(&corpus, &roles, &candidates);
        timings.push(clock.stop("score"));

        starting("estimating the field weights");
        let clock = Stopwatch::start();
        let defaults = mc.weights.normalised();
        let estimate = if mc.estimate_weights {
            let random: Vec<Similarities> = random_pairs(&corpus, mc.random_pairs)
                .par_iter()
                .map(|&(a, b)| score::similarities(&corpus, &roles, a as usize, b as usize))
                .collect();
            let max_lambda = records.len() as f64 / similarities.len().max(1) as f64;
            // The estimate reads an even subsample of the candidates; unpack only that.
            let stride = weights::em_stride(similarities.len());
            let sample: Vec<Similarities> = similarities
                .iter()
                .step_by(stride)
                .map(PackedSimilarities::unpack)
                .collect();
            weights::estimate(&sample, &random, &defaults, mc.prior_share, max_lambda)
        } else {
            weights::estimate(&[], &[], &defaults, 1.0, 0.5)
        };
        let weights = Weights(estimate.weights);
        timings.push(clock.stop("weights"));
        PeriodModel {
            normaliser,
            corpus,
            roles,
            candidates,
            similarities,
            estimate,
            weights,
        }
    }

    /// The total score of each candidate pair, in candidate order.
    pub fn candidate_scores(&self) -> Vec<f64> {
        self.similarities
            .par_iter()
            .map(|sims| self.weights.combine(&sims.unpack()).0)
            .collect()
    }

    /// Scores any pair of records (candidate or not) with the period's weights.
    pub fn score_pair(&self, a: usize, b: usize) -> (Similarities, f64, [f64; FIELDS]) {
        let sims = score::similarities(&self.corpus, &self.roles, a, b);
        let (total, contributions) = self.weights.combine(&sims);
        (sims, total, contributions)
    }

    /// Shared terms of a field for a pair, most distinctive first, as readable words.
    pub fn shared_terms(
        &self,
        records: &[Record],
        a: usize,
        b: usize,
        field: Field,
    ) -> Vec<String> {
        let (fa, fb) = (&self.corpus.features.at(a), &self.corpus.features.at(b));
        let ids: Vec<u32> = match field {
            Field::Name => intersect(fa.name_terms, fb.name_terms),
            Field::Description => {
                let x: Vec<u32> = fa.description.iter().map(|p| p.0).collect();
                let y: Vec<u32> = fb.description.iter().map(|p| p.0).collect();
                intersect(&x, &y)
            }
            Field::Capabilities | Field::UserGroups | Field::Technologies => {
                let k = match field {
                    Field::Capabilities => 0,
                    Field::UserGroups => 1,
                    _ => 2,
                };
                let items = shared_items(list_of(&records[a], field), list_of(&records[b], field));
                if !items.is_empty() {
                    return items;
                }
                match (&fa.lists[k], &fb.lists[k]) {
                    (Some(x), Some(y)) => intersect(x, y),
                    _ => Vec::new(),
                }
            }
            Field::Dates | Field::Phase => return Vec::new(),
        };
        let mut ids = ids;
        ids.sort_by(|x, y| {
            self.corpus.idf[*y as usize]
                .total_cmp(&self.corpus.idf[*x as usize])
                .then(self.corpus.terms[*x as usize].cmp(&self.corpus.terms[*y as usize]))
        });
        ids.into_iter()
            .filter(|&t| self.corpus.is_label_word(t))
            .map(|t| self.corpus.display(t).to_string())
            .collect()
    }

    /// True when efforts `a` and `b` bear the same name and that name holds a word no other
    /// effort of the period uses anywhere ("Joint Crypt Key Programme" in two catalogues): a
    /// name of their own. Such a pair is exempt from [`MatchConfig::min_other_fields`]: two
    /// unrelated efforts can share a name made of common words ("Fleet Management"), but not
    /// by chance one whose word nobody else writes. Catalogues often leave the other fields
    /// thin or withheld for exactly such projects.
    pub fn own_name(&self, a: usize, b: usize) -> bool {
        self.same_name(a, b)
            && self
                .corpus
                .features
                .at(a)
                .name_terms
                .iter()
                .any(|&t| self.corpus.df.get(t as usize).is_some_and(|&df| df <= 2))
    }

    /// True when efforts `a` and `b` bear the same name (the same terms after normalisation).
    pub fn same_name(&self, a: usize, b: usize) -> bool {
        let (Some(x), Some(y)) = (self.corpus.features.get(a), self.corpus.features.get(b)) else {
            return false;
        };
        !x.name_terms.is_empty() && x.name_terms == y.name_terms
    }

    /// The full evidence of a pair, one entry per field in [`Field::ALL`] order.
    pub fn evidence(&self, records: &[Record], a: usize, b: usize) -> (f64, Vec<FieldEvidence>) {
        let (sims, total, contributions) = self.score_pair(a, b);
        let fields = Field::ALL
            .iter()
            .enumerate()
            .map(|(k, &field)| FieldEvidence {
                field,
                similarity: sims[k].map(|s| round6(f64::from(s))),
                contribution: contributions[k],
                shared: if sims[k].is_some_and(|s| s > 0.0) {
                    self.shared_terms(records, a, b, field)
                } else {
                    Vec::new()
                },
            })
            .collect();
        (total, fields)
    }
}

/// What two efforts are about, beyond their score: which words name a department's subject,
/// for telling apart efforts that do the same kind of work about different things
/// ([`MatchConfig::subject_share`]), and which named phrases tie two efforts as members of one
/// programme ([`MatchConfig::named_phrase_ties`]). Built once per period and config from the
/// term statistics the scorer already keeps.
pub struct Subjects {
    /// Term id -> true when some department uses the term in at least `subject_share` of its
    /// efforts and `subject_lift` times as often as the whole period. Empty when the rule is
    /// off.
    subject: Vec<bool>,
    /// A word both efforts use is specific when at most this many efforts use it.
    specific_df: u32,
    /// Term id -> true for a concept's term (`concepts.txt` and `[matching.concepts]`): a
    /// common component such as a chatbot or notifications, which departments building it for
    /// different subjects could share.
    concept: Vec<bool>,
    /// See [`MatchConfig::component_per_department`].
    per_department: u32,
    /// Each effort's named phrases of three words or more that at most
    /// [`index::MAX_PHRASE_RECORDS`] efforts use, sorted (CSR layout: effort `r`'s are
    /// `phrases[phrase_start[r]..phrase_start[r + 1]]`; most efforts have none). Empty when
    /// [`MatchConfig::named_phrase_ties`] is off.
    phrase_start: Vec<u32>,
    phrases: Vec<u32>,
}

impl Subjects {
    pub fn new(model: &PeriodModel, config: &MatchConfig) -> Subjects {
        let n = model.corpus.len() as f64;
        // At least 2: a word only the pair uses is always specific.
        let specific_df = ((config.specific_share * n) as u32).max(2);
        let (phrase_start, phrases) = if config.named_phrase_ties {
            // Names of three words or more: a two-word name is as often a codename ("Project
            // Tern"), which unrelated efforts reuse, as a programme's.
            let long: std::collections::HashSet<&str> = model
                .normaliser
                .concept_phrases()
                .filter(|&(_, term, name)| {
                    name.split(' ').count() >= 3 && model.normaliser.keeps_words(term)
                })
                .map(|(_, term, _)| term)
                .collect();
            let corpus = &model.corpus;
            let phrase: Vec<bool> = corpus
                .terms
                .iter()
                .zip(&corpus.df)
                .map(|(t, &df)| {
                    df as usize <= index::MAX_PHRASE_RECORDS && long.contains(t.as_str())
                })
                .collect();
            let per_effort: Vec<Vec<u32>> = corpus
                .features
                .par_iter()
                .map(|f| {
                    let mut own: Vec<u32> = f
                        .name_terms
                        .iter()
                        .chain(f.description.iter().map(|p| &p.0))
                        .copied()
                        .filter(|&t| phrase[t as usize])
                        .collect();
                    own.sort_unstable();
                    own.dedup();
                    own
                })
                .collect();
            let mut start = Vec::with_capacity(per_effort.len() + 1);
            start.push(0u32);
            let mut flat = Vec::new();
            for own in per_effort {
                flat.extend(own);
                start.push(flat.len() as u32);
            }
            (start, flat)
        } else {
            (Vec::new(), Vec::new())
        };
        if config.subject_share <= 0.0 || n == 0.0 {
            return Subjects {
                subject: Vec::new(),
                specific_df,
                concept: Vec::new(),
                per_department: config.component_per_department,
                phrase_start,
                phrases,
            };
        }
        let concepts: std::collections::HashSet<&str> = model
            .normaliser
            .concept_phrases()
            .map(|(_, term, _)| term)
            .collect();
        let concept = model
            .corpus
            .terms
            .iter()
            .map(|t| concepts.contains(t.as_str()))
            .collect();
        let roles = &model.roles;
        let subject = (0..model.corpus.terms.len())
            .map(|t| {
                let rate = f64::from(model.corpus.df[t]) / n;
                roles.homes(t).iter().any(|&(d, count)| {
                    let size = roles.department_sizes.get(d as usize).copied().unwrap_or(0);
                    let share = f64::from(count) / f64::from(size.max(1));
                    share >= config.subject_share && share >= config.subject_lift * rate
                })
            })
            .collect();
        Subjects {
            subject,
            specific_df,
            concept,
            per_department: config.component_per_department,
            phrase_start,
            phrases,
        }
    }

    /// A named phrase of three words or more that efforts `a` and `b` both use (name or
    /// description) and at most [`index::MAX_PHRASE_RECORDS`] efforts use: a programme's
    /// name, which ties the pair ([`MatchConfig::named_phrase_ties`]).
    pub fn shared_phrase(&self, a: usize, b: usize) -> Option<u32> {
        let of = |r: usize| match (self.phrase_start.get(r), self.phrase_start.get(r + 1)) {
            (Some(&from), Some(&to)) => &self.phrases[from as usize..to as usize],
            _ => &[],
        };
        let (pa, pb) = (of(a), of(b));
        pa.iter().copied().find(|t| pb.binary_search(t).is_ok())
    }

    /// The background rule: a pair scoring `score`, whose efforts' background is `bg`, stands
    /// out when it reaches `report_threshold` plus `background_share` of that background, or
    /// reaches `report_threshold` and the two share a programme's name
    /// ([`Subjects::shared_phrase`]).
    pub fn stands_out(
        &self,
        config: &MatchConfig,
        score: f64,
        bg: f64,
        a: usize,
        b: usize,
    ) -> bool {
        score - config.background_share * bg >= config.report_threshold
            || (score >= config.report_threshold && self.shared_phrase(a, b).is_some())
    }

    /// True when `t` is a common component that neither department mentions in more than
    /// `per_department` of its efforts.
    fn component(&self, model: &PeriodModel, t: u32, a: usize, b: usize) -> bool {
        if !self.concept.get(t as usize).copied().unwrap_or(false) {
            return false;
        }
        let homes = model.roles.homes(t as usize);
        let few = |x: usize| {
            let d = model.corpus.features.department(x);
            homes.iter().find(|h| h.0 == d).map_or(1, |h| h.1) <= self.per_department
        };
        few(a) && few(b)
    }

    /// A common component ([`Subjects::component`]) that `a` and `b` both mention in their
    /// names or descriptions, if any.
    pub fn shared_component(&self, model: &PeriodModel, a: usize, b: usize) -> Option<u32> {
        let (fa, fb) = (&model.corpus.features.at(a), &model.corpus.features.at(b));
        fa.name_terms
            .iter()
            .chain(fa.description.iter().map(|p| &p.0))
            .copied()
            .find(|&w| self.component(model, w, a, b) && mentions(fb, w))
    }

    /// The subject term of `x`'s name that `y` never mentions (in its name or description),
    /// with the fewest users, and that number.
    fn unshared(&self, model: &PeriodModel, x: usize, y: usize) -> Option<(u32, u32)> {
        let (fx, fy) = (&model.corpus.features.at(x), &model.corpus.features.at(y));
        fx.name_terms
            .iter()
            .filter(|&&t| self.subject.get(t as usize).copied().unwrap_or(false))
            .filter(|&&t| !mentions(fy, t))
            .map(|&t| (model.corpus.df[t as usize], t))
            .min()
    }

    /// `Some((s, t))` when efforts `a` and `b` are about different subjects: `a`'s name holds
    /// subject `s` that `b` never mentions, `b`'s holds `t` that `a` never mentions, and they
    /// use no word in common that is as specific as those (at most `specific_df` efforts use
    /// it, and no more than use `s` or `t`) or that is a common component (a concept).
    pub fn distinct(&self, model: &PeriodModel, a: usize, b: usize) -> Option<(u32, u32)> {
        if self.subject.is_empty() {
            return None;
        }
        let (da, s) = self.unshared(model, a, b)?;
        let (db, t) = self.unshared(model, b, a)?;
        let bar = da.min(db).min(self.specific_df);
        let (fa, fb) = (&model.corpus.features.at(a), &model.corpus.features.at(b));
        let tie = fa
            .name_terms
            .iter()
            .chain(fa.description.iter().map(|p| &p.0))
            .any(|&w| {
                (model.corpus.df[w as usize] <= bar || self.component(model, w, a, b))
                    && mentions(fb, w)
            });
        (!tie).then_some((s, t))
    }
}

/// True when term `t` is in `f`'s name or description.
fn mentions(f: &index::Features, t: u32) -> bool {
    f.name_terms.binary_search(&t).is_ok()
        || f.description.binary_search_by_key(&t, |p| p.0).is_ok()
}

pub use crate::model::CandidateRecall;

impl PeriodModel {
    /// The share of pairs that exhaustive scoring puts at or above `threshold` which candidate
    /// generation also found, on an even sample of `sample` records (each compared with every
    /// record in other departments). Cost: `sample x len()` pair scorings.
    pub fn candidate_recall(&self, threshold: f64, sample: usize) -> CandidateRecall {
        self.recall_of(sample, |_, _, sims| {
            self.weights.combine(sims).0 >= threshold
        })
    }

    /// Like [`PeriodModel::candidate_recall`], but counting the pairs that exhaustive scoring
    /// would report under `config`'s rules (threshold over the background, support beyond the
    /// strongest field). A sampled record's background comes from its exhaustive scores; its
    /// partner's from candidate generation (which can only be lower, so the measure errs strict).
    pub fn reported_candidate_recall(
        &self,
        config: &MatchConfig,
        sample: usize,
    ) -> CandidateRecall {
        let n = self.corpus.len();
        let background = background(
            n,
            &self.candidates,
            &self.candidate_scores(),
            config.background_rank,
        );
        let subjects = Subjects::new(self, config);
        let stride = n.div_ceil(sample.max(1)).max(1);
        let sampled: Vec<usize> = (0..n).step_by(stride).collect();
        let (exhaustive_pairs, found) = sampled
            .par_iter()
            .map(|&a| {
                let dept = self.corpus.features.department(a);
                let scored: Vec<(usize, f64, f64)> = (0..n)
                    .filter(|&b| self.corpus.features.department(b) != dept)
                    .map(|b| {
                        let sims = score::similarities(&self.corpus, &self.roles, a, b);
                        (
                            b,
                            self.weights.combine(&sims).0,
                            other_fields(&self.weights, &sims),
                        )
                    })
                    .collect();
                let mut all: Vec<f64> = scored.iter().map(|x| x.1).collect();
                let own = if all.len() >= config.background_rank && config.background_rank > 0 {
                    let k = config.background_rank - 1;
                    *all.select_nth_unstable_by(k, |x, y| y.total_cmp(x)).1
                } else {
                    0.0
                };
                let bg_a = own.max(background[a]);
                let (mut total, mut hit) = (0usize, 0usize);
                for (b, score, others) in scored {
                    let bg = bg_a.max(background[b]);
                    if subjects.stands_out(config, score, bg, a, b)
                        && (others >= config.min_other_fields || self.own_name(a, b))
                        && subjects.distinct(self, a, b).is_none()
                    {
                        total += 1;
                        let key = (a.min(b) as u32, a.max(b) as u32);
                        if self.candidates.binary_search(&key).is_ok() {
                            hit += 1;
                        }
                    }
                }
                (total, hit)
            })
            .reduce(|| (0, 0), |x, y| (x.0 + y.0, x.1 + y.1));
        CandidateRecall::new(sampled.len(), exhaustive_pairs, found)
    }

    fn recall_of(
        &self,
        sample: usize,
        counts: impl Fn(usize, usize, &Similarities) -> bool + Sync,
    ) -> CandidateRecall {
        let n = self.corpus.len();
        let stride = n.div_ceil(sample.max(1)).max(1);
        let sampled: Vec<usize> = (0..n).step_by(stride).collect();
        let (exhaustive_pairs, found) = sampled
            .par_iter()
            .map(|&a| {
                let dept = self.corpus.features.department(a);
                let (mut total, mut hit) = (0usize, 0usize);
                for b in 0..n {
                    if self.corpus.features.department(b) == dept {
                        continue;
                    }
                    let sims = score::similarities(&self.corpus, &self.roles, a, b);
                    if counts(a, b, &sims) {
                        total += 1;
                        let key = (a.min(b) as u32, a.max(b) as u32);
                        if self.candidates.binary_search(&key).is_ok() {
                            hit += 1;
                        }
                    }
                }
                (total, hit)
            })
            .reduce(|| (0, 0), |x, y| (x.0 + y.0, x.1 + y.1));
        CandidateRecall::new(sampled.len(), exhaustive_pairs, found)
    }
}

fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    a.iter()
        .filter(|t| b.binary_search(t).is_ok())
        .copied()
        .collect()
}

fn list_of(record: &Record, field: Field) -> &[String] {
    match field {
        Field::Capabilities => &record.capabilities,
        Field::UserGroups => &record.user_groups,
        Field::Technologies => &record.technologies,
        _ => &[],
    }
}

/// List items of `a` that `b` also lists (ignoring case and surrounding space), in `a`'s order.
fn shared_items(a: &[String], b: &[String]) -> Vec<String> {
    a.iter()
        .map(|i| i.trim())
        .filter(|i| !i.is_empty() && b.iter().any(|j| j.trim().eq_ignore_ascii_case(i)))
        .map(str::to_string)
        .collect()
}

/// A fixed-seed sample of cross-department pairs, for the unrelated-pair statistics.
fn random_pairs(corpus: &Corpus, count: usize) -> Vec<(u32, u32)> {
    let n = corpus.len();
    if n < 2 || corpus.departments.len() < 2 {
        return Vec::new();
    }
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(0x006f_7665_726c_6170);
    let mut out = Vec::with_capacity(count);
    let mut attempts = 0;
    while out.len() < count && attempts < count * 20 {
        attempts += 1;
        let a = rng.gen_range(0..n);
        let b = rng.gen_range(0..n);
        if corpus.features.department(a) != corpus.features.department(b) {
            out.push((a.min(b) as u32, a.max(b) as u32));
        }
    }
    out
}

/// Finds, scores and groups overlapping efforts across departments. Runs on the current rayon
/// pool; the result is identical whatever the pool's size. `records` must be in the order
/// ingest produced them; indices in the outcome refer to it.
pub fn match_records(
    records: &[Record],
    config: &Config,
    ui: &Ui,
) -> (MatchOutcome, Vec<StageTiming>) {
    let mut timings = Vec::new();
    let spinner = ui.spinner("matching");
    let model = PeriodModel::build(records, config, &mut timings);
    let clock = Stopwatch::start();
    let outcome = outcome(records, config, &model);
    timings.push(clock.stop("group"));
    spinner.finish_and_clear();
    (outcome, timings)
}

/// The reported pairs (indices into the model's candidates, with scores), after the threshold
/// and the best-match-per-department rule.
pub fn reported(
    model: &PeriodModel,
    records: &[Record],
    config: &MatchConfig,
) -> Vec<(u32, u32, f64)> {
    let _ = records;
    let scores = model.candidate_scores();
    let background = background(
        model.corpus.len(),
        &model.candidates,
        &scores,
        config.background_rank,
    );
    let subjects = Subjects::new(model, config);
    // Pairs that pass every rule, and those that pass every rule but the background's, which
    // a close circle can still report (true: stands out on its own).
    let passing: Vec<(u32, u32, f64, bool)> = model
        .candidates
        .par_iter()
        .zip(&scores)
        .zip(&model.similarities)
        .filter_map(|((&(a, b), &score), sims)| {
            let (x, y) = (a as usize, b as usize);
            let bg = background[x].max(background[y]);
            let alone = subjects.stands_out(config, score, bg, x, y);
            // A circle's pair leads its efforts' next-closest candidates, which score at least
            // the background (the `background_rank`-th closest): a cheap test that rules out
            // most pairs before the costlier ones.
            let possible = alone
                || (config.close_circles
                    && score >= config.report_threshold
                    && score - bg >= config.min_lead);
            let pass = possible
                && (other_fields(&model.weights, &sims.unpack()) >= config.min_other_fields
                    || model.own_name(x, y))
                && subjects.distinct(model, x, y).is_none();
            pass.then_some((a, b, score, alone))
        })
        .collect();
    let seeds: Vec<u32> = passing
        .iter()
        .filter(|p| !p.3)
        .flat_map(|p| [p.0, p.1])
        .collect();
    let circles = close_circles(model, &scores, config, &seeds);
    let mut members: Vec<Vec<u32>> = Vec::new();
    let above: Vec<(u32, u32, f64)> = passing
        .into_iter()
        .filter(|&(a, b, score, alone)| {
            if alone {
                return true;
            }
            match in_circle(model, circles.as_ref(), config, score, a, b) {
                Some(m) => {
                    members.push(m);
                    true
                }
                None => false,
            }
        })
        .map(|(a, b, score, _)| (a, b, score))
        .collect();
    let above = if config.min_lead > 0.0 {
        with_lead(model, &scores, above, config.min_lead)
    } else {
        above
    };
    if !config.best_match_per_department {
        return above;
    }
    // Best score of each record against each other department.
    let mut best: HashMap<(u32, u32), f64> = HashMap::new();
    let dept = |i: u32| model.corpus.features.department(i as usize);
    for &(a, b, s) in &above {
        for (x, y) in [(a, b), (b, a)] {
            let e = best.entry((x, dept(y))).or_insert(s);
            if s > *e {
                *e = s;
            }
        }
    }
    let margin = config.best_match_margin;
    let mut kept: Vec<(u32, u32, f64)> = above
        .into_iter()
        .filter(|&(a, b, s)| {
            s + margin >= best.get(&(a, dept(b))).copied().unwrap_or(s)
                && s + margin >= best.get(&(b, dept(a))).copied().unwrap_or(s)
        })
        .collect();
    // A close circle whose members build one common component (a concept) reports its other
    // pairs too, however they score: the shape and the component are the evidence.
    members.sort_unstable();
    members.dedup();
    let mut known: std::collections::HashSet<(u32, u32)> =
        kept.iter().map(|&(a, b, _)| (a.min(b), a.max(b))).collect();
    for circle in &members {
        for (i, &a) in circle.iter().enumerate() {
            for &b in &circle[i + 1..] {
                let key = (a.min(b), a.max(b));
                if !known.contains(&key) && completes(model, &subjects, config, a, b) {
                    known.insert(key);
                    let (_, score, _) = model.score_pair(a as usize, b as usize);
                    kept.push((key.0, key.1, score));
                }
            }
        }
    }
    kept
}

/// True when `a` and `b`, two members of one close circle, are reported with it: they share a
/// common component ([`Subjects::shared_component`]) and pass the rules every pair must (support
/// beyond one field, not about different subjects).
fn completes(
    model: &PeriodModel,
    subjects: &Subjects,
    config: &MatchConfig,
    a: u32,
    b: u32,
) -> bool {
    let (x, y) = (a as usize, b as usize);
    let (sims, _, _) = model.score_pair(x, y);
    subjects.shared_component(model, x, y).is_some()
        && (other_fields(&model.weights, &sims) >= config.min_other_fields || model.own_name(x, y))
        && subjects.distinct(model, x, y).is_none()
}

/// What it takes to find the close circles ([`MatchConfig::close_circles`]) of pairs of
/// `seeds`, or None when they are off. `scores` are the model's
/// [`PeriodModel::candidate_scores`].
pub fn close_circles(
    model: &PeriodModel,
    scores: &[f64],
    config: &MatchConfig,
    seeds: &[u32],
) -> Option<circles::Circles> {
    (config.close_circles && config.background_rank >= 3).then(|| {
        circles::Circles::around(
            model.corpus.len(),
            &model.candidates,
            scores,
            config.background_rank - 1,
            seeds,
        )
    })
}

/// The close circle that `a` and `b` (scoring `score`) belong to, if any, when the pair scores
/// at least `report_threshold`: its members, `a` first ([`circles::Circles::circle`]).
pub fn in_circle(
    model: &PeriodModel,
    circles: Option<&circles::Circles>,
    config: &MatchConfig,
    score: f64,
    a: u32,
    b: u32,
) -> Option<Vec<u32>> {
    if score < config.report_threshold {
        return None;
    }
    let limits = (score, config.min_lead);
    circles?.circle(a as usize, b as usize, limits, |x| {
        model.corpus.features.department(x)
    })
}

/// The close circle holding `x` and `y`, whichever of its pairs stands out
/// ([`circles::Circles::holding`]), with `x` first, or None.
pub fn circle_holding(
    model: &PeriodModel,
    scores: &[f64],
    config: &MatchConfig,
    x: u32,
    y: u32,
) -> Option<Vec<u32>> {
    let circles = close_circles(model, scores, config, &[x, y])?;
    circles.holding(
        x as usize,
        y as usize,
        (config.report_threshold, config.min_lead),
        |e| model.corpus.features.department(e),
    )
}

/// The pairs of `above` that score at least `lead` more than each effort's next-best candidate
/// in the other's department ([`MatchConfig::min_lead`]). One pass over the candidates, reading
/// only those of efforts in `above`.
fn with_lead(
    model: &PeriodModel,
    scores: &[f64],
    above: Vec<(u32, u32, f64)>,
    lead: f64,
) -> Vec<(u32, u32, f64)> {
    let dept = |i: u32| model.corpus.features.department(i as usize);
    // The two best candidates (score, partner) of each (effort, department) that a pair asks
    // about. Candidates are distinct pairs, so a partner appears once per key and the
    // next-best of a pair is the entry that is not its partner, whatever the order of ties.
    let mut top: HashMap<(u32, u32), [(f64, u32); 2]> = HashMap::with_capacity(2 * above.len());
    let mut asked = vec![false; model.corpus.len()];
    for &(a, b, _) in &above {
        for (x, y) in [(a, b), (b, a)] {
            top.insert((x, dept(y)), [(f64::NEG_INFINITY, u32::MAX); 2]);
            asked[x as usize] = true;
        }
    }
    for (&(a, b), &s) in model.candidates.iter().zip(scores) {
        for (x, y) in [(a, b), (b, a)] {
            if !asked[x as usize] {
                continue;
            }
            if let Some(best) = top.get_mut(&(x, dept(y))) {
                if s > best[0].0 {
                    best[1] = best[0];
                    best[0] = (s, y);
                } else if s > best[1].0 {
                    best[1] = (s, y);
                }
            }
        }
    }
    let next = |x: u32, y: u32| -> f64 {
        top.get(&(x, dept(y))).map_or(f64::NEG_INFINITY, |best| {
            if best[0].1 == y { best[1].0 } else { best[0].0 }
        })
    };
    above
        .into_iter()
        .filter(|&(a, b, s)| {
            let margin = s - next(a, b).max(next(b, a));
            margin >= lead || (margin > 0.0 && model.same_name(a as usize, b as usize))
        })
        .collect()
}

/// Effort `x`'s best candidate in `department` other than `except`, with its score: what a pair
/// of `x` in that department must lead by [`MatchConfig::min_lead`] (for `explain`).
/// `scores` are the model's [`PeriodModel::candidate_scores`].
pub fn next_best(
    model: &PeriodModel,
    scores: &[f64],
    x: u32,
    department: u32,
    except: u32,
) -> Option<(u32, f64)> {
    let mut best: Option<(u32, f64)> = None;
    for (&(a, b), &s) in model.candidates.iter().zip(scores) {
        let y = match x {
            _ if a == x => b,
            _ if b == x => a,
            _ => continue,
        };
        if y == except || model.corpus.features.department(y as usize) != department {
            continue;
        }
        if best.is_none_or(|(_, t)| s > t) {
            best = Some((y, s));
        }
    }
    best
}

/// How much of a pair's score comes from fields other than its strongest one.
pub fn other_fields(weights: &Weights, sims: &Similarities) -> f64 {
    let (total, contributions) = weights.combine(sims);
    total - contributions.iter().copied().fold(0.0, f64::max)
}

/// Each record's background: the score of its `rank`-th best candidate pair (0 when it has
/// fewer). Records are compared only with their candidates, so this costs one pass over them.
///
/// Candidates sorted by their first record (as [`index::Corpus::candidates`] gives them) hold
/// each record's pairs as first record in one run; only the pairs where it is second are
/// gathered, into one flat array, and each record's two lists are read side by side in
/// parallel. Other candidate lists take [`background_gathered`], which gathers both sides:
/// twice the scattered writes and memory (at a million efforts, a second and 300 MB).
pub fn background(
    records: usize,
    candidates: &[(u32, u32)],
    scores: &[f64],
    rank: usize,
) -> Vec<f64> {
    if rank == 0 || !candidates.is_sorted_by_key(|p| p.0) {
        return background_gathered(records, candidates, scores, rank);
    }
    // Record r's pairs as first record are candidates[first[r]..first[r + 1]].
    let mut first = vec![0usize; records + 1];
    for &(a, _) in candidates {
        if let Some(count) = first.get_mut(a as usize + 1) {
            *count += 1;
        }
    }
    for r in 0..records {
        first[r + 1] += first[r];
    }
    // Record r's scores as second record are flat[second[r]..second[r + 1]].
    let mut second = vec![0usize; records + 1];
    for &(_, b) in candidates {
        if let Some(count) = second.get_mut(b as usize + 1) {
            *count += 1;
        }
    }
    for r in 0..records {
        second[r + 1] += second[r];
    }
    let mut flat = vec![0.0f64; second[records]];
    let mut fill = second.clone();
    for (&(_, b), &s) in candidates.iter().zip(scores) {
        let b = b as usize;
        if b < records {
            flat[fill[b]] = s;
            fill[b] += 1;
        }
    }
    drop(fill);
    (0..records)
        .into_par_iter()
        .map_init(Vec::new, |own: &mut Vec<f64>, r| {
            own.clear();
            own.extend_from_slice(&scores[first[r]..first[r + 1]]);
            own.extend_from_slice(&flat[second[r]..second[r + 1]]);
            if own.len() < rank {
                return 0.0;
            }
            let (_, kth, _) = own.select_nth_unstable_by(rank - 1, |x, y| y.total_cmp(x));
            *kth
        })
        .collect()
}

/// [`background`] for candidates in any order: every record's scores gathered into one flat
/// array.
pub fn background_gathered(
    records: usize,
    candidates: &[(u32, u32)],
    scores: &[f64],
    rank: usize,
) -> Vec<f64> {
    // Each record's scores in one flat array (CSR layout: `start[r]..start[r + 1]`), not one
    // Vec per record: at a million records the Vecs' headers and spare capacity cost more than
    // the scores.
    let mut start = vec![0usize; records + 1];
    for &(a, b) in candidates {
        for r in [a as usize, b as usize] {
            if let Some(count) = start.get_mut(r + 1) {
                *count += 1;
            }
        }
    }
    for r in 0..records {
        start[r + 1] += start[r];
    }
    let mut flat = vec![0.0f64; start[records]];
    let mut fill = start.clone();
    for (&(a, b), &s) in candidates.iter().zip(scores) {
        for r in [a as usize, b as usize] {
            if r < records {
                flat[fill[r]] = s;
                fill[r] += 1;
            }
        }
    }
    drop(fill);
    let mut per_record: Vec<&mut [f64]> = Vec::with_capacity(records);
    let mut rest = flat.as_mut_slice();
    for r in 0..records {
        let (own, tail) = rest.split_at_mut(start[r + 1] - start[r]);
        per_record.push(own);
        rest = tail;
    }
    per_record
        .into_par_iter()
        .map(|v| {
            if rank == 0 || v.len() < rank {
                return 0.0;
            }
            let (_, kth, _) = v.select_nth_unstable_by(rank - 1, |x, y| y.total_cmp(x));
            *kth
        })
        .collect()
}

/// Builds the outcome from a period model: reported pairs with evidence, and opportunities.
pub fn outcome(records: &[Record], config: &Config, model: &PeriodModel) -> MatchOutcome {
    let mc = &config.matching;
    let (kept, _) = reported_with_groups(model, records, mc);
    finish_outcome(records, model, mc, kept)
}

/// Every reported pair: first those that stand out on their own ([`reported`]), then group
/// completion's: inside a group those form, the cross-department pairs scoring at least
/// `group_pair_threshold` (the group vouches for them). Returns the pairs and how many of them,
/// at the front, stand out on their own.
pub fn reported_with_groups(
    model: &PeriodModel,
    records: &[Record],
    mc: &MatchConfig,
) -> (Vec<(u32, u32, f64)>, usize) {
    let mut kept = reported(model, records, mc);
    let direct = kept.len();
    let first: Vec<cluster::Link> = kept
        .iter()
        .map(|&(a, b, score)| cluster::Link { a, b, score })
        .collect();
    let known: std::collections::HashSet<(u32, u32)> =
        kept.iter().map(|&(a, b, _)| (a.min(b), a.max(b))).collect();
    for members in cluster::group(&first, mc.min_link_share) {
        for (x, &a) in members.iter().enumerate() {
            for &b in &members[x + 1..] {
                let (a, b) = (a.min(b), a.max(b));
                if known.contains(&(a, b))
                    || records[a as usize].department == records[b as usize].department
                {
                    continue;
                }
                let (_, score, _) = model.score_pair(a as usize, b as usize);
                if score >= mc.group_pair_threshold {
                    kept.push((a, b, score));
                }
            }
        }
    }
    (kept, direct)
}

/// The outcome from the reported pairs: sorted, with evidence, grouped into opportunities.
fn finish_outcome(
    records: &[Record],
    model: &PeriodModel,
    mc: &MatchConfig,
    kept: Vec<(u32, u32, f64)>,
) -> MatchOutcome {
    // Pairs sorted by (a, b) keys: (department, record_id) of each side, smaller side first.
    let key = |i: u32| {
        (
            &records[i as usize].department,
            &records[i as usize].record_id,
        )
    };
    let mut kept: Vec<(u32, u32, f64)> = kept
        .into_iter()
        .map(|(a, b, s)| {
            if key(a) <= key(b) {
                (a, b, s)
            } else {
                (b, a, s)
            }
        })
        .collect();
    kept.sort_by(|x, y| key(x.0).cmp(&key(y.0)).then(key(x.1).cmp(&key(y.1))));
    let mut pairs: Vec<ScoredPair> = kept
        .par_iter()
        .map(|&(a, b, _)| {
            let (score, fields) = model.evidence(records, a as usize, b as usize);
            ScoredPair {
                a,
                b,
                score,
                fields,
                opportunity: None,
            }
        })
        .collect();

    let links: Vec<cluster::Link> = pairs
        .iter()
        .map(|p| cluster::Link {
            a: p.a,
            b: p.b,
            score: p.score,
        })
        .collect();
    let groups = cluster::group(&links, mc.min_link_share);
    let pair_index: HashMap<(u32, u32), usize> = pairs
        .iter()
        .enumerate()
        .map(|(k, p)| ((p.a.min(p.b), p.a.max(p.b)), k))
        .collect();
    let mut opportunities: Vec<Opportunity> = groups
        .iter()
        .filter_map(|members| opportunity(records, model, mc, &pairs, &pair_index, members))
        .collect();
    opportunities.sort_by(|x, y| x.id.cmp(&y.id));
    for (k, o) in opportunities.iter().enumerate() {
        for &p in &o.pairs {
            pairs[p].opportunity = Some(k);
        }
    }
    let stats = MatchStats {
        records: records.len() as u64,
        candidate_pairs: model.candidates.len() as u64,
        scored_pairs: model.candidates.len() as u64,
        reported_pairs: pairs.len() as u64,
        opportunities: opportunities.len() as u64,
        candidate_recall: None,
    };
    MatchOutcome {
        pairs,
        opportunities,
        stats,
    }
}

fn opportunity(
    records: &[Record],
    model: &PeriodModel,
    mc: &MatchConfig,
    pairs: &[ScoredPair],
    pair_index: &HashMap<(u32, u32), usize>,
    members: &[u32],
) -> Option<Opportunity> {
    let mut members = members.to_vec();
    let key = |i: &u32| {
        (
            records[*i as usize].department.clone(),
            records[*i as usize].record_id.clone(),
        )
    };
    members.sort_by_key(key);
    let mut departments: Vec<String> = members
        .iter()
        .map(|&i| records[i as usize].department.clone())
        .collect();
    departments.sort();
    departments.dedup();
    if departments.len() < 2 {
        return None;
    }
    let mut inside: Vec<usize> = Vec::new();
    for (x, &a) in members.iter().enumerate() {
        for &b in &members[x + 1..] {
            if let Some(&k) = pair_index.get(&(a.min(b), a.max(b))) {
                inside.push(k);
            }
        }
    }
    inside.sort_unstable();
    let scores: Vec<f64> = inside.iter().map(|&k| pairs[k].score).collect();
    let user_sims: Vec<f64> = inside
        .iter()
        .filter_map(|&k| {
            pairs[k]
                .fields
                .iter()
                .find(|f| f.field == Field::UserGroups)?
                .similarity
        })
        .collect();
    let kind = cluster::opportunity_type(
        departments.len(),
        members.len(),
        &scores,
        &user_sims,
        mc.duplication_score,
    );
    let member_records: Vec<&Record> = members.iter().map(|&i| &records[i as usize]).collect();
    let keys: Vec<String> = member_records.iter().map(|r| r.key()).collect();
    let best = inside
        .iter()
        .copied()
        .max_by(|&x, &y| pairs[x].score.total_cmp(&pairs[y].score).then(y.cmp(&x)))?;
    let theme = explain::theme(
        model,
        records,
        &inside.iter().map(|&k| &pairs[k]).collect::<Vec<_>>(),
    );
    let evidence =
        explain::opportunity_evidence(records, &member_records, &departments, &pairs[best], kind);
    Some(Opportunity {
        id: cluster::opportunity_id(&keys),
        kind,
        theme,
        combined_budget_gbp: crate::model::total_gbp(
            member_records.iter().filter_map(|r| r.budget_gbp),
        ),
        score: pairs[best].score,
        action: cluster::action(&member_records),
        evidence,
        members,
        departments,
        pairs: inside,
    })
}

impl Corpus {
    /// True when a term can stand in a label or a list of shared words: not a bare number
    /// ("2", "2026") and not a stop word.
    pub fn is_label_word(&self, term: u32) -> bool {
        let word = self.display(term);
        !word.is_empty() && !word.chars().all(|c| c.is_numeric()) && !normalise::is_stop_word(word)
    }

    /// A readable word for a stemmed term (the surface form most records use).
    pub fn display(&self, term: u32) -> &str {
        self.display_words
            .get(term as usize)
            .map(String::as_str)
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| self.terms.get(term as usize).map_or("", String::as_str))
    }
}

/// Records' learnt acronyms, for `explain`.
pub fn learnt_acronyms(model: &PeriodModel) -> &BTreeMap<String, String> {
    &model.corpus.learnt_acronyms
}

#[cfg(test)]
pub(crate) mod testdata;

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn evaluate_sample(outcome: &MatchOutcome, records: &[Record]) -> evaluate::Evaluation {
        let mut csv = Vec::new();
        write_pairs_csv(&mut csv, records, outcome).expect("write pairs");
        let rows = read_pairs_csv(csv.as_slice(), "pairs.csv").expect("read pairs");
        let truth_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/truth.csv");
        let truth =
            evaluate::read_truth(std::fs::File::open(truth_path).expect("truth"), "truth.csv")
                .expect("truth parses");
        evaluate::evaluate(&truth, &rows, None)
    }

    /// Matching quality on the sample period with the default config: issue 3 asks for
    /// precision and recall of at least 0.9 each (measured 0.946 and 0.907 once close circles
    /// report their weak pairs that share a component and "find a job" joined the job vacancy
    /// concept; 0.945 and 0.887 before them). The margin is one planted pair (88 of 97 found,
    /// 88 needed).
    #[test]
    fn sample_period_quality_does_not_regress() {
        let records = testdata::sample();
        let (outcome, _) = match_records(
            &records,
            &Config::default(),
            &Ui {
                quiet: true,
                verbose: 0,
            },
        );
        let e = evaluate_sample(&outcome, &records);
        assert!(e.precision >= 0.9 && e.recall >= 0.9, "{}", e.to_text());
    }

    /// A progress line can follow the build: each stage is announced, in order, with the
    /// counts it names.
    #[test]
    fn build_announces_each_stage_as_it_starts() {
        let records = testdata::sample();
        let config = Config::default();
        let heard = std::sync::Mutex::new(Vec::<String>::new());
        let mut timings = Vec::new();
        let model = PeriodModel::build_observed(&records, &config, &mut timings, &|stage| {
            heard.lock().unwrap().push(stage.to_string())
        });
        let heard = heard.into_inner().unwrap();
        assert_eq!(
            heard,
            vec![
                format!("normalising the text of {} efforts", records.len()),
                "finding candidate pairs".to_string(),
                format!(
                    "scoring {} candidate pairs",
                    crate::report::thousands(model.candidates.len() as i64)
                ),
                "estimating the field weights".to_string(),
            ]
        );
        let stages: Vec<&str> = timings.iter().map(|t| t.stage.as_str()).collect();
        assert_eq!(stages, ["normalise", "candidates", "score", "weights"]);
    }

    /// `explain` agrees with the run: every pair in the outcome (group completion's too) is
    /// explained as reported, and says which way; a pair the run leaves out is not.
    #[test]
    fn explain_calls_every_reported_pair_reported() {
        let records = testdata::sample();
        let config = Config::default();
        let model = PeriodModel::build(&records, &config, &mut Vec::new());
        let outcome = outcome(&records, &config, &model);
        let (_, direct) = reported_with_groups(&model, &records, &config.matching);
        assert!(
            outcome.pairs.len() > direct,
            "the sample has group-completed pairs"
        );
        let verdict = |a: u32, b: u32| {
            let text =
                explain::explain_pair(&model, &records, &config.matching, a as usize, b as usize);
            text.lines().last().unwrap_or_default().to_string()
        };
        let mut through_group = 0;
        for p in &outcome.pairs {
            let v = verdict(p.a, p.b);
            assert!(v.starts_with("Reported"), "{v}");
            through_group += usize::from(v.starts_with("Reported through its group"));
        }
        assert_eq!(through_group, outcome.pairs.len() - direct);
        let reported: std::collections::HashSet<(u32, u32)> = outcome
            .pairs
            .iter()
            .map(|p| (p.a.min(p.b), p.a.max(p.b)))
            .collect();
        let left_out = model
            .candidates
            .iter()
            .find(|&&(a, b)| {
                !reported.contains(&(a, b)) && {
                    records[a as usize].department != records[b as usize].department
                }
            })
            .copied()
            .expect("a candidate the run leaves out");
        assert!(verdict(left_out.0, left_out.1).starts_with("Not reported"));
    }

    /// `min_lead`: every pair reported before group completion scores at least `min_lead`
    /// more than each effort's next-best candidate in the other's department (found here by
    /// brute force over the candidates), and the sample has pairs that only the rule drops.
    #[test]
    fn reported_pairs_lead_their_departments() {
        let records = testdata::sample();
        let config = Config::default();
        let model = PeriodModel::build(&records, &config, &mut Vec::new());
        let scores = model.candidate_scores();
        let dept = |i: u32| model.corpus.features.department(i as usize);
        let lead_of = |a: u32, b: u32, s: f64| -> f64 {
            let mut next = f64::NEG_INFINITY;
            for (&(p, q), &t) in model.candidates.iter().zip(&scores) {
                for (x, y) in [(p, q), (q, p)] {
                    let rival = (x == a && y != b && dept(y) == dept(b))
                        || (x == b && y != a && dept(y) == dept(a));
                    if rival {
                        next = next.max(t);
                    }
                }
            }
            s - next
        };
        let lead = config.matching.min_lead;
        assert!(lead > 0.0, "min_lead is on by default");
        // Close circles use min_lead too (their pairs lead the next-closest candidate).
        let mut on = config.matching.clone();
        on.close_circles = false;
        let kept = reported(&model, &records, &on);
        assert!(!kept.is_empty());
        for &(a, b, s) in &kept {
            let margin = lead_of(a, b, s);
            assert!(
                margin >= lead || (margin > 0.0 && model.same_name(a as usize, b as usize)),
                "pair {a}-{b} leads by less than {lead}"
            );
        }
        let mut off = on.clone();
        off.min_lead = 0.0;
        let without = reported(&model, &records, &off);
        let dropped: Vec<_> = without
            .iter()
            .filter(|&&(a, b, s)| lead_of(a, b, s) < lead)
            .collect();
        assert!(!dropped.is_empty(), "the rule drops some sample pair");
        assert_eq!(kept.len() + dropped.len(), without.len());
        // explain says why such a pair is not reported.
        let &(a, b, _) = dropped[0];
        let text = explain::explain_pair(&model, &records, &on, a as usize, b as usize);
        assert!(text.contains("[matching] min_lead"), "{text}");
    }

    /// A description that is one of `[input] null_values` ("Exempt under section 26 ...")
    /// says nothing about the effort: it is not compared, so it neither helps nor hurts,
    /// while the same text not declared a placeholder is compared like any description.
    #[test]
    fn placeholder_descriptions_are_not_compared() {
        let effort = |department: &str, description: &str| Record {
            department: department.into(),
            record_id: "1".into(),
            name: "Joint Crypt Key Programme".into(),
            description: description.into(),
            capabilities: vec!["cryptography".into()],
            ..testdata::blank()
        };
        let records = [
            effort(
                "A",
                "To support the department's information assurance capability.",
            ),
            effort(
                "B",
                "Exempt under Section 26 of the Freedom of Information Act 2000 (Defence)",
            ),
        ];
        let description = |null_values: &[&str]| {
            let mut config = Config::default();
            config.input.null_values = null_values.iter().map(|v| v.to_string()).collect();
            let model = PeriodModel::build(&records, &config, &mut Vec::new());
            let (sims, score, _) = model.score_pair(0, 1);
            (sims[Field::Description as usize], score)
        };
        let (compared, compared_score) = description(&[]);
        assert!(compared.is_some(), "an ordinary description is compared");
        let (withheld, withheld_score) = description(&["n/a", "exempt under*"]);
        assert_eq!(withheld, None, "a placeholder description is left out");
        // Left out rather than counted as unlike: the same name now carries more of the score.
        assert!(
            withheld_score > compared_score,
            "{withheld_score} vs {compared_score}"
        );
    }

    /// Guards the posting cap that bounds candidate generation at scale: the tightest cap
    /// finds fewer candidates than none, and the generous default cap loses nothing on the
    /// sample.
    #[test]
    fn the_posting_cap_bounds_candidates() {
        let records = testdata::sample();
        let config = Config::default();
        let mc = &config.matching;
        let learnt = index::learn_acronyms(&records);
        let normaliser = Normaliser::new(&config.acronyms, &learnt);
        let corpus = Corpus::build(&records, &normaliser, learnt);
        let uncapped = corpus.candidates(mc.max_term_share, mc.probe_terms, 1000, usize::MAX);
        let default = corpus.candidates(mc.max_term_share, mc.probe_terms, 1000, mc.max_postings);
        assert_eq!(
            uncapped, default,
            "the default cap changes nothing at sample size"
        );
        let capped = corpus.candidates(mc.max_term_share, mc.probe_terms, 1000, 1);
        assert!(capped.len() < uncapped.len());
        // The bound itself (keys x postings) is checked in index.rs, where the keys are known.
    }

    /// Hard negatives planted in the sample (README "Hard negatives"): near-identical names,
    /// different efforts. None may be reported.
    #[test]
    fn planted_hard_negatives_are_not_reported() {
        let records = testdata::sample();
        let (outcome, _) = match_records(
            &records,
            &Config::default(),
            &Ui {
                quiet: true,
                verbose: 0,
            },
        );
        let id = |p: u32| records[p as usize].record_id.as_str();
        let negatives = [
            ("ENV.0235", "MND-DIG-0115"),
            ("MJC-J-0098", "CHS0051"),
            ("T176", "DV2219"),
            ("DEP/2022/154", "MND-DIG-0128"),
            ("DV2265", "NLR-P141"),
            ("DES/16/018", "DV2213"),
        ];
        for p in &outcome.pairs {
            let pair = (id(p.a), id(p.b));
            for (x, y) in negatives {
                assert!(
                    pair != (x, y) && pair != (y, x),
                    "hard negative {x} / {y} reported"
                );
            }
        }
    }

    /// `own_name`: two efforts whose only agreement is a name nobody else uses are reported,
    /// however thin or contrary their other fields (GMPP's "Joint Crypt Key Programme", one
    /// year filed under ICT and the next under military capability, its description
    /// withheld); the same pair under a name of common words is not.
    #[test]
    fn a_name_of_their_own_stands_without_other_fields() {
        let config = Config::default();
        let pair = |name: &str| {
            let mut records = testdata::sample();
            let a = Record {
                department: "Ministry of National Defence".into(),
                record_id: "MND-X1".into(),
                name: name.into(),
                description: "To support the department's information assurance capability.".into(),
                capabilities: vec!["ICT".into()],
                ..testdata::blank()
            };
            let b = Record {
                department: "Home Affairs Office".into(),
                record_id: "HAO-X1".into(),
                name: name.into(),
                capabilities: vec!["military capability".into()],
                ..testdata::blank()
            };
            records.extend([a, b]);
            let (x, y) = (records.len() - 2, records.len() - 1);
            let model = PeriodModel::build(&records, &config, &mut Vec::new());
            let sims = model.score_pair(x, y).0;
            let alone = other_fields(&model.weights, &sims) < config.matching.min_other_fields;
            let found = reported(&model, &records, &config.matching)
                .iter()
                .any(|&(a, b, _)| (a as usize, b as usize) == (x, y));
            let verdict = explain::explain_pair(&model, &records, &config.matching, x, y);
            let says_why = verdict.contains("hold a word no other effort uses");
            (alone, model.own_name(x, y), found, says_why)
        };
        // Both pairs get all their score from the name: the rule alone decides.
        assert_eq!(pair("Joint Crypt Key Programme"), (true, true, true, true));
        assert_eq!(pair("Case Management System"), (true, false, false, false));
    }

    /// Efforts doing the same kind of work about different things are not reported: the
    /// sample's hospital estates and defence estate condition surveys each name a subject of
    /// a department's that the other never mentions. A word as specific as those that both
    /// use (here a made-up place), or a common component, ties two such efforts together.
    #[test]
    fn different_subjects_are_not_one_effort() {
        let config = Config::default();
        let records = testdata::sample();
        let find = |id: &str| records.iter().position(|r| r.record_id == id).expect(id);
        let (x, y) = (find("MHC-0029"), find("MND-DIG-0189"));
        let is_reported = |records: &[Record], config: &Config| {
            let model = PeriodModel::build(records, config, &mut Vec::new());
            reported(&model, records, &config.matching)
                .iter()
                .any(|&(a, b, _)| (a as usize, b as usize) == (x.min(y), x.max(y)))
        };

        let model = PeriodModel::build(&records, &config, &mut Vec::new());
        let subjects = Subjects::new(&model, &config.matching);
        let (s, t) = subjects.distinct(&model, x, y).expect("different subjects");
        assert_eq!(
            (model.corpus.display(s), model.corpus.display(t)),
            ("hospital", "defence")
        );
        assert!(!is_reported(&records, &config));
        let text = explain::explain_pair(&model, &records, &config.matching, x, y);
        assert!(text.contains("about different things"), "{text}");
        assert!(
            text.contains("\"hospital\"") && text.contains("\"defence\""),
            "{text}"
        );
        assert!(text.contains("[matching] subject_share"), "{text}");

        // The rule alone holds the pair back.
        let mut off = config.clone();
        off.matching.subject_share = 0.0;
        assert!(is_reported(&records, &off));

        // Two departments' notification platforms are about different people (patients,
        // claimants) but build one common component, a concept: they stay together.
        let (p, q) = (find("MHC-0064"), find("DEP/2021/046"));
        assert!(subjects.unshared(&model, p, q).is_some());
        assert!(subjects.unshared(&model, q, p).is_some());
        assert_eq!(subjects.distinct(&model, p, q), None);

        // Where a department mentions the component in many efforts it is everyday plumbing
        // there, not one build to agree on: the concept no longer ties the pair.
        let mut plumbing = records.clone();
        let department = plumbing[p].department.clone();
        let mentioned = (0..plumbing.len())
            .filter(|&r| r != p && plumbing[r].department == department)
            .take(config.matching.component_per_department as usize + 1);
        for r in mentioned.collect::<Vec<_>>() {
            plumbing[r]
                .description
                .push_str(" It sends applicants a text message when anything changes.");
        }
        let model = PeriodModel::build(&plumbing, &config, &mut Vec::new());
        let subjects_now = Subjects::new(&model, &config.matching);
        assert!(subjects_now.distinct(&model, p, q).is_some());
        let model = PeriodModel::build(&records, &config, &mut Vec::new());
        let mut never = config.matching.clone();
        never.component_per_department = 0;
        assert!(
            Subjects::new(&model, &never)
                .distinct(&model, p, q)
                .is_some()
        );

        let mut tied = records.clone();
        for r in [x, y] {
            tied[r]
                .description
                .push_str(" Surveyed by the Quarrendon estates team.");
        }
        let model = PeriodModel::build(&tied, &config, &mut Vec::new());
        assert_eq!(
            Subjects::new(&model, &config.matching).distinct(&model, x, y),
            None
        );
    }

    /// An abbreviation finds the name it stands for even when the name has two words the
    /// abbreviation leaves out, a place and a suffix, and the two share no word.
    #[test]
    fn an_abbreviation_finds_a_name_with_a_place_and_a_suffix() {
        let config = Config::default();
        let mut records = testdata::sample();
        let named = |department: &str, id: &str, name: &str| Record {
            department: department.into(),
            record_id: id.into(),
            name: name.into(),
            ..testdata::blank()
        };
        records.extend([
            named("Ministry of National Defence", "MND-X1", "RCCPL Service"),
            named(
                "Home Affairs Office",
                "HAO-X1",
                "Shepford Replacement Consumer Complaint Permits and Licensing Online",
            ),
        ]);
        let (x, y) = (records.len() - 2, records.len() - 1);
        let model = PeriodModel::build(&records, &config, &mut Vec::new());
        assert!(
            model
                .candidates
                .binary_search(&(x as u32, y as u32))
                .is_ok(),
            "not a candidate"
        );
    }

    /// `min_lead` gives way to identical names: an effort whose namesake in another department
    /// scores highest there is reported with it even when a differently named effort of that
    /// department comes within `min_lead`; the look-alike itself is not.
    #[test]
    fn the_same_name_marks_the_counterpart_among_close_rivals() {
        let config = Config::default();
        let mut records = testdata::sample();
        let effort = |department: &str, id: &str, name: &str| Record {
            department: department.into(),
            record_id: id.into(),
            name: name.into(),
            description: "Issues and renews harbour pilotage exemption certificates for masters \
                          who regularly bring vessels into the port, with online applications \
                          and examiner scheduling."
                .into(),
            capabilities: vec!["certificates".into(), "examinations".into()],
            ..testdata::blank()
        };
        records.extend([
            effort(
                "Ministry of National Defence",
                "MND-X1",
                "Pilotage Exemption Certificates",
            ),
            effort(
                "Home Affairs Office",
                "HAO-X1",
                "Pilotage Exemption Certificates",
            ),
            effort(
                "Home Affairs Office",
                "HAO-X2",
                "Pilotage Exemption Certificate Renewals",
            ),
        ]);
        let n = records.len();
        let (a, b, c) = (n - 3, n - 2, n - 1);
        let model = PeriodModel::build(&records, &config, &mut Vec::new());
        let score = |x: usize, y: usize| model.score_pair(x, y).1;
        let margin = score(a, b) - score(a, c);
        assert!(
            margin > 0.0 && margin < config.matching.min_lead,
            "the rival comes within min_lead: {margin}"
        );
        assert!(model.same_name(a, b) && !model.same_name(a, c));
        let kept = reported(&model, &records, &config.matching);
        let has = |x: usize, y: usize| {
            kept.iter()
                .any(|&(p, q, _)| (p.min(q) as usize, p.max(q) as usize) == (x.min(y), x.max(y)))
        };
        assert!(has(a, b), "the namesake is reported");
        assert!(!has(a, c), "the look-alike is not");
        let verdict = explain::explain_pair(&model, &records, &config.matching, a, b);
        assert!(verdict.contains("names are the same"), "{verdict}");
    }

    /// The outcome must not depend on the number of threads.
    #[test]
    fn identical_output_with_one_and_four_threads() {
        let records = testdata::sample();
        let run = |threads: usize| {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .expect("pool");
            pool.install(|| {
                match_records(
                    &records,
                    &Config::default(),
                    &Ui {
                        quiet: true,
                        verbose: 0,
                    },
                )
                .0
            })
        };
        let (one, four) = (run(1), run(4));
        assert!(!one.pairs.is_empty());
        assert_eq!(one, four);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        write_pairs_csv(&mut a, &records, &one).expect("csv");
        write_pairs_csv(&mut b, &records, &four).expect("csv");
        assert_eq!(a, b);
    }

    /// Issue 3: candidate generation must find at least 99% of the pairs that exhaustive
    /// scoring would report.
    #[test]
    fn candidate_generation_finds_what_exhaustive_scoring_reports() {
        let records = testdata::sample();
        let config = Config::default();
        let model = PeriodModel::build(&records, &config, &mut Vec::new());
        let r = model.reported_candidate_recall(&config.matching, records.len());
        assert!(r.exhaustive_pairs > 0);
        assert!(r.recall >= 0.99, "{r:?}");
        // And it compares far fewer pairs than all of them.
        assert!(model.candidates.len() * 10 < records.len() * records.len() / 2);
    }

    /// Theme labels and shared terms show words as written, never bare numbers or stop words
    /// (they once showed stems such as "monitor" and digits such as "2").
    #[test]
    fn labels_show_surface_words() {
        let records = testdata::sample();
        let (outcome, _) = match_records(
            &records,
            &Config::default(),
            &Ui {
                quiet: true,
                verbose: 0,
            },
        );
        let mut words: Vec<String> = Vec::new();
        for o in &outcome.opportunities {
            words.extend(o.theme.split(", ").map(str::to_string));
        }
        for p in &outcome.pairs {
            for f in &p.fields {
                words.extend(f.shared.iter().cloned());
            }
        }
        assert!(!words.is_empty());
        let text: String = records
            .iter()
            .map(|r| format!("{} {} ", r.name, r.description).to_lowercase())
            .collect();
        for w in &words {
            assert!(!w.chars().all(char::is_numeric), "number {w:?} in a label");
            assert!(!normalise::is_stop_word(w), "stop word {w:?} in a label");
        }
        // Every one-word label occurs as written in some record (a stem such as "secur" does not).
        let stems_only = words
            .iter()
            .filter(|w| !w.contains(' ') && !text.contains(w.as_str()))
            .count();
        assert!(
            stems_only * 10 < words.len(),
            "{stems_only} of {} are not words",
            words.len()
        );
    }

    /// The background is each record's k-th best candidate score, so a record with many
    /// look-alikes needs a pair that stands out; one field alone gives no support.
    #[test]
    fn background_of_sorted_candidates_is_the_gathered_background() {
        use proptest::prelude::*;
        proptest!(|(
            mut pairs in proptest::collection::vec((0u32..30, 0u32..30, 0u8..5), 0..200),
            rank in 1usize..8,
        )| {
            pairs.sort_by_key(|p| (p.0, p.1));
            let candidates: Vec<(u32, u32)> = pairs.iter().map(|p| (p.0, p.1)).collect();
            // Few distinct scores, so that ties are common.
            let scores: Vec<f64> = pairs.iter().map(|p| f64::from(p.2) / 4.0).collect();
            prop_assert_eq!(
                background(30, &candidates, &scores, rank),
                background_gathered(30, &candidates, &scores, rank)
            );
        });
    }

    #[test]
    fn background_is_the_kth_best_candidate_score() {
        let candidates = [(0, 1), (0, 2), (0, 3), (1, 2)];
        let scores = [0.9, 0.5, 0.4, 0.2];
        let bg = background(4, &candidates, &scores, 2);
        assert_eq!(bg, vec![0.5, 0.2, 0.2, 0.0]);
        // Out of order, the same.
        let bg = background(
            4,
            &[(1, 2), (0, 3), (0, 2), (0, 1)],
            &[0.2, 0.4, 0.5, 0.9],
            2,
        );
        assert_eq!(bg, vec![0.5, 0.2, 0.2, 0.0]);
        let w = Weights([1.0; FIELDS]);
        let mut name_only: Similarities = [Some(0.0); FIELDS];
        name_only[0] = Some(1.0);
        assert!(other_fields(&w, &name_only).abs() < 1e-12);
        let mut two: Similarities = name_only;
        two[2] = Some(0.7);
        assert!((other_fields(&w, &two) - 0.1).abs() < 1e-6);
    }

    /// Invariants of every reported pair and opportunity.
    #[test]
    fn pairs_and_opportunities_are_consistent() {
        let records = testdata::sample();
        let (outcome, _) = match_records(
            &records,
            &Config::default(),
            &Ui {
                quiet: true,
                verbose: 0,
            },
        );
        let mut seen = std::collections::HashSet::new();
        for o in &outcome.opportunities {
            assert!(o.departments.len() >= 2, "{} spans one department", o.id);
            for m in &o.members {
                assert!(seen.insert(*m), "record {m} is in two opportunities");
            }
            for &k in &o.pairs {
                let p = &outcome.pairs[k];
                assert!(o.members.contains(&p.a) && o.members.contains(&p.b));
            }
        }
        for p in &outcome.pairs {
            let (ra, rb) = (&records[p.a as usize], &records[p.b as usize]);
            assert_ne!(ra.department, rb.department);
            assert!(
                (ra.department.as_str(), ra.record_id.as_str())
                    < (rb.department.as_str(), rb.record_id.as_str())
            );
            let sum: f64 = p.fields.iter().map(|f| f.contribution).sum();
            assert!(
                (sum - p.score).abs() < 1e-9,
                "contributions {sum} != score {}",
                p.score
            );
            assert!((0.0..=1.0).contains(&p.score));
            assert_eq!(
                p.fields.iter().map(|f| f.field).collect::<Vec<_>>(),
                Field::ALL.to_vec()
            );
        }
    }
}
