//! The digits shards, compiled in (shared by the Wasm test and the Wasm bench).

pub use corex_test_utils::digits::TRAIN as SHARDS;
#[allow(unused_imports)]
pub use corex_test_utils::digits::VALIDATION;
