//! The fields each department fills in for its own efforts, planted or not: kind, phase,
//! dates, budget, technologies, owner and contact, some left empty as in real catalogues.
//!
//! In: a [`Row`] with its name and description, its department and RNG. Out: the row filled.

use super::departments::Department;
use super::row::{self, Row};
use super::vocab::{FIRST_NAMES, LAST_NAMES, ROLES, TECHNOLOGIES};
use chrono::{Duration, NaiveDate};
use rand::Rng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

/// The fields each department fills in for itself: kind, phase, dates, budget, owner,
/// contact, technologies; some left empty, as in real catalogues.
pub(super) fn fill_details(row: &mut Row, dept: &Department, rng: &mut ChaCha8Rng) {
    const PHASES: [&str; 6] = ["discovery", "alpha", "beta", "live", "retiring", "retired"];
    const PHASE_WEIGHTS: [u32; 6] = [12, 12, 18, 45, 8, 5];
    let phase_index = {
        let mut pick = rng.gen_range(0..100u32);
        let mut i = 0;
        while i < PHASES.len() - 1 && pick >= PHASE_WEIGHTS[i] {
            pick -= PHASE_WEIGHTS[i];
            i += 1;
        }
        i
    };
    row.phase = (!rng.gen_bool(0.04)).then_some(PHASES[phase_index]);
    row.kind = (!rng.gen_bool(0.04)).then(|| match (phase_index, rng.gen_range(0..10)) {
        (_, 0) => "contract",
        (_, 1) => "platform",
        (0 | 1, _) => "project",
        (2, n) if n < 5 => "project",
        _ => "service",
    });

    let epoch = NaiveDate::from_ymd_opt(2012, 1, 1).unwrap_or_default();
    let start = epoch + Duration::days(rng.gen_range(0..5400));
    let ended = phase_index >= 4;
    row.start_date = (!rng.gen_bool(0.05)).then_some(start);
    row.end_date =
        (ended || rng.gen_bool(0.5)).then(|| start + Duration::days(rng.gen_range(180..2600)));

    row.budget_gbp = (!rng.gen_bool(dept.missing_budget)).then(|| row::round_budget(budget(rng)));
    row.odd_money = rng.gen_bool(0.03);

    if rng.gen_bool(1.0 - dept.missing_technologies) {
        let n = rng.gen_range(1..=3);
        let mut techs: Vec<String> = TECHNOLOGIES
            .choose_multiple(rng, n)
            .map(|t| t.to_string())
            .collect();
        techs.sort();
        row.technologies = techs;
    }
    if rng.gen_bool(0.04) {
        row.user_groups.clear();
    }
    if rng.gen_bool(0.04) {
        row.capabilities.clear();
    }

    let first = FIRST_NAMES[rng.gen_range(0..FIRST_NAMES.len())];
    let last = LAST_NAMES[rng.gen_range(0..LAST_NAMES.len())];
    let role = ROLES[rng.gen_range(0..ROLES.len())];
    row.owner = (!rng.gen_bool(0.05)).then(|| format!("{first} {last}, {role}"));
    row.contact_email = match rng.gen_range(0..20) {
        0 => None,
        1..=5 => Some(format!("digital@{}", dept.email_domain)),
        _ => Some(format!(
            "{}.{}@{}",
            first.to_lowercase(),
            last.to_lowercase(),
            dept.email_domain
        )),
    };
}

/// A whole-life budget from about £50k to £50m, spread evenly over orders of magnitude.
/// Integer arithmetic only, so budgets are the same on every platform.
fn budget(rng: &mut ChaCha8Rng) -> u64 {
    // 10^(k/10) for k = 0..9, times 100.
    const STEPS: [u64; 10] = [100, 126, 158, 200, 251, 316, 398, 501, 631, 794];
    let tenths = rng.gen_range(47..77u32); // 10^4.7 = £50k .. 10^7.7 = £50m
    let base = STEPS[(tenths % 10) as usize] * 10u64.pow(tenths / 10) / 100;
    base + rng.gen_range(0..base / 4 + 1)
}
