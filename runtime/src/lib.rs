//! # Corex runtime
//!
//! The state-transition function of the Corex chain: a Substrate appchain for a decentralized
//! compute network. This crate composes the FRAME pallets (see [`configs`]), exposes the runtime
//! APIs the node and wallets call (see [`apis`]), and ships the genesis presets the chain specs
//! are generated from (see [`genesis_config_presets`]).
//!
//! ## Fixed supply
//! Total issuance is [`TOTAL_SUPPLY`] (100,000,000 CXT) at genesis and at every block after it.
//! The keyless mining-pool account ([`MiningPoolAccount`], derived from [`MINING_POOL_PALLET_ID`])
//! holds every CXT that genesis does not give to named accounts. Transaction fees, tips and the
//! dust of reaped accounts are paid into that account instead of being burned, and the calls that
//! could mint or burn are refused by [`configs::NoIssuanceChange`].

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime`/`impl_runtime_apis` expand to code this lint cannot see through.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod genesis_config_presets;
pub mod weights;

use alloc::vec::Vec;
use frame_support::{parameter_types, PalletId};
use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{AccountIdConversion, BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Opaque types. The node uses these to handle blocks and extrinsics without knowing the
/// runtime's concrete call types, so it keeps syncing across runtime upgrades.
pub mod opaque {
	use super::*;
	use sp_runtime::traits::Hash as HashT;

	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block identifier type.
	pub type BlockId = generic::BlockId<Block>;
	/// Opaque block hash type.
	pub type Hash = <BlakeTwo256 as HashT>::Output;
}

impl_opaque_keys! {
	/// The session keys of a validator: one for block production, one for finality.
	pub struct SessionKeys {
		pub aura: Aura,
		pub grandpa: Grandpa,
	}
}

/// The runtime version. `spec_version` must grow with every runtime upgrade; wallets read
/// `transaction_version` to know whether the transaction format changed.
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("corex"),
	impl_name: alloc::borrow::Cow::Borrowed("corex-node"),
	authoring_version: 1,
	spec_version: 102,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

// ---------------------------------------------------------------------------------------------
// Primitive types
// ---------------------------------------------------------------------------------------------

/// A block number.
pub type BlockNumber = u32;
/// A transaction signature (sr25519, ed25519 or ecdsa).
pub type Signature = MultiSignature;
/// An account id: the public key of the account's signing scheme.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// A balance in plancks: 1 CXT = [`CXT`] plancks.
pub type Balance = u128;
/// A transaction index (nonce) of an account.
pub type Nonce = u32;
/// A hash of some data used by the chain.
pub type Hash = sp_core::H256;

// ---------------------------------------------------------------------------------------------
// Token and supply constants
// ---------------------------------------------------------------------------------------------

/// Number of decimals of the CXT token (the `tokenDecimals` chain property).
pub const TOKEN_DECIMALS: u8 = 12;
/// The token symbol (the `tokenSymbol` chain property).
pub const TOKEN_SYMBOL: &str = "CXT";
/// SS58 address prefix: the generic Substrate prefix until Corex registers its own.
pub const SS58_PREFIX: u16 = 42;
/// One CXT in plancks.
pub const CXT: Balance = 1_000_000_000_000;
/// One thousandth of a CXT.
pub const MILLI_CXT: Balance = CXT / 1_000;
/// One millionth of a CXT.
pub const MICRO_CXT: Balance = CXT / 1_000_000;
/// The total supply: 100,000,000 CXT, minted once at genesis, never more, never less.
pub const TOTAL_SUPPLY: Balance = 100_000_000 * CXT;
/// The minimum balance an account must keep to exist.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_CXT;

/// The `PalletId` from which the keyless mining-pool account is derived. The mining-pool pallet
/// takes this id through its `Config` and owns the account; no private key exists for it.
pub const MINING_POOL_PALLET_ID: PalletId = PalletId(*b"cx/mpool");

parameter_types! {
	/// The keyless mining-pool account: holds all undistributed CXT and receives fees, tips and
	/// dust. Derived from [`MINING_POOL_PALLET_ID`].
	pub MiningPoolAccount: AccountId = MINING_POOL_PALLET_ID.into_account_truncating();
}

// ---------------------------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------------------------

/// Target block time. Blocks are produced once per Aura slot of this length: 6 s, and 2 s with
/// the `fast-runtime` feature (the development chain and the tests, docs/build.md), so suites
/// that wait for blocks wait a third as long. Durations given in `MINUTES`, `HOURS` and `DAYS`
/// keep their wall-clock length either way.
pub const MILLISECS_PER_BLOCK: u64 = if cfg!(feature = "fast-runtime") { 2000 } else { 6000 };
/// Aura slot duration. It cannot change after the chain has started.
pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;
/// Blocks per minute.
pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
/// Blocks per hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks per day.
pub const DAYS: BlockNumber = HOURS * 24;

// ---------------------------------------------------------------------------------------------
// Block and transaction types
// ---------------------------------------------------------------------------------------------

/// The address format for describing accounts.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header type as expected by this runtime.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block type as expected by this runtime.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// A block with its justifications.
pub type SignedBlock = generic::SignedBlock<Block>;
/// Block id.
pub type BlockId = generic::BlockId<Block>;

/// The transaction extensions, checked in this order for every signed transaction.
///
/// `CheckMetadataHash` lets a wallet (or a hardware signer) commit to the exact runtime
/// metadata it displayed; see `docs/build.md` for when the hash is computed.
pub type TxExtension = (
	frame_system::AuthorizeCall<Runtime>,
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// Unchecked extrinsic type as expected by this runtime.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload being signed in transactions.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Runtime migrations, aside from those declared in pallets. Each checks its version and does
/// nothing on a chain that already ran it (or started after it).
/// - `pallet_seed::MoveFromComputations` (spec 101): the seed moved from `Computations` to its own
///   pallet, `Seed`.
type Migrations = (pallet_seed::MoveFromComputations<Runtime>,);

/// Executive: dispatches blocks and extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

// ---------------------------------------------------------------------------------------------
// The runtime
// ---------------------------------------------------------------------------------------------

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	/// Accounts, blocks, events and the base call filter.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	/// The block timestamp, set by an inherent in each block.
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	/// Sessions: the validator set (voted by referenda, see `Governance`) and each validator's
	/// keys. Declared before Aura and GRANDPA, which take their authorities from it.
	#[runtime::pallet_index(9)]
	pub type Session = pallet_session;

	/// Aura block production: one author per 6 s slot, round robin over the authorities.
	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;

	/// GRANDPA finality.
	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;

	/// CXT balances, with holds and freezes.
	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;

	/// Transaction fees, paid into the mining pool.
	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;

	/// Superuser access; keyed only in the development and local presets.
	#[runtime::pallet_index(6)]
	pub type Sudo = pallet_sudo;

	/// Runtime parameters (stakes, fees, windows, epochs, ...), changed through
	/// `Governance::set_parameter` within their documented ranges.
	#[runtime::pallet_index(7)]
	pub type Parameters = pallet_parameters;

	/// Vesting schedules; claimed staking rewards vest here.
	#[runtime::pallet_index(8)]
	pub type Vesting = pallet_vesting;

	/// Compute nodes: registration, self-bond, delegation, rewards, slashing, reputation.
	#[runtime::pallet_index(10)]
	pub type NodeStaking = pallet_node_staking;

	/// The mining pool: releases the fixed supply per epoch by a rule fixed in code, shared by
	/// verified contribution × reputation × stake boost. No admin, no mint, no burn.
	#[runtime::pallet_index(11)]
	pub type MiningPool = pallet_mining_pool;

	/// The chain's randomness: each block author's VRF output over its slot, offered as
	/// `Randomness` to the queue's draws and the proofs pallet's replay samples.
	#[runtime::pallet_index(16)]
	pub type Seed = pallet_seed;

	/// Computation definitions, orders, the queue and training jobs.
	#[runtime::pallet_index(12)]
	pub type Computations = pallet_computations;

	/// The off-chain worker of compute nodes: computes assignments and commits results.
	#[runtime::pallet_index(13)]
	pub type ComputeWorker = pallet_compute_worker;

	/// Result verification: commit–reveal, verdicts, replays, Model-PoT, slashing and rewards.
	#[runtime::pallet_index(14)]
	pub type Proofs = pallet_proofs;

	/// Clusters of nodes and the joint computing environments they serve: admission,
	/// blacklists, n-of-n key shares, fork & migrate.
	#[runtime::pallet_index(15)]
	pub type Clusters = pallet_clusters;

	/// Calls scheduled for later, among them the enactment of passed referenda.
	#[runtime::pallet_index(20)]
	pub type Scheduler = pallet_scheduler;

	/// Preimages: the calls referenda propose, stored against a held deposit.
	#[runtime::pallet_index(21)]
	pub type Preimage = pallet_preimage;

	/// OpenGov referenda on the `root`, `parameters` and `validators` tracks.
	#[runtime::pallet_index(22)]
	pub type Referenda = pallet_referenda;

	/// Token holders' votes on referenda, with conviction (longer locks weigh more).
	#[runtime::pallet_index(23)]
	pub type ConvictionVoting = pallet_conviction_voting;

	/// The Corex part of governance: track origins, range-checked parameter changes, root
	/// referenda held to the call filter, and the validator set.
	#[runtime::pallet_index(24)]
	pub type Governance = pallet_governance;
}

/// The mining-pool account, as a plain function (for the node and tests).
pub fn mining_pool_account() -> AccountId {
	MiningPoolAccount::get()
}

/// The node-staking reward pot: credited rewards wait there until stakers claim them.
pub fn node_staking_reward_pot() -> AccountId {
	pallet_node_staking::Pallet::<Runtime>::reward_pot()
}
