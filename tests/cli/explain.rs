//! Integration tests for `overlap explain`.
