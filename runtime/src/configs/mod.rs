//! Configuration of each pallet of the runtime.
//!
//! One section per pallet, in `pallet_index` order. Pallet-specific constants live next to the
//! `impl ... Config` that uses them.

use frame_support::traits::tokens::imbalance::ResolveTo;
use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstBool, ConstU128, ConstU32, ConstU64, ConstU8, Contains, VariantCountOf},
	weights::{
		constants::{ParityDbWeight, WEIGHT_REF_TIME_PER_SECOND},
		ConstantMultiplier, IdentityFee, Weight,
	},
};
use frame_system::limits::{BlockLength, BlockWeights};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::{traits::One, Perbill};
use sp_version::RuntimeVersion;

pub mod clusters;
pub mod computations;
pub mod governance;
pub mod mining_pool;
pub mod node_staking;
pub mod parameters;
pub mod proofs;
pub mod seed;

use super::{
	AccountId, Aura, Balance, Balances, Block, BlockNumber, Hash, MiningPoolAccount, Nonce,
	PalletInfo, Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason,
	RuntimeOrigin, RuntimeTask, System, EXISTENTIAL_DEPOSIT, MICRO_CXT, SLOT_DURATION, SS58_PREFIX,
	VERSION,
};

/// Normal (user) extrinsics may fill at most this share of a block; the rest is kept for
/// operational extrinsics and hooks.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

parameter_types! {
	/// Number of recent block hashes kept for mortal transactions.
	pub const BlockHashCount: BlockNumber = 2400;
	/// The runtime version, for `frame_system`.
	pub const Version: RuntimeVersion = VERSION;
	/// 2 seconds of compute per 6-second block.
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::with_sensible_defaults(
		Weight::from_parts(2u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
		NORMAL_DISPATCH_RATIO,
	);
	/// The most weight the timers of the computation queue, and those of the proofs pallet, may
	/// each take in one block (each timer counted at its worst case): a fifth of the block, so
	/// that a backlog of punishments spreads over the next blocks instead of filling one.
	pub MaxTimerWeight: Weight = RuntimeBlockWeights::get().max_block.saturating_div(5);
	/// At most 5 MiB per block.
	pub RuntimeBlockLength: BlockLength =
		BlockLength::builder().max_length(5 * 1024 * 1024).modify_max_length_for_class(
			DispatchClass::Normal,
			|max| *max = NORMAL_DISPATCH_RATIO.mul_floor(*max),
		).build();
	/// The SS58 prefix of addresses.
	pub const SS58Prefix: u16 = SS58_PREFIX;
}

/// The base call filter: refuses every call that could change the total issuance.
///
/// Total issuance is fixed at 100,000,000 CXT (PRODUCT.md, invariant 1). `Balances::burn` would
/// destroy CXT, and `force_set_balance` / `force_adjust_total_issuance` would mint or burn it.
/// `System::set_storage`, `kill_storage` and `kill_prefix` write raw storage: balances, the
/// issuance, or the mining pool's ledger and rule state. These calls are refused both when sent
/// directly and when wrapped in a `Sudo` call, so not even the sudo key can change the supply
/// or take from the pool. A refused call fails with `frame_system::Error::CallFiltered` and
/// changes nothing. (A runtime upgrade, `set_code`, remains the one way to change the rules.)
///
/// The same holds for calls wrapped in `Scheduler` calls (which root may send, and which later
/// dispatch as root, past this filter) and in `Governance::dispatch_as_root`, the only way a
/// `root` referendum acts: a root referendum cannot change the supply either.
///
/// It also refuses every call that would move money out of a keyless protocol account (the
/// mining pool, the node-staking reward pot) other than by its pallet: `Balances::force_transfer`
/// and `Vesting::force_vested_transfer` from one, and `Sudo::sudo_as` one. Only the mining pool's
/// payouts take from the pool, and only claims take from the pot.
///
/// And it refuses `Vesting::vested_transfer`: with it, anyone could fill a delegator's vesting
/// schedule slots with dust and make its reward claims fail (issue 20, point 6).
pub struct NoIssuanceChange;

/// Whether `address` is a keyless account only its pallet may spend from.
fn is_protocol_account(address: &sp_runtime::MultiAddress<AccountId, ()>) -> bool {
	match address {
		sp_runtime::MultiAddress::Id(who) => {
			*who == MiningPoolAccount::get() || *who == crate::node_staking_reward_pot()
		},
		// The runtime's lookup resolves account ids only; other forms fail anyway.
		_ => false,
	}
}

impl Contains<RuntimeCall> for NoIssuanceChange {
	fn contains(call: &RuntimeCall) -> bool {
		match call {
			RuntimeCall::Balances(
				pallet_balances::Call::burn { .. }
				| pallet_balances::Call::force_set_balance { .. }
				| pallet_balances::Call::force_adjust_total_issuance { .. },
			) => false,
			RuntimeCall::System(
				frame_system::Call::set_storage { .. }
				| frame_system::Call::kill_storage { .. }
				| frame_system::Call::kill_prefix { .. },
			) => false,
			// Vesting schedules come from genesis and from node staking's reward claims only. A
			// vested transfer from anyone could fill another account's `MaxVestingSchedules`
			// slots, and that account's reward claims would then fail.
			RuntimeCall::Vesting(pallet_vesting::Call::vested_transfer { .. }) => false,
			RuntimeCall::Balances(pallet_balances::Call::force_transfer { source, .. })
			| RuntimeCall::Vesting(pallet_vesting::Call::force_vested_transfer {
				source, ..
			}) if is_protocol_account(source) => false,
			RuntimeCall::Sudo(pallet_sudo::Call::sudo_as { who, .. })
				if is_protocol_account(who) =>
			{
				false
			},
			RuntimeCall::Sudo(
				pallet_sudo::Call::sudo { call }
				| pallet_sudo::Call::sudo_unchecked_weight { call, .. }
				| pallet_sudo::Call::sudo_as { call, .. },
			)
			| RuntimeCall::Governance(pallet_governance::Call::dispatch_as_root { call })
			| RuntimeCall::Scheduler(
				pallet_scheduler::Call::schedule { call, .. }
				| pallet_scheduler::Call::schedule_named { call, .. }
				| pallet_scheduler::Call::schedule_after { call, .. }
				| pallet_scheduler::Call::schedule_named_after { call, .. },
			) => Self::contains(call),
			_ => true,
		}
	}
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type BaseCallFilter = NoIssuanceChange;
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	/// ParityDB is the node's database, so storage access is priced with its weights.
	type DbWeight = ParityDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
}

// --- Aura -------------------------------------------------------------------------------------

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<32>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

// --- GRANDPA ----------------------------------------------------------------------------------

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<32>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

// --- Timestamp --------------------------------------------------------------------------------

impl pallet_timestamp::Config for Runtime {
	/// Milliseconds since the Unix epoch.
	type Moment = u64;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = pallet_timestamp::weights::SubstrateWeight<Runtime>;
}

// --- Balances ---------------------------------------------------------------------------------

/// Where fees, tips and dust go: resolved into the mining-pool account, so no CXT is burned.
pub type ToMiningPool = ResolveTo<MiningPoolAccount, Balances>;

impl pallet_balances::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
	type Balance = Balance;
	/// The dust of reaped accounts flows back into the mining pool.
	type DustRemoval = ToMiningPool;
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type ReserveIdentifier = [u8; 8];
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type DoneSlashHandler = ();
}

// --- Transaction payment ----------------------------------------------------------------------

parameter_types! {
	/// Fees do not float with congestion yet: the multiplier stays at one.
	pub FeeMultiplier: Multiplier = Multiplier::one();
	/// One micro-CXT per byte of transaction.
	pub const TransactionByteFee: Balance = MICRO_CXT;
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// Fees and tips are withdrawn from the sender and resolved into the mining pool.
	type OnChargeTransaction = FungibleAdapter<Balances, ToMiningPool>;
	type OperationalFeeMultiplier = ConstU8<5>;
	/// One planck per picosecond of execution weight.
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = ConstantMultiplier<Balance, TransactionByteFee>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}

// --- Sudo -------------------------------------------------------------------------------------

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}
