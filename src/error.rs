//! The crate's error type, its `Result` alias, and the process exit codes.
//!
//! Row-level problems are data ([`crate::model::Problem`]), not errors: an `Error` means a
//! command could not do its job at all (bad config, unreadable folder, output not writable).

use std::path::PathBuf;

/// Exit codes, documented in the README.
pub mod exit {
    /// Success: the command did what was asked (a run may still have rejected rows; see README).
    pub const OK: i32 = 0;
    /// The input had errors: `validate` found rejected rows or files, or `run --strict` did.
    pub const INPUT_ERRORS: i32 = 1;
    /// Usage or configuration error: a bad flag, a bad config file, a bad argument.
    pub const USAGE: i32 = 2;
    /// The command could not finish: inputs unreadable, output not writable, pack exists.
    pub const FAILURE: i32 = 3;
}

/// What can stop a command.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("config {path}: {message}")]
    Config { path: PathBuf, message: String },
    #[error("{0}")]
    Usage(String),
    #[error("{0}")]
    Failed(String),
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// The exit code this error maps to.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Config { .. } | Error::Usage(_) => exit::USAGE,
            Error::Io { .. } | Error::Failed(_) => exit::FAILURE,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
