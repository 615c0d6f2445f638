//! Unit tests of the Array natives against node's outputs.
