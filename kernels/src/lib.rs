//! # Corex compute kernels
//!
//! The built-in kernels a node's off-chain worker runs on its assigned fragments: softmax-
//! regression inference, the gradient of a data shard (training), aggregation of shard gradients
//! and the model update. They use fixed-point integers only ([`fixed`]), so a fragment gives
//! bit-identical results on every machine, natively and in Wasm — the precondition for the
//! proofs pallet to compare results by hash.
//!
//! [`fragment::run`] is the one entry point: the off-chain worker (in Wasm), the runtime's
//! `ComputeApi` and the native tools all call it on the same input blobs.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod cost;
pub mod fixed;
pub mod fragment;
pub mod lanes;
pub mod model;
pub mod probe;

pub use cost::compute_units;
pub use fixed::{Fx, ONE};
pub use fragment::{run, Kernel, Output, KERNELS_VERSION};
pub use model::{aggregate, ComputeError, Gradient, Model, Sample};
