//! See benches/peers.rs.
