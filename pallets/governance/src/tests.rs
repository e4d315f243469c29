//! Tests of the governance pallet: checked parameters, track origins, the validator set and
//! its hand-over to `pallet-session`.

use crate::{mock::*, Error, Event, Origin, Validators, ValidatorsChanged};
use frame_support::{assert_noop, assert_ok, traits::Get};
use pallet_session::SessionManager;
use sp_runtime::DispatchError;

fn redundancy(v: Option<u8>) -> RuntimeParameters {
	RuntimeParameters::Queue(queue::Parameters::Redundancy(queue::Redundancy, v))
}

fn fee(v: Option<u128>) -> RuntimeParameters {
	RuntimeParameters::Queue(queue::Parameters::Fee(queue::Fee, v))
}

fn parameter_admin() -> RuntimeOrigin {
	Origin::ParameterAdmin.into()
}

fn validator_admin() -> RuntimeOrigin {
	Origin::ValidatorAdmin.into()
}

fn parameters_events() -> Vec<pallet_parameters::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Parameters(e) => Some(e),
			_ => None,
		})
		.collect()
}

#[test]
fn root_sets_a_parameter_in_range() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(queue::Redundancy::get(), 2);
		assert_ok!(Governance::set_parameter(RuntimeOrigin::root(), redundancy(Some(5))));
		assert_eq!(queue::Redundancy::get(), 5);
		assert_eq!(
			parameters_events(),
			vec![pallet_parameters::Event::Updated {
				key: RuntimeParametersKey::Queue(queue::ParametersKey::Redundancy(
					queue::Redundancy
				)),
				old_value: None,
				new_value: Some(RuntimeParametersValue::Queue(queue::ParametersValue::Redundancy(
					5
				))),
			}]
		);
	});
}

#[test]
fn the_parameters_track_sets_a_parameter_and_the_range_ends_are_accepted() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Governance::set_parameter(parameter_admin(), fee(Some(100))));
		assert_eq!(queue::Fee::get(), 100);
		assert_ok!(Governance::set_parameter(parameter_admin(), fee(Some(1_000))));
		assert_eq!(queue::Fee::get(), 1_000);
		assert_ok!(Governance::set_parameter(parameter_admin(), redundancy(Some(1))));
		assert_ok!(Governance::set_parameter(parameter_admin(), redundancy(Some(10))));
		assert_eq!(queue::Redundancy::get(), 10);
	});
}

#[test]
fn out_of_range_values_are_refused_and_change_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Governance::set_parameter(parameter_admin(), fee(Some(500))));
		for kv in [fee(Some(99)), fee(Some(1_001)), fee(Some(0)), fee(Some(u128::MAX))] {
			assert_noop!(
				Governance::set_parameter(parameter_admin(), kv.clone()),
				Error::<Test>::ParameterOutOfRange
			);
			// Root is held to the same ranges.
			assert_noop!(
				Governance::set_parameter(RuntimeOrigin::root(), kv),
				Error::<Test>::ParameterOutOfRange
			);
		}
		for kv in [redundancy(Some(0)), redundancy(Some(11)), redundancy(Some(u8::MAX))] {
			assert_noop!(
				Governance::set_parameter(parameter_admin(), kv),
				Error::<Test>::ParameterOutOfRange
			);
		}
		assert_eq!(queue::Fee::get(), 500);
		assert_eq!(queue::Redundancy::get(), 2);
	});
}

#[test]
fn removing_a_value_restores_the_default() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Governance::set_parameter(parameter_admin(), fee(Some(700))));
		assert_eq!(queue::Fee::get(), 700);
		assert_ok!(Governance::set_parameter(parameter_admin(), fee(None)));
		assert_eq!(queue::Fee::get(), 100);
	});
}

#[test]
fn only_root_and_the_parameters_track_set_parameters() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::signed(1), RuntimeOrigin::none(), validator_admin()] {
			assert_noop!(
				Governance::set_parameter(origin, fee(Some(200))),
				DispatchError::BadOrigin
			);
		}
	});
}

#[test]
fn pallet_parameters_cannot_be_called_around_the_range_check() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in
			[RuntimeOrigin::root(), parameter_admin(), validator_admin(), RuntimeOrigin::signed(1)]
		{
			assert_noop!(
				Parameters::set_parameter(origin, fee(Some(5_000))),
				DispatchError::BadOrigin
			);
		}
		assert_eq!(queue::Fee::get(), 100);
	});
}

#[test]
fn a_validator_with_keys_is_added_and_queued_at_the_next_session() {
	ExtBuilder::default().build_and_execute(|| {
		// Nothing changed yet: the session keeps its set.
		assert_eq!(Governance::new_session(2), None);
		set_keys(3);
		assert_ok!(Governance::add_validator(validator_admin(), 3));
		assert_eq!(Validators::<Test>::get().into_inner(), vec![1, 2, 3]);
		assert!(ValidatorsChanged::<Test>::get());
		assert_eq!(governance_events(), vec![Event::ValidatorAdded { who: 3 }]);
		// Planned once, at the next boundary.
		assert_eq!(Governance::new_session(3), Some(vec![1, 2, 3]));
		assert_eq!(
			governance_events(),
			vec![Event::ValidatorSetQueued { active_from: 3, validators: vec![1, 2, 3] }]
		);
		assert!(!ValidatorsChanged::<Test>::get());
		assert_eq!(Governance::new_session(4), None);
	});
}

#[test]
fn a_validator_is_removed_and_the_set_queued() {
	ExtBuilder::default().build_and_execute(|| {
		set_keys(3);
		assert_ok!(Governance::add_validator(RuntimeOrigin::root(), 3));
		assert_ok!(Governance::remove_validator(validator_admin(), 1));
		assert_eq!(
			governance_events(),
			vec![Event::ValidatorAdded { who: 3 }, Event::ValidatorRemoved { who: 1 }]
		);
		assert_eq!(Governance::new_session(5), Some(vec![2, 3]));
	});
}

#[test]
fn adding_a_validator_fails_cleanly() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Governance::add_validator(validator_admin(), 3), Error::<Test>::NoSessionKeys);
		assert_noop!(
			Governance::add_validator(validator_admin(), 1),
			Error::<Test>::AlreadyValidator
		);
		for origin in [RuntimeOrigin::signed(1), parameter_admin()] {
			set_keys(3);
			assert_noop!(Governance::add_validator(origin, 3), DispatchError::BadOrigin);
		}
		set_keys(4);
		set_keys(5);
		assert_ok!(Governance::add_validator(validator_admin(), 3));
		assert_ok!(Governance::add_validator(validator_admin(), 4));
		assert_noop!(
			Governance::add_validator(validator_admin(), 5),
			Error::<Test>::TooManyValidators
		);
	});
}

#[test]
fn removing_a_validator_fails_cleanly() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Governance::remove_validator(validator_admin(), 9),
			Error::<Test>::NotValidator
		);
		assert_noop!(
			Governance::remove_validator(validator_admin(), 1),
			Error::<Test>::TooFewValidators
		);
		for origin in [RuntimeOrigin::signed(1), parameter_admin()] {
			assert_noop!(Governance::remove_validator(origin, 1), DispatchError::BadOrigin);
		}
		assert_eq!(Validators::<Test>::get().into_inner(), GENESIS_VALIDATORS.to_vec());
		assert!(!ValidatorsChanged::<Test>::get());
	});
}

#[test]
fn genesis_hands_its_validators_to_the_first_session() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Governance::new_session_genesis(0), Some(GENESIS_VALIDATORS.to_vec()));
		Validators::<Test>::kill();
		assert_eq!(Governance::new_session_genesis(0), None);
	});
}

#[test]
fn try_state_catches_corruption() {
	ExtBuilder::default().build().execute_with(|| {
		assert!(Governance::do_try_state().is_ok());
		Validators::<Test>::put(sp_runtime::BoundedVec::truncate_from(vec![1, 1]));
		assert!(Governance::do_try_state().is_err());
		Validators::<Test>::put(sp_runtime::BoundedVec::truncate_from(vec![1]));
		assert!(Governance::do_try_state().is_err());
		Validators::<Test>::put(sp_runtime::BoundedVec::truncate_from(vec![1, 2]));
		// A value written around the range check.
		pallet_parameters::Parameters::<Test>::insert(
			RuntimeParametersKey::Queue(queue::ParametersKey::Fee(queue::Fee)),
			RuntimeParametersValue::Queue(queue::ParametersValue::Fee(5)),
		);
		assert!(Governance::do_try_state().is_err());
	});
}

fn root_referendum() -> RuntimeOrigin {
	Origin::RootReferendum.into()
}

#[test]
fn a_root_referendum_dispatches_as_root() {
	ExtBuilder::default().build_and_execute(|| {
		// `set_heap_pages` needs root.
		let call = RuntimeCall::System(frame_system::Call::set_heap_pages { pages: 64 });
		assert_ok!(Governance::dispatch_as_root(root_referendum(), Box::new(call)));
		assert_eq!(governance_events(), vec![Event::DispatchedAsRoot { result: Ok(()) }]);
		// The inner call's failure is reported, the wrapper succeeds.
		let call = RuntimeCall::Governance(crate::Call::remove_validator { who: 9 });
		assert_ok!(Governance::dispatch_as_root(root_referendum(), Box::new(call)));
		assert_eq!(
			governance_events(),
			vec![Event::DispatchedAsRoot { result: Err(Error::<Test>::NotValidator.into()) }]
		);
		// As root, the referendum can change a parameter (within range).
		let call =
			RuntimeCall::Governance(crate::Call::set_parameter { key_value: fee(Some(300)) });
		assert_ok!(Governance::dispatch_as_root(root_referendum(), Box::new(call)));
		assert_eq!(queue::Fee::get(), 300);
	});
}

#[test]
fn a_root_referendum_cannot_dispatch_a_filtered_call() {
	ExtBuilder::default().build_and_execute(|| {
		let call = RuntimeCall::System(frame_system::Call::kill_storage { keys: vec![] });
		assert_noop!(
			Governance::dispatch_as_root(root_referendum(), Box::new(call)),
			Error::<Test>::CallFiltered
		);
	});
}

#[test]
fn only_a_root_referendum_dispatches_as_root() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in
			[RuntimeOrigin::root(), RuntimeOrigin::signed(1), parameter_admin(), validator_admin()]
		{
			let call = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
			assert_noop!(
				Governance::dispatch_as_root(origin, Box::new(call)),
				DispatchError::BadOrigin
			);
		}
	});
}
