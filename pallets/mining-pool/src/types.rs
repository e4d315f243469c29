//! The release rule, the path split and the reward weight: pure functions of their inputs and
//! the constants below, fixed in code. No origin can change them.

use codec::{Decode, Encode, MaxEncodedLen};
use core::fmt::Debug;
use corex_primitives::{ComputeUnits, EpochIndex, Reputation};
use scale_info::TypeInfo;
use sp_runtime::{traits::Saturating, Perbill, Perquintill};

/// Share of the free pool balance released per block, in parts per 10^18: ln 2 divided by the
/// blocks in four years of 6-second blocks (21,038,400). The free pool halves every four years
/// if nothing flows back into it; recycled fees and slashes extend it.
pub const RELEASE_PER_BLOCK: Perquintill = Perquintill::from_parts(32_946_763_088);

/// The most the pool pays for verified work, as a share of the protocol fees its customers paid
/// into the pool for it (the work's *backing*). Below 100 %: an actor who orders work from its
/// own nodes gets back from the pool at most 90 % of the protocol fees it paid, so self-dealing
/// always loses money (`docs/mining-pool.md`, "Self-dealing never pays"). Both an epoch's budget
/// and each node's reward are capped by it.
pub const EMISSION_PER_FEE: Perbill = Perbill::from_percent(90);

/// The most an epoch may release for work backed by `backing` protocol fees.
pub fn emission_cap(backing: u128) -> u128 {
	EMISSION_PER_FEE.mul_floor(backing)
}

/// The compute path's share of an epoch budget when demand is zero.
pub const MIN_COMPUTE_SHARE: Perbill = Perbill::from_percent(30);

/// The compute path's share of an epoch budget when demand meets or exceeds capacity.
pub const MAX_COMPUTE_SHARE: Perbill = Perbill::from_percent(70);

/// Stake boost per doubling of `1 + stake / StakeUnit`, in permille.
pub const BOOST_PER_DOUBLING_PERMILLE: u128 = 250;

/// Largest stake boost on top of 1.0×, in permille (so the boost is at most 2.0×).
pub const BOOST_CAP_PERMILLE: u128 = 1_000;

/// The budget released for an epoch that lasted `blocks` blocks, from the pool's free balance
/// (its balance less budgets still claimable) when the epoch started.
pub fn release_budget(free: u128, blocks: u64) -> u128 {
	let parts = RELEASE_PER_BLOCK.deconstruct().saturating_mul(blocks);
	Perquintill::from_parts(parts).mul_floor(free)
}

/// The compute path's share: from `MIN_COMPUTE_SHARE` at no demand to `MAX_COMPUTE_SHARE` when
/// demand (CU ordered) reaches capacity (active CU of the nodes that worked), linearly.
pub fn compute_share(demand: ComputeUnits, capacity: ComputeUnits) -> Perbill {
	let ratio = if capacity == 0 {
		if demand == 0 {
			Perbill::zero()
		} else {
			Perbill::one()
		}
	} else {
		Perbill::from_rational(demand.min(capacity), capacity)
	};
	let span = MAX_COMPUTE_SHARE.saturating_sub(MIN_COMPUTE_SHARE);
	MIN_COMPUTE_SHARE.saturating_add(ratio.saturating_mul(span))
}

/// `1000 × log2(v / 1000)` for `v ≥ 1000`: exact at powers of two, linear in between (so it is
/// monotone and never above the true logarithm).
pub fn log2_permille(v: u128) -> u128 {
	let whole = v / 1_000;
	if whole == 0 {
		return 0;
	}
	let k = u128::from(127u32.saturating_sub(whole.leading_zeros()));
	let base = 1_000u128.saturating_mul(1u128 << k);
	let frac = v.saturating_sub(base).saturating_mul(1_000).checked_div(base).unwrap_or_default();
	k.saturating_mul(1_000).saturating_add(frac.min(1_000))
}

/// Stake boost in permille: `1000 + min(cap, 250 × log2(1 + stake / unit))`. A zero unit gives no
/// boost.
pub fn stake_boost_permille(stake: u128, unit: u128) -> u128 {
	if unit == 0 {
		return 1_000;
	}
	let v = sp_runtime::helpers_128bit::multiply_by_rational_with_rounding(
		stake.saturating_add(unit),
		1_000,
		unit,
		sp_runtime::Rounding::Down,
	)
	.unwrap_or(u128::MAX);
	let boost = log2_permille(v).saturating_mul(BOOST_PER_DOUBLING_PERMILLE) / 1_000;
	1_000u128.saturating_add(boost.min(BOOST_CAP_PERMILLE))
}

/// A node's reward weight for `cu` verified compute units: `cu × reputation × boost`.
/// Reputation 0 earns nothing; every factor is bounded, so this never overflows.
pub fn reward_weight(cu: ComputeUnits, reputation: Reputation, boost_permille: u128) -> u128 {
	u128::from(cu).saturating_mul(u128::from(reputation)).saturating_mul(boost_permille)
}

/// The epoch being recorded.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct OpenEpoch<BlockNumber, Balance> {
	/// Its index (the chain's epoch, from node staking).
	pub index: EpochIndex,
	/// The block it started at.
	pub start: BlockNumber,
	/// The free pool (balance less claimable budgets) when it started: its budget is computed
	/// from this and the rule's constants only.
	pub free_at_start: Balance,
	/// CU ordered by customers.
	pub demand: ComputeUnits,
	/// Active CU of the nodes that contributed (each counted once).
	pub capacity: ComputeUnits,
	/// Nodes with a contribution record in this epoch.
	pub nodes: u32,
	/// Σ reward weights on the compute path.
	pub compute_weight: u128,
	/// Σ reward weights on the training path.
	pub training_weight: u128,
	/// Σ protocol fees backing the epoch's work: the budget is at most `EMISSION_PER_FEE` of it.
	pub backing: Balance,
}

/// A node's recorded work in one epoch.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Contribution<Balance> {
	/// Verified CU on the compute path.
	pub compute_cu: ComputeUnits,
	/// Verified CU on the training path.
	pub training_cu: ComputeUnits,
	/// Reward weight on the compute path.
	pub compute_weight: u128,
	/// Reward weight on the training path.
	pub training_weight: u128,
	/// Protocol fees backing the node's work: its reward is at most `EMISSION_PER_FEE` of it.
	pub backing: Balance,
}

/// A node's contribution records not yet paid (or dropped): while one of a closed epoch is
/// left, node staking holds the node's new stake back (`UnpaidRewards`).
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct UnpaidRecords {
	/// How many records of the node are left.
	pub records: u32,
	/// The epoch of the newest (records are made in the open epoch, so in epoch order).
	pub newest: EpochIndex,
}

/// A closed epoch's budget, claimable until `expires`.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct EpochBudget<Balance> {
	/// Released for the compute path.
	pub compute: Balance,
	/// Released for the training path.
	pub training: Balance,
	/// The compute path's share.
	pub compute_share: Perbill,
	/// Σ compute weights of the epoch.
	pub compute_weight: u128,
	/// Σ training weights of the epoch.
	pub training_weight: u128,
	/// Σ protocol fees backing the epoch's work (the budget is at most `EMISSION_PER_FEE` of it).
	pub backing: Balance,
	/// Paid out so far.
	pub paid: Balance,
	/// First epoch in which it can no longer be claimed.
	pub expires: EpochIndex,
}

/// What the pool has paid out, all time.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct PoolLedger<Balance> {
	/// The pool's balance at genesis.
	pub initial: Balance,
	/// Paid to nodes (credited to their stakers through node staking).
	pub paid_out: Balance,
	/// Received back, all time: fees, tips, dust, slashes and transfers into the pool. Booked at
	/// the end of each block, so `initial + recycled − paid_out` is the pool balance then.
	pub recycled: Balance,
	/// Released in budgets, all time.
	pub released: Balance,
	/// Released but expired unclaimed, returned to the free pool.
	pub expired: Balance,
}
