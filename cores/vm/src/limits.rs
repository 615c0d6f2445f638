//! Every bound of a run, in one place (see STYLE.md: one `Limits` type).

/// Bounds on one run of tenant code. Breaking one ends the run with a
/// [`crate::error::LimitKind`] error that no program can intercept.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Energy units a run may spend; each opcode costs its weight, builtins
    /// charge for their work. Default 100,000,000 (about 0.3 s of pure dispatch).
    pub max_energy: u64,
    /// Nested JavaScript calls. Default 64.
    pub max_depth: u32,
    /// Bytes a run may allocate in its region (objects, strings, arrays).
    /// Default 64 MiB.
    pub max_memory: usize,
    /// Length of one string in UTF-16 code units. Default 16 Mi units (32 MiB).
    pub max_string: usize,
    /// Length of one array, and entries of one Map or Set. Default 8 Mi.
    pub max_array: usize,
    /// Value-stack slots (locals and temporaries of all frames). Default 64 Ki.
    pub max_stack: usize,
    /// Energy between cooperative yields to the executor; 0 never yields.
    /// Default 0 for `kitwork run`; the server sets its own.
    pub yield_every: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_energy: 100_000_000,
            max_depth: 64,
            max_memory: 64 << 20,
            max_string: 16 << 20,
            max_array: 8 << 20,
            max_stack: 64 << 10,
            yield_every: 0,
        }
    }
}
