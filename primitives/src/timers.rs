//! Running due timers from a cursor, within a count and a weight limit: the hooks of the
//! computation queue and of the proofs pallet index their timers by block and share this loop
//! ([`run_stored`] over their storage, [`run_due`] underneath).

use alloc::vec::Vec;
use codec::FullCodec;
use frame_support::storage::{IterableStorageDoubleMap, StorageDoubleMap, StorageValue};
use sp_runtime::{
	traits::{One, Saturating, Zero},
	Weight,
};

/// Run the timers due by `now` that `Timers` keeps (block → id), from the block `Cursor` keeps
/// (from `now` while it is unset: no timer is ever set for a block already past), each removed
/// before `run(id, at)` handles it, within [`run_due`]'s limits (`worst(id, at)` bounds what a
/// timer may weigh before it runs); `Cursor` moves to where they stopped. Returns the weight the
/// timers reported.
pub fn run_stored<Timers, Cursor, B, Id>(
	now: B,
	max: u32,
	limit: Weight,
	worst: impl Fn(&Id, B) -> Weight,
	mut run: impl FnMut(Id, B) -> Weight,
) -> Weight
where
	Timers: IterableStorageDoubleMap<B, Id, ()> + StorageDoubleMap<B, Id, ()>,
	Cursor: StorageValue<B, Query = B>,
	B: FullCodec + Copy + PartialOrd + Saturating + One + Zero,
	Id: FullCodec + Clone,
{
	let cursor = Cursor::get();
	let cursor = if cursor.is_zero() { now } else { cursor };
	let timers = run_due(
		cursor,
		now,
		max,
		limit,
		|at, id: &Id| worst(id, at),
		|at, n| Timers::iter_key_prefix(at).take(n).collect(),
		|at, id: Id| {
			Timers::remove(at, id.clone());
			run(id, at)
		},
	);
	Cursor::put(timers.at);
	timers.used
}

/// Where a block's timers stopped.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct TimerRun<BlockNumber> {
	/// The block whose timers run next: every timer of an earlier block has run.
	pub at: BlockNumber,
	/// The weight the timers that ran reported.
	pub used: Weight,
	/// How many ran.
	pub ran: u32,
}

/// Run the timers due from `cursor` up to `now`, oldest block first: at most `max` of them,
/// and no more once the next at its `worst(at, id)` (the most that timer may weigh, known before
/// it runs) could take the weight used past `limit`. The first always runs, whatever it weighs,
/// so the timers advance in every block. A bound per timer, rather than one for the worst
/// timer there could be, lets the many cheap timers of a busy block run together.
///
/// `due(at, n)` lists up to `n` timers of block `at`; `run(at, id)` removes and handles one and
/// returns the weight it used.
pub fn run_due<B, Id>(
	mut cursor: B,
	now: B,
	max: u32,
	limit: Weight,
	worst: impl Fn(B, &Id) -> Weight,
	due: impl Fn(B, usize) -> Vec<Id>,
	mut run: impl FnMut(B, Id) -> Weight,
) -> TimerRun<B>
where
	B: Copy + PartialOrd + Saturating + One,
{
	let mut used = Weight::zero();
	let mut ran = 0u32;
	while cursor <= now && ran < max {
		for id in due(cursor, max.saturating_sub(ran) as usize) {
			if ran > 0 && used.saturating_add(worst(cursor, &id)).any_gt(limit) {
				return TimerRun { at: cursor, used, ran };
			}
			used = used.saturating_add(run(cursor, id));
			ran = ran.saturating_add(1);
		}
		if ran >= max {
			// More may be due in this block.
			break;
		}
		cursor = cursor.saturating_add(One::one());
	}
	TimerRun { at: cursor, used, ran }
}

#[cfg(test)]
mod tests {
	use super::*;
	use alloc::{collections::BTreeMap, vec};

	/// Timers by block, run in order; every timer weighs `cost`.
	fn go(
		timers: &mut BTreeMap<u32, Vec<u32>>,
		cursor: u32,
		now: u32,
		max: u32,
		limit: u64,
		cost: u64,
	) -> (TimerRun<u32>, Vec<u32>) {
		let mut order = Vec::new();
		let snapshot = timers.clone();
		let r = run_due(
			cursor,
			now,
			max,
			Weight::from_parts(limit, 0),
			|_, _| Weight::from_parts(cost, 0),
			|at, n| {
				snapshot.get(&at).map(|v| v.iter().copied().take(n).collect()).unwrap_or_default()
			},
			|at, id| {
				if let Some(v) = timers.get_mut(&at) {
					v.retain(|x| *x != id);
				}
				order.push(id);
				Weight::from_parts(cost, 0)
			},
		);
		(r, order)
	}

	#[test]
	fn runs_every_due_timer_within_the_limits() {
		let mut t = BTreeMap::from([(1, vec![10, 11]), (2, vec![20]), (4, vec![40])]);
		let (r, order) = go(&mut t, 1, 3, 10, 1_000, 10);
		assert_eq!(order, vec![10, 11, 20]);
		assert_eq!(r, TimerRun { at: 4, used: Weight::from_parts(30, 0), ran: 3 });
	}

	#[test]
	fn the_count_stops_inside_a_block_and_the_rest_runs_next() {
		let mut t = BTreeMap::from([(1, vec![10, 11, 12])]);
		let (r, order) = go(&mut t, 1, 5, 2, 1_000, 10);
		assert_eq!((order, r.at, r.ran), (vec![10, 11], 1, 2));
		let (r, order) = go(&mut t, r.at, 5, 2, 1_000, 10);
		assert_eq!((order, r.at), (vec![12], 6));
	}

	#[test]
	fn the_weight_stops_before_a_timer_that_could_pass_the_limit() {
		let mut t = BTreeMap::from([(1, vec![10, 11, 12]), (2, vec![20])]);
		// Two fit in 25; a third at its worst (10) would make 30.
		let (r, order) = go(&mut t, 1, 2, 10, 25, 10);
		assert_eq!((order, r.at, r.used), (vec![10, 11], 1, Weight::from_parts(20, 0)));
		let (r, order) = go(&mut t, r.at, 2, 10, 25, 10);
		assert_eq!((order, r.at), (vec![12, 20], 3));
	}

	#[test]
	fn each_timer_is_bounded_by_its_own_worst_case() {
		// Timer 11 may weigh 100, the others 10: with a limit of 45 the cheap ones run around
		// it, and it waits for a block where it fits.
		let timers = BTreeMap::from([(1u32, vec![10u32, 11, 12])]);
		let mut order = Vec::new();
		let worst = |_: u32, id: &u32| Weight::from_parts(if *id == 11 { 100 } else { 10 }, 0);
		let r = run_due(
			1,
			1,
			10,
			Weight::from_parts(45, 0),
			worst,
			|at, n| {
				timers.get(&at).map(|v| v.iter().copied().take(n).collect()).unwrap_or_default()
			},
			|_, id| {
				order.push(id);
				worst(1, &id)
			},
		);
		assert_eq!((order, r.at, r.ran), (vec![10], 1, 1), "the costly one stops the block");
		// Alone, it runs: the first timer of a block always does.
		let mut order = Vec::new();
		let r = run_due(
			1,
			1,
			10,
			Weight::from_parts(45, 0),
			worst,
			|_, _| vec![11, 12],
			|_, id| {
				order.push(id);
				worst(1, &id)
			},
		);
		assert_eq!((order, r.ran), (vec![11], 1));
	}

	#[test]
	fn one_timer_runs_even_over_the_limit() {
		let mut t = BTreeMap::from([(1, vec![10, 11])]);
		let (r, order) = go(&mut t, 1, 1, 10, 5, 10);
		assert_eq!((order, r.at, r.ran), (vec![10], 1, 1));
	}

	#[test]
	fn nothing_due_moves_the_cursor_to_the_next_block() {
		let mut t = BTreeMap::new();
		let (r, order) = go(&mut t, 3, 5, 10, 100, 10);
		assert!(order.is_empty());
		assert_eq!(r, TimerRun { at: 6, used: Weight::zero(), ran: 0 });
		let (r, _) = go(&mut t, 7, 5, 10, 100, 10);
		assert_eq!(r.at, 7, "a cursor ahead of now stays");
	}
}

#[cfg(test)]
mod stored_tests {
	use super::*;
	use frame_support::{storage_alias, Twox64Concat};

	#[storage_alias]
	type Timers = StorageDoubleMap<TimerTest, Twox64Concat, u32, Twox64Concat, u32, ()>;
	#[storage_alias]
	type Cursor = StorageValue<TimerTest, u32, frame_support::storage::types::ValueQuery>;

	fn run(now: u32, max: u32) -> (Weight, alloc::vec::Vec<(u32, u32)>) {
		let mut ran = alloc::vec::Vec::new();
		let used = run_stored::<Timers, Cursor, _, _>(
			now,
			max,
			Weight::from_parts(1_000, 0),
			|_, _| Weight::from_parts(10, 0),
			|id, at| {
				ran.push((at, id));
				Weight::from_parts(10, 0)
			},
		);
		(used, ran)
	}

	#[test]
	fn stored_timers_run_once_removed_and_the_cursor_follows() {
		sp_io::TestExternalities::default().execute_with(|| {
			Timers::insert(5, 1, ());
			Timers::insert(5, 2, ());
			Timers::insert(7, 3, ());
			// An unset cursor starts at the current block: it never walks the chain's history.
			let (used, ran) = run(5, 1);
			assert_eq!((used, ran), (Weight::from_parts(10, 0), alloc::vec![(5, 1)]));
			assert_eq!(Cursor::get(), 5, "more is due in block 5");
			assert!(!Timers::contains_key(5, 1), "a timer runs once");
			let (_, ran) = run(6, 8);
			assert_eq!(ran, alloc::vec![(5, 2)]);
			assert_eq!(Cursor::get(), 7);
			let (_, ran) = run(9, 8);
			assert_eq!(ran, alloc::vec![(7, 3)]);
			assert_eq!(Cursor::get(), 10);
			assert_eq!(Timers::iter().count(), 0);
		});
	}

	#[test]
	fn an_unset_cursor_skips_nothing_due_from_now_on() {
		sp_io::TestExternalities::default().execute_with(|| {
			// Set for an earlier block than the first run (which no pallet does): not reached.
			Timers::insert(3, 1, ());
			Timers::insert(1_000, 2, ());
			let (_, ran) = run(1_000, 8);
			assert_eq!(ran, alloc::vec![(1_000, 2)]);
			assert_eq!(Cursor::get(), 1_001);
		});
	}
}
