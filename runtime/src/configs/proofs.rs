//! Result verification (`Proofs`): commit–reveal, verdicts by policy, replays, Model-PoT checks
//! and the consequences (payment, mining-pool credit, reputation, slashing).

use frame_support::traits::ConstU32;

use super::{
	super::{
		Balances, Computations, MiningPool, MiningPoolAccount, NodeStaking, Runtime,
		RuntimeHoldReason, TOTAL_SUPPLY,
	},
	computations::AccountToWorker,
	parameters::dynamic_params::proofs,
};

frame_support::parameter_types! {
	pub const FixedSupply: super::super::Balance = TOTAL_SUPPLY;
	/// The largest output a reveal carries: a softmax-regression gradient of up to 1,000
	/// parameters, or 8,192 labels. Orders whose output could be longer, when it must be
	/// revealed, are refused (`Computations`' `OutputTooLarge`).
	pub const MaxOutputLen: u32 = 8192;
}

impl pallet_proofs::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Nodes = NodeStaking;
	type AccountToWorker = AccountToWorker;
	type Computations = Computations;
	type Reputation = NodeStaking;
	type Slashing = NodeStaking;
	type Contributions = MiningPool;
	type Randomness = crate::Seed;
	type FixedSupply = FixedSupply;
	type RevealWindow = proofs::RevealWindow;
	type ReplayWindow = proofs::ReplayWindow;
	/// The replay sample and verifiers are drawn two blocks after the moment that calls for
	/// them, from a VRF output none of the nodes involved could know.
	type DrawDelay = ConstU32<{ corex_primitives::seed::DRAW_DELAY }>;
	type DisputeWindow = proofs::DisputeWindow;
	type DisputeBond = proofs::DisputeBond;
	type PoolAccount = MiningPoolAccount;
	type ReplayRate = proofs::ReplayRate;
	type VerifiedReward = proofs::VerifiedReward;
	type FaultPenalty = proofs::FaultPenalty;
	type FaultSlash = proofs::FaultSlash;
	type CustomerShare = proofs::CustomerShare;
	type VerifierShare = proofs::VerifierShare;
	type VerifierMissPenalty = proofs::VerifierMissPenalty;
	/// A verifier's repeated misses are slashed as an executor's missed windows are.
	type VerifierMissSlash = super::parameters::dynamic_params::computations::MissedWindowSlash;
	type MaxGradientNorm = proofs::MaxGradientNorm;
	type MinGradientCosine = proofs::MinGradientCosine;
	type MaxOutputLen = MaxOutputLen;
	type MaxRevealsPerCall = ConstU32<16>;
	type MaxRedundancy = ConstU32<8>;
	type MaxVectorLen = ConstU32<1024>;
	type MaxTimersPerBlock = ConstU32<32>;
	type MaxTimerWeight = super::MaxTimerWeight;
	type WeightInfo = pallet_proofs::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ProofsBenchmarkHelper;
}

/// Committed computations on the real queue and node staking, for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct ProofsBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_proofs::BenchmarkHelper<super::super::AccountId> for ProofsBenchmarkHelper {
	fn committed(
		kind: corex_primitives::ComputationKind,
		policy: corex_primitives::VerificationPolicy,
		k: u32,
		commitment: &dyn Fn(
			corex_primitives::ComputationId,
			u32,
			corex_primitives::NodeId,
		) -> [u8; 32],
	) -> (
		corex_primitives::ComputationId,
		alloc::vec::Vec<(corex_primitives::NodeId, super::super::AccountId)>,
	) {
		pallet_computations::bench_support::committed::<Runtime>(kind, policy, k, commitment)
	}
	fn worker_of(node: corex_primitives::NodeId) -> super::super::AccountId {
		<super::computations::ComputationsBenchmarkHelper as pallet_computations::BenchmarkHelper<
			super::super::AccountId,
		>>::worker_account(node)
	}
}
