//! Governance parameters: each one is read by the configuration item it names, so a change by
//! `governance.setParameter` takes effect at its next use, and values outside a parameter's
//! documented range are refused with `ParameterOutOfRange`, changing nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::dev_ext;
use corex_runtime::{
	configs::parameters::{
		dynamic_params::{computations, node_staking, proofs},
		RuntimeParameters,
	},
	Governance, Runtime, RuntimeOrigin, CXT,
};
use frame_support::{assert_noop, assert_ok, traits::Get};
use sp_runtime::{Perbill, Saturating};

fn set(parameter: RuntimeParameters) {
	assert_ok!(Governance::set_parameter(RuntimeOrigin::root(), parameter));
}

#[test]
fn the_deposit_parameters_set_the_deposits() {
	dev_ext().execute_with(|| {
		type Q = <Runtime as pallet_computations::Config>::DefinitionDeposit;
		type J = <Runtime as pallet_computations::Config>::JobDeposit;
		type N = <Runtime as pallet_node_staking::Config>::NodeDepositBase;
		type B = <Runtime as pallet_node_staking::Config>::NodeDepositPerByte;
		assert_eq!(
			(Q::get(), J::get(), N::get(), B::get()),
			(10 * CXT, 10 * CXT, 10 * CXT, CXT / 100)
		);
		set(RuntimeParameters::Computations(computations::Parameters::DefinitionDeposit(
			computations::DefinitionDeposit,
			Some(3 * CXT),
		)));
		set(RuntimeParameters::Computations(computations::Parameters::JobDeposit(
			computations::JobDeposit,
			Some(4 * CXT),
		)));
		set(RuntimeParameters::NodeStaking(node_staking::Parameters::NodeDepositBase(
			node_staking::NodeDepositBase,
			Some(5 * CXT),
		)));
		set(RuntimeParameters::NodeStaking(node_staking::Parameters::NodeDepositPerByte(
			node_staking::NodeDepositPerByte,
			Some(0),
		)));
		assert_eq!((Q::get(), J::get(), N::get(), B::get()), (3 * CXT, 4 * CXT, 5 * CXT, 0));
	});
}

#[test]
fn slash_shares_stay_within_their_ranges() {
	dev_ext().execute_with(|| {
		let fault_slash = |p| {
			RuntimeParameters::Proofs(proofs::Parameters::FaultSlash(
				proofs::FaultSlash,
				Some(Perbill::from_percent(p)),
			))
		};
		let customer = |p| {
			RuntimeParameters::Proofs(proofs::Parameters::CustomerShare(
				proofs::CustomerShare,
				Some(Perbill::from_percent(p)),
			))
		};
		let verifier = |p| {
			RuntimeParameters::Proofs(proofs::Parameters::VerifierShare(
				proofs::VerifierShare,
				Some(Perbill::from_percent(p)),
			))
		};
		for refused in
			[fault_slash(21), fault_slash(100), customer(51), verifier(51), verifier(100)]
		{
			assert_noop!(
				Governance::set_parameter(RuntimeOrigin::root(), refused),
				pallet_governance::Error::<Runtime>::ParameterOutOfRange
			);
		}
		set(fault_slash(20));
		set(customer(50));
		set(verifier(50));
		type F = <Runtime as pallet_proofs::Config>::FaultSlash;
		type C = <Runtime as pallet_proofs::Config>::CustomerShare;
		type V = <Runtime as pallet_proofs::Config>::VerifierShare;
		assert_eq!(F::get(), Perbill::from_percent(20));
		// A slash never pays out more than it takes: the two shares add up to 100 % at most.
		assert_eq!(C::get().saturating_add(V::get()), Perbill::one());
	});
}

#[test]
fn the_unavailable_fee_is_at_most_half_a_share() {
	dev_ext().execute_with(|| {
		let fee = |p| {
			RuntimeParameters::Computations(computations::Parameters::UnavailableFee(
				computations::UnavailableFee,
				Some(Perbill::from_percent(p)),
			))
		};
		type U = <Runtime as pallet_computations::Config>::UnavailableFee;
		assert_eq!(U::get(), Perbill::from_percent(10));
		assert_noop!(
			Governance::set_parameter(RuntimeOrigin::root(), fee(51)),
			pallet_governance::Error::<Runtime>::ParameterOutOfRange
		);
		set(fee(50));
		assert_eq!(U::get(), Perbill::from_percent(50));
	});
}

#[test]
fn the_protocol_fee_is_governed_within_its_range() {
	dev_ext().execute_with(|| {
		let fee = |p| {
			RuntimeParameters::Computations(computations::Parameters::ProtocolFee(
				computations::ProtocolFee,
				Some(Perbill::from_percent(p)),
			))
		};
		type P = <Runtime as pallet_computations::Config>::ProtocolFee;
		assert_eq!(P::get(), Perbill::from_percent(10));
		// It goes to the mining pool.
		assert_eq!(
			<<Runtime as pallet_computations::Config>::ProtocolFeeDestination as Get<
				corex_runtime::AccountId,
			>>::get(),
			corex_runtime::mining_pool_account()
		);
		assert_noop!(
			Governance::set_parameter(RuntimeOrigin::root(), fee(51)),
			pallet_governance::Error::<Runtime>::ParameterOutOfRange
		);
		set(fee(0));
		assert_eq!(P::get(), Perbill::zero());
		set(fee(50));
		assert_eq!(P::get(), Perbill::from_percent(50));
	});
}
