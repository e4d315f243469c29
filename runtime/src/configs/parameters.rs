//! Runtime parameters: every tunable of the Corex pallets, changed only through
//! `parameters.setParameter` by the admin origin (root: sudo today, governance once it lands).
//!
//! A parameter that was never set reads as its default below. Pallets read them through `Get`,
//! so a change applies from the next read (for epoch-based rules, from the next epoch boundary
//! that reads it).

use corex_primitives::{EpochIndex, Reputation};
use frame_support::{
	dynamic_params::{dynamic_pallet_params, dynamic_params},
	traits::AsEnsureOriginWithArg,
};
use frame_system::EnsureRoot;
use pallet_node_staking::{LockOption, TierThresholds};
use sp_runtime::{BoundedVec, Perbill};

use super::super::{
	AccountId, Balance, BlockNumber, Runtime, RuntimeEvent, CXT, DAYS, HOURS, MILLI_CXT,
};

#[dynamic_params(RuntimeParameters, pallet_parameters::Parameters::<Runtime>)]
pub mod dynamic_params {
	use super::*;

	/// Parameters of compute-node staking (`NodeStaking`).
	#[dynamic_pallet_params]
	#[codec(index = 0)]
	pub mod node_staking {
		use super::*;

		/// Blocks per epoch (1 hour).
		#[codec(index = 0)]
		pub static EpochLength: BlockNumber = HOURS;

		/// Self-bond a node needs to be active.
		#[codec(index = 1)]
		pub static MinSelfBond: Balance = 10_000 * CXT;

		/// Smallest delegation.
		#[codec(index = 2)]
		pub static MinDelegation: Balance = 100 * CXT;

		/// Counted stake needed per compute unit of active capacity.
		#[codec(index = 3)]
		pub static StakePerCu: Balance = CXT;

		/// Delegation lock menu: none, 30, 90, 180 and 365 days, weighing 1.0× to 2.0×.
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
		#[codec(index = 5)]
		pub static MaxCommission: Perbill = Perbill::from_percent(50);

		/// Epochs an unbonding chunk waits (7 days).
		#[codec(index = 6)]
		pub static UnbondingEpochs: EpochIndex = 7 * 24;

		/// Unbonding chunks younger than this many epochs are slashed too (1 day).
		#[codec(index = 7)]
		pub static SlashWindowEpochs: EpochIndex = 24;

		/// Share of every reward claim that vests.
		#[codec(index = 8)]
		pub static VestingShare: Perbill = Perbill::from_percent(50);

		/// Blocks over which the vesting share unlocks (30 days).
		#[codec(index = 9)]
		pub static VestingPeriod: BlockNumber = 30 * DAYS;

		/// Nodes below this reputation are suspended.
		#[codec(index = 10)]
		pub static ReputationThreshold: Reputation = 300;

		/// Reputation points a node drifts back toward 500 per epoch.
		#[codec(index = 11)]
		pub static ReputationDrift: Reputation = 5;

		/// Active-capacity thresholds of tiers 2, 3 and 4 (CU per epoch).
		#[codec(index = 12)]
		pub static Tiers: TierThresholds =
			TierThresholds { tier2: 100, tier3: 1_000, tier4: 10_000 };

		/// Epochs between two redelegations of one delegation (1 day).
		#[codec(index = 13)]
		pub static RedelegationCooldown: EpochIndex = 24;
	}

	/// Parameters of the computation queue (`Computations`).
	#[dynamic_pallet_params]
	#[codec(index = 1)]
	pub mod computations {
		use super::*;

		/// Base fee per compute unit; orders pay it plus their priority fee.
		#[codec(index = 0)]
		pub static BaseFeePerCu: Balance = MILLI_CXT;

		/// Smallest redundancy `k`: distinct nodes that compute each order.
		#[codec(index = 1)]
		pub static MinRedundancy: u8 = 2;

		/// Blocks an assigned node has to commit its result (2 minutes).
		#[codec(index = 2)]
		pub static ExecutionWindow: BlockNumber = 20;

		/// Computations the queue tries to assign per block.
		#[codec(index = 3)]
		pub static MaxAssignmentsPerBlock: u32 = 8;

		/// Reputation points a node loses when it misses its window.
		#[codec(index = 4)]
		pub static MissedWindowPenalty: Reputation = 20;

		/// Share of a node's stake slashed when it misses its window.
		#[codec(index = 5)]
		pub static MissedWindowSlash: Perbill = Perbill::from_parts(1_000_000);

		/// Model-PoT: how much a training round's validation loss may exceed the previous
		/// round's before the round is rejected and run again.
		#[codec(index = 6)]
		pub static MaxLossIncrease: Perbill = Perbill::from_percent(10);
	}

	/// Parameters of result verification (`Proofs`).
	#[dynamic_pallet_params]
	#[codec(index = 2)]
	pub mod proofs {
		use super::*;

		/// Blocks executors have to reveal once every result is committed (1 minute).
		#[codec(index = 0)]
		pub static RevealWindow: BlockNumber = 10;

		/// Blocks a verifier has to submit its replay (2 minutes).
		#[codec(index = 1)]
		pub static ReplayWindow: BlockNumber = 20;

		/// Smallest share of computations re-run by a verifier, whatever their definition asks.
		#[codec(index = 2)]
		pub static ReplayRate: Perbill = Perbill::from_percent(1);

		/// Reputation points a node gains per verified result.
		#[codec(index = 3)]
		pub static VerifiedReward: Reputation = 1;

		/// Reputation points a node loses per fault (wrong result, equivocation, failed replay,
		/// unrevealed commitment): three faults take a fresh node under the threshold.
		#[codec(index = 4)]
		pub static FaultPenalty: Reputation = 100;

		/// Share of a faulty node's stake slashed per fault.
		#[codec(index = 5)]
		pub static FaultSlash: Perbill = Perbill::from_percent(5);

		/// Share of a slash paid to the customer whose computation was affected.
		#[codec(index = 6)]
		pub static CustomerShare: Perbill = Perbill::from_percent(50);

		/// Share of a slash paid to the verifier whose replay proved the fault.
		#[codec(index = 7)]
		pub static VerifierShare: Perbill = Perbill::from_percent(20);

		/// Reputation points a verifier loses when it does not submit its replay in time.
		#[codec(index = 8)]
		pub static VerifierMissPenalty: Reputation = 10;

		/// Model-PoT: largest mean gradient norm per sample, Q16.16 (16.0).
		#[codec(index = 9)]
		pub static MaxGradientNorm: u32 = 16 << 16;

		/// Model-PoT: smallest cosine similarity of a gradient with the sum of its round's
		/// other verified gradients.
		#[codec(index = 10)]
		pub static MinGradientCosine: Perbill = Perbill::from_percent(20);
	}

	#[dynamic_pallet_params]
	#[codec(index = 3)]
	pub mod clusters {
		use super::*;

		/// Deposit held for a cluster until it is dissolved.
		#[codec(index = 0)]
		pub static ClusterDeposit: Balance = 100 * CXT;

		/// Deposit held for a joint computing environment until it is closed.
		#[codec(index = 1)]
		pub static JceDeposit: Balance = 10 * CXT;

		/// Blocks invited nodes have to accept before a forming cluster dissolves.
		#[codec(index = 2)]
		pub static InvitationWindow: BlockNumber = DAYS;

		/// Blocks the members of a unanimous cluster have to approve a JCE.
		#[codec(index = 3)]
		pub static DecisionWindow: BlockNumber = HOURS;

		/// Share of a leaving member's self-bond slashed to pay for a planned migration.
		#[codec(index = 4)]
		pub static PlannedExitCharge: Perbill = Perbill::from_parts(1_000_000);

		/// Share of an ejected member's stake (all its stakers) slashed to pay for a forced
		/// migration.
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
	/// Root only: sudo today, governance once it lands.
	type AdminOrigin = AsEnsureOriginWithArg<EnsureRoot<AccountId>>;
	type WeightInfo = crate::weights::pallet_parameters::WeightInfo<Runtime>;
}
