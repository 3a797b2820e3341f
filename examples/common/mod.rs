//! What the quality examples share: reading a folder of catalogues as `overlap run` does, and
//! finding an effort by (department, record id) as truth files name it.

use overlap::config::Config;
use overlap::model::Record;
use std::collections::HashMap;
use std::path::Path;

/// The config (`config`, or the defaults) and the accepted records of the catalogues in `dir`.
pub fn ingest(dir: &str, config: Option<&Path>) -> anyhow::Result<(Config, Vec<Record>)> {
    let config = Config::load(config)?;
    let ui = overlap::ui::Ui {
        quiet: true,
        verbose: 0,
    };
    let ingested = overlap::ingest::ingest_paths(&[dir.into()], &config, &ui)?;
    Ok((config, ingested.records))
}

/// Each record's index, by (department, record id).
pub fn index(records: &[Record]) -> HashMap<(&str, &str), u32> {
    records
        .iter()
        .enumerate()
        .map(|(i, r)| ((r.department.as_str(), r.record_id.as_str()), i as u32))
        .collect()
}
