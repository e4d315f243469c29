//! Clusters and joint computing environments (`Clusters`): admission, blacklists, n-of-n key
//! shares, fork & migrate.

use frame_support::traits::ConstU32;

use super::{
	super::{Balances, Computations, NodeStaking, Runtime, RuntimeHoldReason},
	computations::AccountToWorker,
	parameters::dynamic_params::clusters,
};

impl pallet_clusters::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Nodes = NodeStaking;
	type AccountToWorker = AccountToWorker;
	type Slashing = NodeStaking;
	type Ranking = Computations;
	type ClusterDeposit = clusters::ClusterDeposit;
	type JceDeposit = clusters::JceDeposit;
	type InvitationWindow = clusters::InvitationWindow;
	/// Members' workers submit their key shares within a block or two of the cluster forming;
	/// 50 blocks (5 minutes; 100 s with `fast-runtime`) leave room for a restart.
	type KeyingWindow = ConstU32<50>;
	type DecisionWindow = clusters::DecisionWindow;
	type PlannedExitCharge = clusters::PlannedExitCharge;
	type ForcedExitCharge = clusters::ForcedExitCharge;
	type MinMembers = ConstU32<2>;
	/// The queue's largest `k`.
	type MaxMembers = ConstU32<8>;
	type MaxStandbys = ConstU32<4>;
	type MaxClustersPerNode = ConstU32<8>;
	/// Three faults on a cluster's computations within a day eject a member.
	type EjectAfterFaults = ConstU32<3>;
	type FaultMemory = super::node_staking::FaultMemory;
	type MaxJcesPerCluster = ConstU32<64>;
	type MaxClustersPerJce = ConstU32<4>;
	type MaxDefinitions = ConstU32<8>;
	type MaxBlacklist = ConstU32<64>;
	type MaxAutoCandidates = ConstU32<8>;
	type MaxTasksPerBlock = ConstU32<8>;
	type WeightInfo = pallet_clusters::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ClustersBenchmarkHelper;
}

/// Nodes on the real node staking, for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct ClustersBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl corex_primitives::NodeBenchmarking for ClustersBenchmarkHelper {
	fn active_node(seed: u32) -> Result<corex_primitives::NodeId, sp_runtime::DispatchError> {
		<NodeStaking as corex_primitives::NodeBenchmarking>::active_node(seed)
	}
	fn next_epoch() {
		<NodeStaking as corex_primitives::NodeBenchmarking>::next_epoch()
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_clusters::BenchmarkHelper<super::super::AccountId> for ClustersBenchmarkHelper {
	fn worker_account(node: corex_primitives::NodeId) -> super::super::AccountId {
		<super::computations::ComputationsBenchmarkHelper as pallet_computations::BenchmarkHelper<
			super::super::AccountId,
		>>::worker_account(node)
	}
	fn deactivate(node: corex_primitives::NodeId) {
		let _ = <NodeStaking as corex_primitives::NodeReputation>::suspend(node, 10);
	}
}
