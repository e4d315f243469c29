//! # Corex primitives
//!
//! Types and traits shared by the Corex pallets. Pallets depend on these traits, never on one
//! another: the computation queue asks [`NodeInfo`] how much work a node may take, the mining
//! pool and the proofs pallet pay through [`NodeRewards`], punish through [`NodeSlashing`] and
//! score through [`NodeReputation`]. The node-staking pallet implements all four.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

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
