//! Small text transformations the renderers share: safe file names for departments, CSV cell
//! neutralisation, Markdown escaping, money and score formatting, short department labels.
//!
//! All functions are pure: strings in, strings out.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use unicode_normalization::UnicodeNormalization;

/// Longest slug base, in bytes (ASCII), before any collision suffix.
const SLUG_MAX: usize = 60;

/// File-name stems Windows refuses, whatever the extension.
const RESERVED: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// A department name as a file-name stem: lower-case ASCII letters, digits and single hyphens,
/// never empty, never `.` or `..`. Accented letters lose their accents (`É` -> `e`); anything
/// else becomes a hyphen. Collisions are resolved by [`department_slugs`].
pub fn slug_base(name: &str) -> String {
    let mut slug = String::new();
    for c in name.nfkd() {
        if c.is_ascii_alphanumeric() {
            if slug.len() >= SLUG_MAX {
                break;
            }
            slug.push(c.to_ascii_lowercase());
        } else if unicode_normalization::char::is_combining_mark(c) {
            // An accent split off by NFKD: drop it, keep the letter.
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let trimmed = slug.trim_end_matches('-');
    if trimmed.is_empty() {
        "department".to_string()
    } else if RESERVED.contains(&trimmed) {
        format!("{trimmed}-department")
    } else {
        trimmed.to_string()
    }
}

/// Slugs for a set of department names, unique and deterministic: names are taken in sorted
/// order and a repeated slug gets `-2`, `-3`... (skipping any already taken).
pub fn department_slugs<'a>(names: impl IntoIterator<Item = &'a str>) -> BTreeMap<String, String> {
    let sorted: BTreeSet<&str> = names.into_iter().collect();
    let mut taken = BTreeSet::new();
    let mut slugs = BTreeMap::new();
    for name in sorted {
        let base = slug_base(name);
        let mut slug = base.clone();
        let mut n = 2;
        while taken.contains(&slug) {
            slug = format!("{base}-{n}");
            n += 1;
        }
        taken.insert(slug.clone());
        slugs.insert(name.to_string(), slug);
    }
    slugs
}

/// Short labels for chart axes: the initials of a name's capitalised words ("Ministry of
/// Health and Care" -> "MHC"), falling back to the first letters, made unique with a number.
pub fn short_labels<'a>(names: impl IntoIterator<Item = &'a str>) -> BTreeMap<String, String> {
    let sorted: BTreeSet<&str> = names.into_iter().collect();
    let mut taken = BTreeSet::new();
    let mut labels = BTreeMap::new();
    for name in sorted {
        let initials: String = name
            .split(|c: char| !c.is_alphanumeric())
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase() || c.is_ascii_digit())
            .collect();
        let base = if initials.chars().count() >= 2 {
            initials
        } else {
            name.chars()
                .filter(|c| !c.is_whitespace())
                .take(6)
                .collect()
        };
        let base = if base.is_empty() {
            "?".to_string()
        } else {
            base
        };
        let mut label = base.clone();
        let mut n = 2;
        while taken.contains(&label) {
            label = format!("{base}{n}");
            n += 1;
        }
        taken.insert(label.clone());
        labels.insert(name.to_string(), label);
    }
    labels
}

/// A CSV text cell a spreadsheet will show as text: cells starting with `=`, `+`, `-`, `@`,
/// tab or carriage return get a leading `'` so they are never run as formulas.
pub fn neutralise_cell(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

/// Catalogue text made inert in Markdown: characters that could open a link, image, HTML tag,
/// emphasis, code span, heading or table cell are backslash-escaped, and line breaks become
/// spaces so a value cannot start a new block.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '!' | '&' | '('
            | ')' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// Pounds for people: `£1.2m`, `£350k`, `£900`, `£2.4bn`.
pub fn money(gbp: f64) -> String {
    if !gbp.is_finite() {
        return "unknown".to_string();
    }
    let sign = if gbp < 0.0 { "-" } else { "" };
    let v = gbp.abs();
    let (scaled, unit) = if v >= 1e9 {
        (v / 1e9, "bn")
    } else if v >= 1e6 {
        (v / 1e6, "m")
    } else if v >= 1e3 {
        (v / 1e3, "k")
    } else {
        return format!("{sign}£{v:.0}");
    };
    let digits = if scaled >= 100.0 {
        0
    } else if scaled >= 10.0 {
        1
    } else {
        2
    };
    let s = format!("{scaled:.digits$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        &s
    };
    format!("{sign}£{s}{unit}")
}

/// A score for people: two decimal places.
pub fn score2(score: f64) -> String {
    format!("{score:.2}")
}

/// Shortens text to at most `max` characters, ending with `…` when cut.
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
    s = s.trim_end().to_string();
    s.push('…');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_is_lower_ascii_and_hyphens() {
        assert_eq!(
            slug_base("Ministry of Health and Care"),
            "ministry-of-health-and-care"
        );
        assert_eq!(
            slug_base("Department for Culture, Heritage and Sport"),
            "department-for-culture-heritage-and-sport"
        );
        assert_eq!(slug_base("Énergie & Climat"), "energie-climat");
    }

    #[test]
    fn hostile_names_cannot_escape_the_folder() {
        // Regression guard: a department called `../../etc` must not become a path.
        for name in ["../../etc", "..", ".", "/", "", "   ", "\\..\\x", "名前"] {
            let slug = slug_base(name);
            assert!(!slug.is_empty(), "{name:?}");
            assert!(slug != "." && slug != "..", "{name:?}");
            assert!(
                slug.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{name:?} -> {slug:?}"
            );
            assert!(
                !slug.starts_with('-') && !slug.ends_with('-'),
                "{name:?} -> {slug:?}"
            );
        }
        assert_eq!(slug_base("../../etc"), "etc");
        assert_eq!(slug_base("CON"), "con-department");
    }

    #[test]
    fn colliding_slugs_are_numbered_in_name_order() {
        let slugs = department_slugs([
            "Home Office!",
            "Home Office",
            "home-office-2",
            "HOME OFFICE",
        ]);
        // Sorted names: "HOME OFFICE", "Home Office", "Home Office!", "home-office-2".
        assert_eq!(slugs["HOME OFFICE"], "home-office");
        assert_eq!(slugs["Home Office"], "home-office-2");
        assert_eq!(slugs["Home Office!"], "home-office-3");
        assert_eq!(slugs["home-office-2"], "home-office-2-2");
        let distinct: BTreeSet<_> = slugs.values().collect();
        assert_eq!(distinct.len(), slugs.len());
    }

    #[test]
    fn long_names_are_cut_to_a_bounded_slug() {
        let slug = slug_base(&"Department ".repeat(40));
        assert!(slug.len() <= SLUG_MAX, "{}", slug.len());
        assert!(!slug.ends_with('-'));
    }

    #[test]
    fn short_labels_use_initials_and_stay_unique() {
        let labels = short_labels([
            "Ministry of Health and Care",
            "Ministry of Housing and Communities",
            "Department of Transport",
        ]);
        assert_eq!(labels["Department of Transport"], "DT");
        assert_eq!(labels["Ministry of Health and Care"], "MHC");
        assert_eq!(labels["Ministry of Housing and Communities"], "MHC2");
    }

    #[test]
    fn formula_cells_are_neutralised() {
        for bad in [
            "=HYPERLINK(\"http://x\",\"y\")",
            "+1",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ] {
            assert_eq!(neutralise_cell(bad), format!("'{bad}"));
        }
        assert_eq!(neutralise_cell("Grants platform"), "Grants platform");
        assert_eq!(neutralise_cell(""), "");
    }

    #[test]
    fn markdown_escaping_blocks_links_and_html() {
        let s = escape_markdown("[click](http://x) <script>alert(1)</script>\n# head | cell");
        assert!(!s.contains("]("), "{s}");
        assert!(!s.contains("\n"), "{s}");
        assert!(s.contains("\\<script\\>"), "{s}");
        assert!(s.contains("\\|"), "{s}");
        assert_eq!(
            escape_markdown("Online Payments for Licences"),
            "Online Payments for Licences"
        );
    }

    #[test]
    fn money_is_short_and_readable() {
        assert_eq!(money(1_200_000.0), "£1.2m");
        assert_eq!(money(350_000.0), "£350k");
        assert_eq!(money(900.0), "£900");
        assert_eq!(money(2_000_000.0), "£2m");
        assert_eq!(money(2_400_000_000.0), "£2.4bn");
        assert_eq!(money(125_000_000.0), "£125m");
        assert_eq!(money(6_950_000.0), "£6.95m");
        assert_eq!(money(18_440_000.0), "£18.4m");
        assert_eq!(money(f64::NAN), "unknown");
    }

    proptest::proptest! {
        #[test]
        fn any_name_gives_a_safe_slug(name in "\\PC{0,80}") {
            let slug = slug_base(&name);
            proptest::prop_assert!(!slug.is_empty());
            proptest::prop_assert!(slug != "." && slug != "..");
            proptest::prop_assert!(slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
            proptest::prop_assert!(!slug.starts_with('-') && !slug.ends_with('-') && !slug.contains("--"));
        }

        #[test]
        fn slugs_are_unique_for_any_set_of_names(names in proptest::collection::vec("[a-zA-Z ./-]{0,12}", 0..20)) {
            let slugs = department_slugs(names.iter().map(String::as_str));
            let distinct: BTreeSet<_> = slugs.values().collect();
            proptest::prop_assert_eq!(distinct.len(), slugs.len());
        }

        #[test]
        fn escaped_markdown_has_no_live_link_or_tag(text in "\\PC{0,60}") {
            let escaped = escape_markdown(&text);
            // Every special character is preceded by a backslash that is itself not escaped.
            let chars: Vec<char> = escaped.chars().collect();
            let mut i = 0;
            while i < chars.len() {
                if chars[i] == '\\' {
                    i += 2;
                    continue;
                }
                proptest::prop_assert!(!matches!(chars[i], '[' | ']' | '<' | '>' | '(' | ')' | '`' | '\n'));
                i += 1;
            }
        }
    }

    #[test]
    fn truncate_marks_the_cut() {
        assert_eq!(truncate("abcdef", 10), "abcdef");
        assert_eq!(truncate("abcdefghijkl", 5), "abcd…");
    }
}
