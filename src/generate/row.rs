//! One generated catalogue row and how a department writes it out: its date format, money
//! format and name casing.
//!
//! In: a [`Row`] and its [`Department`]. Out: the 14 canonical fields as strings.

use super::departments::{DateStyle, Department, MoneyStyle};
use super::effort::title_case;
use chrono::NaiveDate;

/// The canonical catalogue header, in order.
pub const HEADER: [&str; 14] = [
    "department",
    "record_id",
    "name",
    "description",
    "kind",
    "phase",
    "user_groups",
    "capabilities",
    "technologies",
    "start_date",
    "end_date",
    "budget_gbp",
    "owner",
    "contact_email",
];

/// The truth file's header.
pub const TRUTH_HEADER: [&str; 5] = [
    "department_a",
    "record_id_a",
    "department_b",
    "record_id_b",
    "kind",
];

/// A generated effort, before formatting.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row {
    pub record_id: String,
    /// Sentence case; title-cased on output for departments that write names that way.
    pub name: String,
    pub description: String,
    pub kind: Option<&'static str>,
    pub phase: Option<&'static str>,
    pub user_groups: Vec<String>,
    pub capabilities: Vec<String>,
    pub technologies: Vec<String>,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub budget_gbp: Option<u64>,
    /// Write this row's budget in a different format from the rest of its file, as happens
    /// when rows are pasted in from another spreadsheet.
    pub odd_money: bool,
    pub owner: Option<String>,
    pub contact_email: Option<String>,
}

impl Row {
    /// The row's fields in [`HEADER`] order, as `dept` writes them.
    pub fn fields(&self, dept: &Department) -> [String; 14] {
        let money = if self.odd_money {
            match dept.money {
                MoneyStyle::Plain => MoneyStyle::Commas,
                MoneyStyle::Commas => MoneyStyle::Short,
                MoneyStyle::Short => MoneyStyle::Plain,
            }
        } else {
            dept.money
        };
        let date =
            |d: &Option<NaiveDate>| d.map(|d| format_date(d, dept.dates)).unwrap_or_default();
        [
            dept.name.clone(),
            self.record_id.clone(),
            if dept.title_case {
                title_case(&self.name)
            } else {
                self.name.clone()
            },
            self.description.clone(),
            self.kind.unwrap_or_default().to_string(),
            self.phase.unwrap_or_default().to_string(),
            self.user_groups.join(";"),
            self.capabilities.join(";"),
            self.technologies.join(";"),
            date(&self.start_date),
            date(&self.end_date),
            self.budget_gbp
                .map(|b| format_money(b, money))
                .unwrap_or_default(),
            self.owner.clone().unwrap_or_default(),
            self.contact_email.clone().unwrap_or_default(),
        ]
    }
}

/// `2026-11-01` or `01/11/2026`.
pub fn format_date(date: NaiveDate, style: DateStyle) -> String {
    match style {
        DateStyle::Iso => date.format("%Y-%m-%d").to_string(),
        DateStyle::Uk => date.format("%d/%m/%Y").to_string(),
    }
}

/// `1200000`, `1,200,000`, or `£1.2m` / `£350k`. Short forms are exact for the amounts the
/// generator draws (see [`round_budget`]).
pub fn format_money(pounds: u64, style: MoneyStyle) -> String {
    match style {
        MoneyStyle::Plain => pounds.to_string(),
        MoneyStyle::Commas => {
            let digits = pounds.to_string();
            let mut out = String::with_capacity(digits.len() + digits.len() / 3);
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i).is_multiple_of(3) {
                    out.push(',');
                }
                out.push(c);
            }
            out
        }
        MoneyStyle::Short => {
            if pounds >= 1_000_000 {
                let tenths = pounds / 100_000;
                if tenths.is_multiple_of(10) {
                    format!("£{}m", tenths / 10)
                } else {
                    format!("£{}.{}m", tenths / 10, tenths % 10)
                }
            } else {
                format!("£{}k", pounds / 1000)
            }
        }
    }
}

/// Rounds a budget the way catalogues state them: to £10k below £1m, to £100k above.
pub fn round_budget(pounds: u64) -> u64 {
    if pounds >= 1_000_000 {
        (pounds / 100_000).max(10) * 100_000
    } else {
        (pounds / 10_000).max(1) * 10_000
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_formats() {
        assert_eq!(format_money(1_200_000, MoneyStyle::Plain), "1200000");
        assert_eq!(format_money(1_200_000, MoneyStyle::Commas), "1,200,000");
        assert_eq!(format_money(350_000, MoneyStyle::Commas), "350,000");
        assert_eq!(format_money(1_200_000, MoneyStyle::Short), "£1.2m");
        assert_eq!(format_money(3_000_000, MoneyStyle::Short), "£3m");
        assert_eq!(format_money(350_000, MoneyStyle::Short), "£350k");
    }

    #[test]
    fn short_money_is_exact_for_rounded_budgets() {
        for raw in [10_000u64, 57_345, 999_999, 1_000_000, 1_234_567, 48_765_432] {
            let b = round_budget(raw);
            let short = format_money(b, MoneyStyle::Short);
            let value: f64 = short.trim_start_matches('£')[..short.len() - 3]
                .parse()
                .unwrap_or(-1.0);
            let unit = if short.ends_with('m') { 1e6 } else { 1e3 };
            assert_eq!((value * unit).round() as u64, b, "{short}");
        }
    }

    #[test]
    fn date_formats() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 1).expect("valid date");
        assert_eq!(format_date(d, DateStyle::Iso), "2026-11-01");
        assert_eq!(format_date(d, DateStyle::Uk), "01/11/2026");
    }
}
