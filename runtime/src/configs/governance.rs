//! Governance: OpenGov referenda with conviction voting, the scheduler that enacts them, the
//! preimages they point at, the Corex track origins and the referendum-managed validator set
//! (`pallet-session`). See `docs/governance.md`.
//!
//! Periods are realistic (days) by default, as in the `testnet` chain spec, and a few blocks
//! with the `fast-runtime` feature, which the development chain and the tests are built with
//! (a "minute" there is [`FAST_MINUTE`] blocks of 2 s).

use frame_support::{
	parameter_types,
	traits::{
		fungible::{HoldConsideration, Inspect},
		tokens::currency::Currency,
		ConstU32, Contains, EitherOf, EqualPrivilegeOnly, Get, LinearStoragePrice, OnUnbalanced,
	},
	weights::Weight,
};
use frame_system::{EnsureRoot, EnsureSigned};
use pallet_governance::{EnsureParameterAdmin, EnsureRootReferendum, EnsureValidatorAdmin};
use pallet_referenda::{Curve, Track, TrackInfo};
use sp_runtime::{str_array as name, traits::ConvertInto, Perbill};

use super::{parameters::CorexParameterRanges, NoIssuanceChange, RuntimeBlockWeights};
use crate::{
	AccountId, Balance, Balances, BlockNumber, MiningPoolAccount, OriginCaller, Preimage,
	Referenda, Runtime, RuntimeCall, RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, Scheduler,
	SessionKeys, System, CXT, DAYS, HOURS, MILLI_CXT, MINUTES,
};

/// The unit of the `fast-runtime` periods: 10 blocks (20 s of 2 s blocks). Counted in blocks,
/// not wall-clock time, so the governance suites wait for as few blocks as the periods need.
pub const FAST_MINUTE: BlockNumber = 10;

/// `realistic` normally, `fast` (blocks, for development and tests) with `fast-runtime`.
const fn period(realistic: BlockNumber, fast: BlockNumber) -> BlockNumber {
	if cfg!(feature = "fast-runtime") {
		fast
	} else {
		realistic
	}
}

// --- Scheduler --------------------------------------------------------------------------------

parameter_types! {
	/// Enacted referenda and other scheduled calls may use 80 % of a block.
	pub MaximumSchedulerWeight: Weight = RuntimeBlockWeights::get()
		.max_block
		.saturating_mul(4)
		.checked_div(5)
		.unwrap_or_default();
}

impl pallet_scheduler::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeOrigin = RuntimeOrigin;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	/// Only root schedules calls directly; referenda schedule their enactment themselves.
	type ScheduleOrigin = EnsureRoot<AccountId>;
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type MaxScheduledPerBlock = ConstU32<50>;
	type WeightInfo = pallet_scheduler::weights::SubstrateWeight<Runtime>;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

// --- Preimage ---------------------------------------------------------------------------------

parameter_types! {
	/// Why a preimage's deposit is held.
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
	/// Deposit per preimage.
	pub const PreimageBaseDeposit: Balance = CXT;
	/// Deposit per byte of preimage.
	pub const PreimageByteDeposit: Balance = MILLI_CXT;
}

impl pallet_preimage::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_preimage::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	/// A preimage's deposit is a hold of 1 CXT + 0.001 CXT per byte, returned when it is
	/// removed.
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

// --- Referenda and conviction voting ----------------------------------------------------------

/// The CXT that can vote: total issuance less the mining pool and the node-staking reward pot,
/// whose CXT belongs to no one yet. Support thresholds are shares of this.
pub struct CirculatingSupply;

impl Get<Balance> for CirculatingSupply {
	fn get() -> Balance {
		let undistributed =
			<Balances as Inspect<AccountId>>::total_balance(&MiningPoolAccount::get())
				.saturating_add(<Balances as Inspect<AccountId>>::total_balance(
					&crate::node_staking_reward_pot(),
				));
		<Balances as Inspect<AccountId>>::total_issuance().saturating_sub(undistributed)
	}
}

/// Slashed referendum deposits go to the mining pool: nothing is burned.
pub struct DepositToPool;

impl OnUnbalanced<pallet_balances::NegativeImbalance<Runtime>> for DepositToPool {
	fn on_nonzero_unbalanced(amount: pallet_balances::NegativeImbalance<Runtime>) {
		Balances::resolve_creating(&MiningPoolAccount::get(), amount);
	}
}

impl pallet_conviction_voting::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_conviction_voting::weights::SubstrateWeight<Runtime>;
	/// Votes lock CXT (a lock, not a transfer).
	type Currency = Balances;
	type Polls = Referenda;
	type MaxTurnout = CirculatingSupply;
	type MaxVotes = ConstU32<256>;
	/// A conviction-1 vote stays locked this long after the referendum ends (7 days; 10 blocks
	/// with `fast-runtime`); conviction `n` locks for `2^(n-1)` times as long.
	type VoteLockingPeriod = VoteLockingPeriod;
	type BlockNumberProvider = System;
	type VotingHooks = ();
}

parameter_types! {
	/// See `pallet_conviction_voting::Config::VoteLockingPeriod`.
	pub const VoteLockingPeriod: BlockNumber = period(7 * DAYS, FAST_MINUTE);
	/// Deposit to submit a referendum (returned once it is decided).
	pub const SubmissionDeposit: Balance = 10 * CXT;
	/// A referendum that never starts deciding times out after this (14 days; 100 blocks with `fast-runtime`).
	pub const UndecidingTimeout: BlockNumber = period(14 * DAYS, 10 * FAST_MINUTE);
}

impl pallet_referenda::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_referenda::weights::SubstrateWeight<Runtime>;
	type Scheduler = Scheduler;
	/// Deposits are reserved CXT, returned when the referendum ends.
	type Currency = Balances;
	/// Any account may submit, on any track (the proposal's origin picks the track).
	type SubmitOrigin = frame_support::traits::AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type CancelOrigin = EitherOf<EnsureRoot<AccountId>, EnsureRootReferendum>;
	type KillOrigin = EitherOf<EnsureRoot<AccountId>, EnsureRootReferendum>;
	/// A killed referendum's deposits go to the mining pool.
	type Slash = DepositToPool;
	type Votes = Balance;
	type Tally = pallet_conviction_voting::TallyOf<Runtime>;
	type SubmissionDeposit = SubmissionDeposit;
	type MaxQueued = ConstU32<100>;
	type UndecidingTimeout = UndecidingTimeout;
	type AlarmInterval = ConstU32<1>;
	type Tracks = TracksInfo;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

/// Track ids.
pub mod tracks {
	/// `root`: anything root may do (through `governance.dispatchAsRoot`), runtime upgrades.
	pub const ROOT: u16 = 0;
	/// `parameters`: `governance.setParameter`, within the documented ranges.
	pub const PARAMETERS: u16 = 1;
	/// `validators`: `governance.addValidator` and `governance.removeValidator`.
	pub const VALIDATORS: u16 = 2;
}

/// Approval from 100 % falling linearly to 50 % at the end of the decision period.
const APPROVAL: Curve = Curve::LinearDecreasing {
	length: Perbill::one(),
	floor: Perbill::from_percent(50),
	ceil: Perbill::from_percent(100),
};

/// Support (turnout of the circulating supply) falling linearly from `ceil` to `floor`.
const fn support(ceil: u32, floor_tenths: u32) -> Curve {
	Curve::LinearDecreasing {
		length: Perbill::one(),
		floor: Perbill::from_parts(floor_tenths.saturating_mul(1_000_000)),
		ceil: Perbill::from_parts(ceil.saturating_mul(10_000_000)),
	}
}

/// What differs between the tracks; every track prepares for an hour, decides for up to 7 days
/// and needs `APPROVAL`.
struct TrackTerms {
	id: u16,
	name: &'static str,
	max_deciding: u32,
	decision_deposit: Balance,
	confirm_period: BlockNumber,
	min_enactment_period: BlockNumber,
	min_support: Curve,
}

const fn track(terms: TrackTerms) -> Track<u16, Balance, BlockNumber> {
	Track {
		id: terms.id,
		info: TrackInfo {
			name: name(terms.name),
			max_deciding: terms.max_deciding,
			decision_deposit: terms.decision_deposit,
			prepare_period: period(HOURS, FAST_MINUTE),
			decision_period: period(7 * DAYS, 5 * FAST_MINUTE),
			confirm_period: terms.confirm_period,
			min_enactment_period: terms.min_enactment_period,
			min_approval: APPROVAL,
			min_support: terms.min_support,
		},
	}
}

const TRACKS: [Track<u16, Balance, BlockNumber>; 3] = [
	track(TrackTerms {
		id: tracks::ROOT,
		name: "root",
		max_deciding: 1,
		decision_deposit: 10_000 * CXT,
		confirm_period: period(DAYS, FAST_MINUTE),
		min_enactment_period: period(DAYS, 2),
		// 50 % → 5 %.
		min_support: support(50, 50),
	}),
	track(TrackTerms {
		id: tracks::PARAMETERS,
		name: "parameters",
		max_deciding: 10,
		decision_deposit: 1_000 * CXT,
		confirm_period: period(3 * HOURS, FAST_MINUTE),
		min_enactment_period: period(HOURS, 2),
		// 20 % → 1 %.
		min_support: support(20, 10),
	}),
	track(TrackTerms {
		id: tracks::VALIDATORS,
		name: "validators",
		max_deciding: 5,
		decision_deposit: 1_000 * CXT,
		confirm_period: period(3 * HOURS, FAST_MINUTE),
		min_enactment_period: period(10 * MINUTES, 2),
		// 20 % → 1 %.
		min_support: support(20, 10),
	}),
];

/// The referendum tracks: `root`, `parameters`, `validators`.
pub struct TracksInfo;

impl pallet_referenda::TracksInfo<Balance, BlockNumber> for TracksInfo {
	type Id = u16;
	type RuntimeOrigin = OriginCaller;

	fn tracks(
	) -> impl Iterator<Item = alloc::borrow::Cow<'static, Track<u16, Balance, BlockNumber>>> {
		TRACKS.iter().map(alloc::borrow::Cow::Borrowed)
	}

	fn track_for(origin: &OriginCaller) -> Result<u16, ()> {
		use pallet_governance::Origin;
		match origin {
			OriginCaller::Governance(Origin::RootReferendum) => Ok(tracks::ROOT),
			OriginCaller::Governance(Origin::ParameterAdmin) => Ok(tracks::PARAMETERS),
			OriginCaller::Governance(Origin::ValidatorAdmin) => Ok(tracks::VALIDATORS),
			// Plain root has no track: it would bypass the call filter. Root referenda
			// dispatch through `governance.dispatchAsRoot`.
			_ => Err(()),
		}
	}
}

// --- Corex governance ---------------------------------------------------------------------------

/// The accounts with session keys registered.
pub struct HasSessionKeys;

impl Contains<AccountId> for HasSessionKeys {
	fn contains(who: &AccountId) -> bool {
		pallet_session::NextKeys::<Runtime>::contains_key(who)
	}
}

impl pallet_governance::Config for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeCall = RuntimeCall;
	type RootCallFilter = NoIssuanceChange;
	type RootReferendumOrigin = EnsureRootReferendum;
	/// Root (sudo on development chains) or a `parameters` referendum.
	type ParameterOrigin = EitherOf<EnsureRoot<AccountId>, EnsureParameterAdmin>;
	/// Root (sudo on development chains) or a `validators` referendum.
	type ValidatorOrigin = EitherOf<EnsureRoot<AccountId>, EnsureValidatorAdmin>;
	type ParameterRanges = CorexParameterRanges;
	type HasSessionKeys = HasSessionKeys;
	type MaxValidators = ConstU32<32>;
	type MinValidators = ConstU32<1>;
	type WeightInfo = pallet_governance::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = HasSessionKeys;
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_governance::BenchmarkHelper<AccountId> for HasSessionKeys {
	fn register_keys(who: &AccountId) {
		let raw: [u8; 32] = *who.as_ref();
		let keys = SessionKeys {
			aura: sp_core::sr25519::Public::from_raw(raw).into(),
			grandpa: sp_core::ed25519::Public::from_raw(raw).into(),
		};
		pallet_session::NextKeys::<Runtime>::insert(who, keys);
	}
}

// --- Session ------------------------------------------------------------------------------------

parameter_types! {
	/// Blocks per session: validator-set changes apply at session boundaries (1 hour; 10 blocks
	/// with `fast-runtime`).
	pub const SessionPeriod: BlockNumber = period(HOURS, FAST_MINUTE);
	/// Sessions start at block 0 + n × period.
	pub const SessionOffset: BlockNumber = 0;
	/// Deposit held while session keys are registered.
	pub const SessionKeyDeposit: Balance = CXT;
}

/// Governance's validator sets (`Governance` plans each session). Before a session ends, which
/// may change the Aura set in the same block's `on_initialize`, the block's author is pinned for
/// its seed inherent (`Seed::pin_slot_author`): its node signed with the key of the set
/// it was chosen from, the parent block's.
pub struct GovernedSessions;
impl pallet_session::SessionManager<AccountId> for GovernedSessions {
	fn new_session(new_index: u32) -> Option<alloc::vec::Vec<AccountId>> {
		<crate::Governance as pallet_session::SessionManager<AccountId>>::new_session(new_index)
	}

	fn new_session_genesis(new_index: u32) -> Option<alloc::vec::Vec<AccountId>> {
		<crate::Governance as pallet_session::SessionManager<AccountId>>::new_session_genesis(
			new_index,
		)
	}

	fn end_session(end_index: u32) {
		crate::Seed::pin_slot_author();
		<crate::Governance as pallet_session::SessionManager<AccountId>>::end_session(end_index)
	}

	fn start_session(start_index: u32) {
		<crate::Governance as pallet_session::SessionManager<AccountId>>::start_session(start_index)
	}
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	type NextSessionRotation = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	/// The set referenda vote on; the block author pinned before each rotation.
	type SessionManager = GovernedSessions;
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}
