//! Text normalisation: turns catalogue text into comparable terms.
//!
//! In: raw names, descriptions and list items as departments wrote them. Out: lower-case,
//! stemmed terms with stop words dropped and acronyms expanded, so that "FOI Casework" and
//! "Freedom of Information casework" share terms.
//!
//! Steps, in order: Unicode NFKC and case folding; punctuation to spaces (apostrophes dropped
//! inside words); acronyms written in capitals replaced by their expansion; stop words dropped;
//! Snowball English stemming (repeated to a fixed point, so normalisation is idempotent).
//!
//! Concepts: after stemming, a phrase from the concept list (built-in `concepts.txt`, extended by
//! the config's `[matching.concepts]`) becomes its concept's single term, so "virtual assistant"
//! and "chatbot" share a term. Named phrases (proper names that two departments' descriptions
//! share, learnt per period by `index::learn_phrases`) add their own term beside their words.
//!
//! Acronyms come from three places, the first that knows one wins: a definition the record makes
//! itself ("Digital Identity (DI)"); the config's `[acronyms]`; a definition some other record in
//! the period makes, when every such definition agrees; the built-in list `acronyms.txt`.

use rust_stemmers::{Algorithm, Stemmer};
use std::collections::{BTreeMap, HashMap};
use unicode_normalization::UnicodeNormalization;

/// The built-in acronym list, `ACRONYM = expansion` per line.
const BUILT_IN_ACRONYMS: &str = include_str!("acronyms.txt");

/// The built-in concept list, `concept = phrase; phrase; ...` per line.
const BUILT_IN_CONCEPTS: &str = include_str!("concepts.txt");

/// Words too common in any English text to say anything about an effort.
const STOP_WORDS: &[&str] = &[
    "a", "about", "across", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be",
    "been", "being", "between", "both", "but", "by", "can", "could", "do", "does", "each", "etc",
    "for", "from", "has", "have", "how", "if", "in", "into", "is", "it", "its", "more", "most",
    "no", "not", "of", "on", "one", "or", "other", "our", "out", "over", "own", "per", "so",
    "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
    "those", "through", "to", "up", "us", "use", "used", "uses", "using", "via", "was", "we",
    "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
    "within", "without", "would", "you", "your",
];

/// Words that may sit inside a definition without giving the acronym a letter ("Freedom of
/// Information (FOI)").
const LINK_WORDS: &[&str] = &["of", "and", "for", "the", "to", "in", "on", "a", "an", "&"];

/// Case-folds and NFKC-normalises `text`, turns punctuation into spaces and drops apostrophes
/// inside words. The result is lower-case words separated by single spaces.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfkc().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        } else if c == '\'' || c == '\u{2019}' {
            // "children's" -> "childrens": the apostrophe joins, it does not split.
        } else {
            pending_space = true;
        }
    }
    out
}

/// Words of `text` in their original case, split as [`fold`] splits them, each with a flag
/// saying whether it was written as an acronym (two or more capitals, no lower case).
fn raw_words(text: &str) -> Vec<(String, bool)> {
    let mut words = Vec::new();
    let mut current = String::new();
    let flush = |current: &mut String, words: &mut Vec<(String, bool)>| {
        if !current.is_empty() {
            let upper = current.chars().filter(|c| c.is_uppercase()).count();
            let lower = current.chars().any(|c| c.is_lowercase());
            let is_acronym = upper >= 2 && !lower;
            words.push((std::mem::take(current), is_acronym));
        }
    };
    let push = |c: char, current: &mut String, words: &mut Vec<(String, bool)>| {
        if c.is_alphanumeric() {
            current.push(c);
        } else if c == '\'' || c == '\u{2019}' {
        } else {
            flush(current, words);
        }
    };
    if text.is_ascii() {
        // NFKC leaves ASCII unchanged; skip it on the common path.
        for c in text.chars() {
            push(c, &mut current, &mut words);
        }
    } else {
        for c in text.nfkc() {
            push(c, &mut current, &mut words);
        }
    }
    flush(&mut current, &mut words);
    words
}

/// Finds the definitions a text makes, such as "Digital Identity (DI)" or "Electronic Document
/// and Records Management System (EDRMS)": a capitalised acronym in brackets whose letters are
/// the initials of the words just before it (link words like "and" may be skipped).
/// Returns (acronym folded, expansion folded) pairs.
pub fn learn_definitions(text: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let before = &rest[..open];
        let after = &rest[open + 1..];
        let Some(close) = after.find(')') else { break };
        let inside = after[..close].trim();
        let letters: Vec<char> = inside.chars().filter(|c| c.is_alphanumeric()).collect();
        let capitals = letters.iter().filter(|c| c.is_uppercase()).count();
        if (2..=8).contains(&letters.len()) && capitals >= 2 && capitals * 2 > letters.len() {
            let words: Vec<String> = raw_words(before).into_iter().map(|(w, _)| w).collect();
            let initials: Vec<char> = letters
                .iter()
                .filter(|c| c.is_uppercase())
                .flat_map(|c| c.to_lowercase())
                .collect();
            if let Some(start) = match_initials(&words, &initials) {
                let expansion = fold(&words[start..].join(" "));
                let acronym = fold(inside).replace(' ', "");
                if !expansion.is_empty() && expansion != acronym {
                    found.push((acronym, expansion));
                }
            }
        }
        rest = &after[close + 1..];
    }
    found
}

/// Matches `initials` against the last words of `words`; returns the index of the first word of
/// the definition. Link words may either give their initial or be skipped.
fn match_initials(words: &[String], initials: &[char]) -> Option<usize> {
    fn go(words: &[String], end: usize, initials: &[char], left: usize) -> Option<usize> {
        if left == 0 {
            return Some(end);
        }
        if end == 0 {
            return None;
        }
        let word = &words[end - 1];
        let lower = word.to_lowercase();
        let first = lower.chars().next()?;
        if first == initials[left - 1]
            && let Some(start) = go(words, end - 1, initials, left - 1)
        {
            return Some(start);
        }
        if LINK_WORDS.contains(&lower.as_str()) && left < initials.len() {
            return go(words, end - 1, initials, left);
        }
        None
    }
    go(words, words.len(), initials, initials.len())
}

/// Acronym expansions in priority order, and the stemmer: everything needed to turn text into
/// terms. Build one per period with [`Normaliser::new`], then call [`Normaliser::terms`].
pub struct Normaliser {
    stemmer: Stemmer,
    /// Folded acronym -> folded expansion, from config, then agreed learnt definitions, then the
    /// built-in list.
    acronyms: HashMap<String, String>,
    /// Concept phrases: stemmed phrase terms joined by spaces -> (concept term, concept name).
    concepts: HashMap<String, (String, String)>,
    /// Stemmed first terms of the concept phrases, and the longest phrase in terms.
    concept_starts: std::collections::HashSet<String>,
    concept_len: usize,
    /// Concept terms whose phrases keep their words beside the concept's term: the named
    /// phrases learnt from the catalogues ([`Normaliser::with_named_phrases`]).
    keeps_words: std::collections::HashSet<String>,
}

impl std::fmt::Debug for Normaliser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Normaliser")
            .field("acronyms", &self.acronyms.len())
            .finish()
    }
}

impl Normaliser {
    /// A normaliser with the built-in acronyms, extended and overridden by `configured`
    /// (the config's `[acronyms]`), and by `learnt` definitions below the configured ones.
    pub fn new(configured: &BTreeMap<String, String>, learnt: &BTreeMap<String, String>) -> Self {
        let mut acronyms = HashMap::new();
        for line in BUILT_IN_ACRONYMS.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some((acronym, expansion)) = line.split_once('=') {
                acronyms.insert(fold(acronym).replace(' ', ""), fold(expansion));
            }
        }
        for (acronym, expansion) in learnt.iter() {
            acronyms.insert(acronym.clone(), expansion.clone());
        }
        for (acronym, expansion) in configured {
            acronyms.insert(fold(acronym).replace(' ', ""), fold(expansion));
        }
        let mut normaliser = Normaliser {
            stemmer: Stemmer::create(Algorithm::English),
            acronyms,
            concepts: HashMap::new(),
            concept_starts: Default::default(),
            concept_len: 0,
            keeps_words: Default::default(),
        };
        for line in BUILT_IN_CONCEPTS.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some((concept, phrases)) = line.split_once('=') {
                normaliser.add_concept(concept, phrases.split(';'));
            }
        }
        normaliser
    }

    /// Adds the config's concepts (`concept -> phrases`) to the built-in ones; a phrase listed
    /// under a configured concept moves to it.
    pub fn with_concepts(mut self, configured: &BTreeMap<String, Vec<String>>) -> Self {
        for (concept, phrases) in configured {
            self.add_concept(concept, phrases.iter().map(String::as_str));
        }
        self
    }

    /// Adds named phrases (proper nouns two departments share, such as a programme's name):
    /// each becomes a term of its own, added beside its words rather than replacing them, so
    /// sharing the whole name counts for more than sharing its words.
    pub fn with_named_phrases(mut self, phrases: &[String]) -> Self {
        for phrase in phrases {
            let name = fold(phrase);
            if name.is_empty() || self.concepts.contains_key(&self.concept_term(&name)) {
                continue;
            }
            if let Some(term) = self.add_concept(phrase, std::iter::empty()) {
                self.keeps_words.insert(term);
            }
        }
        self
    }

    /// True when `term` is a named phrase's term, whose words stay beside it.
    pub fn keeps_words(&self, term: &str) -> bool {
        self.keeps_words.contains(term)
    }

    /// A concept's term: its folded name's words run together, stemmed (one token, so it never
    /// splits into words that mean something else).
    fn concept_term(&self, name: &str) -> String {
        self.stem(&name.replace(' ', ""))
    }

    /// Adds a concept and its phrases; returns its term when any phrase was added.
    fn add_concept<'a>(
        &mut self,
        concept: &str,
        phrases: impl Iterator<Item = &'a str>,
    ) -> Option<String> {
        let name = fold(concept);
        if name.is_empty() {
            return None;
        }
        let term = self.concept_term(&name);
        let mut keys = vec![term.clone(), name.clone()];
        for phrase in phrases {
            keys.push(phrase.to_string());
            // Catalogues write acronyms in capitals, which expands them ("Conversational AI"
            // becomes "conversational artificial intelligence"), so a phrase holding one is
            // also listed as it reads once expanded.
            let capitals: Vec<String> = phrase
                .split_whitespace()
                .map(|w| match self.expansion(w) {
                    Some(_) => w.to_uppercase(),
                    None => w.to_string(),
                })
                .collect();
            let capitals = capitals.join(" ");
            if capitals != phrase.trim() {
                keys.push(capitals);
            }
        }
        let mut added = false;
        for phrase in keys {
            let terms: Vec<String> = self
                .words(&phrase, &[])
                .iter()
                .map(|w| self.stem(w))
                .collect();
            if terms.is_empty() {
                continue;
            }
            self.concept_len = self.concept_len.max(terms.len());
            self.concept_starts.insert(terms[0].clone());
            self.concepts
                .insert(terms.join(" "), (term.clone(), name.clone()));
            added = true;
        }
        added.then_some(term)
    }

    /// A normaliser with only the built-in acronyms.
    pub fn built_in() -> Self {
        Normaliser::new(&BTreeMap::new(), &BTreeMap::new())
    }

    /// The expansion this normaliser would use for `acronym` (any case), if any.
    pub fn expansion(&self, acronym: &str) -> Option<&str> {
        self.acronyms
            .get(&fold(acronym).replace(' ', ""))
            .map(String::as_str)
    }

    /// Stems a folded word, repeating until it no longer changes (the Snowball stemmer is not
    /// quite idempotent on its own output).
    pub fn stem(&self, word: &str) -> String {
        let mut current = word.to_string();
        for _ in 0..4 {
            let next = self.stemmer.stem(&current).into_owned();
            if next == current {
                break;
            }
            current = next;
        }
        current
    }

    /// Folded words of `text` with acronyms expanded and stop words dropped, not stemmed: for
    /// character-level comparison of names. `own` holds definitions made by the same record.
    pub fn words(&self, text: &str, own: &[(String, String)]) -> Vec<String> {
        let mut out = Vec::new();
        self.for_each_word(text, own, |w| out.push(w.to_string()));
        out
    }

    /// Calls `visit` with each word [`Normaliser::words`] would return, in order, without
    /// allocating per word: the corpus builder visits every word of a million records twice.
    pub fn for_each_word(&self, text: &str, own: &[(String, String)], mut visit: impl FnMut(&str)) {
        let mut word = String::with_capacity(32);
        let mut lower = String::with_capacity(32);
        let mut step = |c: char| {
            if c.is_alphanumeric() {
                word.push(c);
            } else if c == '\'' || c == '\u{2019}' {
                // "children's" -> "childrens": the apostrophe joins, it does not split.
            } else if !word.is_empty() {
                self.emit_word(&word, &mut lower, own, &mut visit);
                word.clear();
            }
        };
        if text.is_ascii() {
            // NFKC leaves ASCII unchanged; skip it on the common path.
            text.chars().for_each(&mut step);
        } else {
            text.nfkc().for_each(&mut step);
        }
        if !word.is_empty() {
            self.emit_word(&word, &mut lower, own, &mut visit);
        }
    }

    /// One raw word (original case, alphanumeric): expands it if it is written as an acronym
    /// (two or more capitals, no lower case) and known, and passes on the kept pieces.
    fn emit_word(
        &self,
        word: &str,
        lower: &mut String,
        own: &[(String, String)],
        visit: &mut impl FnMut(&str),
    ) {
        lower.clear();
        if word.is_ascii() {
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            lower.push_str(&word.to_lowercase());
        }
        let (mut upper, mut has_lower, mut has_digit, mut has_letter) = (0, false, false, false);
        for c in word.chars() {
            upper += usize::from(c.is_uppercase());
            has_lower |= c.is_lowercase();
            has_digit |= c.is_ascii_digit();
            has_letter |= c.is_alphabetic();
        }
        if upper >= 2 && !has_lower {
            let key = lower.as_str();
            let expansion = own
                .iter()
                .find(|(a, _)| a == key)
                .map(|(_, e)| e.as_str())
                .or_else(|| self.acronyms.get(key).map(String::as_str));
            if let Some(expansion) = expansion {
                for piece in expansion.split(' ') {
                    if keep_word(piece) {
                        visit(piece);
                    }
                }
                return;
            }
        }
        if has_digit && has_letter {
            // A word of letters and digits ("Type31e", "Phase1", "HS2") splits where one gives
            // way to the other: people write the same name both ways ("Type 31", "Phase 1").
            let mut start = 0;
            let mut previous: Option<bool> = None;
            for (at, c) in lower.char_indices() {
                let digit = c.is_ascii_digit();
                if previous.is_some_and(|p| p != digit) {
                    if keep_word(&lower[start..at]) {
                        visit(&lower[start..at]);
                    }
                    start = at;
                }
                previous = Some(digit);
            }
            if keep_word(&lower[start..]) {
                visit(&lower[start..]);
            }
            return;
        }
        if keep_word(lower) {
            visit(lower);
        }
    }

    /// The concept phrases: (stemmed phrase terms joined by spaces, concept term, concept name).
    pub fn concept_phrases(&self) -> impl Iterator<Item = (&str, &str, &str)> {
        self.concepts
            .iter()
            .map(|(phrase, (term, name))| (phrase.as_str(), term.as_str(), name.as_str()))
    }

    /// The terms of `text`: [`Normaliser::words`], stemmed, stop words dropped again.
    pub fn terms(&self, text: &str, own: &[(String, String)]) -> Vec<String> {
        self.word_terms(text, own)
            .into_iter()
            .map(|(_, t)| t)
            .collect()
    }

    /// Each kept word of `text` with its term: `(word, term)`.
    pub fn word_terms(&self, text: &str, own: &[(String, String)]) -> Vec<(String, String)> {
        self.word_terms_cached(text, own, &mut HashMap::new())
    }

    /// [`Normaliser::word_terms`] with a cache of stems (catalogue words repeat a lot; one cache
    /// per worker thread).
    pub fn word_terms_cached(
        &self,
        text: &str,
        own: &[(String, String)],
        cache: &mut HashMap<String, String>,
    ) -> Vec<(String, String)> {
        let pairs: Vec<(String, String)> = self
            .words(text, own)
            .into_iter()
            .map(|w| {
                let t = match cache.get(&w) {
                    Some(t) => t.clone(),
                    None => {
                        let t = self.stem(&w);
                        cache.insert(w.clone(), t.clone());
                        t
                    }
                };
                (w, t)
            })
            .filter(|(_, t)| keep_word(t))
            .collect();
        self.map_concepts(pairs)
    }

    /// Replaces concept phrases (longest first) by their concept's term; the word shown for it
    /// is the concept's name.
    fn map_concepts(&self, pairs: Vec<(String, String)>) -> Vec<(String, String)> {
        if self.concepts.is_empty() || !pairs.iter().any(|(_, t)| self.concept_starts.contains(t)) {
            return pairs;
        }
        let mut out = Vec::with_capacity(pairs.len());
        replace_phrases(
            &pairs,
            self.concept_len,
            |(_, t)| self.concept_starts.contains(t),
            |phrase| {
                let key = phrase
                    .iter()
                    .map(|(_, t)| t.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                let (term, name) = self.concepts.get(&key)?;
                Some((name.clone(), term.clone()))
            },
            |(_, t)| self.keeps_words.contains(t),
            &mut out,
        );
        // Normalised text names a named phrase's term right after its words: keep it once, so
        // that normalising twice changes nothing.
        out.dedup_by(|b, a| a.1 == b.1 && self.keeps_words.contains(&a.1));
        out
    }

    /// The terms of `text` joined by single spaces: the normal form. Idempotent:
    /// `normalise(normalise(x)) == normalise(x)`.
    pub fn normalise(&self, text: &str) -> String {
        self.terms(text, &[]).join(" ")
    }
}

/// Copies `items` to `out`, replacing each phrase `lookup` knows (longest first, at most
/// `longest` items, starting only at items for which `starts` holds) by what it returns. The one
/// concept-phrase rule, shared by the string path ([`Normaliser::word_terms`]) and the corpus's
/// id path.
pub(crate) fn replace_phrases<T: Clone>(
    items: &[T],
    longest: usize,
    starts: impl Fn(&T) -> bool,
    mut lookup: impl FnMut(&[T]) -> Option<T>,
    keeps_words: impl Fn(&T) -> bool,
    out: &mut Vec<T>,
) {
    let mut i = 0;
    while i < items.len() {
        let mut matched = None;
        if starts(&items[i]) {
            for len in (1..=longest.min(items.len() - i)).rev() {
                if let Some(found) = lookup(&items[i..i + len]) {
                    matched = Some((len, found));
                    break;
                }
            }
        }
        match matched {
            Some((len, found)) => {
                if keeps_words(&found) {
                    out.extend_from_slice(&items[i..i + len]);
                }
                out.push(found);
                i += len;
            }
            None => {
                out.push(items[i].clone());
                i += 1;
            }
        }
    }
}

/// True for a stop word ("the", "of", ...), in folded form.
pub fn is_stop_word(word: &str) -> bool {
    // Called for every word of every record, twice: one hash lookup, and none at all for words
    // longer than the longest stop word.
    static SET: std::sync::OnceLock<(usize, rustc_hash::FxHashSet<&'static str>)> =
        std::sync::OnceLock::new();
    let (longest, set) = SET.get_or_init(|| {
        let longest = STOP_WORDS.iter().map(|w| w.len()).max().unwrap_or(0);
        (longest, STOP_WORDS.iter().copied().collect())
    });
    word.len() <= *longest && set.contains(word)
}

/// True for words worth keeping: not a stop word, and not a lone letter.
fn keep_word(word: &str) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (None, _) => false,
        (Some(c), None) => c.is_numeric(),
        _ => !is_stop_word(word),
    }
}

/// True for words worth keeping: not a stop word, and not a lone letter.
pub fn is_kept(word: &str) -> bool {
    keep_word(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn stop_words_are_recognised() {
        assert!(
            STOP_WORDS.windows(2).all(|w| w[0] < w[1]),
            "keep the list sorted and distinct"
        );
        assert!(STOP_WORDS.iter().all(|w| is_stop_word(w)));
        assert!(is_stop_word("the") && is_stop_word("your") && is_stop_word("a"));
        assert!(!is_stop_word("grant"));
    }

    #[test]
    fn folds_case_punctuation_and_compatibility_forms() {
        assert_eq!(
            fold("  Children’s  Services—ONLINE! "),
            "childrens services online"
        );
        // NFKC turns the ligature and full-width letters into plain ones.
        assert_eq!(fold("ﬁle ＡＢＣ"), "file abc");
    }

    /// Letters and digits in one word split where one gives way to the other, so "Type31e" and
    /// "Type 31e", or "Phase1" and "Phase 1", have the same words; a lone letter is dropped as
    /// anywhere else.
    #[test]
    fn a_word_of_letters_and_digits_splits_between_them() {
        let n = Normaliser::built_in();
        assert_eq!(n.words("Type 31e", &[]), ["type", "31"]);
        assert_eq!(n.words("Type31e", &[]), n.words("Type 31 e", &[]));
        assert_eq!(n.words("HS2 Phase1", &[]), ["hs", "2", "phase", "1"]);
        assert_eq!(n.words("Phase 12b", &[]), ["phase", "12"]);
        assert_eq!(n.words("COVID19 tests", &[]), ["covid", "19", "tests"]);
    }

    #[test]
    fn expands_built_in_acronyms_only_when_written_in_capitals() {
        let n = Normaliser::built_in();
        assert_eq!(
            n.words("FOI Casework System", &[]),
            ["freedom", "information", "casework", "system"]
        );
        // "soc" in lower case is not the acronym.
        assert_eq!(n.words("soc", &[]), ["soc"]);
    }

    #[test]
    fn learns_definitions_with_link_words_skipped() {
        let defs = learn_definitions(
            "Electronic Document and Records Management System (EDRMS) for Her Majesty's \
             Revenue and Customs (HMRC); see also (this) and Digital Identity (DI).",
        );
        assert_eq!(
            defs,
            vec![
                (
                    "edrms".to_string(),
                    "electronic document and records management system".to_string()
                ),
                (
                    "hmrc".to_string(),
                    "her majestys revenue and customs".to_string()
                ),
                ("di".to_string(), "digital identity".to_string()),
            ]
        );
        // Brackets that are not a definition of the words before them teach nothing.
        assert!(learn_definitions("Intelligent Automation (RPA) Centre").is_empty());
    }

    #[test]
    fn a_records_own_definition_beats_the_built_in_list() {
        let n = Normaliser::built_in();
        let own = learn_definitions("Child Maintenance Service (CMS) Online");
        assert_eq!(n.words("CMS", &own), ["child", "maintenance", "service"]);
    }

    #[test]
    fn configured_acronyms_override_built_in_ones() {
        let mut configured = BTreeMap::new();
        configured.insert(
            "SOC".to_string(),
            "Standard Occupational Classification".to_string(),
        );
        let n = Normaliser::new(&configured, &BTreeMap::new());
        assert_eq!(
            n.expansion("soc"),
            Some("standard occupational classification")
        );
    }

    #[test]
    fn stems_and_drops_stop_words() {
        let n = Normaliser::built_in();
        assert_eq!(
            n.normalise("Booking of Appointments"),
            n.normalise("appointment booking")
                .split(' ')
                .rev()
                .collect::<Vec<_>>()
                .join(" ")
        );
        assert!(!n.normalise("the management of the grants").contains("the"));
    }

    #[test]
    fn concept_phrases_become_one_shared_term() {
        let n = Normaliser::built_in();
        let bot = n.terms("Chatbot for vehicle tax", &[]);
        let assistant = n.terms("Tax helpline virtual assistants", &[]);
        let concept = &bot[0];
        assert!(assistant.contains(concept), "{bot:?} / {assistant:?}");
        // The phrase's own words are replaced, not kept beside the concept.
        assert!(!assistant.iter().any(|t| t.starts_with("virtual")));
        // A phrase holding an acronym ("conversational ai") matches it written in capitals,
        // which expands it.
        let ai = n.terms("Conversational AI for housing enquiries", &[]);
        assert!(ai.contains(concept), "{ai:?}");
        assert!(!ai.iter().any(|t| t.starts_with("intellig")), "{ai:?}");
        // Government's names for common services: "digital identity" is identity
        // verification, "find a job" is job search.
        assert_eq!(
            n.terms("Digital Identity", &[]),
            n.terms("Prove your identity", &[])
        );
        assert_eq!(n.terms("Find a Job", &[]), n.terms("job search", &[]));
        // The concept's term maps to itself: normalisation stays idempotent.
        assert_eq!(
            n.normalise(&n.normalise("virtual assistant")),
            n.normalise("chatbot")
        );
    }

    #[test]
    fn configured_concepts_extend_the_built_in_list() {
        let mut configured = BTreeMap::new();
        configured.insert(
            "fleet".to_string(),
            vec!["vehicle pool".to_string(), "pool cars".to_string()],
        );
        let n = Normaliser::built_in().with_concepts(&configured);
        assert_eq!(n.normalise("Pool cars"), n.normalise("fleet"));
        assert_eq!(n.normalise("vehicle pools"), n.normalise("Fleet"));
        let plain = Normaliser::built_in();
        assert_ne!(plain.normalise("Pool cars"), plain.normalise("fleet"));
    }

    /// A named phrase adds its own term beside its words, so sharing the whole phrase counts
    /// for more than sharing the words; its words still match on their own.
    #[test]
    fn named_phrases_add_a_term_and_keep_their_words() {
        let n = Normaliser::built_in()
            .with_named_phrases(&["aldchester shared services programme".to_string()]);
        let terms = n.terms("Part of the Aldchester Shared Services Programme.", &[]);
        let plain =
            Normaliser::built_in().terms("Part of the Aldchester Shared Services Programme.", &[]);
        assert_eq!(terms.len(), plain.len() + 1, "{terms:?} / {plain:?}");
        assert!(plain.iter().all(|t| terms.contains(t)), "{terms:?}");
        let phrase = terms.last().cloned().unwrap_or_default();
        assert!(n.keeps_words(&phrase), "{terms:?}");
        // The words alone, or in another order, are not the phrase.
        let apart = n.terms("Shared services for Aldchester under a new programme", &[]);
        assert!(!apart.contains(&phrase), "{apart:?}");
    }

    proptest! {
        #[test]
        fn normalisation_with_named_phrases_is_idempotent(
            words in proptest::collection::vec("(aldchester|shared|services|programme|[a-z]{1,8})", 0..10)
        ) {
            let n = Normaliser::built_in()
                .with_named_phrases(&["aldchester shared services programme".to_string()]);
            let text = words.join(" ");
            let once = n.normalise(&text);
            prop_assert_eq!(n.normalise(&once), once);
        }

        #[test]
        fn normalisation_is_idempotent(text in "[A-Za-z0-9 ()&'.,éÉß-]{0,60}") {
            let n = Normaliser::built_in();
            let once = n.normalise(&text);
            prop_assert_eq!(n.normalise(&once), once);
        }

        #[test]
        fn normalisation_is_idempotent_on_words(words in proptest::collection::vec("[a-z]{1,12}", 0..8)) {
            let n = Normaliser::built_in();
            let text = words.join(" ");
            let once = n.normalise(&text);
            prop_assert_eq!(n.normalise(&once), once);
        }
    }
}
