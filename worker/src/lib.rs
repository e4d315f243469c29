//! # Compute worker
//!
//! The off-chain worker of compute nodes. It holds no state on chain and has no calls: every
//! block, in every `corex-node` whose keystore holds a worker key (key type `cxwk`, inserted with
//! `author_insertKey` or `corex-node key insert`), it
//!
//! 1. finds the nodes whose current worker key is in the keystore;
//! 2. reads each node's open assignments from the computations pallet;
//! 3. for an assignment without a result yet, fetches every input by content id from the
//!    configured IPFS trustless gateway (`GET {gateway}/ipfs/{cid}?format=raw`), checks each
//!    block's sha2-256 against its content id, runs the kernel of `corex-compute`, keeps the
//!    output and a random salt in off-chain storage;
//! 4. commits to the result ([`corex_primitives::commitment::of`]: the chain's genesis hash, the
//!    computation, the node, the result and the salt) with `Computations::commit_result`, signed
//!    by the worker key; or, if an input cannot be had for `ReportUnavailableAfter` blocks (not
//!    served, not matching its content id, longer than declared) or the kernel refuses the
//!    inputs, says so with `Computations::report_unavailable`, which costs the node nothing;
//! 5. once every executor has committed and the proofs pallet opens the reveal window, reveals
//!    the result (with the output itself where the policy compares outputs) with
//!    `Proofs::reveal`, and only then publishes the output block (`POST
//!    {api}/api/v0/block/put`, as kubo takes it): nothing is published before its commitment is
//!    on chain, so no node can commit to a result it found published instead of computing it;
//! 6. when its node is chosen as a computation's verifier, re-runs it the same way and submits
//!    the result with `Proofs::submit_replay`, publishing its output with it;
//! 7. for each cluster its node is a member of that is collecting key shares, draws a secret key
//!    share from the node's randomness, keeps it in the node's persistent off-chain storage (never
//!    on chain) and submits the public share with its proof of possession
//!    (`Clusters::submit_key_share`), and reports fellow members that are no longer active
//!    (`Clusters::report_member`), so that their clusters fork without them.
//!
//! Work in progress lives in the node's persistent off-chain storage under a lock per
//! assignment, so an overlapping run, a restart or a skipped block neither computes twice nor
//! loses a result, and a commitment is sent again only if it has not landed `ResubmitAfter`
//! blocks later. Nothing here runs on the block import path.
//!
//! Settings (persistent off-chain storage, e.g. with the `offchain_localStorageSet` RPC):
//! `corex/gateway` (default `http://127.0.0.1:8089`) and `corex/ipfs-api` (default: the
//! gateway). Non-validating compute nodes run with `--offchain-worker always`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

pub mod batch;
pub mod keys;
pub mod metrics;
#[cfg(test)]
mod mock;
pub mod signing;
#[cfg(test)]
mod tests;
pub mod worker;

/// The worker key's crypto for `frame_system::offchain::Signer`: sr25519 under key type `cxwk`.
pub mod crypto {
	use corex_primitives::worker;
	use sp_runtime::{MultiSignature, MultiSigner};

	/// Signs the worker's transactions with the node's worker key.
	pub struct WorkerAuthId;

	impl frame_system::offchain::AppCrypto<MultiSigner, MultiSignature> for WorkerAuthId {
		type RuntimeAppPublic = worker::Public;
		type GenericSignature = sp_core::sr25519::Signature;
		type GenericPublic = sp_core::sr25519::Public;
	}

	impl frame_system::offchain::AppCrypto<sp_core::sr25519::Public, sp_core::sr25519::Signature>
		for WorkerAuthId
	{
		type RuntimeAppPublic = worker::Public;
		type GenericSignature = sp_core::sr25519::Signature;
		type GenericPublic = sp_core::sr25519::Public;
	}
}

// FRAME's macro expansion uses `expect` internally; the logic lives in `worker.rs`, where the
// no-panic lints stay denied.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use frame_support::pallet_prelude::*;
	use frame_system::{
		offchain::{AppCrypto, CreateSignedTransaction},
		pallet_prelude::*,
	};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config:
		frame_system::Config
		+ pallet_computations::Config
		+ pallet_proofs::Config
		+ pallet_clusters::Config
		+ CreateSignedTransaction<pallet_computations::Call<Self>>
		+ CreateSignedTransaction<pallet_proofs::Call<Self>>
		+ CreateSignedTransaction<pallet_clusters::Call<Self>>
	{
		/// The worker key's crypto (key type `cxwk`, sr25519).
		type WorkerCrypto: AppCrypto<Self::Public, Self::Signature>;

		/// Blocks to wait for a sent commitment to land before sending it again.
		#[pallet::constant]
		type ResubmitAfter: Get<BlockNumberFor<Self>>;

		/// Milliseconds one gateway request may take.
		#[pallet::constant]
		type HttpTimeoutMs: Get<u64>;

		/// Blocks an input may fail to fetch before the worker reports the assignment
		/// unavailable (`Computations::report_unavailable`), so that the node is not penalized
		/// for a missed window; sooner if the window would close first. A kernel that refuses
		/// the inputs is reported at once.
		#[pallet::constant]
		type ReportUnavailableAfter: Get<BlockNumberFor<Self>>;
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Compute and commit this node's assignments (see the crate docs).
		fn offchain_worker(now: BlockNumberFor<T>) {
			crate::worker::run::<T>(now);
		}
	}
}
