//! The epoch clock: epochs number the chain's accounting periods (stake changes, rewards,
//! uptime, probes, cluster departures). Node staking keeps the clock and advances it in its hook,
//! since an epoch's length is a governed parameter that may change between epochs; every other
//! pallet reads it through [`EpochClock`] (as part of [`crate::NodeInfo`]) and counts in whole
//! epochs with the helpers here, never from block numbers of its own.

/// Index of an epoch. Epoch 0 starts at genesis.
pub type EpochIndex = u32;

/// Where the chain is in its epochs.
pub trait EpochClock {
	/// The running epoch.
	fn current_epoch() -> EpochIndex;

	/// The epoch `epochs` after the running one: where something announced now takes effect
	/// (a stake change in the next epoch, a cluster departure in the one after).
	fn epochs_ahead(epochs: u32) -> EpochIndex {
		Self::current_epoch().saturating_add(epochs)
	}
}
