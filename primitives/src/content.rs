//! Content ids: the CIDv1 (raw codec, sha2-256) of inputs and results, kept on chain as the
//! bare digest. The one definition of the format; the JavaScript helper is tested against it.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use scale_info::TypeInfo;

/// The content id of an input or result: the sha2-256 digest of a raw IPFS block. On the wire
/// it is a CIDv1 with the raw codec (0x55) and a sha2-256 multihash, `bafkrei…` in base32; the
/// chain stores only the digest, since codec and hash function are fixed.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct ContentId(pub [u8; 32]);

impl ContentId {
	/// The binary CIDv1 prefix: version 1, raw codec, sha2-256, 32-byte digest.
	pub const PREFIX: [u8; 4] = [0x01, 0x55, 0x12, 0x20];

	/// The content id of `data` (sha2-256).
	pub fn of(data: &[u8]) -> Self {
		ContentId(sp_io::hashing::sha2_256(data))
	}

	/// Parse a CIDv1 given either as its binary form (36 bytes) or as its base32 string
	/// (`b` followed by 58 lower-case base32 characters, as `ipfs add --cid-version 1
	/// --raw-leaves` prints it). Only the raw codec with a sha2-256 multihash is accepted.
	pub fn parse(cid: &[u8]) -> Option<Self> {
		let binary: [u8; 36] = match cid.split_first() {
			Some((b'b', rest)) => base32_decode::<36>(rest)?,
			_ => cid.try_into().ok()?,
		};
		let (prefix, digest) = binary.split_at(4);
		if prefix != Self::PREFIX {
			return None;
		}
		Some(ContentId(digest.try_into().ok()?))
	}

	/// The binary CIDv1 of this content id.
	pub fn to_cid_bytes(&self) -> [u8; 36] {
		let mut out = [0u8; 36];
		for (o, b) in out.iter_mut().zip(Self::PREFIX.iter().chain(self.0.iter())) {
			*o = *b;
		}
		out
	}

	/// The base32 CIDv1 string of this content id (`bafkrei…`), as ASCII bytes.
	pub fn to_cid_string(&self) -> [u8; 59] {
		const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";
		let mut out = [b'b'; 59];
		let mut acc: u32 = 0;
		let mut bits: u32 = 0;
		let mut slots = out.iter_mut().skip(1);
		for byte in self.to_cid_bytes() {
			acc = (acc << 8) | u32::from(byte);
			// `bits` stays below 13 and every subtraction is guarded by its comparison.
			bits = bits.wrapping_add(8);
			while bits >= 5 {
				bits = bits.wrapping_sub(5);
				if let (Some(slot), Some(c)) =
					(slots.next(), ALPHABET.get(((acc >> bits) & 31) as usize))
				{
					*slot = *c;
				}
			}
			acc &= (1u32 << bits).wrapping_sub(1);
		}
		if bits > 0 {
			let last = (acc << 5u32.wrapping_sub(bits)) & 31;
			if let (Some(slot), Some(c)) = (slots.next(), ALPHABET.get(last as usize)) {
				*slot = *c;
			}
		}
		out
	}
}

/// Decode unpadded lower-case RFC 4648 base32 into exactly `N` bytes.
fn base32_decode<const N: usize>(text: &[u8]) -> Option<[u8; N]> {
	let mut out = [0u8; N];
	let mut acc: u32 = 0;
	let mut bits: u32 = 0;
	let mut written = 0usize;
	for &c in text {
		let value = match c {
			// Inside the matched ranges these cannot wrap.
			b'a'..=b'z' => c.wrapping_sub(b'a'),
			b'2'..=b'7' => c.wrapping_sub(b'2').wrapping_add(26),
			_ => return None,
		};
		acc = (acc << 5) | u32::from(value);
		bits = bits.wrapping_add(5);
		if bits >= 8 {
			bits = bits.wrapping_sub(8);
			*out.get_mut(written)? = (acc >> bits) as u8;
			written = written.wrapping_add(1);
			acc &= (1u32 << bits).wrapping_sub(1);
		}
	}
	// Leftover bits must be zero padding, and every byte must be filled.
	(written == N && acc == 0 && bits < 5).then_some(out)
}

#[cfg(test)]
mod tests {
	use super::*;
	use proptest::prelude::*;

	#[test]
	fn cid_matches_what_ipfs_prints_and_round_trips() {
		// `printf 'hello\n' | ipfs add --cid-version 1 --raw-leaves -Q`
		let id = ContentId::of(b"hello\n");
		let text = id.to_cid_string();
		assert_eq!(&text[..], &b"bafkreicysg23kiwv34eg2d7qweipxwosdo2py4ldv42nbauguluen5v6am"[..]);
		assert_eq!(ContentId::parse(&text), Some(id));
		assert_eq!(ContentId::parse(&id.to_cid_bytes()), Some(id));
	}

	#[test]
	fn other_codecs_hashes_and_garbage_are_refused() {
		let id = ContentId::of(b"x");
		let mut dag_pb = id.to_cid_bytes();
		dag_pb[1] = 0x70;
		assert_eq!(ContentId::parse(&dag_pb), None);
		let mut blake = id.to_cid_bytes();
		blake[2] = 0x1e;
		assert_eq!(ContentId::parse(&blake), None);
		assert_eq!(ContentId::parse(b""), None);
		assert_eq!(ContentId::parse(b"bafkrei"), None);
		let mut text = id.to_cid_string();
		text[10] = b'1';
		assert_eq!(ContentId::parse(&text), None);
		assert_eq!(ContentId::parse(&id.to_cid_bytes()[..35]), None);
	}

	proptest! {
		#[test]
		fn any_digest_round_trips_through_both_forms(digest in proptest::array::uniform32(any::<u8>())) {
			let id = ContentId(digest);
			prop_assert_eq!(ContentId::parse(&id.to_cid_string()), Some(id));
			prop_assert_eq!(ContentId::parse(&id.to_cid_bytes()), Some(id));
		}
	}
}
