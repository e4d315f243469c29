//! Chain specifications, built from the runtime's genesis presets.
//!
//! `--chain dev`, `--chain demo`, `--chain local` and `--chain testnet` build the spec from the
//! preset of that name; any other value is read as a path to a chain-spec JSON file (for example the committed
//! `chain-specs/testnet-raw.json`).

use corex_runtime::{
	genesis_config_presets::{self, DEMO_RUNTIME_PRESET, TESTNET_RUNTIME_PRESET},
	SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL, WASM_BINARY,
};
use sc_service::ChainType;
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};

/// The chain-spec type of Corex: no extensions.
pub type ChainSpec = sc_service::GenericChainSpec;

/// Chain properties wallets read: `tokenSymbol = CXT`, `tokenDecimals = 12`, `ss58Format`.
pub fn properties() -> sc_chain_spec::Properties {
	let mut properties = sc_chain_spec::Properties::new();
	properties.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	properties.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	properties.insert("ss58Format".into(), SS58_PREFIX.into());
	properties
}

fn from_preset(
	name: &str,
	id: &str,
	chain_type: ChainType,
	preset: &str,
	protocol_id: &str,
) -> Result<ChainSpec, String> {
	let wasm =
		WASM_BINARY.ok_or_else(|| "The runtime's wasm binary is not available".to_string())?;
	let patch = genesis_config_presets::preset(preset)
		.ok_or_else(|| format!("the runtime has no genesis preset `{preset}`"))?
		.map_err(|e| format!("cannot build the `{preset}` genesis: {e}"))?;
	Ok(ChainSpec::builder(wasm, None)
		.with_name(name)
		.with_id(id)
		.with_chain_type(chain_type)
		.with_protocol_id(protocol_id)
		.with_genesis_config_patch(patch)
		.with_properties(properties())
		.build())
}

/// `--dev`: a single-validator development chain (Alice).
pub fn development_chain_spec() -> Result<ChainSpec, String> {
	from_preset(
		"Corex Development",
		"corex_dev",
		ChainType::Development,
		DEV_RUNTIME_PRESET,
		"corex-dev",
	)
}

/// The id of the demo chain; a node running it puts the demo workers' keys in its keystore.
pub const DEMO_CHAIN_ID: &str = "corex_demo";

/// `--chain demo` (`scripts/start.sh`): the development chain with three compute nodes of Bob,
/// Charlie and Dave active and offered from the first block.
pub fn demo_chain_spec() -> Result<ChainSpec, String> {
	from_preset(
		"Corex Demo",
		DEMO_CHAIN_ID,
		ChainType::Development,
		DEMO_RUNTIME_PRESET,
		"corex-demo",
	)
}

/// The local network's boot node, as the `local` spec names it: Alice's node on this machine,
/// started on port 30333 with `--node-key 0000…0001` (32 bytes, the last one 1: the development
/// key of the Substrate documentation, public by design; never on a network that matters),
/// whose peer id this is (docs/validators.md, "A local network on one machine";
/// `tests/e2e/suites/local-network.test.js` checks it). The other nodes find it, and through it
/// each other, with no `--bootnodes`.
pub const LOCAL_BOOT_NODE: &str =
	"/ip4/127.0.0.1/tcp/30333/p2p/12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp";

/// `--chain local`: a four-validator local network (Alice, Bob, Charlie and Dave), booted from
/// Alice's node ([`LOCAL_BOOT_NODE`]).
pub fn local_chain_spec() -> Result<ChainSpec, String> {
	let mut spec = from_preset(
		"Corex Local Testnet",
		"corex_local_testnet",
		ChainType::Local,
		LOCAL_TESTNET_RUNTIME_PRESET,
		"corex-local",
	)?;
	let boot = LOCAL_BOOT_NODE
		.parse::<sc_network::config::MultiaddrWithPeerId>()
		.map_err(|e| format!("the local boot node's address {LOCAL_BOOT_NODE}: {e}"))?;
	sc_chain_spec::ChainSpec::add_boot_node(&mut spec, boot);
	Ok(spec)
}

/// `--chain testnet`: the public testnet, three fixed validators and no sudo.
pub fn testnet_chain_spec() -> Result<ChainSpec, String> {
	from_preset(
		"Corex Testnet",
		"corex_testnet",
		ChainType::Live,
		TESTNET_RUNTIME_PRESET,
		"corex-testnet",
	)
}

// The committed chain specs are checked against these presets by `node/tests/chain_specs.rs`,
// through the built binary's `export-chain-spec`.
