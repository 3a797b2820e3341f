//! The files the monthly cycle reads at the command boundary: the previous pack's `state.json`
//! (given, or found beside the output folder) and the decisions file.
//!
//! In: paths from flags and the config. Out: a parsed [`PackState`] with the folder it came
//! from, and parsed [`Decisions`]; errors name the file and say what to do.

use crate::config::Config;
use crate::cycle::decisions::{self, Decisions};
use crate::cycle::{PackState, STATE_FILE};
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// Where the decisions file is: `--decisions`, else `[cycle] decisions` taken relative to the
/// config file's folder (or the working folder without a config file).
pub fn decisions_path(flag: Option<&Path>, config_file: Option<&Path>, config: &Config) -> PathBuf {
    if let Some(p) = flag {
        return p.to_path_buf();
    }
    let named = PathBuf::from(&config.cycle.decisions);
    match config_file.and_then(Path::parent) {
        Some(dir) if named.is_relative() => dir.join(named),
        _ => named,
    }
}

/// Reads the decisions file; `Ok(None)` when it does not exist and was not named by a flag.
pub fn load_decisions(path: &Path, required: bool) -> Result<Option<Decisions>> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(decisions::parse(&path.display().to_string(), &bytes))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => Ok(None),
        Err(e) => Err(Error::Failed(format!(
            "cannot read the decisions file {}: {e}; create it with `overlap review PACK --decisions {}`",
            path.display(),
            path.display()
        ))),
    }
}

/// Reads a pack's state. The error says what to do.
pub fn load_state(pack: &Path) -> Result<PackState> {
    let path = pack.join(STATE_FILE);
    let text = std::fs::read_to_string(&path).map_err(|e| {
        Error::Failed(format!(
            "cannot read {}: {e}; --previous must name a pack written by `overlap run` \
             (or pass --no-previous)",
            path.display()
        ))
    })?;
    PackState::parse(&text).map_err(|m| Error::Failed(format!("{}: {m}", path.display())))
}

/// The latest `YYYY-MM` folder before `period` in `out`'s parent folder (other names, such as
/// `sample`, are ignored), if any.
pub fn find_previous(out: &Path, period: &str) -> Option<PathBuf> {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut found: Vec<String> = std::fs::read_dir(&parent)
        .ok()?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|name| is_period(name) && name.as_str() < period)
        .collect();
    found.sort();
    found.pop().map(|name| parent.join(name))
}

/// `YYYY-MM` with a real month.
pub fn is_period(p: &str) -> bool {
    p.len() == 7
        && p.as_bytes()[4] == b'-'
        && p[..4].bytes().all(|b| b.is_ascii_digit())
        && matches!(p[5..].parse::<u32>(), Ok(1..=12))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latest_earlier_period_folder_is_found_and_others_ignored() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["2026-09", "2026-10", "2026-12", "sample", "2026-13"] {
            std::fs::create_dir(dir.path().join(name)).unwrap();
        }
        let out = dir.path().join("2026-11");
        assert_eq!(
            find_previous(&out, "2026-11"),
            Some(dir.path().join("2026-10"))
        );
        assert_eq!(find_previous(&dir.path().join("2026-09"), "2026-09"), None);
    }

    #[test]
    fn the_decisions_path_is_relative_to_the_config_file() {
        let config = Config::default();
        let p = decisions_path(None, Some(Path::new("conf/overlap.toml")), &config);
        assert_eq!(p, Path::new("conf/decisions.csv"));
        assert_eq!(
            decisions_path(None, None, &config),
            Path::new("decisions.csv")
        );
        let flag = Path::new("x.csv");
        assert_eq!(decisions_path(Some(flag), None, &config), flag);
    }
}
