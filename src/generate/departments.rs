//! Fictional departments for generated catalogues: a distinct, realistic name for each
//! ("Ministry of Fisheries", "Health Standards Agency"), its policy domain, and how its
//! spreadsheet export looks (date and money formats, record id pattern, line endings).
//!
//! In: the department count and an RNG. Out: [`Department`]s, deterministic for the RNG.

use super::vocab::{DEPARTMENT_PATTERNS, DOMAINS, MINOR_WORDS, SECOND_SUBJECTS};
use rand::Rng;
use rand::seq::SliceRandom;
use std::collections::BTreeSet;

/// How a department writes dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateStyle {
    /// 2026-11-01
    Iso,
    /// 01/11/2026
    Uk,
}

/// How a department writes money.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyStyle {
    /// 1200000
    Plain,
    /// 1,200,000
    Commas,
    /// £1.2m, £350k
    Short,
}

/// How a department writes record ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdStyle {
    /// MHC-000123
    Dash,
    /// MHC000123
    Packed,
    /// MHC/2024/00123
    Year(u16),
    /// MHC.123
    Dot,
}

/// One generated department.
#[derive(Clone, Debug)]
pub struct Department {
    /// Full name, as written in the `department` column.
    pub name: String,
    /// File name stem: the name in lower case with hyphens.
    pub slug: String,
    /// Initials, used in record ids.
    pub initials: String,
    /// E-mail domain for contacts.
    pub email_domain: String,
    /// Index into [`DOMAINS`].
    pub domain: usize,
    pub dates: DateStyle,
    pub money: MoneyStyle,
    pub ids: IdStyle,
    /// Names written in Title Case (else sentence case).
    pub title_case: bool,
    /// Rows end with CRLF (else LF).
    pub crlf: bool,
    /// Share of rows with an empty budget.
    pub missing_budget: f64,
    /// Share of rows with no technologies listed.
    pub missing_technologies: f64,
}

/// Makes `count` departments with distinct names and slugs.
///
/// Each of the first `DOMAINS.len()` departments gets a domain of its own, so that their
/// routine work does not overlap; beyond that, domains are shared by more than one department
/// under different names.
pub fn departments<R: Rng>(count: usize, rng: &mut R) -> Vec<Department> {
    let mut order: Vec<usize> = (0..DOMAINS.len()).collect();
    let mut names = BTreeSet::new();
    let mut slugs = BTreeSet::new();
    let mut out = Vec::with_capacity(count);
    let mut attempt = 0usize;
    while out.len() < count {
        if out.len() % DOMAINS.len() == 0 && attempt == 0 {
            order.shuffle(rng);
        }
        let domain = order[out.len() % DOMAINS.len()];
        let title = DOMAINS[domain].title;
        let pattern = DEPARTMENT_PATTERNS
            .choose(rng)
            .copied()
            .unwrap_or("Ministry of {t}");
        let second = SECOND_SUBJECTS.choose(rng).copied().unwrap_or("Services");
        let mut name = department_name(pattern, title, second);
        // After many clashes (only possible for thousands of departments), number the name.
        if attempt > 200 {
            name = format!("{name} {}", out.len() + 1);
        }
        let slug = slugify(&name);
        if names.contains(&name) || slugs.contains(&slug) {
            attempt += 1;
            continue;
        }
        attempt = 0;
        names.insert(name.clone());
        slugs.insert(slug.clone());
        let initials = initials(&name);
        let email_domain = format!(
            "{}.gov.example",
            slug.replace("-and-", "-").replace("ministry-of-", "")
        );
        let ids = match rng.gen_range(0..4) {
            0 => IdStyle::Dash,
            1 => IdStyle::Packed,
            2 => IdStyle::Year(rng.gen_range(2015..=2025)),
            _ => IdStyle::Dot,
        };
        out.push(Department {
            name,
            slug,
            initials,
            email_domain,
            domain,
            dates: if rng.gen_bool(0.5) {
                DateStyle::Iso
            } else {
                DateStyle::Uk
            },
            money: match rng.gen_range(0..3) {
                0 => MoneyStyle::Plain,
                1 => MoneyStyle::Commas,
                _ => MoneyStyle::Short,
            },
            ids,
            title_case: rng.gen_bool(0.6),
            crlf: rng.gen_bool(0.5),
            missing_budget: rng.gen_range(0.02..0.3),
            missing_technologies: rng.gen_range(0.05..0.4),
        });
    }
    out
}

/// Fills a department name pattern, as people name bodies: titles that are adjectives
/// ("Nuclear", "Veterinary") take a noun after "of"/"for" ("Office for Nuclear Regulation"),
/// and titles that already say their scope ("International Development") are not "National".
fn department_name(pattern: &str, title: &str, second: &str) -> String {
    const ADJECTIVES: [&str; 2] = ["Nuclear", "Veterinary"];
    const SCOPED: [&str; 3] = [
        "International Development",
        "Foreign Affairs",
        "Local Government",
    ];
    let pattern = if SCOPED.contains(&title) {
        pattern.trim_start_matches("National ")
    } else {
        pattern
    };
    let title = if ADJECTIVES.contains(&title)
        && (pattern.contains("of {t}") || pattern.contains("for {t}"))
    {
        if pattern.contains("{s}") {
            format!("{title} Services")
        } else {
            format!("{title} Regulation")
        }
    } else {
        title.to_string()
    };
    pattern.replace("{t}", &title).replace("{s}", second)
}

/// Lower case, ASCII letters and digits, words joined by hyphens.
pub fn slugify(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    for word in name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word.to_ascii_lowercase());
    }
    slug
}

/// Upper-case initials of the words that are not minor words ("Ministry of Health" -> "MH").
pub fn initials(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !MINOR_WORDS.contains(&w.to_lowercase().as_str()))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

impl Department {
    /// The record id of this department's `n`th row (0-based), padded to `width` digits.
    pub fn record_id(&self, n: usize, width: usize) -> String {
        let n = n + 1;
        match self.ids {
            IdStyle::Dash => format!("{}-{n:0width$}", self.initials),
            IdStyle::Packed => format!("{}{n:0width$}", self.initials),
            IdStyle::Year(year) => format!("{}/{year}/{n:0width$}", self.initials),
            IdStyle::Dot => format!("{}.{n}", self.initials),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;

    #[test]
    fn five_hundred_departments_have_distinct_names_and_slugs() {
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        let depts = departments(500, &mut rng);
        assert_eq!(depts.len(), 500);
        let names: BTreeSet<_> = depts.iter().map(|d| d.name.as_str()).collect();
        let slugs: BTreeSet<_> = depts.iter().map(|d| d.slug.as_str()).collect();
        assert_eq!(names.len(), 500);
        assert_eq!(slugs.len(), 500);
    }

    #[test]
    fn first_departments_each_have_their_own_domain() {
        let mut rng = ChaCha8Rng::seed_from_u64(9);
        let depts = departments(DOMAINS.len(), &mut rng);
        let domains: BTreeSet<_> = depts.iter().map(|d| d.domain).collect();
        assert_eq!(domains.len(), DOMAINS.len());
    }

    #[test]
    fn adjective_titles_take_a_noun() {
        assert_eq!(
            department_name("Office for {t}", "Nuclear", "Skills"),
            "Office for Nuclear Regulation"
        );
        assert_eq!(
            department_name("{t} Agency", "Veterinary", "Skills"),
            "Veterinary Agency"
        );
        assert_eq!(
            department_name("National {t} Agency", "International Development", "Skills"),
            "International Development Agency"
        );
    }

    #[test]
    fn slugs_and_initials() {
        assert_eq!(
            slugify("Department for Culture, Heritage and Sport"),
            "department-for-culture-heritage-and-sport"
        );
        assert_eq!(initials("Ministry of Health and Care"), "MHC");
    }
}
