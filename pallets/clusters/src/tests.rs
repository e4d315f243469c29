//! Unit tests of the clusters pallet on the mock runtime. Every test ends with `do_try_state`.

use crate::mock::Clusters;
use crate::pallet::Clusters as ClusterRecords;
use crate::{mock::*, *};
use corex_primitives::{
	cluster_key::{self, SecretShare},
	JcePlacement, NodeStatus, OnNodeFault, SlashReason,
};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold, BoundedVec};
use sp_runtime::Perbill;

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn nodes<S: frame_support::traits::Get<u32>>(list: &[NodeId]) -> BoundedVec<NodeId, S> {
	BoundedVec::truncate_from(list.to_vec())
}

fn last_event() -> RuntimeEvent {
	System::events().pop().expect("an event").event
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Clusters(e) = r.event { Some(e) } else { None })
		.collect()
}

fn create(members: &[NodeId], standbys: &[NodeId], mode: AcceptanceMode) -> ClusterId {
	let id = NextClusterId::<Test>::get();
	assert_ok!(Clusters::create_cluster(
		signed(OWNER),
		nodes(members),
		nodes(standbys),
		ClusterTerms {
			mode,
			tee: TeeRequirement::Any,
			price_per_cu: 7,
			capacity: 1_000,
			replacement: Replacement::StandbysOnly,
		},
	));
	id
}

fn accept_all(cluster: ClusterId, members: &[NodeId]) {
	for &n in members {
		assert_ok!(Clusters::accept_invitation(signed(operator(n)), cluster, n));
	}
}

/// The secret share the tests use for `node` in `cluster`.
fn secret(cluster: ClusterId, node: NodeId) -> SecretShare {
	let mut seed = [0u8; 64];
	seed[..4].copy_from_slice(&cluster.to_le_bytes());
	seed[4..8].copy_from_slice(&node.to_le_bytes());
	seed[8] = 1;
	SecretShare::from_seed(&seed)
}

fn submit_share(cluster: ClusterId, node: NodeId) -> frame_support::dispatch::DispatchResult {
	let share = secret(cluster, node);
	Clusters::submit_key_share(
		signed(worker(node)),
		cluster,
		node,
		share.public(),
		share.prove(cluster, &[node as u8; 32]),
	)
}

fn key_all(cluster: ClusterId) {
	let members: Vec<NodeId> = ClusterRecords::<Test>::get(cluster).unwrap().nodes().collect();
	for n in members {
		assert_ok!(submit_share(cluster, n));
	}
}

/// An active cluster of `members` with accepted `standbys`.
fn active(members: &[NodeId], standbys: &[NodeId], mode: AcceptanceMode) -> ClusterId {
	let id = create(members, standbys, mode);
	accept_all(id, members);
	for &s in standbys {
		assert_ok!(Clusters::accept_invitation(signed(operator(s)), id, s));
	}
	key_all(id);
	assert!(ClusterRecords::<Test>::get(id).unwrap().is_active());
	id
}

/// The operators of `nodes` agree to their being drafted as automatic replacements.
fn volunteer(nodes: &[NodeId]) {
	for &n in nodes {
		assert_ok!(Clusters::set_volunteer(signed(operator(n)), n, Volunteering::Offered));
	}
}

fn jce(clusters: &[ClusterId], kind: JceKind) -> JceId {
	let id = NextJceId::<Test>::get();
	assert_ok!(Clusters::create_jce(
		signed(CUSTOMER),
		kind,
		BoundedVec::truncate_from(clusters.to_vec()),
		BoundedVec::truncate_from(vec![1, 2]),
	));
	id
}

fn admitted(jce: JceId) -> Vec<ClusterId> {
	Jces::<Test>::get(jce).unwrap().admitted().collect()
}

fn held(who: AccountId, reason: HoldReason) -> Balance {
	Balances::balance_on_hold(&RuntimeHoldReason::Clusters(reason), &who)
}

// -------------------------------------------------------------------------------------------
// Forming clusters
// -------------------------------------------------------------------------------------------

#[test]
fn a_cluster_forms_when_every_invited_node_accepts() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create(&[0, 1, 2], &[5], AcceptanceMode::Unanimous);
		assert_eq!(held(OWNER, HoldReason::ClusterDeposit), CLUSTER_DEPOSIT);
		assert!(matches!(
			events().last(),
			Some(Event::ClusterCreated { cluster: 0, owner: OWNER, deposit: CLUSTER_DEPOSIT, .. })
		));
		accept_all(id, &[0, 1]);
		System::assert_last_event(Event::InvitationAccepted { cluster: id, node: 1 }.into());
		assert!(matches!(
			ClusterRecords::<Test>::get(id).unwrap().status,
			ClusterStatus::Forming { .. }
		));
		assert_ok!(Clusters::accept_invitation(signed(operator(5)), id, 5));
		System::assert_last_event(Event::StandbyAccepted { cluster: id, node: 5 }.into());
		accept_all(id, &[2]);
		System::assert_last_event(Event::ClusterFormed { cluster: id }.into());
		assert_eq!(ClusterRecords::<Test>::get(id).unwrap().status, ClusterStatus::Keying);
		assert_eq!(NodeClusterCount::<Test>::get(2), 1);
		// Keyed in time: neither the keying deadline nor the invitation deadline dissolves it.
		key_all(id);
		run_to(1 + INVITATION_WINDOW + 1);
		assert!(ClusterRecords::<Test>::get(id).unwrap().is_active());
	});
}

#[test]
fn creating_a_cluster_refuses_bad_member_lists() {
	ExtBuilder::default().build_and_execute(|| {
		let create = |members: &[NodeId], standbys: &[NodeId]| {
			Clusters::create_cluster(
				signed(OWNER),
				nodes(members),
				nodes(standbys),
				ClusterTerms {
					mode: AcceptanceMode::Unanimous,
					tee: TeeRequirement::Any,
					price_per_cu: 1,
					capacity: 1,
					replacement: Replacement::StandbysOnly,
				},
			)
		};
		assert_noop!(create(&[0], &[]), Error::<Test>::TooFewMembers);
		assert_noop!(create(&[0, 0], &[]), Error::<Test>::DuplicateNode);
		assert_noop!(create(&[0, 1], &[1]), Error::<Test>::DuplicateNode);
		assert_noop!(create(&[0, 42], &[]), Error::<Test>::NodeNotFound);
		// Two nodes of one operator, as members or as a member and a standby.
		set_operator(1, operator(0));
		assert_noop!(create(&[0, 1], &[]), Error::<Test>::SharedOperator);
		assert_noop!(create(&[0, 2], &[1]), Error::<Test>::SharedOperator);
		set_operator(1, operator(1));
		assert_noop!(
			Clusters::create_cluster(
				signed(99),
				nodes(&[0, 1]),
				nodes(&[]),
				ClusterTerms {
					mode: AcceptanceMode::Unanimous,
					tee: TeeRequirement::Any,
					price_per_cu: 1,
					capacity: 1,
					replacement: Replacement::StandbysOnly,
				},
			),
			sp_runtime::TokenError::FundsUnavailable
		);
	});
}

#[test]
fn accepting_checks_the_operator_the_invitation_and_the_node_s_load() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create(&[0, 1], &[], AcceptanceMode::Unanimous);
		assert_noop!(
			Clusters::accept_invitation(signed(operator(0)), 9, 0),
			Error::<Test>::ClusterNotFound
		);
		assert_noop!(
			Clusters::accept_invitation(signed(operator(1)), id, 0),
			Error::<Test>::NotOperator
		);
		assert_noop!(
			Clusters::accept_invitation(signed(operator(3)), id, 3),
			Error::<Test>::NotInvited
		);
		assert_ok!(Clusters::accept_invitation(signed(operator(0)), id, 0));
		assert_noop!(
			Clusters::accept_invitation(signed(operator(0)), id, 0),
			Error::<Test>::AlreadyAccepted
		);
		// Node 0 serves at most two clusters.
		let second = create(&[0, 2], &[], AcceptanceMode::Unanimous);
		let third = create(&[0, 3], &[], AcceptanceMode::Unanimous);
		assert_ok!(Clusters::accept_invitation(signed(operator(0)), second, 0));
		assert_noop!(
			Clusters::accept_invitation(signed(operator(0)), third, 0),
			Error::<Test>::TooManyClusters
		);
		// Once formed, invitations are answered.
		accept_all(id, &[1]);
		assert_noop!(
			Clusters::accept_invitation(signed(operator(1)), id, 1),
			Error::<Test>::AlreadyAccepted
		);
	});
}

#[test]
fn one_decline_dissolves_a_forming_cluster_and_returns_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create(&[0, 1, 2], &[5], AcceptanceMode::Unanimous);
		accept_all(id, &[0]);
		assert_ok!(Clusters::decline_invitation(signed(operator(5)), id, 5));
		System::assert_last_event(Event::StandbyDeclined { cluster: id, node: 5 }.into());
		assert!(ClusterRecords::<Test>::get(id).unwrap().standbys.is_empty());
		assert_noop!(
			Clusters::decline_invitation(signed(operator(3)), id, 3),
			Error::<Test>::NotInvited
		);
		assert_ok!(Clusters::decline_invitation(signed(operator(1)), id, 1));
		System::assert_last_event(
			Event::ClusterDissolved { cluster: id, reason: DissolveReason::Declined }.into(),
		);
		assert!(ClusterRecords::<Test>::get(id).is_none());
		assert_eq!(held(OWNER, HoldReason::ClusterDeposit), 0);
		assert_eq!(NodeClusterCount::<Test>::get(0), 0);
		// A formed cluster cannot be declined any more.
		let formed = create(&[0, 1], &[], AcceptanceMode::Unanimous);
		accept_all(formed, &[0, 1]);
		assert_noop!(
			Clusters::decline_invitation(signed(operator(1)), formed, 1),
			Error::<Test>::NotForming
		);
	});
}

#[test]
fn unanswered_invitations_lapse() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create(&[0, 1, 2], &[], AcceptanceMode::Unanimous);
		accept_all(id, &[0, 1]);
		run_to(1 + INVITATION_WINDOW - 1);
		assert!(ClusterRecords::<Test>::get(id).is_some());
		run_to(1 + INVITATION_WINDOW);
		System::assert_last_event(
			Event::ClusterDissolved { cluster: id, reason: DissolveReason::Expired }.into(),
		);
		assert!(ClusterRecords::<Test>::get(id).is_none());
		assert_eq!(held(OWNER, HoldReason::ClusterDeposit), 0);
		assert_eq!(NodeClusterCount::<Test>::get(0), 0);
	});
}

// -------------------------------------------------------------------------------------------
// Key shares
// -------------------------------------------------------------------------------------------

#[test]
fn the_cluster_key_is_the_sum_of_verified_shares() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create(&[0, 1, 2], &[], AcceptanceMode::Unanimous);
		assert_noop!(submit_share(id, 0), Error::<Test>::NotKeying);
		accept_all(id, &[0, 1, 2]);
		assert_ok!(submit_share(id, 0));
		System::assert_last_event(
			Event::KeyShareSubmitted { cluster: id, node: 0, share: secret(id, 0).public() }.into(),
		);
		assert_ok!(submit_share(id, 1));
		assert_eq!(ClusterRecords::<Test>::get(id).unwrap().status, ClusterStatus::Keying);
		assert_ok!(submit_share(id, 2));
		let publics: Vec<_> = (0..3).map(|n| secret(id, n).public()).collect();
		let key = cluster_key::aggregate(&publics).unwrap();
		System::assert_last_event(Event::ClusterActivated { cluster: id, key }.into());
		let cluster = ClusterRecords::<Test>::get(id).unwrap();
		assert_eq!(cluster.status, ClusterStatus::Active);
		assert_eq!(cluster.key, Some(key));
	});
}

#[test]
fn a_new_cluster_whose_shares_do_not_all_come_is_dissolved_with_its_deposit_returned() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create(&[0, 1, 2], &[], AcceptanceMode::Unanimous);
		accept_all(id, &[0, 1, 2]);
		let formed = System::block_number();
		assert_ok!(submit_share(id, 0));
		assert_ok!(submit_share(id, 1));
		// Node 2's worker never submits its share: the cluster would stay keying for good.
		run_to(formed + KEYING_WINDOW - 1);
		assert_eq!(ClusterRecords::<Test>::get(id).unwrap().status, ClusterStatus::Keying);
		run_to(formed + KEYING_WINDOW);
		System::assert_last_event(
			Event::ClusterDissolved { cluster: id, reason: DissolveReason::KeyingExpired }.into(),
		);
		assert!(ClusterRecords::<Test>::get(id).is_none());
		assert_eq!(held(OWNER, HoldReason::ClusterDeposit), 0);
		for node in 0..3 {
			assert_eq!(NodeClusterCount::<Test>::get(node), 0, "node {node} is free again");
		}
	});
}

#[test]
fn a_cluster_that_keys_in_time_is_left_alone_by_its_deadline() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active(&[0, 1, 2], &[], AcceptanceMode::Unanimous);
		run_to(System::block_number() + KEYING_WINDOW + 1);
		assert!(ClusterRecords::<Test>::get(id).unwrap().is_active());
		assert!(ForcedForks::<Test>::iter().next().is_none());
	});
}

#[test]
fn a_fork_whose_new_member_never_keys_forks_again_without_it() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active(&[0, 1, 2], &[], AcceptanceMode::AutoApprove);
		let j = jce(&[id], JceKind::Recurring);
		ClusterRecords::<Test>::mutate(id, |c| {
			c.as_mut().unwrap().replacement = Replacement::StandbysThenVolunteers
		});
		set_ranking(vec![7, 6]);
		volunteer(&[7, 6]);
		<Clusters as OnNodeFault>::on_node_fault(0);
		run_to(System::block_number() + 1);
		let fork = id + 1;
		let forked_at = System::block_number();
		assert_eq!(
			ClusterRecords::<Test>::get(fork).unwrap().nodes().collect::<Vec<_>>(),
			vec![1, 2, 7]
		);
		assert_ok!(submit_share(fork, 1));
		assert_ok!(submit_share(fork, 2));
		// Node 7, the automatic replacement, never submits: the fork drops it and forks again,
		// with the next best node.
		run_to(forked_at + KEYING_WINDOW);
		System::assert_has_event(Event::MemberEjected { cluster: fork, node: 7 }.into());
		run_to(forked_at + KEYING_WINDOW + 1);
		let again = fork + 1;
		assert_eq!(
			ClusterRecords::<Test>::get(again).unwrap().nodes().collect::<Vec<_>>(),
			vec![1, 2, 6]
		);
		key_all(again);
		assert!(ClusterRecords::<Test>::get(again).unwrap().is_active());
		// The JCE follows the cluster it runs on.
		run_to(forked_at + KEYING_WINDOW + 3);
		assert_eq!(admitted(j), vec![again]);
	});
}

#[test]
fn bad_shares_are_refused_by_name() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create(&[0, 1], &[], AcceptanceMode::Unanimous);
		accept_all(id, &[0, 1]);
		let share = secret(id, 0);
		let proof = share.prove(id, &[0; 32]);
		assert_noop!(
			Clusters::submit_key_share(signed(worker(0)), 9, 0, share.public(), proof),
			Error::<Test>::ClusterNotFound
		);
		assert_noop!(
			Clusters::submit_key_share(signed(worker(3)), id, 3, share.public(), proof),
			Error::<Test>::NotMember
		);
		// Signed by node 1's worker for node 0, or by the operator instead of the worker.
		assert_noop!(
			Clusters::submit_key_share(signed(worker(1)), id, 0, share.public(), proof),
			Error::<Test>::NotWorker
		);
		assert_noop!(
			Clusters::submit_key_share(signed(operator(0)), id, 0, share.public(), proof),
			Error::<Test>::NotWorker
		);
		// A proof for another cluster, or of another share.
		assert_noop!(
			Clusters::submit_key_share(
				signed(worker(0)),
				id,
				0,
				share.public(),
				share.prove(id + 1, &[0; 32])
			),
			Error::<Test>::InvalidProof
		);
		assert_noop!(
			Clusters::submit_key_share(signed(worker(0)), id, 0, secret(id, 1).public(), proof),
			Error::<Test>::InvalidProof
		);
		assert_ok!(Clusters::submit_key_share(signed(worker(0)), id, 0, share.public(), proof));
		assert_noop!(submit_share(id, 0), Error::<Test>::ShareAlreadySubmitted);
		// Node 1 copying node 0's share (with node 0's valid proof).
		assert_noop!(
			Clusters::submit_key_share(signed(worker(1)), id, 1, share.public(), proof),
			Error::<Test>::DuplicateShare
		);
	});
}

#[test]
fn data_encrypted_to_the_recorded_key_needs_every_member_to_decrypt() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active(&[0, 1, 2], &[], AcceptanceMode::Unanimous);
		let key = ClusterRecords::<Test>::get(id).unwrap().key.unwrap();
		let message = b"a customer's private input";
		let ct = cluster_key::encrypt(&key, message, &[3; 64]).unwrap();
		let partials: Vec<_> =
			(0..3).map(|n| secret(id, n).partial_decrypt(&ct).unwrap()).collect();
		assert_eq!(cluster_key::combine(&ct, &partials).as_deref(), Some(&message[..]));
		for missing in 0..3 {
			let some: Vec<_> = partials
				.iter()
				.enumerate()
				.filter(|(i, _)| *i != missing)
				.map(|(_, p)| *p)
				.collect();
			assert_eq!(cluster_key::combine(&ct, &some), None);
		}
	});
}

#[test]
fn capacity_can_only_grow() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active(&[0, 1], &[], AcceptanceMode::Unanimous);
		assert_noop!(
			Clusters::increase_capacity(signed(OWNER), id, 1_000),
			Error::<Test>::CapacityDecrease
		);
		assert_noop!(
			Clusters::increase_capacity(signed(OWNER), id, 999),
			Error::<Test>::CapacityDecrease
		);
		assert_noop!(
			Clusters::increase_capacity(signed(CUSTOMER), id, 2_000),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			Clusters::increase_capacity(signed(OWNER), 9, 2_000),
			Error::<Test>::ClusterNotFound
		);
		assert_ok!(Clusters::increase_capacity(signed(OWNER), id, 2_000));
		System::assert_last_event(Event::CapacityIncreased { cluster: id, capacity: 2_000 }.into());
		assert_eq!(ClusterRecords::<Test>::get(id).unwrap().capacity, 2_000);
	});
}

// -------------------------------------------------------------------------------------------
// JCE admission and blacklists
// -------------------------------------------------------------------------------------------

#[test]
fn an_auto_approving_cluster_admits_at_once() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active(&[0, 1], &[], AcceptanceMode::AutoApprove);
		let j = jce(&[id], JceKind::Recurring);
		System::assert_last_event(Event::JceAdmitted { jce: j, cluster: id }.into());
		assert_eq!(admitted(j), vec![id]);
		assert_eq!(held(CUSTOMER, HoldReason::JceDeposit), JCE_DEPOSIT);
		assert_eq!(ClusterRecords::<Test>::get(id).unwrap().jces, 1);
		assert!(ClusterJces::<Test>::contains_key(id, j));
	});
}

#[test]
fn an_auto_approving_cluster_refuses_a_blacklisted_customer_and_the_customer_tries_another() {
	ExtBuilder::default().build_and_execute(|| {
		let first = active(&[0, 1], &[], AcceptanceMode::AutoApprove);
		let second = active(&[2, 3], &[], AcceptanceMode::AutoApprove);
		assert_ok!(Clusters::blacklist_add(
			signed(operator(1)),
			1,
			BlacklistEntry::Customer(CUSTOMER)
		));
		System::assert_last_event(
			Event::Blacklisted { node: 1, entry: BlacklistEntry::Customer(CUSTOMER) }.into(),
		);
		let j = jce(&[first], JceKind::Recurring);
		System::assert_last_event(
			Event::JceRefused {
				jce: j,
				cluster: first,
				reason: RejectionReason::Blacklisted,
				node: Some(1),
			}
			.into(),
		);
		assert!(admitted(j).is_empty());
		assert_ok!(Clusters::request_cluster(signed(CUSTOMER), j, second));
		System::assert_last_event(Event::JceAdmitted { jce: j, cluster: second }.into());
		assert_eq!(admitted(j), vec![second]);
		// Another customer's JCE is welcome in the first cluster; blacklisting it by id is not.
		let id = NextJceId::<Test>::get();
		assert_ok!(Clusters::blacklist_add(signed(operator(0)), 0, BlacklistEntry::Jce(id)));
		assert_ok!(Clusters::create_jce(
			signed(OTHER),
			JceKind::Recurring,
			BoundedVec::truncate_from(vec![first, second]),
			BoundedVec::truncate_from(vec![1]),
		));
		let other = Jces::<Test>::get(id).unwrap();
		assert_eq!(other.admitted().collect::<Vec<_>>(), vec![second]);
		assert!(events().contains(&Event::JceRefused {
			jce: id,
			cluster: first,
			reason: RejectionReason::Blacklisted,
			node: Some(0),
		}));
	});
}

#[test]
fn a_unanimous_cluster_admits_only_when_every_member_approves() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active(&[0, 1, 2], &[], AcceptanceMode::Unanimous);
		let j = jce(&[id], JceKind::Recurring);
		System::assert_last_event(
			Event::JceRequested { jce: j, cluster: id, expires: 1 + DECISION_WINDOW }.into(),
		);
		for n in [0, 1] {
			assert_ok!(Clusters::approve_jce(signed(operator(n)), j, id, n));
			System::assert_last_event(Event::JceApproved { jce: j, cluster: id, node: n }.into());
		}
		assert!(admitted(j).is_empty());
		assert_noop!(
			Clusters::approve_jce(signed(operator(1)), j, id, 1),
			Error::<Test>::AlreadyApproved
		);
		assert_noop!(
			Clusters::approve_jce(signed(operator(5)), j, id, 5),
			Error::<Test>::NotMember
		);
		assert_noop!(
			Clusters::approve_jce(signed(operator(1)), j, id, 2),
			Error::<Test>::NotOperator
		);
		assert_noop!(
			Clusters::approve_jce(signed(operator(2)), 9, id, 2),
			Error::<Test>::JceNotFound
		);
		assert_ok!(Clusters::approve_jce(signed(operator(2)), j, id, 2));
		System::assert_last_event(Event::JceAdmitted { jce: j, cluster: id }.into());
		assert_eq!(admitted(j), vec![id]);
		assert_noop!(
			Clusters::approve_jce(signed(operator(2)), j, id, 2),
			Error::<Test>::NotPending
		);
		// The lapsed deadline does not undo the admission.
		run_to(1 + DECISION_WINDOW + 1);
		assert_eq!(admitted(j), vec![id]);
	});
}

#[test]
fn one_rejection_fails_a_unanimous_request() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active(&[0, 1, 2], &[], AcceptanceMode::Unanimous);
		let j = jce(&[id], JceKind::Recurring);
		assert_ok!(Clusters::approve_jce(signed(operator(0)), j, id, 0));
		assert_noop!(Clusters::reject_jce(signed(operator(5)), j, id, 5), Error::<Test>::NotMember);
		assert_ok!(Clusters::reject_jce(signed(operator(1)), j, id, 1));
		System::assert_last_event(
			Event::JceRefused {
				jce: j,
				cluster: id,
				reason: RejectionReason::Rejected,
				node: Some(1),
			}
			.into(),
		);
		assert!(Jces::<Test>::get(j).unwrap().clusters.is_empty());
		assert_noop!(
			Clusters::approve_jce(signed(operator(2)), j, id, 2),
			Error::<Test>::NotPending
		);
		assert_noop!(
			Clusters::reject_jce(signed(operator(2)), j, id, 2),
			Error::<Test>::NotPending
		);
		// It may ask again.
		assert_ok!(Clusters::request_cluster(signed(CUSTOMER), j, id));
		assert!(matches!(last_event(), RuntimeEvent::Clusters(Event::JceRequested { .. })));
	});
}

#[test]
fn a_unanimous_request_lapses_after_the_decision_window() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active(&[0, 1], &[], AcceptanceMode::Unanimous);
		let j = jce(&[id], JceKind::Recurring);
		assert_ok!(Clusters::approve_jce(signed(operator(0)), j, id, 0));
		run_to(1 + DECISION_WINDOW);
		System::assert_last_event(
			Event::JceRefused { jce: j, cluster: id, reason: RejectionReason::Expired, node: None }
				.into(),
		);
		assert!(Jces::<Test>::get(j).unwrap().clusters.is_empty());
	});
}

#[test]
fn creating_a_jce_refuses_bad_requests() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active(&[0, 1], &[], AcceptanceMode::AutoApprove);
		let forming = create(&[2, 3], &[], AcceptanceMode::AutoApprove);
		let create = |clusters: Vec<ClusterId>, defs: Vec<u32>| {
			Clusters::create_jce(
				signed(CUSTOMER),
				JceKind::Recurring,
				BoundedVec::truncate_from(clusters),
				BoundedVec::truncate_from(defs),
			)
		};
		assert_noop!(create(vec![], vec![1]), Error::<Test>::NoClusters);
		assert_noop!(create(vec![id], vec![]), Error::<Test>::NoDefinitions);
		assert_noop!(create(vec![id, id], vec![1]), Error::<Test>::AlreadyRequested);
		assert_noop!(create(vec![9], vec![1]), Error::<Test>::ClusterNotFound);
		assert_noop!(create(vec![forming], vec![1]), Error::<Test>::ClusterNotActive);
		let j = jce(&[id], JceKind::Recurring);
		assert_noop!(
			Clusters::request_cluster(signed(CUSTOMER), j, id),
			Error::<Test>::AlreadyRequested
		);
		assert_noop!(Clusters::request_cluster(signed(OTHER), j, id), Error::<Test>::NotOwner);
		assert_noop!(
			Clusters::request_cluster(signed(CUSTOMER), 9, id),
			Error::<Test>::JceNotFound
		);
		assert_noop!(
			Clusters::request_cluster(signed(CUSTOMER), j, forming),
			Error::<Test>::ClusterNotActive
		);
		let b = active(&[4, 5], &[], AcceptanceMode::AutoApprove);
		let c = active(&[6, 7], &[], AcceptanceMode::AutoApprove);
		assert_ok!(Clusters::request_cluster(signed(CUSTOMER), j, b));
		assert_ok!(Clusters::request_cluster(signed(CUSTOMER), j, c));
		let d = active(&[2, 3], &[], AcceptanceMode::AutoApprove);
		assert_noop!(
			Clusters::request_cluster(signed(CUSTOMER), j, d),
			Error::<Test>::TooManyRequests
		);
	});
}

#[test]
fn a_full_cluster_refuses_more_jces() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active(&[0, 1], &[], AcceptanceMode::AutoApprove);
		for _ in 0..MAX_JCES {
			jce(&[id], JceKind::Recurring);
		}
		let j = jce(&[id], JceKind::Recurring);
		System::assert_last_event(
			Event::JceRefused {
				jce: j,
				cluster: id,
				reason: RejectionReason::ClusterFull,
				node: None,
			}
			.into(),
		);
		assert!(admitted(j).is_empty());
	});
}

#[test]
fn blacklists_are_bounded_and_kept_by_operators() {
	ExtBuilder::default().build_and_execute(|| {
		let entry = BlacklistEntry::Customer(CUSTOMER);
		assert_noop!(
			Clusters::blacklist_add(signed(operator(1)), 0, entry.clone()),
			Error::<Test>::NotOperator
		);
		assert_noop!(
			Clusters::blacklist_add(signed(operator(1)), 42, entry.clone()),
			Error::<Test>::NodeNotFound
		);
		assert_noop!(
			Clusters::blacklist_remove(signed(operator(0)), 0, entry.clone()),
			Error::<Test>::NotBlacklisted
		);
		assert_ok!(Clusters::blacklist_add(signed(operator(0)), 0, entry.clone()));
		assert_noop!(
			Clusters::blacklist_add(signed(operator(0)), 0, entry.clone()),
			Error::<Test>::AlreadyBlacklisted
		);
		for j in 0..MAX_BLACKLIST - 1 {
			assert_ok!(Clusters::blacklist_add(signed(operator(0)), 0, BlacklistEntry::Jce(j)));
		}
		assert_noop!(
			Clusters::blacklist_add(signed(operator(0)), 0, BlacklistEntry::Jce(99)),
			Error::<Test>::BlacklistFull
		);
		assert_ok!(Clusters::blacklist_remove(signed(operator(0)), 0, entry.clone()));
		System::assert_last_event(Event::Unblacklisted { node: 0, entry }.into());
		assert_eq!(BlacklistLen::<Test>::get(0), MAX_BLACKLIST - 1);
		assert_ok!(Clusters::blacklist_add(signed(operator(0)), 0, BlacklistEntry::Jce(99)));
	});
}

// -------------------------------------------------------------------------------------------
// Computations of a JCE (the queue's view)
// -------------------------------------------------------------------------------------------

#[test]
fn the_queue_gets_terms_and_a_placement_honouring_capacity_and_activity() {
	ExtBuilder::default().build_and_execute(|| {
		let first = active(&[0, 1], &[], AcceptanceMode::AutoApprove);
		let second = active(&[2, 3, 4], &[], AcceptanceMode::AutoApprove);
		assert_ok!(Clusters::increase_capacity(signed(OWNER), second, 10_000));
		let j = jce(&[first, second], JceKind::Recurring);
		assert_noop!(
			<Clusters as JcePlacement<_, _>>::admit(&OTHER, j, 1),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			<Clusters as JcePlacement<_, _>>::admit(&CUSTOMER, j, 3),
			Error::<Test>::DefinitionNotAllowed
		);
		assert_noop!(
			<Clusters as JcePlacement<_, _>>::admit(&CUSTOMER, 9, 1),
			Error::<Test>::JceNotFound
		);
		let terms = <Clusters as JcePlacement<_, _>>::admit(&CUSTOMER, j, 1).unwrap();
		assert_eq!((terms.fee_per_cu, terms.redundancy), (7, 3));
		assert_eq!(Jces::<Test>::get(j).unwrap().history.open, 1);
		// The first cluster, while it has room: 2 members × 400 CU, then 2 × 100 more.
		let p = <Clusters as JcePlacement<_, _>>::placement(j, 400).unwrap();
		assert_eq!((p.cluster, p.members.clone(), p.price_per_cu), (first, vec![0, 1], 7));
		<Clusters as JcePlacement<_, _>>::note_placed(j, first, 400);
		assert_eq!(<Clusters as JcePlacement<_, _>>::placement(j, 100).unwrap().cluster, first);
		<Clusters as JcePlacement<_, _>>::note_placed(j, first, 100);
		// Full now: the next cluster takes it.
		assert_eq!(<Clusters as JcePlacement<_, _>>::placement(j, 1).unwrap().cluster, second);
		// A new epoch frees the first one; an inactive member makes it unavailable again.
		set_epoch(1);
		assert_eq!(<Clusters as JcePlacement<_, _>>::placement(j, 1).unwrap().cluster, first);
		set_status(1, NodeStatus::Suspended);
		assert_eq!(<Clusters as JcePlacement<_, _>>::placement(j, 1).unwrap().cluster, second);
		set_status(3, NodeStatus::Registered);
		assert_eq!(<Clusters as JcePlacement<_, _>>::placement(j, 1), None);
		<Clusters as JcePlacement<_, _>>::note_ended(j, true);
		let history = Jces::<Test>::get(j).unwrap().history;
		assert_eq!(
			(history.submitted, history.open, history.verified, history.failed),
			(1, 0, 1, 0)
		);
	});
}

#[test]
fn a_single_use_jce_takes_one_computation_and_an_unadmitted_one_none() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active(&[0, 1], &[], AcceptanceMode::AutoApprove);
		let unanimous = active(&[2, 3], &[], AcceptanceMode::Unanimous);
		let single = jce(&[id], JceKind::SingleUse);
		assert_ok!(<Clusters as JcePlacement<_, _>>::admit(&CUSTOMER, single, 2));
		assert_noop!(
			<Clusters as JcePlacement<_, _>>::admit(&CUSTOMER, single, 2),
			Error::<Test>::JceUsed
		);
		let waiting = jce(&[unanimous], JceKind::Recurring);
		assert_noop!(
			<Clusters as JcePlacement<_, _>>::admit(&CUSTOMER, waiting, 1),
			Error::<Test>::NotAdmitted
		);
	});
}

#[test]
fn closing_a_jce_waits_for_its_computations_and_returns_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active(&[0, 1], &[], AcceptanceMode::AutoApprove);
		let pending = active(&[2, 3], &[], AcceptanceMode::Unanimous);
		let j = jce(&[id, pending], JceKind::Recurring);
		assert_ok!(<Clusters as JcePlacement<_, _>>::admit(&CUSTOMER, j, 1));
		assert_noop!(Clusters::close_jce(signed(CUSTOMER), j), Error::<Test>::JceBusy);
		assert_noop!(Clusters::close_jce(signed(OTHER), j), Error::<Test>::NotOwner);
		assert_noop!(Clusters::close_jce(signed(CUSTOMER), 9), Error::<Test>::JceNotFound);
		<Clusters as JcePlacement<_, _>>::note_ended(j, false);
		assert_ok!(Clusters::close_jce(signed(CUSTOMER), j));
		System::assert_last_event(Event::JceClosed { jce: j }.into());
		assert!(Jces::<Test>::get(j).is_none());
		assert_eq!(held(CUSTOMER, HoldReason::JceDeposit), 0);
		assert_eq!(ClusterRecords::<Test>::get(id).unwrap().jces, 0);
		// Its lapsing request is gone with it.
		run_to(1 + DECISION_WINDOW + 1);
	});
}

#[test]
fn an_owner_dissolves_only_a_cluster_without_jces() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active(&[0, 1], &[], AcceptanceMode::AutoApprove);
		let j = jce(&[id], JceKind::Recurring);
		assert_noop!(Clusters::dissolve_cluster(signed(CUSTOMER), id), Error::<Test>::NotOwner);
		assert_noop!(Clusters::dissolve_cluster(signed(OWNER), id), Error::<Test>::ClusterHasJces);
		assert_ok!(Clusters::close_jce(signed(CUSTOMER), j));
		assert_ok!(Clusters::dissolve_cluster(signed(OWNER), id));
		System::assert_last_event(
			Event::ClusterDissolved { cluster: id, reason: DissolveReason::ByOwner }.into(),
		);
		assert_eq!(held(OWNER, HoldReason::ClusterDeposit), 0);
		assert_eq!(NodeClusterCount::<Test>::get(0), 0);
	});
}

// -------------------------------------------------------------------------------------------
// Fork & migrate
// -------------------------------------------------------------------------------------------

#[test]
fn a_planned_exit_forks_the_cluster_at_the_epoch_after_next_and_the_jce_follows() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active(&[0, 1, 2], &[5, 6], AcceptanceMode::Unanimous);
		let j = jce(&[id], JceKind::Recurring);
		for n in [0, 1, 2] {
			assert_ok!(Clusters::approve_jce(signed(operator(n)), j, id, n));
		}
		assert_ok!(<Clusters as JcePlacement<_, _>>::admit(&CUSTOMER, j, 1));
		assert_noop!(Clusters::announce_exit(signed(operator(5)), id, 5), Error::<Test>::NotMember);
		assert_noop!(
			Clusters::announce_exit(signed(operator(1)), id, 2),
			Error::<Test>::NotOperator
		);
		assert_ok!(Clusters::announce_exit(signed(operator(2)), id, 2));
		System::assert_last_event(
			Event::ExitAnnounced { cluster: id, node: 2, at_epoch: 2 }.into(),
		);
		assert_noop!(
			Clusters::announce_exit(signed(operator(1)), id, 1),
			Error::<Test>::DepartureAlreadyAnnounced
		);
		// New computations wait for the fork.
		assert_eq!(<Clusters as JcePlacement<_, _>>::placement(j, 1), None);
		set_epoch(1);
		run_to(3);
		assert!(ClusterRecords::<Test>::get(id).unwrap().is_live());
		set_epoch(2);
		run_to(4);
		let fork = id + 1;
		System::assert_has_event(
			Event::ClusterForked {
				from: id,
				to: Some(fork),
				left: 2,
				replacement: Some(5),
				cause: ForkCause::Planned,
				charged: 50,
			}
			.into(),
		);
		assert_eq!(slashes(), vec![(2, Perbill::from_percent(1), SlashReason::LeftCluster, true)]);
		let new = ClusterRecords::<Test>::get(fork).unwrap();
		assert_eq!(new.nodes().collect::<Vec<_>>(), vec![0, 1, 5]);
		assert_eq!(new.status, ClusterStatus::Keying);
		assert_eq!(new.predecessor, Some(id));
		assert_eq!(new.standbys.iter().map(|s| s.node).collect::<Vec<_>>(), vec![6]);
		assert_eq!(new.deposit, CLUSTER_DEPOSIT);
		// The JCE moved in the same block (within the per-block budget), and the old cluster
		// is gone.
		System::assert_has_event(Event::JceMigrated { jce: j, from: id, to: Some(fork) }.into());
		assert!(ClusterRecords::<Test>::get(id).is_none());
		let moved = Jces::<Test>::get(j).unwrap();
		assert_eq!(moved.admitted().collect::<Vec<_>>(), vec![fork]);
		assert_eq!(
			(moved.history.migrations, moved.history.submitted, moved.history.open),
			(1, 1, 1)
		);
		assert_eq!(NodeClusterCount::<Test>::get(2), 0);
		assert!(NodeClusters::<Test>::contains_key(5, fork));
		assert_eq!(held(OWNER, HoldReason::ClusterDeposit), CLUSTER_DEPOSIT);
		// New key shares, then the pending computation runs on the fork.
		assert_eq!(<Clusters as JcePlacement<_, _>>::placement(j, 1), None);
		key_all(fork);
		let p = <Clusters as JcePlacement<_, _>>::placement(j, 1).unwrap();
		assert_eq!((p.cluster, p.members), (fork, vec![0, 1, 5]));
	});
}

#[test]
fn a_members_faults_follow_it_into_the_fork() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active(&[0, 1, 2], &[5], AcceptanceMode::AutoApprove);
		let j = jce(&[id], JceKind::Recurring);
		// Member 1 is one fault short of ejection (`EjectAfterFaults` = 2).
		<Clusters as JcePlacement<_, _>>::note_fault(j, 1);
		// The attack: another member leaves, the cluster forks, and before this stop the fork
		// started every member afresh, so member 1's fault was forgotten.
		assert_ok!(Clusters::announce_exit(signed(operator(2)), id, 2));
		set_epoch(2);
		run_to(4);
		let fork = id + 1;
		let member = |node| {
			ClusterRecords::<Test>::get(fork)
				.unwrap()
				.members
				.iter()
				.find(|m| m.node == node)
				.copied()
				.unwrap()
		};
		assert_eq!((member(1).faults, member(1).share), (1, None));
		assert_eq!(member(5).faults, 0);
		key_all(fork);
		// Its next fault, on the fork's computations, ejects it.
		<Clusters as JcePlacement<_, _>>::note_fault(j, 1);
		System::assert_has_event(Event::MemberFaulted { cluster: fork, node: 1, faults: 2 }.into());
		System::assert_last_event(Event::MemberEjected { cluster: fork, node: 1 }.into());
	});
}

#[test]
fn a_suspended_member_is_ejected_at_once_with_the_cost_on_its_stakers() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active(&[0, 1, 2], &[], AcceptanceMode::AutoApprove);
		let j = jce(&[id], JceKind::Recurring);
		ClusterRecords::<Test>::mutate(id, |c| {
			c.as_mut().unwrap().replacement = Replacement::StandbysThenVolunteers
		});
		set_ranking(vec![1, 7, 6]);
		volunteer(&[1, 7, 6]);
		<Clusters as OnNodeFault>::on_node_fault(0);
		System::assert_last_event(Event::MemberEjected { cluster: id, node: 0 }.into());
		// Reported twice: queued once.
		<Clusters as OnNodeFault>::on_node_fault(0);
		assert_eq!(ForcedForks::<Test>::iter().count(), 1);
		run_to(2);
		System::assert_has_event(
			Event::ClusterForked {
				from: id,
				to: Some(id + 1),
				left: 0,
				replacement: Some(7),
				cause: ForkCause::Forced,
				charged: 200,
			}
			.into(),
		);
		assert_eq!(slashes(), vec![(0, Perbill::from_percent(2), SlashReason::Ejected, false)]);
		assert_eq!(admitted(j), vec![id + 1]);
		assert_eq!(
			ClusterRecords::<Test>::get(id + 1).unwrap().nodes().collect::<Vec<_>>(),
			vec![1, 2, 7]
		);
	});
}

#[test]
fn only_repeated_faults_in_the_cluster_eject_a_member() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active(&[0, 1, 2], &[], AcceptanceMode::AutoApprove);
		let j = jce(&[id], JceKind::Recurring);
		let fault = |node| <Clusters as JcePlacement<_, _>>::note_fault(j, node);
		let faults_of = |node| {
			ClusterRecords::<Test>::get(id)
				.unwrap()
				.members
				.iter()
				.find(|m| m.node == node)
				.unwrap()
				.faults
		};
		// One fault (a missed window, a wrong result): counted, not ejected.
		fault(0);
		System::assert_last_event(Event::MemberFaulted { cluster: id, node: 0, faults: 1 }.into());
		assert!(ForcedForks::<Test>::iter().next().is_none());
		// Forgotten after `FaultMemory` (2) epochs: the next is a first again.
		set_epoch(3);
		fault(0);
		assert_eq!(faults_of(0), 1);
		assert!(ForcedForks::<Test>::iter().next().is_none());
		// A fault of a node outside the cluster, or on an unknown JCE, counts nowhere.
		fault(5);
		<Clusters as JcePlacement<_, _>>::note_fault(99, 1);
		assert_eq!((faults_of(1), faults_of(2)), (0, 0));
		// A second recent fault here (`EjectAfterFaults` = 2): ejected, the cluster forks.
		set_epoch(4);
		fault(0);
		System::assert_has_event(Event::MemberFaulted { cluster: id, node: 0, faults: 2 }.into());
		System::assert_last_event(Event::MemberEjected { cluster: id, node: 0 }.into());
		assert_eq!(ForcedForks::<Test>::get(id), Some(0));
	});
}

#[test]
fn a_forked_cluster_and_exhausted_ids_are_refused_by_name() {
	ExtBuilder::default().build_and_execute(|| {
		// A forked cluster whose JCEs are still moving to its fork.
		let id = active(&[0, 1, 2], &[], AcceptanceMode::AutoApprove);
		ClusterRecords::<Test>::mutate(id, |c| {
			c.as_mut().unwrap().status = ClusterStatus::Forked { successor: None }
		});
		assert_noop!(
			Clusters::increase_capacity(signed(OWNER), id, 10_000),
			Error::<Test>::ClusterForked
		);
		assert_noop!(
			Clusters::announce_exit(signed(operator(1)), id, 1),
			Error::<Test>::ClusterForked
		);
		ClusterRecords::<Test>::mutate(id, |c| c.as_mut().unwrap().status = ClusterStatus::Active);
		NextClusterId::<Test>::put(ClusterId::MAX);
		assert_noop!(
			Clusters::create_cluster(
				signed(OWNER),
				nodes(&[3, 4]),
				nodes(&[]),
				ClusterTerms {
					mode: AcceptanceMode::AutoApprove,
					tee: TeeRequirement::Any,
					price_per_cu: 7,
					capacity: 1_000,
					replacement: Replacement::StandbysOnly,
				},
			),
			Error::<Test>::Overflow
		);
	});
}

#[test]
fn only_volunteers_are_drafted_as_automatic_replacements() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Clusters::set_volunteer(signed(operator(7)), 7, Volunteering::Withdrawn),
			Error::<Test>::NoChange
		);
		assert_noop!(
			Clusters::set_volunteer(signed(operator(6)), 7, Volunteering::Offered),
			Error::<Test>::NotOperator
		);
		assert_noop!(
			Clusters::set_volunteer(signed(operator(7)), 99, Volunteering::Offered),
			Error::<Test>::NodeNotFound
		);
		let id = active(&[0, 1, 2], &[], AcceptanceMode::AutoApprove);
		ClusterRecords::<Test>::mutate(id, |c| {
			c.as_mut().unwrap().replacement = Replacement::StandbysThenVolunteers
		});
		// 7 ranks first but never agreed; 6 volunteered, then changed its mind; 5 volunteered.
		set_ranking(vec![7, 6, 5]);
		volunteer(&[6, 5]);
		System::assert_last_event(
			Event::VolunteerSet { node: 5, volunteering: Volunteering::Offered }.into(),
		);
		assert_noop!(
			Clusters::set_volunteer(signed(operator(6)), 6, Volunteering::Offered),
			Error::<Test>::NoChange
		);
		assert_ok!(Clusters::set_volunteer(signed(operator(6)), 6, Volunteering::Withdrawn));
		System::assert_last_event(
			Event::VolunteerSet { node: 6, volunteering: Volunteering::Withdrawn }.into(),
		);
		<Clusters as OnNodeFault>::on_node_fault(0);
		run_to(System::block_number() + 1);
		assert_eq!(
			ClusterRecords::<Test>::get(id + 1).unwrap().nodes().collect::<Vec<_>>(),
			vec![1, 2, 5]
		);
	});
}

#[test]
fn anyone_may_report_an_inactive_member() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active(&[0, 1, 2], &[], AcceptanceMode::AutoApprove);
		assert_noop!(Clusters::report_member(signed(OTHER), id, 1), Error::<Test>::MemberActive);
		assert_noop!(Clusters::report_member(signed(OTHER), id, 5), Error::<Test>::NotMember);
		assert_noop!(Clusters::report_member(signed(OTHER), 9, 1), Error::<Test>::ClusterNotFound);
		set_status(1, NodeStatus::Registered);
		assert_ok!(Clusters::report_member(signed(OTHER), id, 1));
		System::assert_last_event(Event::MemberEjected { cluster: id, node: 1 }.into());
		assert_noop!(
			Clusters::announce_exit(signed(operator(0)), id, 0),
			Error::<Test>::DepartureAlreadyAnnounced
		);
		run_to(2);
		// No standby and no automatic replacement: the fork has the two nodes left.
		assert_eq!(
			ClusterRecords::<Test>::get(id + 1).unwrap().nodes().collect::<Vec<_>>(),
			vec![0, 2]
		);
		assert_noop!(Clusters::report_member(signed(OTHER), id, 1), Error::<Test>::ClusterNotFound);
	});
}

/// Member 1 of cluster `id` (serving JCE `j`) leaves as planned; the fork takes node 4 in its
/// place and the JCE moves to it.
fn member_1_leaves_and_4_replaces_it(id: ClusterId, j: JceId) {
	assert_ok!(Clusters::announce_exit(signed(operator(1)), id, 1));
	set_epoch(2);
	run_to(2);
	System::assert_has_event(
		Event::ClusterForked {
			from: id,
			to: Some(id + 1),
			left: 1,
			replacement: Some(4),
			cause: ForkCause::Planned,
			charged: 50,
		}
		.into(),
	);
	assert_eq!(admitted(j), vec![id + 1]);
}

#[test]
fn a_replacement_that_blacklists_a_jce_of_the_cluster_is_passed_over() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active(&[0, 1, 2], &[5, 6], AcceptanceMode::AutoApprove);
		let j = jce(&[id], JceKind::Recurring);
		// Standby 5 blacklists the JCE, standby 6 its customer; the ranking's 4 is clean.
		assert_ok!(Clusters::blacklist_add(signed(operator(5)), 5, BlacklistEntry::Jce(j)));
		assert_ok!(Clusters::blacklist_add(
			signed(operator(6)),
			6,
			BlacklistEntry::Customer(CUSTOMER)
		));
		ClusterRecords::<Test>::mutate(id, |c| {
			c.as_mut().unwrap().replacement = Replacement::StandbysThenVolunteers
		});
		set_ranking(vec![5, 6, 4]);
		volunteer(&[5, 6, 4]);
		member_1_leaves_and_4_replaces_it(id, j);
	});
}

#[test]
fn a_replacement_of_a_members_operator_is_passed_over() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active(&[0, 1, 2], &[], AcceptanceMode::AutoApprove);
		let j = jce(&[id], JceKind::Recurring);
		ClusterRecords::<Test>::mutate(id, |c| {
			c.as_mut().unwrap().replacement = Replacement::StandbysThenVolunteers
		});
		set_ranking(vec![5, 4]);
		volunteer(&[5, 4]);
		// Volunteer 5 now belongs to member 0's operator; the ranking's 4 to one of its own.
		set_operator(5, operator(0));
		member_1_leaves_and_4_replaces_it(id, j);
	});
}

#[test]
fn a_fork_without_enough_nodes_leaves_no_cluster_and_the_jce_moves_on() {
	ExtBuilder::default().build_and_execute(|| {
		let small = active(&[0, 1], &[], AcceptanceMode::AutoApprove);
		let other = active(&[2, 3], &[], AcceptanceMode::AutoApprove);
		let j = jce(&[small, other], JceKind::Recurring);
		assert_ok!(Clusters::announce_exit(signed(operator(0)), small, 0));
		set_epoch(2);
		run_to(2);
		System::assert_has_event(
			Event::ClusterForked {
				from: small,
				to: None,
				left: 0,
				replacement: None,
				cause: ForkCause::Planned,
				charged: 50,
			}
			.into(),
		);
		System::assert_has_event(Event::JceMigrated { jce: j, from: small, to: None }.into());
		assert_eq!(admitted(j), vec![other]);
		assert!(ClusterRecords::<Test>::get(small).is_none());
		assert_eq!(held(OWNER, HoldReason::ClusterDeposit), CLUSTER_DEPOSIT);
		assert_eq!(NodeClusterCount::<Test>::get(1), 0);
		assert_eq!(<Clusters as JcePlacement<_, _>>::placement(j, 1).unwrap().cluster, other);
	});
}

#[test]
fn migrations_spread_over_blocks_within_the_budget() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active(&[0, 1, 2], &[5], AcceptanceMode::AutoApprove);
		let a = jce(&[id], JceKind::Recurring);
		let b = jce(&[id], JceKind::Recurring);
		assert_eq!(ClusterRecords::<Test>::get(id).unwrap().jces, 2);
		// Fork by hand, then migrate with a budget of one JCE per step.
		Clusters::fork(id, 2, ForkCause::Forced);
		assert_eq!(Migrations::<Test>::get(id), Some(Some(id + 1)));
		assert_eq!(Clusters::migrate(id, Some(id + 1), 1), 1);
		assert!(ClusterRecords::<Test>::get(id).is_some(), "one JCE still to move");
		Clusters::do_try_state().unwrap();
		assert_eq!(Clusters::migrate(id, Some(id + 1), 1), 1);
		assert!(ClusterRecords::<Test>::get(id).is_none());
		assert!(Migrations::<Test>::get(id).is_none());
		assert_eq!(admitted(a), vec![id + 1]);
		assert_eq!(admitted(b), vec![id + 1]);
		assert_eq!(ClusterRecords::<Test>::get(id + 1).unwrap().jces, 2);
	});
}

#[test]
fn try_state_catches_corruption() {
	ExtBuilder::default().build().execute_with(|| {
		let id = active(&[0, 1], &[], AcceptanceMode::AutoApprove);
		let j = jce(&[id], JceKind::Recurring);
		assert_ok!(Clusters::do_try_state());
		ClusterRecords::<Test>::mutate(id, |c| c.as_mut().unwrap().jces = 5);
		assert!(Clusters::do_try_state().is_err());
		ClusterRecords::<Test>::mutate(id, |c| c.as_mut().unwrap().jces = 1);
		ClusterRecords::<Test>::mutate(id, |c| c.as_mut().unwrap().key = Some([1; 32]));
		assert!(Clusters::do_try_state().is_err());
		ClusterRecords::<Test>::mutate(id, |c| c.as_mut().unwrap().key = None);
		ClusterRecords::<Test>::mutate(id, |c| c.as_mut().unwrap().status = ClusterStatus::Keying);
		assert_ok!(Clusters::do_try_state());
		Jces::<Test>::mutate(j, |x| x.as_mut().unwrap().deposit = 1);
		assert!(Clusters::do_try_state().is_err());
		Jces::<Test>::mutate(j, |x| x.as_mut().unwrap().deposit = JCE_DEPOSIT);
		NodeClusterCount::<Test>::insert(0, 3);
		assert!(Clusters::do_try_state().is_err());
		NodeClusterCount::<Test>::insert(0, 1);
		BlacklistLen::<Test>::insert(4, 1);
		assert!(Clusters::do_try_state().is_err());
		BlacklistLen::<Test>::remove(4);
		assert_ok!(Clusters::do_try_state());
	});
}

#[test]
fn volunteering_encodes_as_the_bool_it_replaced() {
	use codec::Encode;
	assert_eq!(Volunteering::Withdrawn.encode(), false.encode());
	assert_eq!(Volunteering::Offered.encode(), true.encode());
}
