//! Integration tests for `overlap validate`.
