//! # Corex compute kernels
//!
//! The built-in kernels a node's off-chain worker runs on its assigned fragments: softmax-
//! regression inference, the gradient of a data shard (training), aggregation of shard gradients
//! and the model update. They use fixed-point integers only ([`fixed`]), so a fragment gives
//! bit-identical results on every machine, natively and in Wasm — the precondition for the
//! proofs pallet to compare results by hash.
//!
//! Status: kernels and their tests. The computations pallet, the off-chain worker that fetches
//! inputs and submits results, and the native-vs-Wasm comparison come with the rest of the
//! computations issue.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod fixed;
pub mod model;

pub use fixed::{Fx, ONE};
pub use model::{aggregate, ComputeError, Gradient, Model, Sample};
