//! # Governance
//!
//! The Corex-specific part of on-chain governance. Referenda, conviction voting, the scheduler
//! and preimages are the polkadot-sdk pallets; this pallet gives them what is particular to
//! Corex:
//!
//! - **Track origins.** [`Origin::RootReferendum`], [`Origin::ParameterAdmin`] and
//!   [`Origin::ValidatorAdmin`] are the origins of the `root`, `parameters` and `validators`
//!   referendum tracks. A referendum on a track dispatches its call with that track's origin,
//!   so a parameters referendum can change parameters and nothing else.
//! - **Root by referendum, filtered.** A `root` referendum's proposal is
//!   [`Pallet::dispatch_as_root`]: it dispatches the inner call as root after checking it
//!   against [`Config::RootCallFilter`], the same filter that binds every other call. Root
//!   itself bypasses the runtime's call filter, so a referendum enacted as plain root could
//!   mint; this way none can (only a runtime upgrade changes the rules).
//! - **Checked parameters.** [`Pallet::set_parameter`] changes one runtime parameter (a
//!   `pallet-parameters` dynamic parameter) after checking the new value against its documented
//!   range ([`Config::ParameterRanges`]); a value out of range fails with
//!   [`Error::ParameterOutOfRange`] and changes nothing. `pallet-parameters` itself accepts only
//!   [`Origin::CheckedParameter`], which only this pallet creates, so every change passes the
//!   range check, root's included.
//! - **Validator set.** [`Pallet::add_validator`] and [`Pallet::remove_validator`] (root or the
//!   `validators` track) edit the validator set, which this pallet hands to `pallet-session` as
//!   its `SessionManager`. A change is queued at the next session boundary and active from the
//!   session after it. A validator must have registered its session keys (`session.setKeys`)
//!   before it can be voted in.
//!
//! ## Invariants (checked by `try_state`)
//! 1. The validator set has no duplicates and holds between `MinValidators` and
//!    `MaxValidators` accounts (it is empty only on a chain whose genesis named none).
//! 2. Every stored parameter value is within its range.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

pub use weights::WeightInfo;

use alloc::vec::Vec;
use frame_support::traits::{EnsureOrigin, EnsureOriginWithArg};
use sp_runtime::traits::Get;

/// Tells whether a parameter value is within its documented range.
///
/// `V` is the runtime's aggregated parameter value type (`RuntimeParametersValue`), whose
/// variant names the parameter. Removing a value (setting it to `None`, which restores the
/// default) is always allowed.
pub trait ParameterRanges<V> {
	/// `true` when `value` is within its parameter's range.
	fn in_range(value: &V) -> bool;
}

/// Every value is in range: for chains without ranges.
impl<V> ParameterRanges<V> for () {
	fn in_range(_: &V) -> bool {
		true
	}
}

/// What the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Makes `who` an account with registered session keys.
	fn register_keys(who: &AccountId);
}

// FRAME's macro expansion of storage items and errors uses `expect` internally, and a genesis
// naming too many validators must fail to build. The other no-panic lints stay denied here, and
// no call or hook of this module uses `expect`.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::boxed::Box;
	use frame_support::traits::dynamic_params::AggregatedKeyValue;
	use frame_support::{
		dispatch::{GetDispatchInfo, PostDispatchInfo},
		pallet_prelude::*,
		traits::Contains,
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::Dispatchable;

	/// The aggregated parameter type of the runtime (key and value).
	pub type ParametersOf<T> = <T as pallet_parameters::Config>::RuntimeParameters;
	/// The aggregated parameter value type of the runtime.
	pub type ParameterValueOf<T> = <ParametersOf<T> as AggregatedKeyValue>::Value;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config + pallet_parameters::Config {
		/// The runtime origin, so this pallet can dispatch with [`Origin::CheckedParameter`].
		type RuntimeOrigin: From<Origin> + IsType<<Self as frame_system::Config>::RuntimeOrigin>;

		/// The runtime call, for [`Pallet::dispatch_as_root`].
		type RuntimeCall: Parameter
			+ Dispatchable<
				RuntimeOrigin = <Self as frame_system::Config>::RuntimeOrigin,
				PostInfo = PostDispatchInfo,
			> + GetDispatchInfo
			+ From<frame_system::Call<Self>>;

		/// The calls a `root` referendum may dispatch: the runtime's base call filter.
		type RootCallFilter: Contains<<Self as Config>::RuntimeCall>;

		/// Who may change a parameter through [`Pallet::set_parameter`]: root and the
		/// `parameters` track.
		type ParameterOrigin: EnsureOrigin<<Self as frame_system::Config>::RuntimeOrigin>;

		/// Who may call [`Pallet::dispatch_as_root`]: the `root` track.
		type RootReferendumOrigin: EnsureOrigin<<Self as frame_system::Config>::RuntimeOrigin>;

		/// Who may add and remove validators: root and the `validators` track.
		type ValidatorOrigin: EnsureOrigin<<Self as frame_system::Config>::RuntimeOrigin>;

		/// The documented range of every parameter.
		type ParameterRanges: ParameterRanges<ParameterValueOf<Self>>;

		/// The accounts that registered session keys; only they can be voted in.
		type HasSessionKeys: Contains<Self::AccountId>;

		/// Most validators the set may hold.
		#[pallet::constant]
		type MaxValidators: Get<u32>;

		/// Fewest validators the set may be reduced to.
		#[pallet::constant]
		type MinValidators: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Registers session keys for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// The origins this pallet defines.
	#[pallet::origin]
	#[derive(
		PartialEq, Eq, Clone, MaxEncodedLen, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug,
	)]
	pub enum Origin {
		/// A passed referendum of the `root` track: may only call [`Pallet::dispatch_as_root`].
		RootReferendum,
		/// A passed referendum of the `parameters` track.
		ParameterAdmin,
		/// A passed referendum of the `validators` track.
		ValidatorAdmin,
		/// A parameter change that passed its range check in [`Pallet::set_parameter`]. No
		/// track has it, so no referendum and no account can produce it.
		CheckedParameter,
	}

	/// The validator set `pallet-session` takes at the next session boundary, in the order
	/// validators were added.
	#[pallet::storage]
	pub type Validators<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	/// Whether [`Validators`] changed since it was last handed to `pallet-session`.
	#[pallet::storage]
	pub type ValidatorsChanged<T: Config> = StorageValue<_, bool, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The validators of the first sessions (their keys go in `pallet-session`'s genesis).
		pub validators: Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let mut set: Vec<T::AccountId> = Vec::new();
			for who in &self.validators {
				assert!(!set.contains(who), "genesis names validator {who:?} twice");
				set.push(who.clone());
			}
			let set: BoundedVec<_, T::MaxValidators> =
				set.try_into().expect("genesis names more than MaxValidators validators");
			Validators::<T>::put(set);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A validator was voted in; it validates from the session after next.
		ValidatorAdded {
			/// Its account (the owner of its session keys).
			who: T::AccountId,
		},
		/// A validator was voted out; it stops from the session after next.
		ValidatorRemoved {
			/// Its account.
			who: T::AccountId,
		},
		/// A `root` referendum's call was dispatched as root.
		DispatchedAsRoot {
			/// Its outcome.
			result: DispatchResult,
		},
		/// The changed validator set was handed to `pallet-session`: it is active from
		/// session `active_from`.
		ValidatorSetQueued {
			/// The session from which the set validates.
			active_from: u32,
			/// The accounts of the set.
			validators: Vec<T::AccountId>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The value is outside the parameter's documented range (see `docs/governance.md` or
		/// the parameter's documentation); nothing was changed.
		ParameterOutOfRange,
		/// The account is a validator already.
		AlreadyValidator,
		/// The account is not a validator.
		NotValidator,
		/// The validator set is full (`MaxValidators`).
		TooManyValidators,
		/// Removing this validator would leave fewer than `MinValidators`.
		TooFewValidators,
		/// A `root` referendum may not dispatch this call: it would change the total issuance or
		/// spend from a protocol account (the runtime's call filter refuses it).
		CallFiltered,
		/// The account has not registered session keys (`session.setKeys`); it could not
		/// validate.
		NoSessionKeys,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MinValidators::get() >= 1, "MinValidators must be at least 1");
			assert!(
				T::MinValidators::get() <= T::MaxValidators::get(),
				"MinValidators must not exceed MaxValidators"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Changes one runtime parameter after checking its new value against the parameter's
		/// documented range. `None` as the value restores the default.
		///
		/// Origin: root or a passed referendum of the `parameters` track. `pallet-parameters`
		/// emits `Updated` with the old and new values.
		///
		/// Errors: `BadOrigin`, `ParameterOutOfRange`.
		#[pallet::call_index(0)]
		#[pallet::weight(<T as Config>::WeightInfo::set_parameter())]
		pub fn set_parameter(origin: OriginFor<T>, key_value: ParametersOf<T>) -> DispatchResult {
			T::ParameterOrigin::ensure_origin(origin)?;
			let (_, value) = key_value.clone().into_parts();
			ensure!(
				value.as_ref().is_none_or(T::ParameterRanges::in_range),
				Error::<T>::ParameterOutOfRange
			);
			let checked: <T as Config>::RuntimeOrigin = Origin::CheckedParameter.into();
			pallet_parameters::Pallet::<T>::set_parameter(checked.into(), key_value)
		}

		/// Adds a validator. It must have registered session keys; it starts validating from
		/// the session after next.
		///
		/// Origin: root or a passed referendum of the `validators` track.
		///
		/// Errors: `BadOrigin`, `NoSessionKeys`, `AlreadyValidator`, `TooManyValidators`.
		#[pallet::call_index(1)]
		#[pallet::weight(<T as Config>::WeightInfo::add_validator(T::MaxValidators::get()))]
		pub fn add_validator(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ValidatorOrigin::ensure_origin(origin)?;
			ensure!(T::HasSessionKeys::contains(&who), Error::<T>::NoSessionKeys);
			Validators::<T>::try_mutate(|set| {
				ensure!(!set.contains(&who), Error::<T>::AlreadyValidator);
				set.try_push(who.clone()).map_err(|_| Error::<T>::TooManyValidators)
			})?;
			ValidatorsChanged::<T>::put(true);
			Self::deposit_event(Event::ValidatorAdded { who });
			Ok(())
		}

		/// Removes a validator; it stops validating from the session after next.
		///
		/// Origin: root or a passed referendum of the `validators` track.
		///
		/// Errors: `BadOrigin`, `NotValidator`, `TooFewValidators`.
		#[pallet::call_index(2)]
		#[pallet::weight(<T as Config>::WeightInfo::remove_validator(T::MaxValidators::get()))]
		pub fn remove_validator(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ValidatorOrigin::ensure_origin(origin)?;
			Validators::<T>::try_mutate(|set| {
				let at = set.iter().position(|v| *v == who).ok_or(Error::<T>::NotValidator)?;
				ensure!(set.len() > T::MinValidators::get() as usize, Error::<T>::TooFewValidators);
				set.remove(at);
				Ok::<_, Error<T>>(())
			})?;
			ValidatorsChanged::<T>::put(true);
			Self::deposit_event(Event::ValidatorRemoved { who });
			Ok(())
		}

		/// Dispatches `call` as root, the proposal of a `root` referendum. The call must pass
		/// the runtime's call filter ([`Config::RootCallFilter`]); its own outcome is reported
		/// by [`Event::DispatchedAsRoot`].
		///
		/// Origin: a passed referendum of the `root` track.
		#[pallet::call_index(3)]
		#[pallet::weight({
			let info = call.get_dispatch_info();
			(<T as Config>::WeightInfo::dispatch_as_root().saturating_add(info.call_weight), info.class)
		})]
		pub fn dispatch_as_root(
			origin: OriginFor<T>,
			call: Box<<T as Config>::RuntimeCall>,
		) -> DispatchResultWithPostInfo {
			T::RootReferendumOrigin::ensure_origin(origin)?;
			ensure!(T::RootCallFilter::contains(&call), Error::<T>::CallFiltered);
			let info = call.get_dispatch_info();
			let outcome = call.dispatch(frame_system::RawOrigin::Root.into());
			let used = frame_support::dispatch::extract_actual_weight(&outcome, &info);
			Self::deposit_event(Event::DispatchedAsRoot {
				result: outcome.map(|_| ()).map_err(|e| e.error),
			});
			Ok(Some(<T as Config>::WeightInfo::dispatch_as_root().saturating_add(used)).into())
		}
	}

	impl<T: Config> Pallet<T> {
		/// The invariants listed in the crate documentation.
		#[cfg(any(test, feature = "try-runtime"))]
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			let set = Validators::<T>::get();
			for (i, who) in set.iter().enumerate() {
				ensure!(
					!set.iter().skip(i.saturating_add(1)).any(|o| o == who),
					"duplicate validator"
				);
			}
			ensure!(
				set.is_empty() || set.len() >= T::MinValidators::get() as usize,
				"fewer validators than MinValidators"
			);
			for value in pallet_parameters::Parameters::<T>::iter_values() {
				ensure!(T::ParameterRanges::in_range(&value), "a stored parameter is out of range");
			}
			Ok(())
		}
	}

	/// Accepts only [`Origin::CheckedParameter`]: the admin origin of `pallet-parameters`, so
	/// every parameter change goes through [`Pallet::set_parameter`] and its range check.
	pub struct EnsureCheckedParameter;

	impl<O, K> EnsureOriginWithArg<O, K> for EnsureCheckedParameter
	where
		O: Into<Result<Origin, O>> + From<Origin>,
	{
		type Success = ();

		fn try_origin(o: O, _key: &K) -> Result<(), O> {
			match o.into() {
				Ok(Origin::CheckedParameter) => Ok(()),
				Ok(other) => Err(O::from(other)),
				Err(o) => Err(o),
			}
		}

		#[cfg(feature = "runtime-benchmarks")]
		fn try_successful_origin(_key: &K) -> Result<O, ()> {
			Ok(O::from(Origin::CheckedParameter))
		}
	}

	/// Accepts only [`Origin::RootReferendum`] (the `root` track).
	pub struct EnsureRootReferendum;
	/// Accepts only [`Origin::ParameterAdmin`] (the `parameters` track).
	pub struct EnsureParameterAdmin;
	/// Accepts only [`Origin::ValidatorAdmin`] (the `validators` track).
	pub struct EnsureValidatorAdmin;

	fn ensure_variant<O: Into<Result<Origin, O>> + From<Origin>>(
		o: O,
		wanted: Origin,
	) -> Result<(), O> {
		match o.into() {
			Ok(origin) if origin == wanted => Ok(()),
			Ok(other) => Err(O::from(other)),
			Err(o) => Err(o),
		}
	}

	impl<O: Into<Result<Origin, O>> + From<Origin>> EnsureOrigin<O> for EnsureRootReferendum {
		type Success = ();

		fn try_origin(o: O) -> Result<(), O> {
			ensure_variant(o, Origin::RootReferendum)
		}

		#[cfg(feature = "runtime-benchmarks")]
		fn try_successful_origin() -> Result<O, ()> {
			Ok(O::from(Origin::RootReferendum))
		}
	}

	impl<O: Into<Result<Origin, O>> + From<Origin>> EnsureOrigin<O> for EnsureParameterAdmin {
		type Success = ();

		fn try_origin(o: O) -> Result<(), O> {
			ensure_variant(o, Origin::ParameterAdmin)
		}

		#[cfg(feature = "runtime-benchmarks")]
		fn try_successful_origin() -> Result<O, ()> {
			Ok(O::from(Origin::ParameterAdmin))
		}
	}

	impl<O: Into<Result<Origin, O>> + From<Origin>> EnsureOrigin<O> for EnsureValidatorAdmin {
		type Success = ();

		fn try_origin(o: O) -> Result<(), O> {
			ensure_variant(o, Origin::ValidatorAdmin)
		}

		#[cfg(feature = "runtime-benchmarks")]
		fn try_successful_origin() -> Result<O, ()> {
			Ok(O::from(Origin::ValidatorAdmin))
		}
	}

	/// The set handed to `pallet-session` (whose `ValidatorId` is the account id).
	impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
		/// Called when session `new_index - 1` starts, to plan session `new_index`: returns the
		/// set only when it changed.
		fn new_session(new_index: u32) -> Option<Vec<T::AccountId>> {
			if !ValidatorsChanged::<T>::take() {
				return None;
			}
			let validators = Validators::<T>::get().into_inner();
			Self::deposit_event(Event::ValidatorSetQueued {
				active_from: new_index,
				validators: validators.clone(),
			});
			Some(validators)
		}

		fn new_session_genesis(_new_index: u32) -> Option<Vec<T::AccountId>> {
			let validators = Validators::<T>::get().into_inner();
			(!validators.is_empty()).then_some(validators)
		}

		fn end_session(_end_index: u32) {}

		fn start_session(_start_index: u32) {}
	}
}
