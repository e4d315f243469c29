//! Benchmarks of the clusters pallet, each on its worst path: clusters of `m` members, JCEs
//! asking `c` clusters, forks of clusters serving `j` JCEs, migrations of `n` JCEs.

use super::*;
use alloc::{vec, vec::Vec};
use corex_primitives::{cluster_key::SecretShare, JcePlacement, NodeBenchmarking};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, Get, Hooks},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_runtime::SaturatedConversion;

/// A funded account.
fn funded<T: Config>(name: &'static str, i: u32) -> T::AccountId {
	let who: T::AccountId = account(name, i, 0);
	let amount: BalanceOf<T> = 1_000_000_000_000_000_000_000u128.saturated_into();
	T::Currency::set_balance(&who, amount);
	who
}

/// `n` active nodes, distinct for every `offset`.
fn nodes<T: Config>(n: u32, offset: u32) -> Vec<NodeId> {
	(0..n)
		.map(|i| T::BenchmarkHelper::active_node(offset.saturating_add(i)).expect("a node"))
		.collect()
}

fn operator<T: Config>(node: NodeId) -> T::AccountId {
	T::Nodes::operator(node).expect("an operator")
}

fn share(cluster: ClusterId, node: NodeId) -> SecretShare {
	let mut seed = [7u8; 64];
	seed[..4].copy_from_slice(&cluster.to_le_bytes());
	seed[4..8].copy_from_slice(&node.to_le_bytes());
	SecretShare::from_seed(&seed)
}

fn create<T: Config>(
	owner: &T::AccountId,
	members: &[NodeId],
	standbys: &[NodeId],
	mode: AcceptanceMode,
	capacity: ComputeUnits,
) -> ClusterId {
	Pallet::<T>::do_create_cluster(
		owner.clone(),
		BoundedVec::truncate_from(members.to_vec()),
		BoundedVec::truncate_from(standbys.to_vec()),
		ClusterTerms {
			mode,
			tee: TeeRequirement::Any,
			price_per_cu: 1u32.into(),
			capacity,
			replacement: Replacement::StandbysThenVolunteers,
		},
	)
	.expect("a cluster")
}

fn accept<T: Config>(cluster: ClusterId, node: NodeId) {
	Pallet::<T>::do_accept(operator::<T>(node), cluster, node).expect("accepted");
}

fn submit_share<T: Config>(cluster: ClusterId, node: NodeId) {
	let secret = share(cluster, node);
	Pallet::<T>::do_submit_share(
		T::BenchmarkHelper::worker_account(node),
		cluster,
		node,
		secret.public(),
		secret.prove(cluster, &[1; 32]),
	)
	.expect("a share");
}

/// An active cluster of `members` (with accepted `standbys`).
fn active<T: Config>(
	owner: &T::AccountId,
	members: &[NodeId],
	standbys: &[NodeId],
	mode: AcceptanceMode,
) -> ClusterId {
	let id = create::<T>(owner, members, standbys, mode, ComputeUnits::MAX);
	for &n in members.iter().chain(standbys) {
		accept::<T>(id, n);
	}
	for &n in members {
		submit_share::<T>(id, n);
	}
	id
}

fn jce<T: Config>(customer: &T::AccountId, clusters: &[ClusterId]) -> JceId {
	Pallet::<T>::do_create_jce(
		customer.clone(),
		JceKind::Recurring,
		BoundedVec::truncate_from(clusters.to_vec()),
		BoundedVec::truncate_from(vec![0]),
	)
	.expect("a JCE")
}

fn min_members<T: Config>() -> u32 {
	T::MinMembers::get().max(2)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_cluster(
		m: Linear<{ min_members::<T>() }, { T::MaxMembers::get() }>,
		s: Linear<0, { T::MaxStandbys::get() }>,
	) {
		let owner = funded::<T>("owner", 0);
		let members = nodes::<T>(m, 0);
		let standbys = nodes::<T>(s, 100);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			BoundedVec::truncate_from(members),
			BoundedVec::truncate_from(standbys),
			ClusterTerms {
				mode: AcceptanceMode::Unanimous,
				tee: TeeRequirement::Any,
				price_per_cu: 1u32.into(),
				capacity: 1_000,
				replacement: Replacement::StandbysThenVolunteers,
			},
		);
		assert!(Clusters::<T>::contains_key(0));
	}

	#[benchmark]
	fn accept_invitation(m: Linear<{ min_members::<T>() }, { T::MaxMembers::get() }>) {
		let owner = funded::<T>("owner", 0);
		let members = nodes::<T>(m, 0);
		let id = create::<T>(&owner, &members, &[], AcceptanceMode::Unanimous, 1_000);
		let (last, rest) = members.split_last().expect("members");
		for &n in rest {
			accept::<T>(id, n);
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(operator::<T>(*last)), id, *last);
		assert_eq!(Clusters::<T>::get(id).map(|c| c.status), Some(ClusterStatus::Keying));
	}

	#[benchmark]
	fn decline_invitation(m: Linear<{ min_members::<T>() }, { T::MaxMembers::get() }>) {
		let owner = funded::<T>("owner", 0);
		let members = nodes::<T>(m, 0);
		let id = create::<T>(&owner, &members, &[], AcceptanceMode::Unanimous, 1_000);
		let (last, rest) = members.split_last().expect("members");
		for &n in rest {
			accept::<T>(id, n);
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(operator::<T>(*last)), id, *last);
		assert!(!Clusters::<T>::contains_key(id));
	}

	#[benchmark]
	fn submit_key_share(m: Linear<{ min_members::<T>() }, { T::MaxMembers::get() }>) {
		let owner = funded::<T>("owner", 0);
		let members = nodes::<T>(m, 0);
		let id = create::<T>(&owner, &members, &[], AcceptanceMode::Unanimous, 1_000);
		for &n in &members {
			accept::<T>(id, n);
		}
		let (last, rest) = members.split_last().expect("members");
		for &n in rest {
			submit_share::<T>(id, n);
		}
		let secret = share(id, *last);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(T::BenchmarkHelper::worker_account(*last)),
			id,
			*last,
			secret.public(),
			secret.prove(id, &[1; 32]),
		);
		assert_eq!(Clusters::<T>::get(id).map(|c| c.status), Some(ClusterStatus::Active));
	}

	#[benchmark]
	fn increase_capacity() {
		let owner = funded::<T>("owner", 0);
		let members = nodes::<T>(min_members::<T>(), 0);
		let id = create::<T>(&owner, &members, &[], AcceptanceMode::Unanimous, 1_000);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id, 2_000);
		assert_eq!(Clusters::<T>::get(id).map(|c| c.capacity), Some(2_000));
	}

	#[benchmark]
	fn announce_exit() {
		let owner = funded::<T>("owner", 0);
		let members = nodes::<T>(T::MaxMembers::get(), 0);
		let id = active::<T>(&owner, &members, &[], AcceptanceMode::Unanimous);
		let node = members[0];
		#[extrinsic_call]
		_(RawOrigin::Signed(operator::<T>(node)), id, node);
		assert!(Clusters::<T>::get(id).is_some_and(|c| c.departure.is_some()));
	}

	#[benchmark]
	fn report_member() {
		let owner = funded::<T>("owner", 0);
		let members = nodes::<T>(T::MaxMembers::get(), 0);
		let id = active::<T>(&owner, &members, &[], AcceptanceMode::Unanimous);
		let node = members[0];
		T::BenchmarkHelper::deactivate(node);
		ForcedForks::<T>::remove(id);
		let reporter = funded::<T>("reporter", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(reporter), id, node);
		assert_eq!(ForcedForks::<T>::get(id), Some(node));
	}

	#[benchmark]
	fn create_jce(
		c: Linear<1, { T::MaxClustersPerJce::get() }>,
		m: Linear<{ min_members::<T>() }, { T::MaxMembers::get() }>,
	) {
		let owner = funded::<T>("owner", 0);
		let customer = funded::<T>("customer", 0);
		let clusters: Vec<ClusterId> = (0..c)
			.map(|i| {
				let members = nodes::<T>(m, 1_000 + i * 16);
				active::<T>(&owner, &members, &[], AcceptanceMode::AutoApprove)
			})
			.collect();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(customer),
			JceKind::Recurring,
			BoundedVec::truncate_from(clusters.clone()),
			BoundedVec::truncate_from(vec![0]),
		);
		let created = Jces::<T>::get(0).expect("the JCE");
		assert_eq!(created.admitted().count() as u32, c);
	}

	#[benchmark]
	fn approve_jce(m: Linear<{ min_members::<T>() }, { T::MaxMembers::get() }>) {
		let owner = funded::<T>("owner", 0);
		let customer = funded::<T>("customer", 0);
		let members = nodes::<T>(m, 0);
		let id = active::<T>(&owner, &members, &[], AcceptanceMode::Unanimous);
		let j = jce::<T>(&customer, &[id]);
		let (last, rest) = members.split_last().expect("members");
		for &n in rest {
			Pallet::<T>::do_approve(operator::<T>(n), j, id, n).expect("approved");
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(operator::<T>(*last)), j, id, *last);
		assert!(ClusterJces::<T>::contains_key(id, j));
	}

	#[benchmark]
	fn reject_jce() {
		let owner = funded::<T>("owner", 0);
		let customer = funded::<T>("customer", 0);
		let members = nodes::<T>(T::MaxMembers::get(), 0);
		let id = active::<T>(&owner, &members, &[], AcceptanceMode::Unanimous);
		let j = jce::<T>(&customer, &[id]);
		let node = members[0];
		#[extrinsic_call]
		_(RawOrigin::Signed(operator::<T>(node)), j, id, node);
		assert!(Jces::<T>::get(j).is_some_and(|x| x.clusters.is_empty()));
	}

	#[benchmark]
	fn close_jce(c: Linear<1, { T::MaxClustersPerJce::get() }>) {
		let owner = funded::<T>("owner", 0);
		let customer = funded::<T>("customer", 0);
		let clusters: Vec<ClusterId> = (0..c)
			.map(|i| {
				let members = nodes::<T>(min_members::<T>(), 1_000 + i * 16);
				active::<T>(&owner, &members, &[], AcceptanceMode::AutoApprove)
			})
			.collect();
		let j = jce::<T>(&customer, &clusters);
		#[extrinsic_call]
		_(RawOrigin::Signed(customer), j);
		assert!(!Jces::<T>::contains_key(j));
	}

	#[benchmark]
	fn blacklist_add() {
		let node = nodes::<T>(1, 0)[0];
		let customer = funded::<T>("customer", 0);
		for i in 0..T::MaxBlacklist::get().saturating_sub(1) {
			Pallet::<T>::do_blacklist(
				operator::<T>(node),
				node,
				BlacklistEntry::Jce(i),
				ListChange::Add,
			)
			.expect("listed");
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(operator::<T>(node)), node, BlacklistEntry::Customer(customer));
		assert_eq!(BlacklistLen::<T>::get(node), T::MaxBlacklist::get());
	}

	#[benchmark]
	fn blacklist_remove() {
		let node = nodes::<T>(1, 0)[0];
		let customer = funded::<T>("customer", 0);
		let entry = BlacklistEntry::Customer(customer);
		Pallet::<T>::do_blacklist(operator::<T>(node), node, entry.clone(), ListChange::Add)
			.expect("listed");
		#[extrinsic_call]
		_(RawOrigin::Signed(operator::<T>(node)), node, entry);
		assert_eq!(BlacklistLen::<T>::get(node), 0);
	}

	#[benchmark]
	fn set_volunteer() {
		let node = nodes::<T>(1, 0)[0];
		#[extrinsic_call]
		_(RawOrigin::Signed(operator::<T>(node)), node, Volunteering::Offered);
		assert!(Volunteers::<T>::contains_key(node));
	}

	#[benchmark]
	fn dissolve_cluster(m: Linear<{ min_members::<T>() }, { T::MaxMembers::get() }>) {
		let owner = funded::<T>("owner", 0);
		let members = nodes::<T>(m, 0);
		let id = active::<T>(&owner, &members, &[], AcceptanceMode::Unanimous);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);
		assert!(!Clusters::<T>::contains_key(id));
	}

	#[benchmark]
	fn on_initialize_idle() {
		let now = frame_system::Pallet::<T>::block_number();
		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}
	}

	#[benchmark]
	fn lapse_invitations(m: Linear<{ min_members::<T>() }, { T::MaxMembers::get() }>) {
		let owner = funded::<T>("owner", 0);
		let members = nodes::<T>(m, 0);
		let id = create::<T>(&owner, &members, &[], AcceptanceMode::Unanimous, 1_000);
		for &n in members.iter().skip(1) {
			accept::<T>(id, n);
		}
		#[block]
		{
			Pallet::<T>::lapse(Deadline::Invitations(id));
		}
		assert!(!Clusters::<T>::contains_key(id));
	}

	#[benchmark]
	fn lapse_keying(m: Linear<{ min_members::<T>() }, { T::MaxMembers::get() }>) {
		// A new cluster whose shares did not all come: dissolved, every member unindexed.
		let owner = funded::<T>("owner", 0);
		let members = nodes::<T>(m, 0);
		let id = create::<T>(&owner, &members, &[], AcceptanceMode::Unanimous, 1_000);
		for &n in members.iter() {
			accept::<T>(id, n);
		}
		assert!(matches!(Clusters::<T>::get(id).expect("formed").status, ClusterStatus::Keying));
		#[block]
		{
			Pallet::<T>::lapse(Deadline::Keying(id));
		}
		assert!(!Clusters::<T>::contains_key(id));
	}

	#[benchmark]
	fn lapse_decision() {
		let owner = funded::<T>("owner", 0);
		let customer = funded::<T>("customer", 0);
		let members = nodes::<T>(T::MaxMembers::get(), 0);
		let id = active::<T>(&owner, &members, &[], AcceptanceMode::Unanimous);
		let j = jce::<T>(&customer, &[id]);
		#[block]
		{
			Pallet::<T>::lapse(Deadline::Decision(j, id));
		}
		assert!(Jces::<T>::get(j).is_some_and(|x| x.clusters.is_empty()));
	}

	#[benchmark]
	fn fork(
		m: Linear<{ min_members::<T>() }, { T::MaxMembers::get() }>,
		j: Linear<0, { T::MaxJcesPerCluster::get() }>,
	) {
		let owner = funded::<T>("owner", 0);
		let members = nodes::<T>(m, 0);
		let standbys = nodes::<T>(T::MaxStandbys::get(), 100);
		let id = active::<T>(&owner, &members, &standbys, AcceptanceMode::AutoApprove);
		let mut jces = Vec::new();
		for i in 0..j {
			jces.push(jce::<T>(&funded::<T>("customer", i), &[id]));
		}
		// Every standby but the last blacklists the last JCE: all are checked against all.
		if let Some(&last) = jces.last() {
			for &s in standbys.iter().take(standbys.len().saturating_sub(1)) {
				Pallet::<T>::do_blacklist(
					operator::<T>(s),
					s,
					BlacklistEntry::Jce(last),
					ListChange::Add,
				)
				.expect("listed");
			}
		}
		let leaving = members[0];
		#[block]
		{
			Pallet::<T>::fork(id, leaving, ForkCause::Forced);
		}
		assert!(Clusters::<T>::get(id).is_none_or(|c| !c.is_live()));
	}

	#[benchmark]
	fn migrate_jces(n: Linear<1, { T::MaxTasksPerBlock::get() }>) {
		let owner = funded::<T>("owner", 0);
		let members = nodes::<T>(T::MaxMembers::get(), 0);
		let standbys = nodes::<T>(1, 100);
		let id = active::<T>(&owner, &members, &standbys, AcceptanceMode::AutoApprove);
		for i in 0..n {
			jce::<T>(&funded::<T>("customer", i), &[id]);
		}
		Pallet::<T>::fork(id, members[0], ForkCause::Planned);
		let to = Migrations::<T>::get(id).expect("migrating");
		#[block]
		{
			Pallet::<T>::migrate(id, to, n);
		}
		assert!(!Clusters::<T>::contains_key(id));
	}

	#[benchmark]
	fn placement(
		c: Linear<1, { T::MaxClustersPerJce::get() }>,
		m: Linear<{ min_members::<T>() }, { T::MaxMembers::get() }>,
	) {
		let owner = funded::<T>("owner", 0);
		let customer = funded::<T>("customer", 0);
		// Every cluster but the last is full: the placement looks at all of them.
		let clusters: Vec<ClusterId> = (0..c)
			.map(|i| {
				let members = nodes::<T>(m, 1_000 + i * 16);
				let id = active::<T>(&owner, &members, &[], AcceptanceMode::AutoApprove);
				if i + 1 < c {
					Clusters::<T>::mutate(id, |x| {
						if let Some(x) = x {
							x.capacity = 0;
						}
					});
				}
				id
			})
			.collect();
		let j = jce::<T>(&customer, &clusters);
		#[block]
		{
			let _ = <Pallet<T> as JcePlacement<_, _>>::admit(&customer, j, 0);
			let placed = <Pallet<T> as JcePlacement<_, _>>::placement(j, 1).expect("placed");
			<Pallet<T> as JcePlacement<_, _>>::note_placed(j, placed.cluster, 1);
		}
		assert_eq!(ClusterLoads::<T>::get(clusters[clusters.len() - 1]).cu, u64::from(m));
	}

	/// A fault of a node found only in the last of a JCE's `c` clusters, whose members are
	/// scanned to the last, that ejects it there.
	#[benchmark]
	fn note_fault(c: Linear<1, { T::MaxClustersPerJce::get() }>) {
		let owner = funded::<T>("owner", 0);
		let customer = funded::<T>("customer", 0);
		let m = T::MaxMembers::get();
		let clusters: Vec<ClusterId> = (0..c)
			.map(|i| {
				let members = nodes::<T>(m, 2_000 + i * 16);
				active::<T>(&owner, &members, &[], AcceptanceMode::AutoApprove)
			})
			.collect();
		let j = jce::<T>(&customer, &clusters);
		let last = clusters[clusters.len() - 1];
		let cluster = Clusters::<T>::get(last).expect("exists");
		let node = cluster.members[cluster.members.len() - 1].node;
		let epoch = T::Nodes::current_epoch();
		Clusters::<T>::mutate(last, |x| {
			if let Some(member) = x.as_mut().and_then(|x| x.member_mut(node)) {
				member.faults =
					u8::try_from(T::EjectAfterFaults::get().saturating_sub(1)).unwrap_or(u8::MAX);
				member.last_fault = epoch;
			}
		});
		#[block]
		{
			<Pallet<T> as JcePlacement<_, _>>::note_fault(j, node);
		}
		assert!(ForcedForks::<T>::contains_key(last), "ejected");
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
