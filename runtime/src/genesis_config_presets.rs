//! Genesis presets: the named starting states the chain specs are generated from.
//!
//! | preset          | validators            | sudo  | named allocations                    |
//! |-----------------|-----------------------|-------|--------------------------------------|
//! | `development`   | Alice                 | Alice | the well-known dev accounts          |
//! | `local_testnet` | Alice, Bob, Charlie, Dave | Alice | the well-known dev accounts      |
//! | `testnet`       | three fixed keys      | none  | a faucet account only                |
//!
//! In every preset the mining-pool account receives everything the named allocations leave of
//! the fixed [`TOTAL_SUPPLY`], so total issuance is exactly 100,000,000 CXT. [`corex_genesis`]
//! refuses allocations that exceed the supply, and the runtime's `build_state` re-checks the
//! total issuance of whatever genesis it is given (see [`check_total_issuance`]).

use alloc::{format, string::String, vec, vec::Vec};
use frame_support::build_struct_json_patch;
use pallet_grandpa::AuthorityId as GrandpaId;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

use crate::{
	AccountId, Balance, BalancesConfig, ComputationsConfig, GovernanceConfig, NodeStakingConfig,
	RuntimeGenesisConfig, SessionConfig, SessionKeys, SudoConfig, CXT, EXISTENTIAL_DEPOSIT,
	TOTAL_SUPPLY,
};

/// Name of the public-testnet preset (the other two use the SDK's standard names).
pub const TESTNET_RUNTIME_PRESET: &str = "testnet";

/// What each well-known development account (Alice, Bob, ...) receives in `development` and
/// `local_testnet`.
pub const DEV_ACCOUNT_BALANCE: Balance = 1_000_000 * CXT;

/// What the testnet faucet account receives; the mining pool holds the rest.
pub const TESTNET_FAUCET_BALANCE: Balance = 100_000 * CXT;

/// Public keys of the three `testnet` validators (sr25519 for Aura, ed25519 for GRANDPA) and of
/// the faucet account, as hex. The secret keys were not kept: the testnet's operators replace
/// these with their own public keys before launch (then `scripts/gen-chain-specs.sh`).
pub mod testnet_keys {
	use hex_literal::hex;

	/// (Aura sr25519, GRANDPA ed25519) public keys of the three validators.
	pub const VALIDATORS: [([u8; 32], [u8; 32]); 3] = [
		(
			hex!("fa3596425c9c977f9e0fa041490a81aeeaa452ecbf6042611f4a30cd69cb9654"),
			hex!("4361c99b0617324bcb5aa50a0960d1ed3658dbe59d9a746bf817195c83917191"),
		),
		(
			hex!("0c9bd702c7b74568929cc6a77c46470826be08efc0b3769f4d9b7c68378c723e"),
			hex!("c7add6748d6b9bcae3518d6fe9626e5a14ea9b74a974a61530ec7f474ec4b605"),
		),
		(
			hex!("9c801eee10624d73c482db009e1815e1354df7b40ed9de9471977345e2029f1f"),
			hex!("52ae86fdd588251d0299b88729170136260a6c99f13c7f5423b06448cf3fb955"),
		),
	];
	/// The faucet account (sr25519).
	pub const FAUCET: [u8; 32] =
		hex!("826a6318341d54cea6607e2e5e042d517a5c0170e090dcacf82237eb368a5c39");
}

/// Why a genesis configuration cannot be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GenesisError {
	/// The named allocations add up to more than the fixed supply.
	AllocationsExceedSupply {
		/// Sum of the named allocations (saturated at `u128::MAX`), in plancks.
		allocated: Balance,
	},
	/// What is left for the mining pool is below the existential deposit, so the pool account
	/// could not exist and fees would have nowhere to go.
	PoolBelowExistentialDeposit {
		/// What the pool would receive, in plancks.
		remainder: Balance,
	},
	/// A named allocation is below the existential deposit.
	AllocationBelowExistentialDeposit {
		/// The account.
		account: AccountId,
	},
	/// The same account is named twice.
	DuplicateAccount {
		/// The account.
		account: AccountId,
	},
	/// The mining-pool account or the node-staking reward pot is named: the pool always receives
	/// the remainder and the pot the existential deposit, nothing else.
	PoolAccountNamed,
}

/// Formats a planck amount as CXT with up to 12 decimals, for error messages.
pub fn format_cxt(amount: Balance) -> String {
	let whole = amount / CXT;
	let frac = amount % CXT;
	if frac == 0 {
		format!("{whole} CXT")
	} else {
		let frac = format!("{frac:012}");
		format!("{whole}.{} CXT", frac.trim_end_matches('0'))
	}
}

impl core::fmt::Display for GenesisError {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		match self {
			Self::AllocationsExceedSupply { allocated } => write!(
				f,
				"genesis allocations total {}, more than the fixed supply of {}; reduce them so \
				 the mining pool receives the rest",
				format_cxt(*allocated),
				format_cxt(TOTAL_SUPPLY),
			),
			Self::PoolBelowExistentialDeposit { remainder } => write!(
				f,
				"genesis leaves {} for the mining pool, below the existential deposit of {}",
				format_cxt(*remainder),
				format_cxt(EXISTENTIAL_DEPOSIT),
			),
			Self::AllocationBelowExistentialDeposit { account } => write!(
				f,
				"genesis allocation of {account:?} is below the existential deposit of {}",
				format_cxt(EXISTENTIAL_DEPOSIT),
			),
			Self::DuplicateAccount { account } => {
				write!(f, "genesis names account {account:?} more than once")
			},
			Self::PoolAccountNamed => write!(
				f,
				"genesis names the mining-pool account or the node-staking reward pot; they receive \
				 the remainder of the supply and the existential deposit automatically"
			),
		}
	}
}

/// Splits the fixed supply: the named allocations, then the mining pool with the remainder.
///
/// Returns the full balance list for `pallet_balances`' genesis, whose sum is exactly
/// [`TOTAL_SUPPLY`].
pub fn split_supply(
	allocations: Vec<(AccountId, Balance)>,
) -> Result<Vec<(AccountId, Balance)>, GenesisError> {
	let pool = crate::mining_pool_account();
	let mut allocated: Balance = 0;
	for (i, (account, amount)) in allocations.iter().enumerate() {
		if *account == pool {
			return Err(GenesisError::PoolAccountNamed);
		}
		if *amount < EXISTENTIAL_DEPOSIT {
			return Err(GenesisError::AllocationBelowExistentialDeposit {
				account: account.clone(),
			});
		}
		if allocations.iter().take(i).any(|(other, _)| other == account) {
			return Err(GenesisError::DuplicateAccount { account: account.clone() });
		}
		allocated = allocated.saturating_add(*amount);
	}
	// The node-staking reward pot starts with the existential deposit, so credited rewards of
	// any size can be paid into it and it never has to be reaped.
	let reward_pot = crate::node_staking_reward_pot();
	if allocations.iter().any(|(account, _)| *account == reward_pot) {
		return Err(GenesisError::PoolAccountNamed);
	}
	allocated = allocated.saturating_add(EXISTENTIAL_DEPOSIT);
	let remainder = TOTAL_SUPPLY
		.checked_sub(allocated)
		.ok_or(GenesisError::AllocationsExceedSupply { allocated })?;
	if remainder < EXISTENTIAL_DEPOSIT {
		return Err(GenesisError::PoolBelowExistentialDeposit { remainder });
	}
	let mut balances = allocations;
	balances.push((reward_pot, EXISTENTIAL_DEPOSIT));
	balances.push((pool, remainder));
	Ok(balances)
}

/// A genesis validator: its account (which owns its session keys) and its Aura and GRANDPA keys.
pub type GenesisValidator = (AccountId, AuraId, GrandpaId);

/// Builds a genesis patch: the validators (their session keys, which give Aura and GRANDPA
/// their authorities, and the governance-managed set), the supply split, and an optional sudo
/// key.
pub fn corex_genesis(
	validators: Vec<GenesisValidator>,
	allocations: Vec<(AccountId, Balance)>,
	sudo_key: Option<AccountId>,
) -> Result<Value, GenesisError> {
	let balances = split_supply(allocations)?;
	let set: Vec<AccountId> = validators.iter().map(|(who, _, _)| who.clone()).collect();
	let keys: Vec<(AccountId, AccountId, SessionKeys)> = validators
		.into_iter()
		.map(|(who, aura, grandpa)| (who.clone(), who, SessionKeys { aura, grandpa }))
		.collect();
	Ok(match sudo_key {
		Some(key) => build_struct_json_patch!(RuntimeGenesisConfig {
			balances: BalancesConfig { balances },
			session: SessionConfig { keys },
			governance: GovernanceConfig { validators: set },
			sudo: SudoConfig { key: Some(key) },
		}),
		None => build_struct_json_patch!(RuntimeGenesisConfig {
			balances: BalancesConfig { balances },
			session: SessionConfig { keys },
			governance: GovernanceConfig { validators: set },
		}),
	})
}

fn dev_allocations() -> Vec<(AccountId, Balance)> {
	Sr25519Keyring::well_known().map(|k| (k.to_account_id(), DEV_ACCOUNT_BALANCE)).collect()
}

fn dev_authority(sr: Sr25519Keyring, ed: Ed25519Keyring) -> GenesisValidator {
	(sr.to_account_id(), sr.public().into(), ed.public().into())
}

/// The `development` preset: Alice alone validates and holds the sudo key.
pub fn development_config_genesis() -> Result<Value, GenesisError> {
	corex_genesis(
		vec![dev_authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		dev_allocations(),
		Some(Sr25519Keyring::Alice.to_account_id()),
	)
}

/// The name of the `demo` preset.
pub const DEMO_RUNTIME_PRESET: &str = "demo";

/// The demo chain's compute nodes: the operator, its worker key (sr25519 public key, key type
/// `cxwk`) and the secret URI the key comes from. A node started with `--chain demo` puts these
/// keys in its keystore, as `--alice` does with Alice's session keys, so its off-chain worker
/// computes for all three.
pub const DEMO_COMPUTE_NODES: [(Sr25519Keyring, [u8; 32], &str); 3] = [
	(
		Sr25519Keyring::Bob,
		hex_literal::hex!("fa292124b33714f67a5eaad41c1a13287f8c05134a4e2ce3237ab2081b3bb63b"),
		"//BobWorker",
	),
	(
		Sr25519Keyring::Charlie,
		hex_literal::hex!("d04ac7624c7bc13449d47a5186d2730f9db35eca9118ead95383427a37c6b666"),
		"//CharlieWorker",
	),
	(
		Sr25519Keyring::Dave,
		hex_literal::hex!("bc22b49442a8897496cf7f1485d1e73177c814082b3ebfcbc4bb1a4de45cfa59"),
		"//DaveWorker",
	),
];

/// Each demo compute node's self-bond.
pub const DEMO_SELF_BOND: Balance = 20_000 * CXT;
/// Each demo compute node's declared capacity, in compute units per epoch.
pub const DEMO_CAPACITY: u64 = 100_000;
/// What each demo worker key holds for its transaction fees.
pub const DEMO_WORKER_BALANCE: Balance = 1_000 * CXT;

/// The `demo` preset (`scripts/start.sh`): the development chain plus three GPU compute nodes of
/// Bob, Charlie and Dave, registered, bonded, counted and offered to the queue from the first
/// block, whose worker keys hold a little CXT for fees.
pub fn demo_config_genesis() -> Result<Value, GenesisError> {
	let mut allocations = dev_allocations();
	allocations.extend(
		DEMO_COMPUTE_NODES.iter().map(|(_, key, _)| (AccountId::from(*key), DEMO_WORKER_BALANCE)),
	);
	let mut genesis = corex_genesis(
		vec![dev_authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		allocations,
		Some(Sr25519Keyring::Alice.to_account_id()),
	)?;
	let nodes: Vec<pallet_node_staking::GenesisNodeOf<crate::Runtime>> = DEMO_COMPUTE_NODES
		.iter()
		.map(|(operator, key, _)| pallet_node_staking::GenesisNode {
			operator: operator.to_account_id(),
			worker_key: sp_core::sr25519::Public::from_raw(*key).into(),
			device_class: corex_primitives::DeviceClass::Gpu,
			capacity: DEMO_CAPACITY,
			self_bond: DEMO_SELF_BOND,
		})
		.collect();
	let offered: Vec<corex_primitives::NodeId> = (0..nodes.len() as u32).collect();
	let compute = build_struct_json_patch!(RuntimeGenesisConfig {
		node_staking: NodeStakingConfig { nodes },
		computations: ComputationsConfig { offered },
	});
	// The two patches name different pallets.
	if let (Value::Object(genesis), Value::Object(compute)) = (&mut genesis, compute) {
		genesis.extend(compute);
	}
	Ok(genesis)
}

/// The `local_testnet` preset, for a local multi-node network (`zombienet/`): Alice, Bob,
/// Charlie and Dave validate (four: the smallest GRANDPA set that keeps finalizing with one
/// validator down); Alice holds the sudo key.
pub fn local_config_genesis() -> Result<Value, GenesisError> {
	corex_genesis(
		vec![
			dev_authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			dev_authority(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			dev_authority(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
			dev_authority(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
		],
		dev_allocations(),
		Some(Sr25519Keyring::Alice.to_account_id()),
	)
}

/// The `testnet` preset: three validators with fixed public keys, no sudo, and a faucet.
pub fn testnet_config_genesis() -> Result<Value, GenesisError> {
	let authorities = testnet_keys::VALIDATORS
		.into_iter()
		.map(|(aura, grandpa)| {
			(
				// The validator's account is its Aura key's account.
				AccountId::from(aura),
				AuraId::from(sp_core::sr25519::Public::from_raw(aura)),
				GrandpaId::from(sp_core::ed25519::Public::from_raw(grandpa)),
			)
		})
		.collect();
	let faucet = AccountId::from(testnet_keys::FAUCET);
	corex_genesis(authorities, vec![(faucet, TESTNET_FAUCET_BALANCE)], None)
}

/// Builds the genesis patch of a named preset, or says why it cannot be built.
/// `None` when no preset has that name.
pub fn preset(id: &str) -> Option<Result<Value, GenesisError>> {
	match id {
		sp_genesis_builder::DEV_RUNTIME_PRESET => Some(development_config_genesis()),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => Some(local_config_genesis()),
		TESTNET_RUNTIME_PRESET => Some(testnet_config_genesis()),
		DEMO_RUNTIME_PRESET => Some(demo_config_genesis()),
		_ => None,
	}
}

/// The JSON of a named preset, for the `GenesisBuilder` runtime API. A preset that cannot be
/// built is reported as missing here; the node builds presets natively through [`preset`] and
/// shows the reason.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let name = core::str::from_utf8(id.as_ref()).ok()?;
	let patch = preset(name)?.ok()?;
	serde_json::to_vec(&patch).ok()
}

/// The names of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(TESTNET_RUNTIME_PRESET),
		PresetId::from(DEMO_RUNTIME_PRESET),
	]
}

/// Checks, after a genesis state was built from any chain spec, that total issuance is exactly
/// the fixed supply. Called by the runtime's `GenesisBuilder::build_state`.
pub fn check_total_issuance() -> Result<(), String> {
	let issued = pallet_balances::TotalIssuance::<crate::Runtime>::get();
	if issued == TOTAL_SUPPLY {
		Ok(())
	} else {
		Err(format!(
			"Corex genesis must issue exactly {} in total, but this genesis issues {}: {}",
			format_cxt(TOTAL_SUPPLY),
			format_cxt(issued),
			if issued > TOTAL_SUPPLY {
				"the named allocations exceed the supply"
			} else {
				"give the remainder to the mining-pool account"
			},
		))
	}
}
