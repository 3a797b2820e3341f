//! Parsers for the typed catalogue fields: dates, money, `;` lists, "not given" markers, and
//! phase and kind names.
//!
//! In: one trimmed field's text. Out: the typed value, or a sentence saying what is wrong with
//! it and what would fix it (the caller adds file, line and column). Pure functions, no
//! allocation beyond the value returned.

use crate::model::{Kind, Phase};
use chrono::NaiveDate;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The accepted date forms, for messages.
pub const DATE_FORMS: &str = "2026-11-01 (ISO) or 01/11/2026 (day first; also 1/11/2026, \
                              01-11-2026, 01.11.2026 and 01.11.26)";

/// Parses a date: ISO `2026-11-01` (optionally followed by a time, as spreadsheets export it),
/// or day first `01/11/2026`, `1/11/2026`, `01-11-2026`, `01.11.2026`, `01.11.26`.
/// Two-digit years 69-99 are 1969-1999, 00-68 are 2000-2068 (as POSIX `strptime`).
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    let s = s.trim();
    let b = s.as_bytes();
    // ISO: YYYY-MM-DD, then optionally 'T' or ' ' and a time we ignore.
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' && b[..4].iter().all(u8::is_ascii_digit) {
        let rest = s.get(10..).unwrap_or("x");
        if rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ') {
            let y = s.get(..4).and_then(number);
            let m = s.get(5..7).and_then(number);
            let d = s.get(8..10).and_then(number);
            if let (Some(y), Some(m), Some(d)) = (y, m, d) {
                return make_date(y as i32, m, d, s);
            }
        }
    }
    let sep = b.iter().copied().find(|c| matches!(c, b'/' | b'-' | b'.'));
    if let Some(sep) = sep {
        let mut parts = s.split(sep as char);
        if let (Some(d), Some(m), Some(y), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        {
            let (d, m) = (d.trim(), m.trim());
            // A time after a day-first date ("01/11/2026 00:00") is ignored.
            let y = y.trim().split(' ').next().unwrap_or("");
            if (1..=2).contains(&d.len())
                && (1..=2).contains(&m.len())
                && matches!(y.len(), 2 | 4)
                && let (Some(d), Some(m), Some(yn)) = (number(d), number(m), number(y))
            {
                let year = match (y.len(), yn) {
                    (2, 69..) => 1900 + yn,
                    (2, _) => 2000 + yn,
                    _ => yn,
                };
                return make_date(year as i32, m, d, s);
            }
        }
    }
    Err(format!(
        "'{}' is not a date; write it as {DATE_FORMS}",
        shorten(s)
    ))
}

fn make_date(year: i32, month: u32, day: u32, raw: &str) -> Result<NaiveDate, String> {
    if !(1..=12).contains(&month) {
        return Err(format!(
            "'{}' has month {month}, which does not exist; dates are read day first \
             (DD/MM/YYYY) or as ISO YYYY-MM-DD",
            shorten(raw)
        ));
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
        let name = MONTHS[(month - 1) as usize];
        format!(
            "'{}' is not a real date: there is no {day} {name} {year}; correct the day",
            shorten(raw)
        )
    })
}

fn number(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Parses an amount of money in pounds: `1200000`, `1,200,000`, `£1.2m`, `£350k`, `1.5bn`,
/// `£12,743.00`, `£2 million`. Returns the amount before any unit multiplier from the config.
pub fn parse_money(s: &str) -> Result<f64, String> {
    let raw = s.trim();
    let bad = || {
        format!(
            "'{}' is not an amount of money; write pounds as 1200000, 1,200,000, £1.2m, £350k \
             or 1.5bn",
            shorten(raw)
        )
    };
    let mut t = raw;
    for other in ["$", "€", "USD", "EUR", "usd", "eur"] {
        if t.starts_with(other) || t.ends_with(other) {
            return Err(format!(
                "'{}' is not in pounds; convert it to pounds (GBP) first",
                shorten(raw)
            ));
        }
    }
    if let Some(rest) = t.strip_prefix('£') {
        t = rest.trim_start();
    } else if t.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("gbp")) {
        t = t.get(3..).unwrap_or("").trim_start();
    }
    if t.starts_with('-') {
        return Err(format!(
            "'{}' is negative; a budget is a whole-life cost of zero or more",
            shorten(raw)
        ));
    }
    // Split the number from a unit suffix such as "m", "k", "bn", " million".
    let end = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',' || c == ' ' || c == '_'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(end);
    let unit = unit.trim();
    let is = |names: &[&str]| names.iter().any(|n| n.eq_ignore_ascii_case(unit));
    let factor = if unit.is_empty() {
        1.0
    } else if is(&["k", "thousand"]) {
        1e3
    } else if is(&["m", "mn", "million", "millions"]) {
        1e6
    } else if is(&["b", "bn", "billion", "billions"]) {
        1e9
    } else {
        return Err(bad());
    };
    let num = num.trim();
    if num.is_empty() || !thousands_ok(num) {
        return Err(bad());
    }
    let value: f64 = if num.bytes().all(|c| c.is_ascii_digit() || c == b'.') {
        num.parse().map_err(|_| bad())?
    } else {
        // Without the thousands separators; on the stack when short, as amounts are.
        let mut digits = [0u8; 64];
        let mut len = 0;
        for c in num.bytes().filter(|c| c.is_ascii_digit() || *c == b'.') {
            if let Some(d) = digits.get_mut(len) {
                *d = c;
            }
            len += 1;
        }
        let parsed = match digits.get(..len) {
            Some(d) => std::str::from_utf8(d).ok().and_then(|d| d.parse().ok()),
            None => num
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '.')
                .collect::<String>()
                .parse()
                .ok(),
        };
        parsed.ok_or_else(bad)?
    };
    let value = value * factor;
    if value.is_finite() {
        Ok(value)
    } else {
        Err(bad())
    }
}

/// Thousands separators (`,`, space or `_`) may only split the integer part into groups of
/// three digits: "1,200,000" is fine, "1,20" and "12,00,000" are not.
fn thousands_ok(num: &str) -> bool {
    let mut parts = num.split('.');
    let int = parts.next().unwrap_or("");
    let fraction_ok = parts
        .next()
        .is_none_or(|f| f.bytes().all(|c| c.is_ascii_digit()));
    if !fraction_ok || parts.next().is_some() {
        return false;
    }
    let mut groups = int.split([',', ' ', '_']);
    let first = groups.next().unwrap_or("");
    let mut rest = groups.peekable();
    if rest.peek().is_none() {
        return true;
    }
    !first.is_empty() && first.len() <= 3 && rest.all(|g| g.len() == 3)
}

/// Splits a list field on `sep`, trims items, drops empty ones and duplicates (compared
/// without regard to case), keeping the first spelling and the order.
pub fn parse_list(s: &str, sep: char) -> Vec<String> {
    // Sized for every item at once: a record keeps its lists, so no spare room is left in
    // them (the usual growth would reserve four items for a list of two).
    let items = if sep.is_ascii() {
        memchr::memchr_iter(sep as u8, s.as_bytes()).count() + 1
    } else {
        s.matches(sep).count() + 1
    };
    let mut out: Vec<String> = Vec::with_capacity(items);
    for item in s.split(sep) {
        let item = item.trim();
        if item.is_empty() || out.iter().any(|o| o.eq_ignore_ascii_case(item)) {
            continue;
        }
        out.push(item.to_string());
    }
    out
}

/// Parses a phase, also accepting the GDS spellings "private beta" and "public beta".
pub fn parse_phase(s: &str) -> Result<Phase, String> {
    let t = s.trim();
    if let Some(p) = Phase::parse(t) {
        return Ok(p);
    }
    if t.eq_ignore_ascii_case("private beta") || t.eq_ignore_ascii_case("public beta") {
        return Ok(Phase::Beta);
    }
    let allowed: Vec<&str> = Phase::ALL.iter().map(|p| p.as_str()).collect();
    Err(format!(
        "unknown phase '{}'; use one of: {}",
        shorten(t),
        allowed.join(", ")
    ))
}

/// Parses a kind of effort.
pub fn parse_kind(s: &str) -> Result<Kind, String> {
    let t = s.trim();
    Kind::parse(t).ok_or_else(|| {
        let allowed: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
        format!(
            "unknown kind '{}'; use one of: {}",
            shorten(t),
            allowed.join(", ")
        )
    })
}

/// True when `s` looks like an e-mail address (one `@`, something before it, a dot after).
pub fn looks_like_email(s: &str) -> bool {
    let Some(at) = memchr::memchr(b'@', s.as_bytes()) else {
        return false;
    };
    let (local, domain) = (&s[..at], &s[at + 1..]);
    let white = if s.is_ascii() {
        s.bytes().any(|b| matches!(b, b'\t'..=b'\r' | b' '))
    } else {
        s.contains(char::is_whitespace)
    };
    !local.is_empty()
        && !white
        && memchr::memchr(b'@', domain.as_bytes()).is_none()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
}

/// Values that mean "not given" in optional fields.
#[derive(Clone, Debug, Default)]
pub struct NullValues {
    exact: Vec<String>,
    prefixes: Vec<String>,
    /// Bit `n` is set when an exact entry is `n` bytes long (the last bit: 63 or more), so
    /// most values are passed over without comparing.
    exact_lengths: u64,
}

impl NullValues {
    /// Builds the matcher from config entries: compared without regard to case; an entry
    /// ending in `*` matches any value starting with the rest.
    pub fn new(entries: &[String]) -> NullValues {
        let mut n = NullValues::default();
        for e in entries {
            let e = e.trim().to_lowercase();
            match e.strip_suffix('*') {
                Some(prefix) => n.prefixes.push(prefix.to_string()),
                None => {
                    n.exact_lengths |= length_bit(e.len());
                    n.exact.push(e)
                }
            }
        }
        n
    }

    /// True for a value that means "not given".
    pub fn matches(&self, s: &str) -> bool {
        if self.exact_lengths & length_bit(s.len()) != 0
            && self.exact.iter().any(|e| e.eq_ignore_ascii_case(s))
        {
            return true;
        }
        self.prefixes.iter().any(|p| {
            s.len() >= p.len()
                && s.is_char_boundary(p.len())
                && s[..p.len()].eq_ignore_ascii_case(p)
        })
    }
}

fn length_bit(len: usize) -> u64 {
    1 << len.min(63)
}

/// Cuts a value quoted in a message to a readable length, and shows control characters (line
/// breaks, terminal escapes) and Unicode direction controls as escapes such as `\n` and
/// `\u{202e}`, so that a message is always one line that reads as written and data cannot
/// forge or reorder the output.
pub fn shorten(s: &str) -> String {
    const MAX: usize = 60;
    let mut out = String::with_capacity(s.len().min(4 * MAX));
    for (i, c) in s.chars().enumerate() {
        if i == MAX {
            out.push_str("...");
            break;
        }
        if is_unsafe_in_message(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// C0 and C1 control characters and the Unicode bidirectional controls.
fn is_unsafe_in_message(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    #[test]
    fn dates_in_every_accepted_form() {
        assert_eq!(parse_date("2026-11-01"), Ok(d(2026, 11, 1)));
        assert_eq!(parse_date("2026-11-01T00:00:00"), Ok(d(2026, 11, 1)));
        assert_eq!(parse_date("2026-11-01 00:00:00"), Ok(d(2026, 11, 1)));
        assert_eq!(parse_date("01/11/2026"), Ok(d(2026, 11, 1)));
        assert_eq!(parse_date("1/11/2026"), Ok(d(2026, 11, 1)));
        assert_eq!(parse_date("01-11-2026"), Ok(d(2026, 11, 1)));
        assert_eq!(parse_date("01.11.2026"), Ok(d(2026, 11, 1)));
        assert_eq!(parse_date("01.11.18"), Ok(d(2018, 11, 1)));
        assert_eq!(parse_date("30.06.98"), Ok(d(1998, 6, 30)));
        assert_eq!(parse_date("31.12.40"), Ok(d(2040, 12, 31)));
        assert_eq!(parse_date(" 01/11/2026 "), Ok(d(2026, 11, 1)));
    }

    #[test]
    fn bad_dates_say_why() {
        let e = parse_date("31/02/2026").unwrap_err();
        assert!(e.contains("no 31 February 2026"), "{e}");
        let e = parse_date("11/30/2026").unwrap_err();
        assert!(e.contains("month 30"), "{e}");
        for s in [
            "soon",
            "2026",
            "2026/11",
            "1/2/3/4",
            "01/11/226",
            "٣/١١/٢٠٢٦",
            "2026-1x-01",
            "2026-11-1€",
        ] {
            assert!(parse_date(s).is_err(), "{s} should not parse");
        }
    }

    #[test]
    fn money_in_every_accepted_form() {
        let cases = [
            ("1200000", 1_200_000.0),
            ("£1.2m", 1_200_000.0),
            ("1,200,000", 1_200_000.0),
            ("£350k", 350_000.0),
            ("£12,743.00", 12_743.0),
            ("1.5bn", 1_500_000_000.0),
            ("£2 million", 2_000_000.0),
            ("GBP 40k", 40_000.0),
            ("£ 1 200 000", 1_200_000.0),
            // Longer than the stack buffer for digits without separators.
            (&format!("1{}", ",000".repeat(30)), 1e90),
            ("0", 0.0),
        ];
        for (s, want) in cases {
            let got = parse_money(s).unwrap_or_else(|e| panic!("{s}: {e}"));
            assert!((got - want).abs() < 1e-6, "{s}: {got} != {want}");
        }
    }

    #[test]
    fn bad_money_says_why() {
        assert!(
            parse_money("about two million")
                .unwrap_err()
                .contains("not an amount")
        );
        assert!(parse_money("$5m").unwrap_err().contains("not in pounds"));
        assert!(parse_money("-5").unwrap_err().contains("negative"));
        for s in [
            "1,20",
            "12,00,000",
            "1.2.3",
            "£",
            "m",
            "5 apples",
            ",100",
            "1.5,5",
            "1.5 5",
        ] {
            assert!(parse_money(s).is_err(), "{s} should not parse");
        }
    }

    #[test]
    fn lists_are_trimmed_deduplicated_and_keep_order() {
        assert_eq!(
            parse_list(" payments; Booking ;;payments;booking; ID ", ';'),
            vec!["payments", "Booking", "ID"]
        );
        assert!(parse_list(" ; ; ", ';').is_empty());
    }

    #[test]
    fn phases_and_kinds_list_allowed_values() {
        assert_eq!(parse_phase("Live"), Ok(Phase::Live));
        assert_eq!(parse_phase("private beta"), Ok(Phase::Beta));
        let e = parse_phase("pilot").unwrap_err();
        assert!(
            e.contains("'pilot'") && e.contains("discovery, alpha, beta, live"),
            "{e}"
        );
        assert_eq!(parse_kind(" Service"), Ok(Kind::Service));
        assert!(
            parse_kind("programme")
                .unwrap_err()
                .contains("project, service, platform")
        );
    }

    #[test]
    fn null_values_match_exactly_or_by_prefix() {
        let n = NullValues::new(&["N/A".into(), "Exempt under*".into()]);
        assert!(n.matches("n/a"));
        assert!(n.matches("Exempt under Section 43 of the FOI Act"));
        assert!(!n.matches("n/a really"));
        assert!(!n.matches("Exempt"));
        let long = "x".repeat(70);
        let n = NullValues::new(std::slice::from_ref(&long));
        assert!(n.matches(&long.to_uppercase()) && !n.matches(&"x".repeat(71)));
    }

    #[test]
    fn emails() {
        assert!(looks_like_email("a.b@dept.gov.example"));
        assert!(looks_like_email("é@dept.gov.example"));
        for s in [
            "a.b",
            "@x.y",
            "a@b",
            "a@b@c.d",
            "a b@c.d",
            "a\u{b}b@c.d",
            "a\u{a0}b@c.d",
            "a@.c",
            "a@c.",
        ] {
            assert!(!looks_like_email(s), "{s}");
        }
    }
}
