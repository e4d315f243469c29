//! The 8×8 digits as content-addressed shards: the first 1,600 samples split into equal training
//! shards, the remaining 197 held out for validation. A shard's bytes are the SCALE encoding of
//! `Vec<corex_compute::Sample>`, so the same samples always give the same bytes and the same
//! CIDv1.

use codec::Encode;
use corex_compute::Sample;
use corex_primitives::ContentId;
use std::io::{BufRead, BufReader, Read};

/// Samples in the training shards; the rest are the validation shard.
pub const TRAIN_SAMPLES: usize = 1600;
/// Pixels per sample (8 × 8).
pub const PIXELS: usize = 64;
/// The largest pixel value.
pub const PIXEL_MAX: u8 = 16;

/// Why the dataset could not be read.
#[derive(Debug)]
pub enum DatasetError {
	/// The file could not be read or decompressed.
	Io(std::io::Error),
	/// Line `line` (from 1) is not 64 pixels in `0..=16` and a label in `0..=9`.
	BadLine { line: usize },
	/// The dataset has no more than the training samples: no validation shard is left.
	TooFewSamples(usize),
	/// The training samples do not split into that many equal shards.
	UnevenShards(usize),
}

impl core::fmt::Display for DatasetError {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		match self {
			Self::Io(e) => write!(f, "cannot read the dataset: {e}"),
			Self::BadLine { line } => {
				write!(
					f,
					"line {line}: expected {PIXELS} pixels in 0..={PIXEL_MAX} and a label in 0..=9"
				)
			},
			Self::TooFewSamples(n) => {
				write!(
					f,
					"{n} samples: more than {TRAIN_SAMPLES} are needed for a validation shard"
				)
			},
			Self::UnevenShards(n) => {
				write!(f, "{TRAIN_SAMPLES} training samples do not split into {n} equal shards")
			},
		}
	}
}

/// Parse the dataset as CSV (64 pixels, then the label, per line) from `reader`.
pub fn parse_csv(reader: impl Read) -> Result<Vec<Sample>, DatasetError> {
	let mut samples = Vec::new();
	for (index, line) in BufReader::new(reader).lines().enumerate() {
		let line = line.map_err(DatasetError::Io)?;
		let bad = || DatasetError::BadLine { line: index.saturating_add(1) };
		let values: Vec<u8> = line
			.trim()
			.split(',')
			.map(|v| v.parse::<u8>())
			.collect::<Result<_, _>>()
			.map_err(|_| bad())?;
		let (label, features) = values.split_last().ok_or_else(bad)?;
		if features.len() != PIXELS || features.iter().any(|p| *p > PIXEL_MAX) || *label > 9 {
			return Err(bad());
		}
		samples.push(Sample { features: features.to_vec(), label: *label });
	}
	Ok(samples)
}

/// Parse the gzipped CSV dataset at `path`.
pub fn read_dataset(path: &std::path::Path) -> Result<Vec<Sample>, DatasetError> {
	let file = std::fs::File::open(path).map_err(DatasetError::Io)?;
	parse_csv(flate2::read::GzDecoder::new(file))
}

/// A shard: its file name, its samples' count and its bytes.
pub struct Shard {
	pub name: String,
	pub samples: usize,
	pub bytes: Vec<u8>,
}

impl Shard {
	/// Its CIDv1 as IPFS prints it (`bafkrei…`).
	pub fn cid(&self) -> String {
		String::from_utf8_lossy(&ContentId::of(&self.bytes).to_cid_string()).into_owned()
	}
}

/// `train-0.bin` … `train-<shards − 1>.bin` over the first `TRAIN_SAMPLES` samples, then
/// `validation.bin` with the rest.
pub fn shards(samples: &[Sample], shards: usize) -> Result<Vec<Shard>, DatasetError> {
	if samples.len() <= TRAIN_SAMPLES {
		return Err(DatasetError::TooFewSamples(samples.len()));
	}
	let size = TRAIN_SAMPLES
		.checked_div(shards)
		.filter(|_| TRAIN_SAMPLES.is_multiple_of(shards))
		.ok_or(DatasetError::UnevenShards(shards))?;
	let (train, validation) = samples.split_at(TRAIN_SAMPLES);
	let mut out: Vec<Shard> = train
		.chunks(size)
		.enumerate()
		.map(|(i, part)| Shard {
			name: format!("train-{i}.bin"),
			samples: part.len(),
			bytes: part.to_vec().encode(),
		})
		.collect();
	out.push(Shard {
		name: "validation.bin".into(),
		samples: validation.len(),
		bytes: validation.to_vec().encode(),
	});
	Ok(out)
}
