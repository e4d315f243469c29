//! # Corex primitives
//!
//! Types and traits shared by the Corex pallets. Pallets depend on these traits, never on one
//! another: the computation queue asks [`NodeInfo`] how much work a node may take, the mining
//! pool and the proofs pallet pay through [`NodeRewards`], punish through [`NodeSlashing`] and
//! score through [`NodeReputation`]. The node-staking pallet implements all four.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod batch;
pub mod cluster_key;
pub mod commitment;
pub mod seed;
pub mod timers;

mod cluster;
mod computation;
mod content;
mod economics;
mod epoch;
mod node;
mod origins;

pub use cluster::*;
pub use computation::*;
pub use content::*;
pub use economics::*;
pub use epoch::*;
pub use node::*;
pub use origins::*;
pub use seed::SlotAuthor;

/// The sizes the block hooks' benchmarks measure up to (the throughput issue's P3): each hook's
/// benchmark takes the node set and the computations in flight as components over these
/// ranges, and the hook charges its benchmark at the top of them. The benchmarks show the
/// weight flat across the ranges (`scripts/bench.sh`, docs/performance.md): no hook iterates
/// the nodes or the computations, so larger sets cost no more.
pub mod scale {
	/// Registered nodes: 10 to this many (the computations pallet's hook takes its own bound,
	/// `MaxOfferedNodes`, for offered nodes).
	pub const NODES: u32 = 10_000;
	/// Computations in flight (stored, with their timers): 100 to this many. The queue itself
	/// holds at most `MaxQueueLength` of them; an order beyond is refused (`QueueFull`).
	pub const COMPUTATIONS: u32 = 100_000;
}
