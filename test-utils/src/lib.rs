//! # Corex test utilities
//!
//! What the pallets' mock runtimes share, so that each pallet's `mock.rs` holds only what is
//! its own (its `Config`, its genesis, the recorders of the calls it makes into its peers):
//! - [`nodes`]: the mock node registry: nodes with a status, device class, tier, capacity,
//!   reputation and stake; their operator, worker and reward accounts; the epoch clock; and
//!   [`nodes::MockNodesOf`] (for u64 accounts, [`nodes::MockNodes`]), which implements
//!   `NodeInfo`, `EpochClock` and `NodeReputation` over it, recording misses, verdicts and probe
//!   results.
//! - [`ext`]: [`ExtBuilder`], which builds any mock's chain from its [`MockChain`] (genesis,
//!   block 1, the invariants after every test), and [`CheckedExt`] for tests that register
//!   extensions.
//! - [`checked`]: run a test in its externalities, then the pallet's invariants (`try_state`),
//!   so no test can leave the state broken unnoticed.
//! - [`digits`]: the digits shards, compiled in.
//! - [`seed_without_authors!`]: the seed pallet in a mock whose tests set the seed.

// Test support: a mock whose genesis does not build is broken, and says so at once.
#![allow(clippy::expect_used)]

pub mod checked;
pub mod digits;
pub mod ext;
pub mod nodes;

pub use checked::execute_checked;
pub use ext::{endow, CheckedExt, ExtBuilder, MockChain};

/// The seed pallet in a mock runtime that makes draws from a seed the tests set
/// (`pallet_seed::RandomSeed::<Test>::put`): no block has a slot author, so no contribution is
/// taken. Defines `NoSlotAuthor` and implements `pallet_seed::Config` for `$runtime`.
#[macro_export]
macro_rules! seed_without_authors {
	($runtime:ty) => {
		/// No block of the mock has a slot author.
		pub struct NoSlotAuthor;

		impl ::corex_primitives::SlotAuthor for NoSlotAuthor {
			fn slot_author() -> Option<(u64, ::sp_core::sr25519::Public)> {
				None
			}
		}

		#[cfg(feature = "runtime-benchmarks")]
		impl pallet_seed::BenchmarkHelper for NoSlotAuthor {
			fn set_slot_author(_slot: u64, _key: ::sp_core::sr25519::Public) {}
		}

		impl pallet_seed::Config for $runtime {
			type SlotAuthor = NoSlotAuthor;
			type WeightInfo = ();
			#[cfg(feature = "runtime-benchmarks")]
			type BenchmarkHelper = NoSlotAuthor;
		}
	};
}

/// `frame_system` and `pallet_balances` as every mock runtime with balances configures them:
/// FRAME's test defaults, `u128` balances ([`nodes::Balance`]) with the given existential
/// deposit, and accounts of the given type (by default FRAME's test default, `u64`, which is
/// [`nodes::AccountId`]). `$runtime`'s `construct_runtime!` must name the pallets `System` and
/// `Balances`, and the calling module must `use frame_support::derive_impl` (the attribute
/// expands through its plain name).
#[macro_export]
macro_rules! system_with_balances {
	($runtime:ty, existential_deposit = $ed:expr) => {
		#[frame_support::derive_impl(frame_system::config_preludes::TestDefaultConfig)]
		impl frame_system::Config for $runtime {
			type Block = frame_system::mocking::MockBlock<$runtime>;
			type AccountData = pallet_balances::AccountData<$crate::nodes::Balance>;
		}

		$crate::system_with_balances!(@balances $runtime, $ed);
	};
	($runtime:ty, existential_deposit = $ed:expr, account = $account:ty) => {
		#[frame_support::derive_impl(frame_system::config_preludes::TestDefaultConfig)]
		impl frame_system::Config for $runtime {
			type Block = frame_system::mocking::MockBlock<$runtime>;
			type AccountId = $account;
			type Lookup = sp_runtime::traits::IdentityLookup<$account>;
			type AccountData = pallet_balances::AccountData<$crate::nodes::Balance>;
		}

		$crate::system_with_balances!(@balances $runtime, $ed);
	};
	(@balances $runtime:ty, $ed:expr) => {
		#[frame_support::derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
		impl pallet_balances::Config for $runtime {
			type Balance = $crate::nodes::Balance;
			type ExistentialDeposit = frame_support::traits::ConstU128<{ $ed }>;
			type AccountStore = System;
			type RuntimeHoldReason = RuntimeHoldReason;
		}
	};
}
