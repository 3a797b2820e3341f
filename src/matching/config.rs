//! `[matching]`: how efforts are compared and grouped. Every key has a default that works on
//! unseen catalogues without tuning.

use super::score::FIELDS;
use serde::{Deserialize, Serialize};

/// `[matching]`: how efforts are compared and grouped.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MatchConfig {
    /// Pairs are reported in pairs.csv (and can form opportunities) when their score, less
    /// `background_share` times their background, is at least this (0 to 1). Every reported
    /// pair therefore scores at least this.
    pub report_threshold: f64,
    /// An effort's background is the score of its `background_rank`-th closest candidate: how
    /// alike its unrelated look-alikes are. In a catalogue full of similar efforts ("Mobile
    /// inspection tool" for many subjects) the background is high and only a pair that stands
    /// out from it is reported; a pair's background is the higher of its two efforts'. Set
    /// above the size of the largest group you expect (a group of k efforts gives each k - 1
    /// close partners).
    pub background_rank: usize,
    /// How much of the background is taken off a pair's score before the threshold (0 turns
    /// the background off).
    pub background_share: f64,
    /// A reported pair must get at least this much of its score from fields other than its
    /// strongest one: one field alone (the same name, a shared generic capability) does not
    /// make an overlap. Exempt: identical names holding a word no other effort of the period
    /// uses anywhere (a name of their own, which no two unrelated efforts share by chance).
    pub min_other_fields: f64,
    /// Inside a group formed by reported pairs, a cross-department pair scoring at least this
    /// is reported too: the group vouches for it ("A is like B, B is like C, and A is somewhat
    /// like C"). Set equal to `report_threshold` to turn this off.
    pub group_pair_threshold: f64,
    /// A group whose every pair is reported and whose mean pair score is at least this is typed
    /// "duplication" (if its user groups agree).
    pub duplication_score: f64,
    /// Two groups merge only when at least this share of the pairs between them were reported:
    /// the guard against one weak bridge chaining unrelated efforts together.
    pub min_link_share: f64,
    /// Terms (and pairs of terms) used by more than this share of records, like "service", do
    /// not find candidates.
    pub max_term_share: f64,
    /// How many of a record's most distinctive terms look for candidates, alone and in pairs
    /// ("grant" and "appeals" together). More finds more, slower (pairs grow with its square).
    pub probe_terms: usize,
    /// How many candidates each record keeps (the best by shared-term weight). Memory and time
    /// grow in proportion.
    pub candidates_per_record: usize,
    /// A term or pair of terms shared by more records than this looks for candidates only
    /// among the records that weigh it most (this many). Bounds candidate generation at any
    /// scale: without it a million records make every probe scan postings of tens of thousands.
    pub max_postings: usize,
    /// A reported pair must score at least this much more than each effort's next-best
    /// candidate in the other's department: an effort with several look-alikes in one
    /// department ("Prisoner record appeals" against "Prisoner transfer appeals" and "Prisoner
    /// visit appeals") has no clear counterpart there, however alike the closest one is. Pairs
    /// inside a group can still be reported through `group_pair_threshold`. A pair of
    /// identical names that still scores highest needs no lead: the name marks the
    /// counterpart. 0 turns this off.
    pub min_lead: f64,
    /// Two efforts that each name a subject the other never mentions are about different
    /// things, however alike the rest of their wording ("Rural payment demand forecasting" and
    /// "Rural track access application demand forecasting"); such a pair is not reported
    /// unless the two share a word as specific as those subjects (see `specific_share`) or a
    /// common component from the concepts (a chatbot, notifications). A word is a subject
    /// when some department uses it in at least this share of its efforts' names and
    /// descriptions, and `subject_lift` times as often as the period as a whole does. 0 turns
    /// this off.
    pub subject_share: f64,
    /// See `subject_share`: how much more often than the whole period a department must use a
    /// word for it to be that department's subject (at least 1).
    pub subject_lift: f64,
    /// A word two efforts about different subjects share ties them together (a place, a
    /// programme, a codename) when at most this share of the period's efforts use it, and no
    /// more than use either subject. A word only the two of them use always counts.
    pub specific_share: f64,
    /// A common component (a concept) ties two efforts about different subjects only when
    /// neither department mentions it in more than this many of its efforts: one chatbot
    /// each is a component to agree on, but where a department has many, the component is
    /// not what ties two of them. 0 turns the component tie off.
    pub component_per_department: u32,
    /// Two efforts that share a named phrase (see `named_phrase_weight`) that at most 10 of
    /// the period's efforts use are tied by it, as members of one cross-government programme
    /// are: such a pair needs only `report_threshold`, not to stand out from its background
    /// (`background_share`), whose look-alikes do the same kind of work but share no such
    /// name. false turns this off.
    pub named_phrase_ties: bool,
    /// Efforts in three or more departments that are each other's closest candidates (each
    /// one's closest candidates are exactly the others, up to `background_rank` - 1 of them)
    /// are a close circle: several departments building one kind of thing, such as
    /// appointment booking. A pair of the circle that leads both efforts' next-closest
    /// candidate by `min_lead` needs only `report_threshold`, not to stand out from its
    /// background: the look-alikes that raise the background touch the same thing in passing.
    /// false turns this off.
    pub close_circles: bool,
    /// Report, for each effort, only its best match in each other department (and any within
    /// `best_match_margin` of it). Keeps near-duplicates in one department from flooding.
    pub best_match_per_department: bool,
    /// See `best_match_per_department`.
    pub best_match_margin: f64,
    /// Estimate field weights from the period's data (Fellegi-Sunter m/u with EM); when false,
    /// `[matching.weights]` is used as given.
    pub estimate_weights: bool,
    /// How much of `[matching.weights]` is blended into the estimated weights (0 to 1).
    pub prior_share: f64,
    /// How many random cross-department pairs are compared to learn how often unrelated efforts
    /// agree (fixed seed: the same data gives the same sample).
    pub random_pairs: usize,
    /// Field weights: the starting point for estimation, or the weights themselves when
    /// `estimate_weights = false`. Relative values; they are scaled to sum to 1.
    pub weights: FieldWeights,
    /// How much more a named phrase counts in a description than an ordinary term as rare: a
    /// proper name that two or more departments' descriptions share and few efforts name, such
    /// as a cross-government programme's ("Part of the Aldchester Shared Services Programme").
    /// Names are chosen to be unique, so sharing one says more than sharing a rare word. 1
    /// counts it like any other term.
    pub named_phrase_weight: f64,
    /// Extra concepts, added to the built-in list (`concepts.txt`): `concept = ["phrase", ...]`.
    /// Each phrase, wherever it appears, counts as the concept's own term, so efforts that
    /// describe the same thing in different words share a term.
    pub concepts: std::collections::BTreeMap<String, Vec<String>>,
}

/// Relative weight of each compared field.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FieldWeights {
    /// How much the names agree (characters and words) counts.
    pub name: f64,
    /// How much the descriptions share distinctive terms (TF-IDF cosine) counts.
    pub description: f64,
    /// How much the capability lists overlap counts.
    pub capabilities: f64,
    /// How much the user group lists overlap counts.
    pub user_groups: f64,
    /// How much the technology lists overlap counts.
    pub technologies: f64,
    /// How much the delivery periods overlap counts.
    pub dates: f64,
    /// How much being in the same or a neighbouring phase counts.
    pub phase: f64,
}

impl Default for FieldWeights {
    fn default() -> Self {
        FieldWeights {
            name: 0.3,
            description: 0.3,
            capabilities: 0.2,
            user_groups: 0.1,
            technologies: 0.04,
            dates: 0.03,
            phase: 0.03,
        }
    }
}

impl FieldWeights {
    /// The weights in field order, scaled to sum to 1 (all equal if they sum to 0).
    pub fn normalised(&self) -> [f64; FIELDS] {
        let raw = [
            self.name,
            self.description,
            self.capabilities,
            self.user_groups,
            self.technologies,
            self.dates,
            self.phase,
        ];
        let sum: f64 = raw.iter().sum();
        if sum > 0.0 {
            raw.map(|w| w / sum)
        } else {
            [1.0 / FIELDS as f64; FIELDS]
        }
    }
}

/// The default of [`MatchConfig::named_phrase_weight`].
pub const DEFAULT_NAMED_PHRASE_WEIGHT: f64 = 2.5;

impl Default for MatchConfig {
    fn default() -> Self {
        MatchConfig {
            report_threshold: 0.3,
            background_rank: 6,
            background_share: 0.6,
            min_other_fields: 0.08,
            group_pair_threshold: 0.25,
            duplication_score: 0.7,
            min_link_share: 0.5,
            max_term_share: 0.02,
            probe_terms: 9,
            candidates_per_record: 20,
            max_postings: 100,
            min_lead: 0.1,
            subject_share: 0.05,
            subject_lift: 4.0,
            specific_share: 0.002,
            component_per_department: 10,
            named_phrase_ties: true,
            close_circles: true,
            best_match_per_department: true,
            best_match_margin: 0.0,
            estimate_weights: true,
            prior_share: 0.7,
            random_pairs: 20_000,
            weights: FieldWeights::default(),
            named_phrase_weight: DEFAULT_NAMED_PHRASE_WEIGHT,
            concepts: Default::default(),
        }
    }
}

impl MatchConfig {
    /// Checks values that TOML types alone cannot; the message names the key.
    pub fn check(&self) -> Result<(), String> {
        let unit = [
            ("report_threshold", self.report_threshold),
            ("group_pair_threshold", self.group_pair_threshold),
            ("duplication_score", self.duplication_score),
            ("min_link_share", self.min_link_share),
            ("max_term_share", self.max_term_share),
            ("best_match_margin", self.best_match_margin),
            ("min_lead", self.min_lead),
            ("subject_share", self.subject_share),
            ("specific_share", self.specific_share),
            ("background_share", self.background_share),
            ("min_other_fields", self.min_other_fields),
            ("prior_share", self.prior_share),
        ];
        for (key, value) in unit {
            if !(0.0..=1.0).contains(&value) {
                return Err(format!(
                    "[matching] {key} = {value}: must be between 0 and 1"
                ));
            }
        }
        if !(self.subject_lift >= 1.0 && self.subject_lift <= 1000.0) {
            return Err(format!(
                "[matching] subject_lift = {}: must be between 1 and 1000",
                self.subject_lift
            ));
        }
        if !(self.named_phrase_weight >= 1.0 && self.named_phrase_weight <= 10.0) {
            return Err(format!(
                "[matching] named_phrase_weight = {}: must be between 1 and 10",
                self.named_phrase_weight
            ));
        }
        if self.probe_terms == 0 || self.candidates_per_record == 0 || self.background_rank == 0 {
            return Err(
                "[matching] probe_terms, candidates_per_record and background_rank must be at \
                 least 1"
                    .into(),
            );
        }
        let w = &self.weights;
        for (key, value) in [
            ("name", w.name),
            ("description", w.description),
            ("capabilities", w.capabilities),
            ("user_groups", w.user_groups),
            ("technologies", w.technologies),
            ("dates", w.dates),
            ("phase", w.phase),
        ] {
            if !(value >= 0.0 && value.is_finite()) {
                return Err(format!(
                    "[matching.weights] {key} = {value}: must be 0 or more"
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_pass_and_a_bad_value_names_its_key() {
        assert_eq!(MatchConfig::default().check(), Ok(()));
        let bad = |edit: fn(&mut MatchConfig)| {
            let mut c = MatchConfig::default();
            edit(&mut c);
            c.check().unwrap_err()
        };
        assert!(bad(|c| c.min_lead = 1.5).contains("min_lead = 1.5"));
        assert!(bad(|c| c.named_phrase_weight = 0.5).contains("named_phrase_weight = 0.5"));
        assert!(bad(|c| c.named_phrase_weight = f64::NAN).contains("named_phrase_weight"));
        assert!(bad(|c| c.subject_lift = 0.5).contains("subject_lift = 0.5"));
        assert!(bad(|c| c.subject_share = 1.5).contains("subject_share = 1.5"));
    }
}
