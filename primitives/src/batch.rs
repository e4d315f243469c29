//! Batches: one computation over many fragments of the same kernel, verified as one.
//!
//! A batch's order names its shared inputs (an inference's model; none for a data transform)
//! and a **shard list**, a content-addressed block holding the fragments' shards: the SCALE
//! encoding of a `Vec<Shard>`, each shard's content id and size. Fragment `i` runs the kernel
//! on the shared inputs followed by shard `i`. The batch's result is the content id of its
//! **output manifest**, the SCALE encoding of the fragments' output content ids in order
//! (`Vec<ContentId>`): one hash over every output, so the k executors' commitments and reveals
//! agree on all fragments at once or not at all, and any fragment's output can be checked
//! against the verified result with the manifest. Only the manifest's content id goes on chain;
//! the shard list, the shards, the outputs and the manifest are content-addressed blocks off
//! chain. This is the one definition of both formats: the chain prices from it, the worker
//! builds and checks it, the CLI's load tool and the tests reproduce it.

use crate::ContentId;
use alloc::vec::Vec;
use codec::{Compact, CompactLen, Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// One fragment's shard in a shard list.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct Shard {
	/// The shard's content id.
	pub cid: ContentId,
	/// Its size in bytes: at most the batch's declared shard size.
	pub size: u32,
}

/// The exact size in bytes of a shard list of `fragments` shards.
pub fn shard_list_len(fragments: u32) -> u64 {
	let prefix = Compact::<u32>::compact_len(&fragments) as u64;
	prefix.saturating_add(u64::from(fragments).saturating_mul(Shard::max_encoded_len() as u64))
}

/// The shard list of `shards`, as a block.
pub fn shard_list(shards: &[Shard]) -> Vec<u8> {
	shards.encode()
}

/// Why a block is not the shard list a batch declared.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ListError {
	/// It does not decode as a shard list, or has bytes left over.
	Malformed,
	/// It lists another number of shards than the batch's fragments.
	WrongCount,
	/// A shard is declared larger than the batch's shard size, or empty.
	ShardSize,
}

/// Decodes the shard list of a batch of `fragments` fragments whose shards are at most
/// `shard_size` bytes, checking both.
pub fn parse_shard_list(
	block: &[u8],
	fragments: u32,
	shard_size: u32,
) -> Result<Vec<Shard>, ListError> {
	if block.len() as u64 != shard_list_len(fragments) {
		return Err(ListError::WrongCount);
	}
	let mut input = block;
	let shards = Vec::<Shard>::decode(&mut input).map_err(|_| ListError::Malformed)?;
	if !input.is_empty() {
		return Err(ListError::Malformed);
	}
	if shards.len() as u64 != u64::from(fragments) {
		return Err(ListError::WrongCount);
	}
	if shards.iter().any(|s| s.size == 0 || s.size > shard_size) {
		return Err(ListError::ShardSize);
	}
	Ok(shards)
}

/// The output manifest of a batch whose fragments gave `outputs` (their content ids, in
/// fragment order), as a block: its content id is the batch's result.
pub fn manifest(outputs: &[ContentId]) -> Vec<u8> {
	outputs.encode()
}

/// The fragments' output content ids listed by a manifest block.
pub fn parse_manifest(block: &[u8]) -> Option<Vec<ContentId>> {
	let mut input = block;
	let outputs = Vec::<ContentId>::decode(&mut input).ok()?;
	input.is_empty().then_some(outputs)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn shards(n: u32, size: u32) -> Vec<Shard> {
		(0..n).map(|i| Shard { cid: ContentId::of(&i.to_le_bytes()), size }).collect()
	}

	#[test]
	fn a_shard_list_has_the_size_the_chain_prices() {
		for n in [1, 63, 64, 1_024, 16_384, 16_385] {
			assert_eq!(shard_list(&shards(n, 9)).len() as u64, shard_list_len(n), "{n} shards");
		}
		assert_eq!(shard_list_len(1), 1 + 36);
	}

	#[test]
	fn a_shard_list_is_checked_against_its_batch() {
		let list = shard_list(&shards(4, 100));
		assert_eq!(parse_shard_list(&list, 4, 100), Ok(shards(4, 100)));
		assert_eq!(parse_shard_list(&list, 3, 100), Err(ListError::WrongCount));
		assert_eq!(parse_shard_list(&list, 4, 99), Err(ListError::ShardSize));
		assert_eq!(parse_shard_list(&shard_list(&shards(2, 0)), 2, 100), Err(ListError::ShardSize));
		// The right length, but a prefix claiming another count.
		let mut forged = list.clone();
		forged[0] = Compact(5u32).encode()[0];
		assert_eq!(parse_shard_list(&forged, 4, 100), Err(ListError::Malformed));
	}

	#[test]
	fn a_manifest_lists_the_outputs_in_order() {
		let outputs: Vec<ContentId> = (0u8..5).map(|i| ContentId::of(&[i])).collect();
		let block = manifest(&outputs);
		assert_eq!(parse_manifest(&block), Some(outputs.clone()));
		let mut swapped = outputs.clone();
		swapped.swap(0, 1);
		assert_ne!(ContentId::of(&manifest(&swapped)), ContentId::of(&block));
		assert_eq!(parse_manifest(&block[..block.len() - 1]), None);
	}
}
