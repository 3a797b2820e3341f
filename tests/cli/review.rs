//! Integration tests for `overlap review`.
