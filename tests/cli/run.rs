//! Integration tests for `overlap run`.
