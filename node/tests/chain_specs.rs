//! The committed chain specs in `chain-specs/` must match what the presets build today, as the
//! built `corex-node` exports them (`export-chain-spec`, the command operators use). The runtime
//! code blob is left out of the comparison (it changes with every runtime build); the genesis
//! patch, the raw genesis storage and every other field must be equal. Regenerate with
//! `scripts/gen-chain-specs.sh`.
//!
//! These run the node binary cargo builds for the tests (the same build `scripts/test.sh` and
//! `scripts/start.sh` use), so testing them compiles nothing of the node again.

use std::{path::Path, process::Command};

use serde_json::Value;

const CODE_KEY: &str = "0x3a636f6465";

/// `corex-node export-chain-spec --chain <id> [--raw]`, parsed.
fn exported(id: &str, raw: bool) -> Value {
	let mut cmd = Command::new(env!("CARGO_BIN_EXE_corex-node"));
	cmd.args(["export-chain-spec", "--chain", id]);
	if raw {
		cmd.arg("--raw");
	}
	let out = cmd.output().expect("corex-node runs");
	assert!(
		out.status.success(),
		"export-chain-spec --chain {id} failed: {}",
		String::from_utf8_lossy(&out.stderr)
	);
	serde_json::from_slice(&out.stdout).expect("the exported chain spec is JSON")
}

fn committed(file: &str) -> Value {
	let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../chain-specs").join(file);
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

fn check(id: &str, stem: &str) {
	for (raw, suffix) in [(false, ""), (true, "-raw")] {
		let file = format!("{stem}{suffix}.json");
		assert_eq!(
			without_code(exported(id, raw)),
			without_code(committed(&file)),
			"chain-specs/{file} no longer matches its preset; run scripts/gen-chain-specs.sh"
		);
	}
}

#[test]
fn committed_local_testnet_spec_matches_preset() {
	check("local", "local_testnet");
}

#[test]
fn committed_testnet_spec_matches_preset() {
	check("testnet", "testnet");
}

#[test]
fn specs_carry_token_properties() {
	for id in ["dev", "local", "testnet"] {
		let spec = exported(id, false);
		let props = spec.get("properties").expect("the spec has properties");
		assert_eq!(props.get("tokenSymbol"), Some(&Value::from("CXT")), "{id}");
		assert_eq!(props.get("tokenDecimals"), Some(&Value::from(12)), "{id}");
		assert_eq!(props.get("ss58Format"), Some(&Value::from(42)), "{id}");
	}
}
