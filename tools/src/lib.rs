//! # Corex tools
//!
//! What the developer tools compute, as a library so that it is tested like the rest of the
//! code; `src/main.rs` is the command line (`corex-tools <subcommand>`). The formats come from
//! their one home: samples are `corex_compute::Sample`, content ids
//! `corex_primitives::ContentId`.

pub mod digits;
pub mod model;
pub mod plot;
