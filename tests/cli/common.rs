//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::PathBuf;

/// The `overlap` binary built by cargo for this test run.
pub fn overlap() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("overlap").expect("binary built");
    cmd.env_remove("RUST_LOG");
    cmd
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A path under `tests/fixtures/`.
pub fn fixture(rel: &str) -> PathBuf {
    root().join("tests/fixtures").join(rel)
}
