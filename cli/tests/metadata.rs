//! The CLI's interface is generated from `cli/metadata/corex.scale`; it must describe the
//! runtime's pallets (calls, events, errors, storage, constants' types, view functions) exactly,
//! or the CLI would build calls the chain does not take. Compared pallet by pallet with subxt's
//! structural hashes, so builds whose runtime APIs differ (`try-runtime`) or whose constants'
//! values differ (`fast-runtime`) compare equal; the CLI reads constants from the chain.
//!
//! After a runtime change: `COREX_UPDATE_METADATA=1 cargo test -p corex-cli --test metadata`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use codec::Decode;
use std::collections::BTreeMap;

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/metadata/corex.scale");

/// Each pallet's structural hash.
fn pallet_hashes(bytes: &[u8]) -> BTreeMap<String, [u8; 32]> {
	let metadata = subxt::Metadata::decode(&mut &bytes[..]).expect("the metadata decodes");
	metadata.pallets().map(|p| (p.name().to_string(), p.hash())).collect()
}

#[test]
fn the_cli_metadata_is_the_runtimes() {
	// Some metadata reads storage (dynamic parameters' defaults): an empty state will do.
	let runtime = sp_io::TestExternalities::default()
		.execute_with(|| corex_runtime::Runtime::metadata_at_version(16))
		.expect("the runtime has V16 metadata");
	let runtime: &[u8] = &runtime;
	if std::env::var_os("COREX_UPDATE_METADATA").is_some() {
		std::fs::write(FILE, runtime).unwrap();
	}
	let committed = pallet_hashes(&std::fs::read(FILE).expect("cli/metadata/corex.scale exists"));
	let current = pallet_hashes(runtime);
	let differ: Vec<&String> = current
		.keys()
		.chain(committed.keys())
		.filter(|name| committed.get(*name) != current.get(*name))
		.collect();
	assert!(
		differ.is_empty(),
		"cli/metadata/corex.scale differs from the runtime in {differ:?}: run \
		 COREX_UPDATE_METADATA=1 cargo test -p corex-cli --test metadata, then rebuild the CLI"
	);
	for pallet in ["NodeStaking", "Computations", "Proofs", "MiningPool", "Clusters", "Governance"]
	{
		assert!(current.contains_key(pallet), "{pallet} is compared");
	}
}
