//! The block author's contribution to the assignment seed (`Seed::note_seed`): when this
//! node authors a block, the VRF signature of its Aura key over the slot goes into the inherent
//! data. The output is fixed by the key and the slot, so the author cannot choose it.

use corex_runtime::opaque::Block;
use sp_api::ProvideRuntimeApi;
use sp_consensus_aura::{sr25519::AuthorityId as AuraId, AuraApi, Slot};
use sp_core::{crypto::key_types::AURA, sr25519::vrf::VrfSignature};
use sp_inherents::{InherentData, InherentIdentifier};
use sp_keystore::KeystorePtr;
use sp_runtime::traits::Block as BlockT;

/// Puts the slot author's seed signature into the inherent data, if this node holds its key.
pub struct SeedInherentDataProvider(Option<VrfSignature>);

impl SeedInherentDataProvider {
	/// Sign slot `slot` with the key of its author (as the runtime at `parent` sees the
	/// authorities), when the keystore holds it.
	pub fn new<C>(
		client: &C,
		keystore: &KeystorePtr,
		parent: <Block as BlockT>::Hash,
		slot: Slot,
	) -> Self
	where
		C: ProvideRuntimeApi<Block>,
		C::Api: AuraApi<Block, AuraId>,
	{
		let sign = || {
			let authorities = client.runtime_api().authorities(parent).ok()?;
			let count = u64::try_from(authorities.len()).ok().filter(|n| *n > 0)?;
			let index = usize::try_from(*slot % count).ok()?;
			let author: sp_core::sr25519::Public = authorities.get(index)?.clone().into();
			let data = corex_primitives::seed::sign_data(*slot);
			keystore.sr25519_vrf_sign(AURA, &author, &data).ok().flatten()
		};
		SeedInherentDataProvider(sign())
	}
}

#[async_trait::async_trait]
impl sp_inherents::InherentDataProvider for SeedInherentDataProvider {
	async fn provide_inherent_data(
		&self,
		data: &mut InherentData,
	) -> Result<(), sp_inherents::Error> {
		if let Some(signature) = &self.0 {
			data.put_data(corex_primitives::seed::INHERENT_IDENTIFIER, signature)?;
		}
		Ok(())
	}

	async fn try_handle_error(
		&self,
		_: &InherentIdentifier,
		_: &[u8],
	) -> Option<Result<(), sp_inherents::Error>> {
		None
	}
}
