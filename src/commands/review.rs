//! `overlap review`: create or update the decisions file from a pack, so the analyst can fill in
//! a decision for each opportunity in a spreadsheet.
//!
//! In: a pack folder (its `state.json`), the decisions file (`--decisions`, else the config's
//! `[cycle] decisions`). Out: the decisions file with one new row (empty decision) per
//! opportunity it did not name yet; existing rows are kept as they were. A line on stdout says
//! how many rows were added. The file is replaced atomically.

use super::cycle_files;
use crate::cli::ReviewArgs;
use crate::config::Config;
use crate::cycle::decisions::{self, Offered};
use crate::error::{Error, Result, exit};
use crate::ui::Ui;
use std::io::Write;

pub fn execute(args: &ReviewArgs, ui: &Ui) -> Result<i32> {
    let config = Config::load(args.config.as_deref())?;
    let state = cycle_files::load_state(&args.pack).map_err(|e| {
        Error::Usage(format!(
            "{e:#}; give the folder of a pack written by `overlap run`"
        ))
    })?;
    let path =
        cycle_files::decisions_path(args.decisions.as_deref(), args.config.as_deref(), &config);
    let existing = match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(Error::io(&path, e)),
    };
    if let Some(bytes) = &existing {
        // Report problems in the file as it stands; they are kept for the analyst to fix.
        for p in &decisions::parse(&path.display().to_string(), bytes).problems {
            ui.note(p.to_string());
        }
    }
    let offered: Vec<Offered> = state
        .opportunities
        .iter()
        .map(|o| Offered {
            id: o.id.clone(),
            note: format!("{} ({} efforts)", o.theme, o.members.len()),
        })
        .collect();
    let (bytes, added) = decisions::update(existing.as_deref(), &offered)
        .map_err(|m| Error::Failed(format!("{}: {m}; the file was not changed", path.display())))?;
    write_atomically(&path, &bytes)?;
    println!(
        "{}: {added} opportunit{} from {} added for review ({} in the pack)",
        path.display(),
        if added == 1 { "y" } else { "ies" },
        state.period,
        state.opportunities.len()
    );
    Ok(exit::OK)
}

/// Writes into a temporary file beside `path`, then renames it into place.
fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let mut tmp = tempfile::NamedTempFile::new_in(&dir).map_err(|e| Error::io(&dir, e))?;
    tmp.write_all(bytes).map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}
