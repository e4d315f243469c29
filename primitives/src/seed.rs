//! The assignment seed: each block's author contributes the VRF output of its Aura key over
//! its slot (an inherent), which it cannot choose. See `docs/computations.md`.

use sp_core::sr25519::vrf::{VrfSignData, VrfTranscript};

/// Inherent identifier of the seed contribution.
pub const INHERENT_IDENTIFIER: [u8; 8] = *b"cxseed00";

/// Context of the output bytes taken from the VRF.
pub const OUTPUT_CONTEXT: &[u8] = b"corex-seed-output";

/// Blocks between a moment someone chose (an order queued, the last commitment sent) and
/// the draw that follows it (the assignment, the replay sample and its verifier). The draw
/// in block `b + DRAW_DELAY` uses the seed as block `b + 1` left it, so it mixes in the VRF
/// output of `b + 1`'s author, which nobody but that author knew when block `b` was made:
/// not the submitter, and not `b`'s author, who may be the submitter.
pub const DRAW_DELAY: u32 = 2;

/// The VRF input of slot `slot`.
pub fn transcript(slot: u64) -> VrfTranscript {
	VrfTranscript::new(b"corex-seed", &[(b"slot", &slot.to_le_bytes())])
}

/// What the slot's author signs.
pub fn sign_data(slot: u64) -> VrfSignData {
	VrfSignData::new(transcript(slot))
}

/// The author of the current block: its slot and its sr25519 (Aura) key.
pub trait SlotAuthor {
	/// `(slot, author key)` of the block being built, if known.
	fn slot_author() -> Option<(u64, sp_core::sr25519::Public)>;
}
