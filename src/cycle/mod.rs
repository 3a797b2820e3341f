//! The monthly cycle: follow efforts and opportunities from the previous pack to this one,
//! honour the analysts' decisions, and say what changed.
//!
//! In: this period's records and match outcome (with the period model), the previous pack's
//! [`PackState`] (if any), and the parsed decisions file. Out: a [`Cycle`]: the outcome with
//! rejected pairs removed and stable ids, a [`CycleReport`] for the pack's "Since last month"
//! and "Decisions" sections, the new [`PackState`] for `state.json`, and warnings about
//! decisions that name nothing known. Pure: no printing, no files. See docs/monthly-cycle.md.

pub mod apply;
pub mod config;
pub mod decisions;
pub mod efforts;
pub mod ids;
pub mod regroup;
pub mod report;
pub mod state;

pub use apply::{Cycle, CycleInput, apply};
pub use config::CycleConfig;
pub use efforts::{Link, Tracked, Tracking, track};
pub use report::CycleReport;
pub use state::{NextState, PackState, STATE_FILE};
