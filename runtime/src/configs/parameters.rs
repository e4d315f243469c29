//! Runtime parameters: every tunable of the Corex pallets, with its documented range.
//!
//! They change only through `governance.setParameter`, by root (sudo on development chains) or
//! a passed referendum of the `parameters` track, and only to a value inside the range given
//! with each parameter below ([`CorexParameterRanges`]); anything else fails with
//! `governance.ParameterOutOfRange` and changes nothing. `parameters.setParameter` itself
//! accepts only the origin `governance.setParameter` dispatches with, so no path skips the
//! check. The mining pool's release rule has no parameters: it is fixed in code.
//!
//! A parameter that was never set reads as its default below. Pallets read them through `Get`,
//! so a change applies from the next read (for epoch-based rules, from the next epoch boundary
//! that reads it). Deposits already held keep their amount; a new deposit amount applies to
//! what is created afterwards.

use corex_primitives::{EpochIndex, Reputation};
use frame_support::dynamic_params::{dynamic_pallet_params, dynamic_params};
use pallet_node_staking::{LockOption, TierThresholds};
use sp_runtime::{BoundedVec, Perbill};

use super::super::{
	Balance, BlockNumber, Runtime, RuntimeEvent, CXT, DAYS, HOURS, MICRO_CXT, MILLI_CXT, MINUTES,
};

#[dynamic_params(RuntimeParameters, pallet_parameters::Parameters::<Runtime>)]
pub mod dynamic_params {
	use super::*;

	/// Parameters of compute-node staking (`NodeStaking`).
	#[dynamic_pallet_params]
	#[codec(index = 0)]
	pub mod node_staking {
		use super::*;

		/// Blocks per epoch: 1 hour; 2 minutes on development chains (`fast-runtime`), so that
		/// rewards, unbonding and reputation move while one watches.
		///
		/// Range: 4 blocks to 7 days.
		#[codec(index = 0)]
		pub static EpochLength: BlockNumber =
			if cfg!(feature = "fast-runtime") { 2 * MINUTES } else { HOURS };

		/// Self-bond a node needs to be active.
		///
		/// Range: 1 to 1,000,000 CXT.
		#[codec(index = 1)]
		pub static MinSelfBond: Balance = 10_000 * CXT;

		/// Smallest delegation.
		///
		/// Range: 1 to 100,000 CXT.
		#[codec(index = 2)]
		pub static MinDelegation: Balance = 100 * CXT;

		/// Counted stake needed per compute unit of active capacity.
		///
		/// Range: 0.001 to 1,000 CXT.
		#[codec(index = 3)]
		pub static StakePerCu: Balance = CXT;

		/// Delegation lock menu: none, 30, 90, 180 and 365 days, weighing 1.0× to 2.0×.
		///
		/// Range: 1 to 8 options, durations strictly increasing from 0 up to 730 days, multipliers 100 to 300 %.
		#[codec(index = 4)]
		pub static LockMenu: BoundedVec<LockOption<BlockNumber>, MaxLockOptions> =
			BoundedVec::truncate_from(alloc::vec![
				LockOption { duration: 0, multiplier_percent: 100 },
				LockOption { duration: 30 * DAYS, multiplier_percent: 125 },
				LockOption { duration: 90 * DAYS, multiplier_percent: 150 },
				LockOption { duration: 180 * DAYS, multiplier_percent: 175 },
				LockOption { duration: 365 * DAYS, multiplier_percent: 200 },
			]);

		/// Highest commission an operator may set.
		///
		/// Range: 0 to 100 %.
		#[codec(index = 5)]
		pub static MaxCommission: Perbill = Perbill::from_percent(50);

		/// Epochs an unbonding chunk waits (7 days).
		///
		/// Range: 1 to 8,760 epochs.
		#[codec(index = 6)]
		pub static UnbondingEpochs: EpochIndex = 7 * 24;

		/// Unbonding chunks younger than this many epochs are slashed too (1 day).
		///
		/// Range: 0 to 720 epochs.
		#[codec(index = 7)]
		pub static SlashWindowEpochs: EpochIndex = 24;

		/// Share of every reward claim that vests.
		///
		/// Range: 0 to 100 %.
		#[codec(index = 8)]
		pub static VestingShare: Perbill = Perbill::from_percent(50);

		/// Blocks over which the vesting share unlocks (30 days).
		///
		/// Range: 1 block to 730 days.
		#[codec(index = 9)]
		pub static VestingPeriod: BlockNumber = 30 * DAYS;

		/// Nodes below this reputation are suspended.
		///
		/// Range: 0 to 900.
		#[codec(index = 10)]
		pub static ReputationThreshold: Reputation = 300;

		/// Reputation points a node drifts back toward 500 per epoch.
		///
		/// Range: 0 to 100.
		#[codec(index = 11)]
		pub static ReputationDrift: Reputation = 5;

		/// Active-capacity thresholds of tiers 2, 3 and 4 (CU per epoch).
		///
		/// Range: 1 ≤ tier 2 < tier 3 < tier 4 ≤ 1,000,000,000 CU.
		#[codec(index = 12)]
		pub static Tiers: TierThresholds =
			TierThresholds { tier2: 100, tier3: 1_000, tier4: 10_000 };

		/// Epochs between two redelegations of one delegation (1 day).
		///
		/// Range: 0 to 720 epochs.
		#[codec(index = 13)]
		pub static RedelegationCooldown: EpochIndex = 24;

		/// Deposit held for a registered node, plus `NodeDepositPerByte` per metadata byte.
		///
		/// Range: 0 to 10,000 CXT.
		#[codec(index = 14)]
		pub static NodeDepositBase: Balance = 10 * CXT;

		/// Deposit held per byte of a node's metadata.
		///
		/// Range: 0 to 1 CXT.
		#[codec(index = 15)]
		pub static NodeDepositPerByte: Balance = 10 * MILLI_CXT;
	}

	/// Parameters of the computation queue (`Computations`).
	#[dynamic_pallet_params]
	#[codec(index = 1)]
	pub mod computations {
		use super::*;

		/// Base fee per compute unit; orders pay it plus their priority fee.
		///
		/// Range: 0.000001 to 1 CXT.
		#[codec(index = 0)]
		pub static BaseFeePerCu: Balance = MILLI_CXT;

		/// Smallest redundancy `k`: distinct nodes that compute each order.
		///
		/// Range: 1 to 8.
		#[codec(index = 1)]
		pub static MinRedundancy: u8 = 2;

		/// Blocks an assigned node has to commit its result (2 minutes).
		///
		/// Range: 5 blocks to 1 day.
		#[codec(index = 2)]
		pub static ExecutionWindow: BlockNumber = 20;

		/// Computations the queue tries to assign per block.
		///
		/// Range: 1 to 32.
		#[codec(index = 3)]
		pub static MaxAssignmentsPerBlock: u32 = 8;

		/// Reputation points a node loses when it misses its window.
		///
		/// Range: 0 to 500.
		#[codec(index = 4)]
		pub static MissedWindowPenalty: Reputation = 20;

		/// Share of a node's stake slashed when it misses its window.
		///
		/// Range: 0 to 10 %.
		#[codec(index = 5)]
		pub static MissedWindowSlash: Perbill = Perbill::from_parts(1_000_000);

		/// Model-PoT: how much a training round's validation loss may exceed the previous
		/// round's before the round is rejected and run again.
		///
		/// Range: 0 to 100 %.
		#[codec(index = 6)]
		pub static MaxLossIncrease: Perbill = Perbill::from_percent(10);

		/// Deposit held for a computation definition until it is retired.
		///
		/// Range: 0 to 10,000 CXT.
		#[codec(index = 7)]
		pub static DefinitionDeposit: Balance = 10 * CXT;

		/// Deposit held for a training job's record until it is removed.
		///
		/// Range: 0 to 10,000 CXT.
		#[codec(index = 8)]
		pub static JobDeposit: Balance = 10 * CXT;

		/// Share of a node's fee paid for its time to each node that reported an input
		/// unavailable (or committed) when a computation ends as unavailable: what a customer
		/// pays for ordering what the nodes cannot fetch.
		///
		/// Range: 0 to 50 %.
		#[codec(index = 9)]
		pub static UnavailableFee: Perbill = Perbill::from_percent(10);
		/// The protocol's share of every payment to a node: it goes to the mining pool, and
		/// the pool pays out at most 90 % of it as rewards for the work it was paid on, so
		/// ordering work from one's own nodes never pays (`docs/mining-pool.md`). A larger
		/// share lets the pool reward more of the network's work.
		///
		/// Range: 0 to 50 %.
		#[codec(index = 10)]
		pub static ProtocolFee: Perbill = Perbill::from_percent(10);

		/// Samples of a capability probe: 4,096 samples are 1,594 CU (milliseconds of work for
		/// a node, 4.8 ms for the chain's check), answered in one block by any working node.
		///
		/// Range: 16 to 4,096.
		#[codec(index = 11)]
		pub static ProbeSamples: u32 = 4_096;

		/// Blocks a node has to answer a probe (1 minute).
		///
		/// Range: 2 blocks to 1 day.
		#[codec(index = 12)]
		pub static ProbeWindow: BlockNumber = 10;

		/// Epochs between two routine probes of a node (a day).
		///
		/// Range: 1 to 720 epochs.
		#[codec(index = 13)]
		pub static ProbeInterval: EpochIndex = 24;

		/// Most probes sent in one epoch, routine and requested.
		///
		/// Range: 0 to 10,000.
		#[codec(index = 14)]
		pub static ProbesPerEpoch: u32 = 1_000;
	}

	/// Parameters of result verification (`Proofs`).
	#[dynamic_pallet_params]
	#[codec(index = 2)]
	pub mod proofs {
		use super::*;

		/// Blocks executors have to reveal once every result is committed (1 minute).
		///
		/// Range: 5 blocks to 1 day.
		#[codec(index = 0)]
		pub static RevealWindow: BlockNumber = 10;

		/// Blocks a verifier has to submit its replay (2 minutes).
		///
		/// Range: 5 blocks to 1 day.
		#[codec(index = 1)]
		pub static ReplayWindow: BlockNumber = 20;

		/// Smallest share of computations re-run by a verifier, whatever their definition asks.
		///
		/// Range: 0 to 100 %.
		#[codec(index = 2)]
		pub static ReplayRate: Perbill = Perbill::from_percent(1);

		/// Reputation points a node gains per verified result.
		///
		/// Range: 0 to 100.
		#[codec(index = 3)]
		pub static VerifiedReward: Reputation = 1;

		/// Reputation points a node loses per fault (wrong result, equivocation, failed replay,
		/// unrevealed commitment): three faults take a fresh node under the threshold.
		///
		/// Range: 0 to 1,000.
		#[codec(index = 4)]
		pub static FaultPenalty: Reputation = 100;

		/// Share of a faulty node's stake slashed per fault.
		///
		/// Range: 0 to 20 %.
		#[codec(index = 5)]
		pub static FaultSlash: Perbill = Perbill::from_percent(5);

		/// Share of a slash paid to the customer whose computation was affected.
		///
		/// Range: 0 to 50 % (with `VerifierShare`, never more than the slash).
		#[codec(index = 6)]
		pub static CustomerShare: Perbill = Perbill::from_percent(50);

		/// Share of a slash paid to the verifier whose replay proved the fault.
		///
		/// Range: 0 to 50 % (with `CustomerShare`, never more than the slash).
		#[codec(index = 7)]
		pub static VerifierShare: Perbill = Perbill::from_percent(20);

		/// Reputation points a verifier loses when it does not submit its replay in time.
		///
		/// Range: 0 to 1,000.
		#[codec(index = 8)]
		pub static VerifierMissPenalty: Reputation = 10;

		/// Model-PoT: largest mean gradient norm per sample, Q16.16 (16.0).
		///
		/// Range: 1.0 to 1,024.0 (Q16.16: 65,536 to 67,108,864).
		#[codec(index = 9)]
		pub static MaxGradientNorm: u32 = 16 << 16;

		/// Model-PoT: smallest cosine similarity of a gradient with the sum of its round's
		/// other verified gradients.
		///
		/// Range: 0 to 100 %.
		#[codec(index = 10)]
		pub static MinGradientCosine: Perbill = Perbill::from_percent(20);

		/// Blocks during which a verdict decided by one verifier's replay may be disputed
		/// before it takes effect (1 minute).
		///
		/// Range: 5 blocks to 1 day.
		#[codec(index = 11)]
		pub static DisputeWindow: BlockNumber = 10;

		/// The bond a node posts to dispute a verifier's verdict, lost to the mining pool when
		/// the dispute's panel upholds the verdict.
		///
		/// Range: 1 to 10,000 CXT.
		#[codec(index = 12)]
		pub static DisputeBond: Balance = 10 * CXT;
	}

	/// Parameters of clusters and joint computing environments (`Clusters`).
	#[dynamic_pallet_params]
	#[codec(index = 3)]
	pub mod clusters {
		use super::*;

		/// Deposit held for a cluster until it is dissolved.
		///
		/// Range: 1 to 100,000 CXT.
		#[codec(index = 0)]
		pub static ClusterDeposit: Balance = 100 * CXT;

		/// Deposit held for a joint computing environment until it is closed.
		///
		/// Range: 1 to 10,000 CXT.
		#[codec(index = 1)]
		pub static JceDeposit: Balance = 10 * CXT;

		/// Blocks invited nodes have to accept before a forming cluster dissolves.
		///
		/// Range: 10 blocks to 30 days.
		#[codec(index = 2)]
		pub static InvitationWindow: BlockNumber = DAYS;

		/// Blocks the members of a unanimous cluster have to approve a JCE.
		///
		/// Range: 10 blocks to 7 days.
		#[codec(index = 3)]
		pub static DecisionWindow: BlockNumber = HOURS;

		/// Share of a leaving member's self-bond slashed to pay for a planned migration.
		///
		/// Range: 0 to 10 %.
		#[codec(index = 4)]
		pub static PlannedExitCharge: Perbill = Perbill::from_parts(1_000_000);

		/// Share of an ejected member's stake (all its stakers) slashed to pay for a forced
		/// migration.
		///
		/// Range: 0 to 10 %.
		#[codec(index = 5)]
		pub static ForcedExitCharge: Perbill = Perbill::from_parts(5_000_000);
	}
}

/// Length of the delegation lock menu.
pub type MaxLockOptions = frame_support::traits::ConstU32<8>;

#[cfg(feature = "runtime-benchmarks")]
impl Default for RuntimeParameters {
	fn default() -> Self {
		RuntimeParameters::NodeStaking(dynamic_params::node_staking::Parameters::MinDelegation(
			dynamic_params::node_staking::MinDelegation,
			Some(super::super::CXT),
		))
	}
}

impl pallet_parameters::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeParameters = RuntimeParameters;
	/// Only `governance.setParameter`, after its range check.
	type AdminOrigin = pallet_governance::EnsureCheckedParameter;
	type WeightInfo = crate::weights::pallet_parameters::WeightInfo<Runtime>;
}

/// `lo <= v <= hi`.
fn within<T: PartialOrd>(v: &T, lo: T, hi: T) -> bool {
	lo <= *v && *v <= hi
}

/// A share of at most `percent` %.
fn at_most(v: &Perbill, percent: u32) -> bool {
	*v <= Perbill::from_percent(percent)
}

/// The ranges documented with each parameter above; `governance.setParameter` refuses any
/// value outside them.
pub struct CorexParameterRanges;

impl pallet_governance::ParameterRanges<RuntimeParametersValue> for CorexParameterRanges {
	fn in_range(value: &RuntimeParametersValue) -> bool {
		use dynamic_params::{
			clusters::ParametersValue as C, computations::ParametersValue as Q,
			node_staking::ParametersValue as N, proofs::ParametersValue as P,
		};
		use RuntimeParametersValue as V;
		const EPOCHS_PER_YEAR: EpochIndex = 365 * 24;
		match value {
			V::NodeStaking(n) => match n {
				N::EpochLength(v) => within(v, 4, 7 * DAYS),
				N::MinSelfBond(v) => within(v, CXT, 1_000_000 * CXT),
				N::MinDelegation(v) => within(v, CXT, 100_000 * CXT),
				N::StakePerCu(v) => within(v, MILLI_CXT, 1_000 * CXT),
				N::LockMenu(menu) => lock_menu_in_range(menu),
				N::MaxCommission(_) | N::VestingShare(_) => true,
				N::UnbondingEpochs(v) => within(v, 1, EPOCHS_PER_YEAR),
				N::SlashWindowEpochs(v) | N::RedelegationCooldown(v) => within(v, 0, 30 * 24),
				N::VestingPeriod(v) => within(v, 1, 730 * DAYS),
				N::ReputationThreshold(v) => within(v, 0, 900),
				N::ReputationDrift(v) => within(v, 0, 100),
				N::Tiers(t) => {
					1 <= t.tier2
						&& t.tier2 < t.tier3
						&& t.tier3 < t.tier4
						&& t.tier4 <= 1_000_000_000
				},
				N::NodeDepositBase(v) => within(v, 0, 10_000 * CXT),
				N::NodeDepositPerByte(v) => within(v, 0, CXT),
			},
			V::Computations(q) => match q {
				Q::BaseFeePerCu(v) => within(v, MICRO_CXT, CXT),
				Q::MinRedundancy(v) => within(v, 1, 8),
				Q::ExecutionWindow(v) => within(v, 5, DAYS),
				Q::MaxAssignmentsPerBlock(v) => within(v, 1, 32),
				Q::MissedWindowPenalty(v) => within(v, 0, 500),
				Q::MissedWindowSlash(v) => at_most(v, 10),
				Q::UnavailableFee(v) | Q::ProtocolFee(v) => at_most(v, 50),
				Q::MaxLossIncrease(_) => true,
				Q::DefinitionDeposit(v) | Q::JobDeposit(v) => within(v, 0, 10_000 * CXT),
				Q::ProbeSamples(v) => within(v, 16, corex_compute::probe::MAX_PROBE_SAMPLES),
				Q::ProbeWindow(v) => within(v, 2, DAYS),
				Q::ProbeInterval(v) => within(v, 1, 720),
				Q::ProbesPerEpoch(v) => within(v, 0, 10_000),
			},
			V::Proofs(p) => match p {
				P::RevealWindow(v) | P::ReplayWindow(v) | P::DisputeWindow(v) => within(v, 5, DAYS),
				P::DisputeBond(v) => within(v, CXT, 10_000 * CXT),
				P::ReplayRate(_) | P::MinGradientCosine(_) => true,
				P::FaultSlash(v) => at_most(v, 20),
				P::CustomerShare(v) | P::VerifierShare(v) => at_most(v, 50),
				P::VerifiedReward(v) => within(v, 0, 100),
				P::FaultPenalty(v) | P::VerifierMissPenalty(v) => within(v, 0, 1_000),
				P::MaxGradientNorm(v) => within(v, 1 << 16, 1024 << 16),
			},
			V::Clusters(c) => match c {
				C::ClusterDeposit(v) => within(v, CXT, 100_000 * CXT),
				C::JceDeposit(v) => within(v, CXT, 10_000 * CXT),
				C::InvitationWindow(v) => within(v, 10, 30 * DAYS),
				C::DecisionWindow(v) => within(v, 10, 7 * DAYS),
				C::PlannedExitCharge(v) | C::ForcedExitCharge(v) => at_most(v, 10),
			},
		}
	}
}

/// A lock menu: 1 to 8 options, durations strictly increasing from 0 up to 730 days,
/// multipliers 100 to 300 %.
fn lock_menu_in_range(menu: &[LockOption<BlockNumber>]) -> bool {
	let first_is_free = menu.first().is_some_and(|o| o.duration == 0);
	let increasing = menu.windows(2).all(|w| match w {
		[a, b] => a.duration < b.duration,
		_ => true,
	});
	first_is_free
		&& increasing
		&& menu.iter().all(|o| o.duration <= 730 * DAYS && within(&o.multiplier_percent, 100, 300))
}
