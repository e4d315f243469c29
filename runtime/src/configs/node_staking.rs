//! Compute-node staking (`NodeStaking`) and the vesting of claimed rewards (`Vesting`).

use frame_support::{
	parameter_types,
	traits::{ConstU128, ConstU32, WithdrawReasons},
	PalletId,
};
use sp_runtime::traits::ConvertInto;

use super::{
	super::{Balance, Balances, MiningPoolAccount, Runtime, RuntimeEvent, RuntimeHoldReason, CXT},
	parameters::{dynamic_params::node_staking, MaxLockOptions},
};

/// Identifies the reward pot of node staking (credited rewards wait there until claimed).
pub const NODE_STAKING_PALLET_ID: PalletId = PalletId(*b"cx/nstak");

/// Smallest vesting schedule; smaller vesting shares of a claim are paid at once.
pub const MIN_VESTED_TRANSFER: Balance = CXT;

parameter_types! {
	pub const NodeStakingPalletId: PalletId = NODE_STAKING_PALLET_ID;
	pub UnvestedFundsAllowedWithdrawReasons: WithdrawReasons =
		WithdrawReasons::except(WithdrawReasons::TRANSFER | WithdrawReasons::RESERVE);
}

impl pallet_vesting::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type BlockNumberToBalance = ConvertInto;
	type MinVestedTransfer = ConstU128<MIN_VESTED_TRANSFER>;
	type WeightInfo = crate::weights::pallet_vesting::WeightInfo<Runtime>;
	type UnvestedFundsAllowedWithdrawReasons = UnvestedFundsAllowedWithdrawReasons;
	type BlockNumberProvider = frame_system::Pallet<Runtime>;
	const MAX_VESTING_SCHEDULES: u32 = 28;
}

impl pallet_node_staking::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Vesting = pallet_vesting::Pallet<Runtime>;
	type VestingCurrency = Balances;
	type WorkerKey = corex_primitives::worker::Public;
	type PalletId = NodeStakingPalletId;
	/// Slashes go back into the mining pool unless the slasher names another account.
	type SlashDestination = MiningPoolAccount;
	type EpochLength = node_staking::EpochLength;
	type MinSelfBond = node_staking::MinSelfBond;
	type MinDelegation = node_staking::MinDelegation;
	type StakePerCu = node_staking::StakePerCu;
	type LockMenu = node_staking::LockMenu;
	type MaxCommission = node_staking::MaxCommission;
	type UnbondingEpochs = node_staking::UnbondingEpochs;
	type SlashWindowEpochs = node_staking::SlashWindowEpochs;
	type VestingShare = node_staking::VestingShare;
	type VestingPeriod = node_staking::VestingPeriod;
	type ReputationThreshold = node_staking::ReputationThreshold;
	type ReputationDrift = node_staking::ReputationDrift;
	/// A day suspended at the least, however soon a probe is passed.
	type MinSuspension = ConstU32<24>;
	/// A week under the threshold without passing a probe: evictable.
	type EvictAfter = ConstU32<{ 7 * 24 }>;
	/// Three probes missed in a row zero a node's usable capacity.
	type MaxProbeMisses = ConstU32<3>;
	type FaultMemory = FaultMemory;
	/// Three misses in a day make a node unresponsive; a miss is slashed at most 3 times
	/// `MissedWindowSlash`.
	type UnresponsiveAfter = ConstU32<3>;
	type TierThresholds = node_staking::Tiers;
	type RedelegationCooldown = node_staking::RedelegationCooldown;
	type MaxLockOptions = MaxLockOptions;
	type MaxDelegationsPerNode = ConstU32<64>;
	type MaxDelegationsPerDelegator = ConstU32<16>;
	type MaxNodesPerOperator = ConstU32<16>;
	type MaxUnbondingChunks = ConstU32<16>;
	type MaxMetadataLen = ConstU32<256>;
	/// Governance parameters (10 CXT per node record, plus 10 milli-CXT per metadata byte); each
	/// node keeps the deposit it paid, so a change applies to new registrations only.
	type NodeDepositBase = node_staking::NodeDepositBase;
	type NodeDepositPerByte = node_staking::NodeDepositPerByte;
	type MinVestedReward = ConstU128<MIN_VESTED_TRANSFER>;
	type OnFault = crate::Clusters;
	/// New stake counts only once the pool has paid the node's rewards of earlier epochs.
	type UnpaidRewards = crate::MiningPool;
	type WeightInfo = pallet_node_staking::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = WorkerKeysFromSeed;
}

/// Worker keys for benchmarks: the seed's bytes as a public key.
#[cfg(feature = "runtime-benchmarks")]
pub struct WorkerKeysFromSeed;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_node_staking::BenchmarkHelper<corex_primitives::worker::Public> for WorkerKeysFromSeed {
	fn worker_key(seed: u32) -> corex_primitives::worker::Public {
		let mut raw = [0u8; 32];
		raw[..4].copy_from_slice(&seed.to_le_bytes());
		sp_core::sr25519::Public::from_raw(raw).into()
	}
}

/// A node's misses, and its faults in a cluster, are forgotten a day (24 epochs) after its
/// last.
pub type FaultMemory = ConstU32<24>;
