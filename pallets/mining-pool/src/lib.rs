//! # Mining pool
//!
//! The keyless account that holds every CXT not yet earned, and the rule that releases it.
//!
//! - **No admin.** This pallet has no origin that can mint, burn, pause or change the rule. Its
//!   one call, `claim_node_reward`, pays a node what a closed epoch owes it.
//! - **Release rule (fixed in code, [`types`]).** When an epoch closes, its budget is
//!   `free × min(1, RELEASE_PER_BLOCK × blocks in the epoch)`, where `free` is the pool balance
//!   less budgets still claimable, taken when the epoch started. With 6-second blocks the free pool halves every four years;
//!   fees, dust and slashes flowing back extend it. An epoch with no contribution releases
//!   nothing.
//! - **Two paths.** The budget is split between compute contribution (Compute-PoC) and
//!   training/verification (Model-PoT): the compute share runs linearly from 30 % at no demand
//!   to 70 % when the CU ordered reach the active CU of the nodes that worked.
//! - **Reward weight.** Each verified contribution adds `cu × reputation × stake boost` to the
//!   node's weight for the epoch, with stake boost `1 + min(1, 0.25 × log2(1 + stake / unit))`.
//! - **Backed by fees.** Each contribution also carries its *backing*: the node's part of the
//!   protocol fee the customer paid into the pool for that work. An epoch releases at most
//!   `EMISSION_PER_FEE` (90 %) of its backing, and no node is paid more than 90 % of its own,
//!   so ordering work from one's own nodes always costs more than the pool pays back.
//! - **No loops.** Contributions add to per-node and per-epoch totals as they are recorded
//!   ([`ContributionRecorder`]); closing an epoch only fixes its totals. After it closes, the
//!   hook pays its records, a bounded number per block, crediting each node's reward through
//!   node staking ([`NodeRewards`]), which pays the operator's commission and the delegators.
//!   Until a node's rewards of closed epochs are paid, its new stake does not count
//!   ([`UnpaidRewards`]): a payout is shared by the stake that was at risk in its epoch.
//!   What is not paid within `ClaimEpochs` epochs returns to the free pool.
//!
//! ## Invariants (checked by `try_state`)
//! 1. Total issuance is the fixed supply.
//! 2. Pool balance + paid out − recycled = the initial pool balance.
//! 3. Released = paid out + still claimable + expired; claimable = Σ unpaid budgets.
//! 4. No epoch pays more than its budget; its node rewards sum to at most the budget.
//! 5. The pool holds at least what is still claimable.
//! 6. No record is older than the payout cursor; each node's unpaid count matches its records.
//! 7. No epoch releases more than `EMISSION_PER_FEE` of the protocol fees backing its work.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod impls;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use types::*;
pub use weights::WeightInfo;

use corex_primitives::{
	ComputeUnits, ContributionRecorder, EpochClock, EpochIndex, NodeId, NodeInfo, NodeRewards,
	RewardPath, UnpaidRewards,
};
use frame_support::traits::fungible;

/// Balance type of the pool's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

// FRAME's macro expansion uses `expect` internally. This module only declares; the logic lives in
// `impls.rs` and `types.rs`, where the no-panic lints stay denied.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect, Mutate},
	};
	use frame_system::pallet_prelude::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency (CXT).
		type Currency: Mutate<Self::AccountId>;

		/// The pool account (keyless, from the runtime's `PalletId`).
		#[pallet::constant]
		type PoolAccount: Get<Self::AccountId>;

		/// Nodes: the current epoch, reputation, counted stake and active capacity.
		type Nodes: NodeInfo<Self::AccountId, Balance = BalanceOf<Self>>;

		/// Where node rewards are credited (node staking shares them with the stakers).
		type Rewards: NodeRewards<Self::AccountId, BalanceOf<Self>>;

		/// The fixed total supply (100,000,000 CXT in the runtime): `try_state` checks that total
		/// issuance never moves from it.
		#[pallet::constant]
		type FixedSupply: Get<BalanceOf<Self>>;

		/// Stake that earns the first doubling of the stake boost.
		#[pallet::constant]
		type StakeUnit: Get<BalanceOf<Self>>;

		/// Epochs a closed epoch's budget stays claimable.
		#[pallet::constant]
		type ClaimEpochs: Get<EpochIndex>;

		/// Contribution records of closed epochs paid (or dropped) per block by the payout hook.
		#[pallet::constant]
		type PayoutsPerBlock: Get<u32>;

		/// Weights of this pallet's call and hooks.
		type WeightInfo: WeightInfo;

		/// Active, staked nodes and epoch changes for the benchmarks (node staking).
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: corex_primitives::NodeBenchmarking;
	}

	/// The epoch being recorded.
	#[pallet::storage]
	pub type CurrentEpoch<T: Config> =
		StorageValue<_, OpenEpoch<BlockNumberFor<T>, BalanceOf<T>>, ValueQuery>;

	/// Work recorded per epoch and node.
	#[pallet::storage]
	pub type Contributions<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		EpochIndex,
		Twox64Concat,
		NodeId,
		Contribution<BalanceOf<T>>,
		OptionQuery,
	>;

	/// Budgets of closed epochs that are still claimable.
	#[pallet::storage]
	pub type Budgets<T: Config> =
		StorageMap<_, Twox64Concat, EpochIndex, EpochBudget<BalanceOf<T>>, OptionQuery>;

	/// Released and not yet paid or expired: the part of the pool balance that is spoken for.
	#[pallet::storage]
	pub type Claimable<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// The oldest epoch whose contribution records may still exist. Once it is closed, the hook
	/// pays its records from here on, `PayoutsPerBlock` per block, then moves to the next epoch.
	#[pallet::storage]
	pub type PayoutCursor<T: Config> = StorageValue<_, EpochIndex, ValueQuery>;

	/// Per node, its contribution records not yet paid: while one of a closed epoch is left, the
	/// node's new stake waits (node staking asks through `UnpaidRewards`).
	#[pallet::storage]
	pub type Unpaid<T: Config> = StorageMap<_, Twox64Concat, NodeId, UnpaidRecords, OptionQuery>;

	/// All-time totals.
	#[pallet::storage]
	pub type Ledger<T: Config> = StorageValue<_, PoolLedger<BalanceOf<T>>, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Verified work was recorded for a node: `backing` is its part of the protocol fees
		/// the customer paid for it, which caps what the pool can pay the node for it.
		ContributionRecorded {
			epoch: EpochIndex,
			node: NodeId,
			path: RewardPath,
			cu: ComputeUnits,
			weight: u128,
			backing: BalanceOf<T>,
		},
		/// An epoch closed and released its budget (zero when nobody contributed).
		EpochClosed {
			epoch: EpochIndex,
			compute: BalanceOf<T>,
			training: BalanceOf<T>,
			compute_share: sp_runtime::Perbill,
		},
		/// A node's reward for a closed epoch was credited to its stakers.
		NodeRewarded { epoch: EpochIndex, node: NodeId, amount: BalanceOf<T> },
		/// The hook could not pay a node's reward for a closed epoch (the node is gone or has no
		/// counted stake to share it over, or the budget expired): `owed` stays in the budget
		/// and returns to the free pool when the budget expires.
		PayoutSkipped { epoch: EpochIndex, node: NodeId, owed: BalanceOf<T> },
		/// An epoch's unclaimed budget returned to the free pool.
		BudgetExpired { epoch: EpochIndex, returned: BalanceOf<T> },
		/// Fees, tips, dust, slashes or transfers received by the pool in this block.
		Recycled { amount: BalanceOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The epoch is not closed, or its budget has expired.
		EpochNotClaimable,
		/// The node did no recorded work in that epoch, or its reward was already paid.
		NothingToClaim,
		/// The node does not exist.
		NodeNotFound,
		/// Zero compute units.
		ZeroWork,
		/// A total would overflow.
		Overflow,
	}

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let initial = T::Currency::balance(&T::PoolAccount::get());
			Ledger::<T>::mutate(|ledger| ledger.initial = initial);
			CurrentEpoch::<T>::mutate(|open| open.free_at_start = initial);
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Close the epoch when node staking has started a new one (constant work), then pay a
		/// bounded number of closed epochs' records (`PayoutsPerBlock`), oldest epoch first. The
		/// returned weight includes `on_finalize`.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::on_block(now)
		}

		/// Book what flowed into the pool during the block (fees, tips, dust, slashes, transfers)
		/// as recycled: one read of the pool balance.
		fn on_finalize(_now: BlockNumberFor<T>) {
			Self::book_inflow();
		}

		fn integrity_test() {
			assert!(
				T::ClaimEpochs::get() >= 1,
				"a budget must be claimable for at least one epoch"
			);
			assert!(T::PayoutsPerBlock::get() >= 1, "payouts must make progress");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Pay `node` its reward for the closed epoch `epoch`: its share of each path's budget by
		/// reward weight, at most 90 % of the protocol fees backing its work, credited to its
		/// stakers through node staking (commission to the operator, the rest to self-bond and
		/// delegations).
		///
		/// The pool's hook pays every record in the first blocks after its epoch closes
		/// (`PayoutsPerBlock` per block); this call pays one at once, for example when many
		/// nodes are due and a staker does not want to wait.
		///
		/// Origin: any signed account (the payout goes to the node's stakers, never the caller).
		///
		/// Errors: `EpochNotClaimable`, `NothingToClaim`, or node staking's error if the node
		/// has no counted stake to share the reward over (try again once it has).
		/// Emits `NodeRewarded`.
		#[pallet::call_index(0)]
		pub fn claim_node_reward(
			origin: OriginFor<T>,
			epoch: EpochIndex,
			node: NodeId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_claim(epoch, node)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The epoch being recorded: demand, capacity and weights so far.
		pub fn open_epoch() -> OpenEpoch<BlockNumberFor<T>, BalanceOf<T>> {
			CurrentEpoch::<T>::get()
		}

		/// What closing the open epoch now would release: (compute, training, compute share).
		pub fn projected_budget() -> (BalanceOf<T>, BalanceOf<T>, sp_runtime::Perbill) {
			Self::projection()
		}

		/// The budget of a closed epoch, while claimable.
		pub fn epoch_budget(epoch: EpochIndex) -> Option<EpochBudget<BalanceOf<T>>> {
			Budgets::<T>::get(epoch)
		}

		/// What `node` can claim for the closed epoch `epoch`.
		pub fn pending_reward(epoch: EpochIndex, node: NodeId) -> BalanceOf<T> {
			Self::reward_of(epoch, node).unwrap_or_default()
		}

		/// The free pool balance after each of the next `epochs` epochs (at most 520) of
		/// `blocks` blocks each, if nothing flows back: the release curve.
		pub fn release_projection(epochs: u32, blocks: u32) -> alloc::vec::Vec<BalanceOf<T>> {
			Self::projection_curve(epochs, blocks)
		}
	}
}
