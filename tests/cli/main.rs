//! Integration tests: one binary (links once), one module per command, as ripgrep's `tests/`.
//! Each module runs the `overlap` binary on fixture folders and asserts on its output.

mod common;
mod cycle;
mod evaluate;
mod explain;
mod generate;
mod hardening;
mod pack;
mod review;
mod run;
mod validate;
