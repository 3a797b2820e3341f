//! `overlap`: find duplicated digital effort across government departments.
//!
//! The pipeline: [`ingest`] reads and validates catalogues into [`model::Record`]s;
//! [`matching`] finds scored cross-department pairs and groups them into opportunities;
//! [`report`] renders the meeting pack from both. [`commands`] wires them to the command line.

pub mod cli;
pub mod commands;
pub mod config;
pub mod config_docs;
pub mod cycle;
pub mod error;
pub mod free;
pub mod generate;
pub mod ingest;
pub mod matching;
pub mod model;
pub mod report;
pub mod stopwatch;
pub mod ui;

pub use error::{Error, Result};
