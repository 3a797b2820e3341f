//! Integration tests for `overlap evaluate`.
