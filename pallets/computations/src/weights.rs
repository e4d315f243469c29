//! Weights of `pallet_computations`, measured by frame-benchmarking (do not edit by hand).
//!
//! Not generated yet: regenerate with `scripts/benchmark.sh pallet_computations`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// Weight of each benchmarked operation of `pallet_computations`.
pub trait WeightInfo {
	fn register_definition() -> Weight;
	fn retire_definition() -> Weight;
	fn submit_computation(i: u32, q: u32, ) -> Weight;
	fn cancel_computation() -> Weight;
	fn offer_node() -> Weight;
	fn withdraw_node() -> Weight;
	fn submit_result() -> Weight;
	fn submit_training_job(s: u32, ) -> Weight;
	fn remove_training_job(r: u32, ) -> Weight;
	fn on_initialize_idle() -> Weight;
	fn assign(c: u32, k: u32, ) -> Weight;
	fn on_timer(k: u32, ) -> Weight;
}

impl WeightInfo for () {
	fn register_definition() -> Weight { Weight::zero() }
	fn retire_definition() -> Weight { Weight::zero() }
	fn submit_computation(_i: u32, _q: u32, ) -> Weight { Weight::zero() }
	fn cancel_computation() -> Weight { Weight::zero() }
	fn offer_node() -> Weight { Weight::zero() }
	fn withdraw_node() -> Weight { Weight::zero() }
	fn submit_result() -> Weight { Weight::zero() }
	fn submit_training_job(_s: u32, ) -> Weight { Weight::zero() }
	fn remove_training_job(_r: u32, ) -> Weight { Weight::zero() }
	fn on_initialize_idle() -> Weight { Weight::zero() }
	fn assign(_c: u32, _k: u32, ) -> Weight { Weight::zero() }
	fn on_timer(_k: u32, ) -> Weight { Weight::zero() }
}
