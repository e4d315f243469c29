//! Sending the worker's transactions: signed with its worker key, numbered by the worker itself
//! so several can go out in one block. The tasks (`worker`, `keys`) send through here; this
//! module depends on neither.

use crate::Config;
use codec::Encode;
use frame_support::traits::Get;
use frame_system::offchain::{CreateSignedTransaction, SubmitTransaction};
use sp_runtime::{
	offchain::storage::StorageValueRef,
	traits::{IdentifyAccount, One, SaturatedConversion, Saturating},
};

/// Sign `call` with the worker key `public` and hand it to the transaction pool. A worker may
/// send several transactions in one block, before any is included, so it numbers them itself:
/// from the chain's nonce, or past the last one it sent if that was less than `ResubmitAfter`
/// blocks ago and the chain has not caught up. A resend (after `ResubmitAfter`) starts from the
/// chain's nonce again, so a dropped transaction cannot block the ones after it.
pub fn send_signed<T, C>(call: C, public: &T::Public, now: u64) -> bool
where
	T: Config + CreateSignedTransaction<C>,
{
	let account = public.clone().into_account();
	let chain = frame_system::Pallet::<T>::account_nonce(&account);
	let key = (b"corex/cw/nonce", &account).encode();
	let store = StorageValueRef::persistent(&key);
	let wait: u64 = T::ResubmitAfter::get().saturated_into();
	let nonce = match store.get::<(u64, T::Nonce)>().ok().flatten() {
		Some((at, next)) if now < at.saturating_add(wait) && next > chain => next,
		_ => chain,
	};
	let Some(xt) = <T as CreateSignedTransaction<C>>::create_signed_transaction::<T::WorkerCrypto>(
		call.into(),
		public.clone(),
		account,
		nonce,
	) else {
		return false;
	};
	if SubmitTransaction::<T, C>::submit_transaction(xt).is_err() {
		return false;
	}
	store.set(&(now, nonce.saturating_add(One::one())));
	true
}
