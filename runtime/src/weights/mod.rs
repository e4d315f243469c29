//! Weights of the SDK pallets that ship no runtime weights of their own, measured on Corex's
//! runtime by `scripts/benchmark.sh` (Corex's own pallets keep theirs in `pallets/*/src/weights.rs`).

pub mod pallet_parameters;
pub mod pallet_vesting;
