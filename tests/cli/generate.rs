//! Integration tests for `overlap generate`.
