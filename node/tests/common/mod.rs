//! Helpers shared by the node's tests and examples.
pub mod shards;
pub mod wasm;
