//! Chain specifications, built from the runtime's genesis presets.
//!
//! `--chain dev`, `--chain local` and `--chain testnet` build the spec from the preset of that
//! name; any other value is read as a path to a chain-spec JSON file (for example the committed
//! `chain-specs/testnet-raw.json`).

use corex_runtime::{
	genesis_config_presets::{self, TESTNET_RUNTIME_PRESET},
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

/// `--chain local`: a two-validator local network (Alice and Bob).
pub fn local_chain_spec() -> Result<ChainSpec, String> {
	from_preset(
		"Corex Local Testnet",
		"corex_local_testnet",
		ChainType::Local,
		LOCAL_TESTNET_RUNTIME_PRESET,
		"corex-local",
	)
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

#[cfg(test)]
mod tests {
	//! The committed chain specs in `chain-specs/` must match what the presets build today.
	//! The runtime code blob is left out of the comparison (it changes with every runtime
	//! build); the genesis patch, the raw genesis storage and every other field must be equal.
	//! Regenerate with `scripts/gen-chain-specs.sh`.

	use super::*;
	use serde_json::Value;

	const CODE_KEY: &str = "0x3a636f6465";

	fn committed(file: &str) -> Value {
		let path =
			std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../chain-specs").join(file);
		let text = std::fs::read_to_string(&path)
			.unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
		serde_json::from_str(&text).expect("committed chain spec is valid JSON")
	}

	/// Removes the runtime code from a plain or raw chain spec.
	fn without_code(mut spec: Value) -> Value {
		let genesis = spec.get_mut("genesis").expect("spec has a genesis");
		if let Some(rg) = genesis.get_mut("runtimeGenesis").and_then(Value::as_object_mut) {
			rg.remove("code");
		}
		if let Some(top) = genesis.pointer_mut("/raw/top").and_then(Value::as_object_mut) {
			top.remove(CODE_KEY);
		}
		spec
	}

	fn check(spec: ChainSpec, stem: &str) {
		for (raw, suffix) in [(false, ""), (true, "-raw")] {
			let file = format!("{stem}{suffix}.json");
			let built: Value =
				serde_json::from_str(&spec.as_json(raw).expect("spec serialises")).unwrap();
			assert_eq!(
				without_code(built),
				without_code(committed(&file)),
				"chain-specs/{file} no longer matches its preset; run scripts/gen-chain-specs.sh"
			);
		}
	}

	#[test]
	fn committed_local_testnet_spec_matches_preset() {
		check(local_chain_spec().unwrap(), "local_testnet");
	}

	#[test]
	fn committed_testnet_spec_matches_preset() {
		check(testnet_chain_spec().unwrap(), "testnet");
	}

	#[test]
	fn specs_carry_token_properties() {
		for spec in [development_chain_spec(), local_chain_spec(), testnet_chain_spec()] {
			let props = spec.unwrap().properties();
			assert_eq!(props.get("tokenSymbol"), Some(&Value::from("CXT")));
			assert_eq!(props.get("tokenDecimals"), Some(&Value::from(12)));
		}
	}
}
