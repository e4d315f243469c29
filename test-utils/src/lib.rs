//! # Corex test utilities
//!
//! What the pallets' mock runtimes share, so that each pallet's `mock.rs` holds only what is
//! its own (its `Config`, its genesis, the recorders of the calls it makes into its peers):
//! - [`nodes`]: the mock node registry: nodes with a status, device class, tier, capacity,
//!   reputation and stake; their operator, worker and reward accounts; the epoch clock; and
//!   [`nodes::MockNodes`], which implements `NodeInfo`, `EpochClock` and `NodeReputation` over it,
//!   recording misses, verdicts and probe results.
//! - [`checked`]: run a test in its externalities, then the pallet's invariants (`try_state`),
//!   so no test can leave the state broken unnoticed.

pub mod checked;
pub mod nodes;

pub use checked::execute_checked;
