//! A mock runtime for the governance tests: system, `pallet-parameters` with two dynamic
//! parameters, and this pallet. Session keys are a set the tests fill.

use crate::{self as pallet_governance, *};
use frame_support::{
	derive_impl,
	dynamic_params::{dynamic_pallet_params, dynamic_params},
	traits::{ConstU32, Contains, EitherOf},
};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;
use std::{cell::RefCell, collections::BTreeSet};

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Parameters: pallet_parameters,
		Governance: pallet_governance,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

#[dynamic_params(RuntimeParameters, pallet_parameters::Parameters::<Test>)]
pub mod dynamic_params {
	use super::*;

	#[dynamic_pallet_params]
	#[codec(index = 0)]
	pub mod queue {
		use super::*;

		/// Range 1..=10.
		#[codec(index = 0)]
		pub static Redundancy: u8 = 2;

		/// Range 100..=1_000.
		#[codec(index = 1)]
		pub static Fee: u128 = 100;
	}
}
pub use dynamic_params::queue;

/// The ranges of the mock's parameters.
pub struct Ranges;
impl ParameterRanges<RuntimeParametersValue> for Ranges {
	fn in_range(value: &RuntimeParametersValue) -> bool {
		match value {
			RuntimeParametersValue::Queue(queue::ParametersValue::Redundancy(v)) => {
				(1..=10).contains(v)
			},
			RuntimeParametersValue::Queue(queue::ParametersValue::Fee(v)) => {
				(100..=1_000).contains(v)
			},
		}
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl Default for RuntimeParameters {
	fn default() -> Self {
		RuntimeParameters::Queue(queue::Parameters::Fee(queue::Fee, Some(200)))
	}
}

impl pallet_parameters::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeParameters = RuntimeParameters;
	type AdminOrigin = EnsureCheckedParameter;
	type WeightInfo = ();
}

thread_local! {
	static KEYS: RefCell<BTreeSet<AccountId>> = RefCell::new(BTreeSet::new());
}

/// Registers session keys for `who`.
pub fn set_keys(who: AccountId) {
	KEYS.with(|k| k.borrow_mut().insert(who));
}

/// The accounts the tests registered keys for.
pub struct MockKeys;
impl Contains<AccountId> for MockKeys {
	fn contains(who: &AccountId) -> bool {
		KEYS.with(|k| k.borrow().contains(who))
	}
}

pub const MAX_VALIDATORS: u32 = 4;
pub const MIN_VALIDATORS: u32 = 2;

/// Root referenda may not call `System::kill_storage` (standing in for the runtime's
/// issuance-changing calls).
pub struct NoKillStorage;
impl Contains<RuntimeCall> for NoKillStorage {
	fn contains(call: &RuntimeCall) -> bool {
		!matches!(call, RuntimeCall::System(frame_system::Call::kill_storage { .. }))
	}
}

impl Config for Test {
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeCall = RuntimeCall;
	type RootCallFilter = NoKillStorage;
	type RootReferendumOrigin = EnsureRootReferendum;
	type ParameterOrigin = EitherOf<EnsureRoot<AccountId>, EnsureParameterAdmin>;
	type ValidatorOrigin = EitherOf<EnsureRoot<AccountId>, EnsureValidatorAdmin>;
	type ParameterRanges = Ranges;
	type HasSessionKeys = MockKeys;
	type MaxValidators = ConstU32<MAX_VALIDATORS>;
	type MinValidators = ConstU32<MIN_VALIDATORS>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockKeys;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for MockKeys {
	fn register_keys(who: &AccountId) {
		set_keys(*who);
	}
}

/// The genesis validators.
pub const GENESIS_VALIDATORS: [AccountId; 2] = [1, 2];

impl corex_test_utils::MockChain for Test {
	fn reset() {
		KEYS.with(|k| k.borrow_mut().clear());
	}

	/// Validators 1 and 2.
	fn genesis(_nodes: u32, storage: &mut sp_runtime::Storage) {
		pallet_governance::GenesisConfig::<Test> { validators: GENESIS_VALIDATORS.to_vec() }
			.assimilate_storage(storage)
			.unwrap();
	}

	/// The genesis validators' session keys registered.
	fn setup(_nodes: u32) {
		for v in GENESIS_VALIDATORS {
			set_keys(v);
		}
	}

	fn invariants() -> Result<(), sp_runtime::TryRuntimeError> {
		Governance::do_try_state()
	}
}

/// Governance's test chain: validators 1 and 2, their keys registered, in block 1.
pub type ExtBuilder = corex_test_utils::ExtBuilder<Test>;

/// The events of this pallet since the last call.
pub fn governance_events() -> Vec<crate::Event<Test>> {
	let events = System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Governance(e) => Some(e),
			_ => None,
		})
		.collect();
	System::reset_events();
	events
}
