//! Helpers of the runtime's integration tests: genesis from a preset, signed extrinsics, and
//! blocks driven through `Executive` as the node drives them.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use codec::Encode;
use corex_runtime::{
	genesis_config_presets as presets, Balance, Executive, Header, Nonce, Runtime, RuntimeCall,
	RuntimeGenesisConfig, SignedPayload, System, TxExtension, UncheckedExtrinsic, SLOT_DURATION,
};
use serde_json::Value;
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::{Digest, DigestItem, Era},
	traits::{Hash as _, Header as _},
	BuildStorage, MultiAddress, MultiSignature,
};

pub fn merge(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) => {
			for (k, v) in patch {
				merge(base.entry(k).or_insert(Value::Null), v);
			}
		},
		(base, patch) => *base = patch,
	}
}

/// Genesis storage from a preset patch, merged onto the default config as the node does.
pub fn ext_from_patch(patch: Value) -> sp_io::TestExternalities {
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap();
	merge(&mut config, patch);
	let config: RuntimeGenesisConfig = serde_json::from_value(config).unwrap();
	let mut ext: sp_io::TestExternalities = config.build_storage().unwrap().into();
	ext.execute_with(|| System::set_block_number(0));
	ext
}

pub fn dev_ext() -> sp_io::TestExternalities {
	ext_from_patch(presets::development_config_genesis().unwrap())
}

pub fn tx_extension(nonce: Nonce, tip: Balance) -> TxExtension {
	(
		frame_system::AuthorizeCall::<Runtime>::new(),
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(Era::Immortal),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(tip),
		frame_metadata_hash_extension::CheckMetadataHash::<Runtime>::new(false),
		frame_system::WeightReclaim::<Runtime>::new(),
	)
}

/// A signed extrinsic from `who`, with the account's current nonce.
pub fn signed(who: Sr25519Keyring, call: RuntimeCall, tip: Balance) -> UncheckedExtrinsic {
	let nonce = System::account_nonce(who.to_account_id());
	let ext = tx_extension(nonce, tip);
	let payload = SignedPayload::new(call.clone(), ext.clone()).unwrap();
	let signature = payload.using_encoded(|p| who.sign(p));
	UncheckedExtrinsic::new_signed(
		call,
		MultiAddress::Id(who.to_account_id()),
		MultiSignature::Sr25519(signature),
		ext,
	)
}

/// Opens the next block: Aura pre-digest for the slot, then the timestamp inherent.
pub fn open_block() {
	let number = System::block_number() + 1;
	let slot = u64::from(number);
	let digest =
		Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(slot).encode())] };
	let parent = System::parent_hash();
	let header = Header::new(number, Default::default(), Default::default(), parent, digest);
	Executive::initialize_block(&header);
	let now = slot * SLOT_DURATION;
	let inherent =
		UncheckedExtrinsic::new_bare(RuntimeCall::Timestamp(pallet_timestamp::Call::set { now }));
	Executive::apply_extrinsic(inherent).unwrap().unwrap();
}

pub fn close_block() {
	let header = Executive::finalize_block();
	// Make the next block's parent hash the real hash of this one.
	frame_system::BlockHash::<Runtime>::insert(
		header.number,
		<Runtime as frame_system::Config>::Hashing::hash_of(&header),
	);
}
