//! The pallets whose weights the runtime benchmarks (`corex-node benchmark pallet`).

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_sudo, Sudo]
	[pallet_parameters, Parameters]
	[pallet_vesting, Vesting]
	[pallet_node_staking, NodeStaking]
	[pallet_mining_pool, MiningPool]
	[pallet_computations, Computations]
	[pallet_proofs, Proofs]
	[pallet_clusters, Clusters]
	[pallet_seed, Seed]
	[pallet_governance, Governance]
);
