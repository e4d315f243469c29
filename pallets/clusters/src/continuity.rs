//! Keeping JCEs running: the block hook, lapsed keying, replacing members by forking their
//! cluster, and moving JCEs to the fork.

use crate::types::Member;
use crate::*;
use alloc::vec::Vec;
use corex_primitives::SlashReason;
use frame_support::{pallet_prelude::*, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{One, Saturating, Zero};

impl<T: Config> Pallet<T> {
	// ---------------------------------------------------------------------------------------
	// The block hook: deadlines, forks, migrations
	// ---------------------------------------------------------------------------------------

	pub(crate) fn do_on_initialize(now: BlockNumberFor<T>) -> Weight {
		let budget = T::MaxTasksPerBlock::get();
		let mut weight = T::WeightInfo::on_initialize_idle();

		// Deadlines up to now, oldest first.
		let mut left = budget;
		let mut cursor = DeadlineCursor::<T>::get();
		while cursor <= now && left > 0 {
			let due: Vec<Deadline> =
				Deadlines::<T>::iter_key_prefix(cursor).take(left as usize).collect();
			for deadline in &due {
				Deadlines::<T>::remove(cursor, deadline);
				weight = weight.saturating_add(Self::lapse(*deadline));
			}
			left = left.saturating_sub(due.len() as u32);
			if left == 0 {
				break;
			}
			cursor = cursor.saturating_add(One::one());
		}
		DeadlineCursor::<T>::put(cursor);

		// Planned departures due by the current epoch.
		let epoch = T::Nodes::current_epoch();
		let mut left = budget;
		let mut cursor = DepartureCursor::<T>::get();
		while cursor <= epoch && left > 0 {
			let due: Vec<(ClusterId, NodeId)> =
				Departures::<T>::iter_prefix(cursor).take(left as usize).collect();
			for (cluster, node) in &due {
				Departures::<T>::remove(cursor, cluster);
				weight = weight.saturating_add(Self::fork(*cluster, *node, ForkCause::Planned));
			}
			left = left.saturating_sub(due.len() as u32);
			if left == 0 {
				break;
			}
			cursor = cursor.saturating_add(1);
		}
		DepartureCursor::<T>::put(cursor);

		// Forced forks.
		let forced: Vec<(ClusterId, NodeId)> =
			ForcedForks::<T>::iter().take(budget as usize).collect();
		for (cluster, node) in forced {
			ForcedForks::<T>::remove(cluster);
			weight = weight.saturating_add(Self::fork(cluster, node, ForkCause::Forced));
		}

		// Migrations: JCEs of forked clusters move to the forks.
		let mut left = budget;
		let migrating: Vec<(ClusterId, Option<ClusterId>)> =
			Migrations::<T>::iter().take(budget as usize).collect();
		for (from, to) in migrating {
			if left == 0 {
				break;
			}
			let moved = Self::migrate(from, to, left);
			weight = weight.saturating_add(T::WeightInfo::migrate_jces(moved.max(1)));
			left = left.saturating_sub(moved.max(1));
		}
		weight
	}

	/// A deadline passed. Returns the weight used.
	pub(crate) fn lapse(deadline: Deadline) -> Weight {
		match deadline {
			Deadline::Invitations(id) => {
				if let Some(cluster) = Clusters::<T>::get(id) {
					if matches!(cluster.status, ClusterStatus::Forming { .. }) {
						Self::dissolve(id, cluster, DissolveReason::Expired);
					}
				}
				T::WeightInfo::lapse_invitations(T::MaxMembers::get())
			},
			Deadline::Keying(id) => {
				if let Some(cluster) = Clusters::<T>::get(id) {
					if matches!(cluster.status, ClusterStatus::Keying) {
						let silent =
							cluster.members.iter().find(|m| m.share.is_none()).map(|m| m.node);
						match (cluster.predecessor, silent) {
							// A new cluster nobody uses yet: dissolved, every deposit returned.
							(None, _) if cluster.jces == 0 => {
								Self::dissolve(id, cluster, DissolveReason::KeyingExpired)
							},
							// A fork, which its JCEs are moving to: re-formed without a member
							// whose share did not come (its own worker's fault).
							(_, Some(node)) => {
								Self::eject(id, &cluster, node);
								Self::schedule_keying(id);
							},
							_ => {},
						}
					}
				}
				T::WeightInfo::lapse_keying(T::MaxMembers::get())
			},
			Deadline::Decision(jce_id, cluster) => {
				if let Some(mut jce) = Jces::<T>::get(jce_id) {
					if let Ok((at, _)) = Self::pending(&jce, cluster) {
						jce.clusters.remove(at);
						Jces::<T>::insert(jce_id, jce);
						Self::deposit_event(Event::JceRefused {
							jce: jce_id,
							cluster,
							reason: RejectionReason::Expired,
							node: None,
						});
					}
				}
				T::WeightInfo::lapse_decision()
			},
		}
	}

	/// The first acceptable replacement for a member of `cluster` (serving `jces`): an
	/// accepted standby, else one of the queue's best offered nodes if allowed. Acceptable:
	/// not a member, of an operator with no member in the cluster, active, with room for
	/// another cluster, and blacklisting none of the JCEs or their customers.
	pub(crate) fn replacement(
		cluster: &ClusterOf<T>,
		jces: &[(JceId, T::AccountId)],
	) -> Option<NodeId> {
		let operators: Vec<T::AccountId> =
			cluster.members.iter().filter_map(|m| T::Nodes::operator(m.node)).collect();
		let acceptable = |node: NodeId| {
			!cluster.is_member(node)
				&& T::Nodes::operator(node).is_some_and(|o| !operators.contains(&o))
				&& T::Nodes::is_active(node)
				&& NodeClusterCount::<T>::get(node) < T::MaxClustersPerNode::get()
				&& !jces.iter().any(|(jce, owner)| Self::blacklists(node, *jce, owner))
		};
		if let Some(standby) =
			cluster.standbys.iter().filter(|s| s.accepted).map(|s| s.node).find(|&n| acceptable(n))
		{
			return Some(standby);
		}
		if cluster.replacement == Replacement::StandbysOnly {
			return None;
		}
		let members: Vec<NodeId> = cluster.nodes().collect();
		T::Ranking::best_nodes(&members, T::MaxAutoCandidates::get())
			.into_iter()
			.find(|&n| Volunteers::<T>::contains_key(n) && acceptable(n))
	}

	/// Fork cluster `id` without `leaving`. Returns the weight used: the benchmark's, whose
	/// leaving node has one stake position, plus node staking's worst slash for the charge (a
	/// forced exit is charged on every position of the node).
	pub(crate) fn fork(id: ClusterId, leaving: NodeId, cause: ForkCause) -> Weight {
		let weight = T::WeightInfo::fork(T::MaxMembers::get(), T::MaxJcesPerCluster::get())
			.saturating_add(T::Slashing::slash_weight());
		let Some(mut old) = Clusters::<T>::get(id) else { return weight };
		if !old.is_live() || !old.is_member(leaving) {
			return weight;
		}
		if matches!(old.status, ClusterStatus::Forming { .. }) {
			return weight;
		}
		if let Some(departure) = old.departure.take() {
			Departures::<T>::remove(departure.at_epoch, id);
		}
		ForcedForks::<T>::remove(id);
		let jces: Vec<(JceId, T::AccountId)> = ClusterJces::<T>::iter_key_prefix(id)
			.take(T::MaxJcesPerCluster::get() as usize)
			.filter_map(|jce| Jces::<T>::get(jce).map(|j| (jce, j.owner)))
			.collect();
		let replacement = Self::replacement(&old, &jces);
		let mut members: Vec<Member> = old
			.members
			.iter()
			.filter(|m| m.node != leaving)
			// A fork is the same service with new keys: each member's recent faults on it
			// follow the member (else a fork would wipe a member one fault short of ejection).
			.map(|m| Member { share: None, accepted: true, ..*m })
			.collect();
		if let Some(node) = replacement {
			members.push(Member::new(node, true));
		}
		for member in old.members.iter() {
			Self::unindex_member(member.node, id);
		}
		ClusterLoads::<T>::remove(id);
		let next = NextClusterId::<T>::get();
		let successor = match (members.len() as u32 >= T::MinMembers::get(), next.checked_add(1)) {
			(true, Some(after)) => {
				let fork = Cluster {
					owner: old.owner.clone(),
					members: BoundedVec::truncate_from(members.clone()),
					mode: old.mode,
					tee: old.tee,
					price_per_cu: old.price_per_cu,
					capacity: old.capacity,
					standbys: BoundedVec::truncate_from(
						old.standbys
							.iter()
							.filter(|s| Some(s.node) != replacement)
							.copied()
							.collect(),
					),
					replacement: old.replacement,
					status: ClusterStatus::Keying,
					key: None,
					deposit: old.deposit,
					departure: None,
					predecessor: Some(id),
					jces: 0,
				};
				for member in &members {
					Self::index_member(member.node, next);
				}
				NextClusterId::<T>::put(after);
				Clusters::<T>::insert(next, fork);
				Self::schedule_keying(next);
				old.deposit = Zero::zero();
				Some(next)
			},
			_ => {
				// Too few nodes left (or no id): no fork. The deposit is returned once the JCEs
				// have left.
				None
			},
		};
		old.status = ClusterStatus::Forked { successor };
		let charged = Self::charge(leaving, cause);
		if old.jces == 0 {
			Self::release(&old.owner, HoldReason::ClusterDeposit, old.deposit);
			Clusters::<T>::remove(id);
		} else {
			Migrations::<T>::insert(id, successor);
			Clusters::<T>::insert(id, old);
		}
		Self::deposit_event(Event::ClusterForked {
			from: id,
			to: successor,
			left: leaving,
			replacement,
			cause,
			charged,
		});
		weight
	}

	/// Charge the migration's cost to the leaving node. Returns what was taken.
	pub(crate) fn charge(node: NodeId, cause: ForkCause) -> BalanceOf<T> {
		let outcome = match cause {
			ForkCause::Planned => T::Slashing::slash_self_bond(
				node,
				T::PlannedExitCharge::get(),
				SlashReason::LeftCluster,
				None,
			),
			ForkCause::Forced => {
				T::Slashing::slash(node, T::ForcedExitCharge::get(), SlashReason::Ejected, None)
			},
		};
		outcome.map(|o| o.total()).unwrap_or_default()
	}

	/// Move up to `budget` JCEs of forked cluster `from` to `to`. Returns how many moved.
	pub(crate) fn migrate(from: ClusterId, to: Option<ClusterId>, budget: u32) -> u32 {
		let batch: Vec<JceId> =
			ClusterJces::<T>::iter_key_prefix(from).take(budget as usize).collect();
		let mut fork = to.and_then(Clusters::<T>::get::<ClusterId>);
		for jce_id in &batch {
			ClusterJces::<T>::remove(from, jce_id);
			Jces::<T>::mutate(jce_id, |maybe| {
				let Some(jce) = maybe else { return };
				let Some(at) = jce.position(from) else { return };
				match (to, fork.as_mut()) {
					(Some(new), Some(cluster)) if jce.position(new).is_none() => {
						if let Some(request) = jce.clusters.get_mut(at) {
							request.cluster = new;
						}
						ClusterJces::<T>::insert(new, jce_id, ());
						cluster.jces = cluster.jces.saturating_add(1);
					},
					_ => {
						jce.clusters.remove(at);
					},
				}
				jce.history.migrations = jce.history.migrations.saturating_add(1);
			});
			Self::deposit_event(Event::JceMigrated {
				jce: *jce_id,
				from,
				to: to.filter(|_| fork.is_some()),
			});
		}
		if let (Some(new), Some(cluster)) = (to, fork) {
			Clusters::<T>::insert(new, cluster);
		}
		let moved = batch.len() as u32;
		Clusters::<T>::mutate_exists(from, |maybe| {
			let Some(old) = maybe else { return };
			old.jces = old.jces.saturating_sub(moved);
			if old.jces == 0 || ClusterJces::<T>::iter_key_prefix(from).next().is_none() {
				Self::release(&old.owner, HoldReason::ClusterDeposit, old.deposit);
				Migrations::<T>::remove(from);
				*maybe = None;
			}
		});
		moved
	}
}
