//! Cluster keys: n-of-n key shares over Ristretto255 (the group sr25519 signs in).
//!
//! When a cluster activates, each member's off-chain worker draws a secret share `xᵢ` from the
//! node's randomness and keeps it in the node's local off-chain storage. It publishes only
//! `Pᵢ = xᵢ·G` with a proof of possession: a Schnorr signature over the cluster id, so that no
//! member can pick its public share as a function of the others' ("rogue key"). The chain checks
//! each proof and records the cluster key `P = Σ Pᵢ` once every share is in.
//!
//! Customers encrypt to `P` with [`encrypt`] (hashed ElGamal: an ephemeral `r`, the point
//! `r·G` in the clear, a key stream and a tag derived from `r·P`). Each member contributes the
//! partial decryption `xᵢ·(r·G)` ([`partial_decrypt`]); only the sum of all `n` partials is
//! `r·P`, so [`combine`] opens the ciphertext with every member's partial and fails with any
//! `n − 1` of them. Confidentiality holds while one member keeps its share secret.
//!
//! Every function is deterministic given its inputs: the caller supplies the randomness.

// `+` and `*` here are group and scalar-field operations (modular): they cannot overflow.
#![allow(clippy::arithmetic_side_effects)]

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use curve25519_dalek::{
	constants::RISTRETTO_BASEPOINT_POINT,
	ristretto::{CompressedRistretto, RistrettoPoint},
	scalar::Scalar,
	traits::Identity,
};
use scale_info::TypeInfo;

/// A compressed Ristretto255 point: a member's public share, or a cluster key.
pub type PublicKey = [u8; 32];

/// Domain separation of every hash in this module.
const CONTEXT: &[u8] = b"corex/cluster-key/v1";

/// A proof that whoever published a public share knows its secret: a Schnorr signature
/// `(R, s)` with `s·G = R + c·P`, `c = H(cluster ‖ P ‖ R)`.
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
pub struct PossessionProof {
	/// The commitment `R = r·G`, compressed.
	pub commitment: [u8; 32],
	/// The response `s = r + c·x`, a canonical scalar.
	pub response: [u8; 32],
}

/// A member's secret share. Lives only in the member node's off-chain storage.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretShare(Scalar);

impl core::fmt::Debug for SecretShare {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		f.write_str("SecretShare(..)")
	}
}

/// 64 bytes of `H(CONTEXT ‖ label ‖ parts…)`, for reducing to a scalar.
fn wide_hash(label: &[u8], parts: &[&[u8]]) -> [u8; 64] {
	let mut data = Vec::with_capacity(96);
	data.extend_from_slice(CONTEXT);
	data.extend_from_slice(label);
	for part in parts {
		data.extend_from_slice(part);
	}
	let mut out = [0u8; 64];
	let (lo, hi) = out.split_at_mut(32);
	data.push(0);
	lo.copy_from_slice(&sp_io::hashing::blake2_256(&data));
	if let Some(last) = data.last_mut() {
		*last = 1;
	}
	hi.copy_from_slice(&sp_io::hashing::blake2_256(&data));
	out
}

fn scalar_of(label: &[u8], parts: &[&[u8]]) -> Scalar {
	Scalar::from_bytes_mod_order_wide(&wide_hash(label, parts))
}

fn decompress(bytes: &[u8; 32]) -> Option<RistrettoPoint> {
	CompressedRistretto(*bytes).decompress()
}

fn challenge(cluster: u32, public: &PublicKey, commitment: &[u8; 32]) -> Scalar {
	scalar_of(b"pop", &[&cluster.to_le_bytes(), public, commitment])
}

impl SecretShare {
	/// The share derived from 64 bytes of randomness (reduced modulo the group order).
	pub fn from_seed(seed: &[u8; 64]) -> Self {
		SecretShare(Scalar::from_bytes_mod_order_wide(seed))
	}

	/// The share from its 32-byte encoding, if canonical.
	pub fn from_bytes(bytes: [u8; 32]) -> Option<Self> {
		Option::from(Scalar::from_canonical_bytes(bytes)).map(SecretShare)
	}

	/// The 32-byte encoding (for the node's off-chain storage only).
	pub fn to_bytes(&self) -> [u8; 32] {
		self.0.to_bytes()
	}

	/// The public share `x·G`.
	pub fn public(&self) -> PublicKey {
		(RISTRETTO_BASEPOINT_POINT * self.0).compress().to_bytes()
	}

	/// A proof of possession of this share for `cluster`; `nonce_seed` is fresh randomness
	/// (the nonce also depends on the secret, so a repeated seed does not leak it).
	pub fn prove(&self, cluster: u32, nonce_seed: &[u8; 32]) -> PossessionProof {
		let public = self.public();
		let r = scalar_of(b"nonce", &[&self.0.to_bytes(), nonce_seed, &cluster.to_le_bytes()]);
		let commitment = (RISTRETTO_BASEPOINT_POINT * r).compress().to_bytes();
		let c = challenge(cluster, &public, &commitment);
		PossessionProof { commitment, response: (r + c * self.0).to_bytes() }
	}

	/// This member's partial decryption of `ciphertext`: `x·E`.
	pub fn partial_decrypt(&self, ciphertext: &Ciphertext) -> Option<PublicKey> {
		let ephemeral = decompress(&ciphertext.ephemeral)?;
		Some((ephemeral * self.0).compress().to_bytes())
	}
}

/// Whether `proof` shows possession of the secret of `public` for `cluster`. Refuses the
/// identity point and non-canonical encodings.
pub fn verify_possession(cluster: u32, public: &PublicKey, proof: &PossessionProof) -> bool {
	let (Some(point), Some(commitment)) = (decompress(public), decompress(&proof.commitment))
	else {
		return false;
	};
	if point == RistrettoPoint::identity() {
		return false;
	}
	let Some(s) = Option::<Scalar>::from(Scalar::from_canonical_bytes(proof.response)) else {
		return false;
	};
	let c = challenge(cluster, public, &proof.commitment);
	RISTRETTO_BASEPOINT_POINT * s == commitment + point * c
}

/// The cluster key: the sum of the members' public shares. `None` if a share is not a valid
/// point, or there are none.
pub fn aggregate(shares: &[PublicKey]) -> Option<PublicKey> {
	if shares.is_empty() {
		return None;
	}
	let mut sum = RistrettoPoint::identity();
	for share in shares {
		sum += decompress(share)?;
	}
	Some(sum.compress().to_bytes())
}

/// A message encrypted to a cluster key.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct Ciphertext {
	/// `E = r·G`.
	pub ephemeral: [u8; 32],
	/// The message XOR the key stream.
	pub body: Vec<u8>,
	/// `H(k ‖ body)`: shows whether the right key opened it.
	pub tag: [u8; 32],
}

fn stream_key(shared: &RistrettoPoint) -> [u8; 32] {
	let mut data = Vec::from(CONTEXT);
	data.extend_from_slice(b"key");
	data.extend_from_slice(shared.compress().as_bytes());
	sp_io::hashing::blake2_256(&data)
}

fn apply_stream(key: &[u8; 32], body: &mut [u8]) {
	for (block, chunk) in body.chunks_mut(32).enumerate() {
		let pad = sp_io::hashing::blake2_256(&(key, block as u64).encode());
		for (byte, p) in chunk.iter_mut().zip(pad.iter()) {
			*byte ^= p;
		}
	}
}

fn tag_of(key: &[u8; 32], body: &[u8]) -> [u8; 32] {
	sp_io::hashing::blake2_256(&(CONTEXT, b"tag", key, body).encode())
}

/// Encrypt `message` to `cluster_key` with the ephemeral scalar derived from `randomness`.
/// `None` if the key is not a valid point.
pub fn encrypt(
	cluster_key: &PublicKey,
	message: &[u8],
	randomness: &[u8; 64],
) -> Option<Ciphertext> {
	let key_point = decompress(cluster_key)?;
	let r = Scalar::from_bytes_mod_order_wide(randomness);
	let ephemeral = (RISTRETTO_BASEPOINT_POINT * r).compress().to_bytes();
	let key = stream_key(&(key_point * r));
	let mut body = Vec::from(message);
	apply_stream(&key, &mut body);
	let tag = tag_of(&key, &body);
	Some(Ciphertext { ephemeral, body, tag })
}

/// Open `ciphertext` from the members' partial decryptions. Only the partials of every
/// member sum to the shared point; with any missing or wrong, the tag does not match and this
/// returns `None`.
pub fn combine(ciphertext: &Ciphertext, partials: &[PublicKey]) -> Option<Vec<u8>> {
	let mut shared = RistrettoPoint::identity();
	for partial in partials {
		shared += decompress(partial)?;
	}
	let key = stream_key(&shared);
	if tag_of(&key, &ciphertext.body) != ciphertext.tag {
		return None;
	}
	let mut body = ciphertext.body.clone();
	apply_stream(&key, &mut body);
	Some(body)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn shares(n: u8) -> Vec<SecretShare> {
		(0..n).map(|i| SecretShare::from_seed(&[i.wrapping_add(1); 64])).collect()
	}

	#[test]
	fn a_proof_verifies_for_its_cluster_only() {
		let share = SecretShare::from_seed(&[7; 64]);
		let public = share.public();
		let proof = share.prove(3, &[1; 32]);
		assert!(verify_possession(3, &public, &proof));
		assert!(!verify_possession(4, &public, &proof), "bound to the cluster id");
		let other = SecretShare::from_seed(&[8; 64]).public();
		assert!(!verify_possession(3, &other, &proof), "bound to the public share");
		let mut forged = proof;
		forged.response[0] ^= 1;
		assert!(!verify_possession(3, &public, &forged));
		let identity = RistrettoPoint::identity().compress().to_bytes();
		assert!(!verify_possession(3, &identity, &proof));
		assert!(!verify_possession(3, &[0xff; 32], &proof), "not a point");
	}

	#[test]
	fn a_share_survives_its_encoding() {
		let share = SecretShare::from_seed(&[9; 64]);
		assert_eq!(SecretShare::from_bytes(share.to_bytes()), Some(share.clone()));
		assert_eq!(SecretShare::from_bytes([0xff; 32]), None, "not canonical");
	}

	#[test]
	fn decryption_needs_every_members_partial() {
		let members = shares(3);
		let key = aggregate(&members.iter().map(SecretShare::public).collect::<Vec<_>>()).unwrap();
		let message = b"inputs only the whole cluster may read, longer than one 32-byte block";
		let ct = encrypt(&key, message, &[42; 64]).unwrap();
		assert_ne!(&ct.body[..], &message[..]);
		let partials: Vec<_> = members.iter().map(|m| m.partial_decrypt(&ct).unwrap()).collect();
		assert_eq!(combine(&ct, &partials).as_deref(), Some(&message[..]));
		// Any n − 1 partials fail.
		for skip in 0..partials.len() {
			let some: Vec<_> =
				partials.iter().enumerate().filter(|(i, _)| *i != skip).map(|(_, p)| *p).collect();
			assert_eq!(combine(&ct, &some), None, "without member {skip}");
		}
		// A partial from an outsider fails too.
		let outsider = SecretShare::from_seed(&[99; 64]).partial_decrypt(&ct).unwrap();
		let mut wrong = partials.clone();
		wrong[0] = outsider;
		assert_eq!(combine(&ct, &wrong), None);
		// So does a tampered body.
		let mut tampered = ct.clone();
		tampered.body[0] ^= 1;
		assert_eq!(combine(&tampered, &partials), None);
	}

	fn hex(text: &str) -> Vec<u8> {
		(0..text.len())
			.step_by(2)
			.map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
			.collect()
	}

	/// The same ciphertext as the JavaScript helper (`tests/e2e/lib/cluster-key.js`) gives for
	/// secrets 5, 7, 11 and randomness `[42; 64]`: the two sides interoperate.
	#[test]
	fn encryption_matches_the_javascript_helper() {
		let scalar = |n: u8| {
			let mut b = [0u8; 32];
			b[0] = n;
			SecretShare::from_bytes(b).unwrap()
		};
		let members = [scalar(5), scalar(7), scalar(11)];
		let key = aggregate(&members.iter().map(SecretShare::public).collect::<Vec<_>>()).unwrap();
		assert_eq!(
			key.to_vec(),
			hex("c0287ab3502a0f5c5853ebaa191d8b01c42cdc8c124c3cc76030ee08ddab8559")
		);
		let message = b"corex cluster key test vector, two blocks";
		let ct = encrypt(&key, message, &[42; 64]).unwrap();
		assert_eq!(
			ct.ephemeral.to_vec(),
			hex("d25eb852e5e1179bb23efc8bd03f89f8223da41da3818d46700645c6a39ce95d")
		);
		assert_eq!(
			ct.body,
			hex("46a4a1e1a3119d4b542997909731d1763362de853f6bf7ba2ecae3bed4e4b3dd7b3af80a3c91355019")
		);
		assert_eq!(
			ct.tag.to_vec(),
			hex("fd2c8dfd6a4d87671ceb738fa9ae81df243855216aef70b7aa1910c2762f6cae")
		);
		let partials: Vec<_> = members.iter().map(|m| m.partial_decrypt(&ct).unwrap()).collect();
		assert_eq!(combine(&ct, &partials).as_deref(), Some(&message[..]));
	}

	#[test]
	fn the_cluster_key_is_the_sum_of_the_shares() {
		let members = shares(2);
		let sum = (RISTRETTO_BASEPOINT_POINT * (members[0].0 + members[1].0)).compress().to_bytes();
		assert_eq!(aggregate(&[members[0].public(), members[1].public()]), Some(sum));
		assert_eq!(aggregate(&[]), None);
		assert_eq!(aggregate(&[[0xff; 32]]), None);
	}
}
