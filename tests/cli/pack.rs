//! Integration tests for the meeting pack written by `overlap run`.
