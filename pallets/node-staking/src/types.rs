//! Domain types of the node-staking pallet and their pure logic. Nothing here touches storage.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use corex_primitives::{
	ComputeUnits, DeviceClass, EpochIndex, NodeStatus, Reputation, DEFAULT_REPUTATION,
	MAX_REPUTATION,
};
use frame_support::{traits::Get, BoundedVec, CloneNoBound, DebugNoBound, PartialEqNoBound};
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{Saturating, Zero},
	FixedPointNumber, FixedU128, Perbill,
};

/// Multiplier applied to a stake to get its reward weight, in percent (100 = 1.0×, 200 = 2.0×).
pub type MultiplierPercent = u16;

/// One entry of the delegation lock menu: lock for `duration` blocks, weigh
/// `multiplier_percent`/100 in reward sharing.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct LockOption<BlockNumber> {
	/// How long the delegation cannot be undelegated, in blocks.
	pub duration: BlockNumber,
	/// Reward weight in percent of the amount (100 = 1.0×).
	pub multiplier_percent: MultiplierPercent,
}

/// Thresholds of active capacity (CU per epoch) for tiers 2, 3 and 4. A node's tier is 1 plus
/// the number of thresholds its active capacity reaches, capped by its device class.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct TierThresholds {
	/// Active capacity needed for tier 2.
	pub tier2: ComputeUnits,
	/// Active capacity needed for tier 3.
	pub tier3: ComputeUnits,
	/// Active capacity needed for tier 4.
	pub tier4: ComputeUnits,
}

impl TierThresholds {
	/// The tier of a node with `capacity` active CU and device class `class`.
	pub fn tier(&self, capacity: ComputeUnits, class: DeviceClass) -> u8 {
		let reached = [self.tier2, self.tier3, self.tier4]
			.iter()
			.filter(|threshold| capacity >= **threshold)
			.count() as u8;
		reached.saturating_add(1).min(class.max_tier())
	}
}

/// The epoch counter: which epoch runs and the block it started at.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct EpochInfo<BlockNumber> {
	/// Index of the running epoch.
	pub index: EpochIndex,
	/// Block at which it started.
	pub start: BlockNumber,
}

/// A change to a node's profile requested with `update_node`; applies from `effective`.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct ProfileUpdate<WorkerKey> {
	/// New device class.
	pub device_class: DeviceClass,
	/// New declared capacity, CU per epoch.
	pub capacity: ComputeUnits,
	/// New worker key.
	pub worker_key: WorkerKey,
	/// First epoch in which the change holds.
	pub effective: EpochIndex,
}

/// Stake on a node, summed over its positions.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct NodeStake<Balance> {
	/// Operator's self-bond counted in the current epoch.
	pub self_bond: Balance,
	/// Delegations counted in the current epoch.
	pub delegated: Balance,
	/// Self-bond added this epoch; counts from `pending_epoch`.
	pub pending_self_bond: Balance,
	/// Delegations added this epoch; count from `pending_epoch`.
	pub pending_delegated: Balance,
	/// Reward weight of the counted stake (amount × multiplier percent).
	pub weight: u128,
	/// Reward weight of the pending stake.
	pub pending_weight: u128,
	/// Epoch from which the pending stake counts.
	pub pending_epoch: EpochIndex,
}

impl<Balance: Saturating + Copy + Zero> NodeStake<Balance> {
	/// Stake counted in the current epoch.
	pub fn counted(&self) -> Balance {
		self.self_bond.saturating_add(self.delegated)
	}
	/// Everything staked, counted or pending (unbonding excluded).
	pub fn total(&self) -> Balance {
		self.counted().saturating_add(self.pending_self_bond).saturating_add(self.pending_delegated)
	}
	/// Whether some stake is waiting for its epoch.
	pub fn has_pending(&self) -> bool {
		!self.pending_self_bond.is_zero() || !self.pending_delegated.is_zero()
	}
}

/// A compute node.
#[derive(CloneNoBound, PartialEqNoBound, Encode, Decode, MaxEncodedLen, TypeInfo, DebugNoBound)]
#[scale_info(skip_type_params(MaxMetadata))]
#[codec(mel_bound(AccountId: MaxEncodedLen, WorkerKey: MaxEncodedLen, Balance: MaxEncodedLen))]
pub struct Node<AccountId, WorkerKey, Balance, MaxMetadata: Get<u32>>
where
	AccountId: Clone + PartialEq + core::fmt::Debug,
	WorkerKey: Clone + PartialEq + core::fmt::Debug,
	Balance: Clone + PartialEq + core::fmt::Debug,
{
	/// The account that registered the node, bonds for it and earns its commission.
	pub operator: AccountId,
	/// Key the node's off-chain worker signs with.
	pub worker_key: WorkerKey,
	/// Hardware class.
	pub device_class: DeviceClass,
	/// Declared capacity, compute units per epoch.
	pub declared_capacity: ComputeUnits,
	/// Free-form description (operator-chosen, e.g. location or contact).
	pub metadata: BoundedVec<u8, MaxMetadata>,
	/// Deposit held from the operator for this record.
	pub deposit: Balance,
	/// A profile change waiting for its epoch.
	pub pending_update: Option<ProfileUpdate<WorkerKey>>,
	/// Share of rewards kept by the operator.
	pub commission: Perbill,
	/// A commission raise and the epoch it takes effect.
	pub pending_commission: Option<(Perbill, EpochIndex)>,
	/// Stake totals.
	pub stake: NodeStake<Balance>,
	/// Reward per unit of weight accumulated since registration.
	pub reward_per_weight: FixedU128,
	/// Commission earned and not yet claimed by the operator.
	pub unclaimed_commission: Balance,
	/// Reputation as of `reputation_epoch` (drift since then is applied on read).
	pub reputation: Reputation,
	/// Epoch at which `reputation` was last written.
	pub reputation_epoch: EpochIndex,
	/// Suspended by the proofs pallet until the end of this epoch.
	pub suspended_until: Option<EpochIndex>,
	/// Exit announced; the node leaves at the end of this epoch.
	pub exit_epoch: Option<EpochIndex>,
	/// Number of positions (self-bond and delegations) on this node.
	pub positions: u32,
	/// Epoch of registration.
	pub registered: EpochIndex,
	/// Work it missed lately (windows, replays), forgotten `FaultMemory` epochs after the last.
	pub recent_misses: u32,
	/// Epoch of its last miss.
	pub last_miss: EpochIndex,
	/// Stopped delivering (`UnresponsiveAfter` recent misses): takes no work until resumed.
	pub unresponsive: bool,
}

/// What rolling a node forward to a new epoch changed outside the node record.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct RollEffects<WorkerKey> {
	/// Pending stake became counted in this epoch, at this reward-per-weight.
	pub activated: Option<(EpochIndex, FixedU128)>,
	/// The worker key that stopped being used.
	pub retired_key: Option<WorkerKey>,
}

impl<AccountId, WorkerKey, Balance, MaxMetadata> Node<AccountId, WorkerKey, Balance, MaxMetadata>
where
	AccountId: Clone + PartialEq + core::fmt::Debug,
	WorkerKey: Clone + PartialEq + core::fmt::Debug,
	Balance: Clone + PartialEq + core::fmt::Debug + Saturating + Copy + Zero,
	MaxMetadata: Get<u32>,
{
	/// Apply, in memory, everything scheduled to happen by epoch `now`: pending stake becomes
	/// counted (if `payouts_done`: the pool has paid the node every reward of the epochs before
	/// the pending stake's epoch), profile and commission changes take hold, reputation drifts.
	/// Idempotent. A reputation under `floor` (the suspension threshold) does not drift up: a
	/// suspended node returns only by passing a capability probe.
	pub fn roll(
		&mut self,
		now: EpochIndex,
		drift_per_epoch: Reputation,
		floor: Reputation,
		payouts_done: bool,
	) -> RollEffects<WorkerKey> {
		let mut effects = RollEffects { activated: None, retired_key: None };
		if self.pending_is_due(now) && payouts_done {
			let stake = &mut self.stake;
			stake.self_bond = stake.self_bond.saturating_add(stake.pending_self_bond);
			stake.delegated = stake.delegated.saturating_add(stake.pending_delegated);
			stake.weight = stake.weight.saturating_add(stake.pending_weight);
			stake.pending_self_bond = Zero::zero();
			stake.pending_delegated = Zero::zero();
			stake.pending_weight = 0;
			effects.activated = Some((stake.pending_epoch, self.reward_per_weight));
		}
		if self.pending_update.as_ref().is_some_and(|u| u.effective <= now) {
			if let Some(update) = self.pending_update.take() {
				if update.worker_key != self.worker_key {
					effects.retired_key =
						Some(core::mem::replace(&mut self.worker_key, update.worker_key));
				}
				self.device_class = update.device_class;
				self.declared_capacity = update.capacity;
			}
		}
		if let Some((rate, effective)) = self.pending_commission {
			if effective <= now {
				self.commission = rate;
				self.pending_commission = None;
			}
		}
		self.reputation = self.reputation_at(now, drift_per_epoch, floor);
		self.reputation_epoch = self.reputation_epoch.max(now);
		if self.suspended_until.is_some_and(|until| until < now) {
			self.suspended_until = None;
		}
		effects
	}

	/// Whether the pending stake's epoch has come (it may still wait for the node's payouts).
	pub fn pending_is_due(&self, now: EpochIndex) -> bool {
		self.stake.has_pending() && self.stake.pending_epoch <= now
	}

	/// Reputation at epoch `now`: the stored value moved toward the default by
	/// `drift_per_epoch` for every epoch since it was written; one under `floor` stays.
	pub fn reputation_at(
		&self,
		now: EpochIndex,
		drift_per_epoch: Reputation,
		floor: Reputation,
	) -> Reputation {
		let epochs = now.saturating_sub(self.reputation_epoch);
		let drift = u32::from(drift_per_epoch).saturating_mul(epochs);
		let drift = Reputation::try_from(drift).unwrap_or(MAX_REPUTATION);
		if self.reputation < floor {
			self.reputation
		} else if self.reputation < DEFAULT_REPUTATION {
			self.reputation.saturating_add(drift).min(DEFAULT_REPUTATION)
		} else {
			self.reputation.saturating_sub(drift).max(DEFAULT_REPUTATION)
		}
	}

	/// The node's status in epoch `now`, for a node already rolled to `now`.
	pub fn status(
		&self,
		now: EpochIndex,
		min_self_bond: Balance,
		reputation_threshold: Reputation,
	) -> NodeStatus
	where
		Balance: PartialOrd,
	{
		match self.exit_epoch {
			Some(exit) if exit < now => return NodeStatus::Exited,
			Some(_) => return NodeStatus::Exiting,
			None => {},
		}
		if self.suspended_until.is_some_and(|until| until >= now)
			|| self.reputation < reputation_threshold
		{
			return NodeStatus::Suspended;
		}
		if self.unresponsive {
			return NodeStatus::Unresponsive;
		}
		if self.stake.self_bond >= min_self_bond && !self.stake.self_bond.is_zero() {
			NodeStatus::Active
		} else {
			NodeStatus::Registered
		}
	}

	/// Capacity the stake pays for: counted stake ÷ stake per CU, at most the declared
	/// capacity. Zero stake per CU means stake does not limit capacity.
	pub fn stake_capacity(&self, stake_per_cu: Balance) -> ComputeUnits
	where
		Balance: TryInto<u128>,
	{
		let per_cu: u128 = stake_per_cu.try_into().unwrap_or(u128::MAX);
		if per_cu == 0 {
			return self.declared_capacity;
		}
		let counted: u128 = self.stake.counted().try_into().unwrap_or(u128::MAX);
		let paid_for = counted.checked_div(per_cu).unwrap_or_default();
		ComputeUnits::try_from(paid_for).unwrap_or(ComputeUnits::MAX).min(self.declared_capacity)
	}
}

/// One unbonding chunk: released once both `unlock_epoch` and `unlock_block` are reached;
/// slashable while `start_epoch` is inside the slash window.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct UnbondingChunk<Balance, BlockNumber> {
	/// Amount unbonding.
	pub amount: Balance,
	/// Epoch in which unbonding started.
	pub start_epoch: EpochIndex,
	/// Epoch from which it can be withdrawn.
	pub unlock_epoch: EpochIndex,
	/// Block from which it can be withdrawn: `UnbondingEpochs` epochs of the length they had
	/// when it started, so that shorter epochs later never shorten it.
	pub unlock_block: BlockNumber,
}

/// Most redelegations away from one node a delegator may have inside the slash window.
pub const MAX_MOVES: u32 = 2;

/// Stake a delegator moved from one node to another (`redelegate`). While `epoch` is inside the
/// slash window it still answers for the faults of the node it left, as an unbonding chunk
/// does: a slash of that node takes its share where the stake went.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Move<Balance> {
	/// The node it went to.
	pub to: corex_primitives::NodeId,
	/// How much is still answerable (less what slashes took).
	pub amount: Balance,
	/// The epoch of the move.
	pub epoch: EpochIndex,
}

/// What `claim_rewards` does with the part of a claim that does not vest.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum RewardPayout {
	/// Paid into the caller's account.
	#[codec(index = 0)]
	Liquid,
	/// Added to the same position as stake, counted from the next epoch.
	#[codec(index = 1)]
	Compound,
}

/// Whose stake a slash reaches.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SlashScope {
	/// Every position on the node, and stake moved away from it within the slash window.
	AllStake,
	/// The operator's self-bond only (a fault of the operator's own making).
	SelfBondOnly,
}

/// Which bond call a bond is: the operator's first self-bond, or more on top of it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BondKind {
	/// `bond`: the first self-bond, at least `MinSelfBond`.
	First,
	/// `bond_extra`: more on an existing self-bond.
	Extra,
}

/// What an unbonding chunk does when the position already has `MaxUnbondingChunks`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FullChunks {
	/// Refuse with `TooManyUnbondingChunks` (a staker's own unbond).
	Refuse,
	/// Merge into the last chunk (an unbond the chain forces, as on a node's exit).
	MergeIntoLast,
}

/// Whether a position is the operator's self-bond or a delegation.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum PositionKind {
	/// The operator's own bond.
	#[codec(index = 0)]
	SelfBond,
	/// A delegation.
	#[codec(index = 1)]
	Delegation,
}

/// One account's stake on one node.
#[derive(CloneNoBound, PartialEqNoBound, Encode, Decode, MaxEncodedLen, TypeInfo, DebugNoBound)]
#[scale_info(skip_type_params(MaxChunks))]
#[codec(mel_bound(Balance: MaxEncodedLen, BlockNumber: MaxEncodedLen))]
pub struct Position<Balance, BlockNumber, MaxChunks: Get<u32>>
where
	Balance: Clone + PartialEq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + core::fmt::Debug,
{
	/// Self-bond or delegation.
	pub kind: PositionKind,
	/// Stake counted in the current epoch.
	pub active: Balance,
	/// Stake added and counted from `pending_epoch`.
	pub pending: Balance,
	/// Epoch from which `pending` counts.
	pub pending_epoch: EpochIndex,
	/// Reward weight per unit of stake, in percent (100 for self-bond).
	pub multiplier_percent: MultiplierPercent,
	/// Index of the chosen lock in the lock menu (0 for self-bond).
	pub lock_index: u8,
	/// First block at which the delegation may be undelegated.
	pub locked_until: BlockNumber,
	/// The node's reward-per-weight when rewards were last settled into `unclaimed`.
	pub reward_point: FixedU128,
	/// Rewards earned and not yet claimed.
	pub unclaimed: Balance,
	/// Stake leaving the node.
	pub unbonding: BoundedVec<UnbondingChunk<Balance, BlockNumber>, MaxChunks>,
	/// Epoch of the last `redelegate` out of this position, for the rate limit.
	pub last_redelegation: Option<EpochIndex>,
	/// The part of `active` that became counted last, in epoch `recent_epoch` (the rest was
	/// counted before). A slash for a fault in work taken before `recent_epoch` spares it.
	pub recent: Balance,
	/// The epoch from which `recent` counts.
	pub recent_epoch: EpochIndex,
}

impl<Balance, BlockNumber, MaxChunks> Position<Balance, BlockNumber, MaxChunks>
where
	Balance: Clone
		+ PartialEq
		+ core::fmt::Debug
		+ Saturating
		+ Copy
		+ Zero
		+ sp_runtime::traits::UniqueSaturatedInto<u128>,
	BlockNumber: Clone + PartialEq + core::fmt::Debug,
	MaxChunks: Get<u32>,
{
	/// Sum of unbonding chunks.
	pub fn unbonding_total(&self) -> Balance {
		self.unbonding
			.iter()
			.fold(Zero::zero(), |acc: Balance, chunk| acc.saturating_add(chunk.amount))
	}

	/// Everything held for this position: counted, pending and unbonding.
	pub fn held(&self) -> Balance {
		self.active.saturating_add(self.pending).saturating_add(self.unbonding_total())
	}

	/// Whether nothing is left in the position.
	pub fn is_empty(&self) -> bool {
		self.held().is_zero() && self.unclaimed.is_zero()
	}

	/// Reward weight of `amount` in this position.
	pub fn weight_of(&self, amount: Balance) -> Option<u128> {
		amount.unique_saturated_into().checked_mul(u128::from(self.multiplier_percent))
	}

	/// Rewards earned by `weight` between reward-per-weight `from` and `to`.
	pub fn earned(weight: u128, from: FixedU128, to: FixedU128) -> u128 {
		to.saturating_sub(from).saturating_mul_int(weight)
	}
}

/// Reward-per-weight increment for crediting `amount` over `weight`.
pub fn reward_per_weight_increment(amount: u128, weight: u128) -> Option<FixedU128> {
	FixedU128::checked_from_rational(amount, weight)
}

/// The activation checkpoint of a batch of pending stake on a node: the node's reward per
/// weight when the batch became counted, and how many positions still have to settle at it.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct ActivationPoint {
	/// Reward per weight at activation; `None` until the batch is activated.
	pub reward_per_weight: Option<FixedU128>,
	/// Positions of the batch that have not settled yet.
	pub positions: u32,
}

/// All-time reward totals.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct RewardLedger<Balance> {
	/// Credited to nodes through `NodeRewards`.
	pub credited: Balance,
	/// Paid to stakers by `claim_rewards` (liquid, vested and compounded).
	pub paid: Balance,
}

/// A node as it stands in the current epoch, for readers (view functions, other pallets).
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct NodeView<AccountId, WorkerKey, Balance> {
	/// The operator.
	pub operator: AccountId,
	/// Worker key in use this epoch.
	pub worker_key: WorkerKey,
	/// Device class in use this epoch.
	pub device_class: DeviceClass,
	/// Declared capacity in use this epoch.
	pub declared_capacity: ComputeUnits,
	/// Capacity the queue may assign this epoch.
	pub active_capacity: ComputeUnits,
	/// Tier, 1..=4.
	pub tier: u8,
	/// Reputation now.
	pub reputation: Reputation,
	/// Status this epoch.
	pub status: NodeStatus,
	/// Commission in force.
	pub commission: Perbill,
	/// Counted self-bond.
	pub self_bond: Balance,
	/// Counted delegations.
	pub delegated: Balance,
	/// Stake that counts from the next epoch.
	pub pending: Balance,
}
