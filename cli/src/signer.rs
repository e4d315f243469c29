//! Who signs: a development account by name, a secret phrase in a file, or a key in a node's
//! keystore (the files `<key type><public key>` that `corex-node key insert` writes).

use std::{path::Path, str::FromStr};
use subxt_signer::{sr25519::Keypair, SecretUri};

/// The development accounts, whose keys everyone knows (`//Alice` …): for dev chains only.
pub const DEV_NAMES: [&str; 6] = ["alice", "bob", "charlie", "dave", "eve", "ferdie"];

/// Key type of account keys in a keystore (`acco`).
const ACCOUNT_KEY_TYPE: &str = "6163636f";

/// Where the signing key comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeySource {
	/// A development name (`alice`) or a secret URI (`//Alice`, `//Alice//stash`, or a phrase).
	Uri(String),
	/// A file holding a secret phrase or URI.
	File(std::path::PathBuf),
	/// A keystore directory, and optionally which account key in it (hex public key).
	Keystore { dir: std::path::PathBuf, public: Option<String> },
}

/// The sr25519 key pair of `source`.
pub fn keypair(source: &KeySource) -> Result<Keypair, String> {
	let uri = match source {
		KeySource::Uri(text) => dev_uri(text),
		KeySource::File(path) => std::fs::read_to_string(path)
			.map_err(|e| format!("cannot read the seed file {}: {e}", path.display()))?
			.trim()
			.to_string(),
		KeySource::Keystore { dir, public } => from_keystore(dir, public.as_deref())?,
	};
	let secret =
		SecretUri::from_str(&uri).map_err(|e| format!("not a secret URI or phrase: {e}"))?;
	Keypair::from_uri(&secret).map_err(|e| format!("cannot derive the key: {e}"))
}

/// `alice` → `//Alice`; anything else unchanged.
fn dev_uri(text: &str) -> String {
	let lower = text.to_ascii_lowercase();
	match DEV_NAMES.iter().find(|name| **name == lower) {
		Some(name) => {
			let mut chars = name.chars();
			let first = chars.next().map(|c| c.to_ascii_uppercase()).unwrap_or_default();
			format!("//{first}{}", chars.as_str())
		},
		None => text.to_string(),
	}
}

fn from_keystore(dir: &Path, public: Option<&str>) -> Result<String, String> {
	let entries = std::fs::read_dir(dir)
		.map_err(|e| format!("cannot read the keystore {}: {e}", dir.display()))?;
	let wanted = public.map(|p| p.trim_start_matches("0x").to_ascii_lowercase());
	let mut found = Vec::new();
	for entry in entries.flatten() {
		let name = entry.file_name().to_string_lossy().to_string();
		let Some(key) = name.strip_prefix(ACCOUNT_KEY_TYPE) else { continue };
		if wanted.as_deref().is_none_or(|w| w == key) {
			found.push(entry.path());
		}
	}
	match found.as_slice() {
		[one] => {
			let text = std::fs::read_to_string(one)
				.map_err(|e| format!("cannot read {}: {e}", one.display()))?;
			serde_json::from_str::<String>(&text)
				.map_err(|e| format!("{} is not a keystore entry: {e}", one.display()))
		},
		[] => Err(format!("no account key (type `acco`) in the keystore {}", dir.display())),
		_ => Err(format!(
			"{} account keys in the keystore {}: choose one with --key <public key>",
			found.len(),
			dir.display()
		)),
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn public(source: KeySource) -> [u8; 32] {
		keypair(&source).unwrap().public_key().0
	}

	#[test]
	fn every_source_gives_the_same_key() {
		let alice = public(KeySource::Uri("//Alice".into()));
		assert_eq!(public(KeySource::Uri("alice".into())), alice);
		assert_eq!(alice, subxt_signer::sr25519::dev::alice().public_key().0);
		let dir = std::env::temp_dir().join(format!("corex-cli-signer-{}", std::process::id()));
		std::fs::create_dir_all(&dir).unwrap();
		let seed = dir.join("seed");
		std::fs::write(&seed, "//Alice\n").unwrap();
		assert_eq!(public(KeySource::File(seed)), alice);
		let keys = dir.join("keystore");
		std::fs::create_dir_all(&keys).unwrap();
		std::fs::write(
			keys.join(format!("{ACCOUNT_KEY_TYPE}{}", hex::encode(alice))),
			"\"//Alice\"",
		)
		.unwrap();
		// Other key types are not account keys.
		std::fs::write(keys.join("61757261ffff"), "\"//Bob\"").unwrap();
		assert_eq!(public(KeySource::Keystore { dir: keys.clone(), public: None }), alice);
		let named = Some(format!("0x{}", hex::encode(alice)));
		assert_eq!(public(KeySource::Keystore { dir: keys.clone(), public: named }), alice);
		let missing = keypair(&KeySource::Keystore { dir: keys, public: Some("00".into()) });
		assert!(missing.unwrap_err().contains("no account key"));
		std::fs::remove_dir_all(&dir).unwrap();
	}
}
