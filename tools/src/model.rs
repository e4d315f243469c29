//! The digits model: a random initial softmax-regression model, and the training the chain runs
//! on it (the job slicer's rounds), replayed off chain with the same kernels, to choose and
//! check the model the acceptance scenario starts from.

use codec::{Decode, Encode};
use corex_compute::{run, ComputeError, Kernel, Model, Sample};
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};
use rand_distr::{Distribution, Normal};

/// Classes of the digits.
pub const CLASSES: u32 = 10;
/// Features of the digits (8 × 8 pixels).
pub const FEATURES: u32 = 64;
/// One in Q16.16.
const ONE: f64 = 65536.0;

/// A model for the digits with weights drawn from `N(0, scale²)` by ChaCha20 seeded with `seed`,
/// rounded to Q16.16, and zero biases. The same seed always gives the same model; `None` unless
/// `scale` is positive and finite.
pub fn initial_model(seed: u64, scale: f64) -> Option<Model> {
	if !(scale.is_finite() && scale > 0.0) {
		return None;
	}
	let normal = Normal::new(0.0, scale).ok()?;
	let mut rng = ChaCha20Rng::seed_from_u64(seed);
	let mut model = Model::zeros(CLASSES, FEATURES);
	for weight in model.weights.iter_mut() {
		// `as` saturates: a weight beyond ±32,768 (never drawn at any sane scale) is clamped.
		*weight = (normal.sample(&mut rng) * ONE).round() as corex_compute::Fx;
	}
	Some(model)
}

/// One round of training, as the chain records it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Round {
	/// The new model's mean cross-entropy on the validation shard, Q16.16.
	pub validation_loss: u32,
	/// Validation samples the new model classifies right.
	pub correct: usize,
}

/// How many of `samples` `model` classifies right.
pub fn correct(model: &Model, samples: &[Sample]) -> Result<usize, ComputeError> {
	let predicted = model.predict(samples)?;
	Ok(predicted.iter().zip(samples).filter(|(p, s)| **p == s.label).count())
}

/// Run `rounds` rounds of the chain's training job from `model` (SCALE bytes): in each, a
/// gradient over every shard (`Kernel::Gradient`, inputs: model, shard), then the aggregation
/// (`Kernel::Aggregate`, inputs: model, validation shard, the gradients in shard order). Returns
/// each round's validation loss and accuracy.
pub fn train(
	model: &[u8],
	shards: &[Vec<u8>],
	validation: &[u8],
	rounds: u32,
	learning_rate: u32,
) -> Result<Vec<Round>, ComputeError> {
	let samples =
		Vec::<Sample>::decode(&mut &validation[..]).map_err(|_| ComputeError::MissingInput)?;
	let mut model = model.to_vec();
	let mut out = Vec::new();
	for _ in 0..rounds {
		let mut inputs = vec![model.clone(), validation.to_vec()];
		for shard in shards {
			inputs.push(run(Kernel::Gradient, &[model.clone(), shard.clone()])?.blob);
		}
		let aggregated = run(Kernel::Aggregate { learning_rate }, &inputs)?;
		model = aggregated.blob;
		let decoded = Model::decode(&mut &model[..]).map_err(|_| ComputeError::MissingInput)?;
		out.push(Round {
			validation_loss: aggregated.loss.unwrap_or(u32::MAX),
			correct: correct(&decoded, &samples)?,
		});
	}
	Ok(out)
}

/// The encoded model, as the chain and the worker read it.
pub fn encode(model: &Model) -> Vec<u8> {
	model.encode()
}

/// The sha2-256 of `bytes`, in hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
	corex_primitives::ContentId::of(bytes).0.iter().map(|b| format!("{b:02x}")).collect()
}

/// The most a round's validation loss may rise over the previous round's and be adopted
/// (`MaxLossIncrease` of the runtime: 10 %), in percent.
pub const MAX_LOSS_INCREASE_PERCENT: u64 = 10;

/// A replay of the training from a model, and what would stop the acceptance scenario.
pub struct TrainingCheck {
	pub validation_samples: usize,
	pub initial_correct: usize,
	pub rounds: Vec<Round>,
	/// Why the scenario would fail from this model: the accuracy does not rise in some round, or
	/// a round's loss rises by more than the chain adopts.
	pub problem: Option<String>,
}

/// Replay the training from `model` and check what the acceptance scenario asserts: every
/// round's model classifies more validation samples right than the one before, and every
/// round's loss is within `MAX_LOSS_INCREASE_PERCENT` of the previous round's.
pub fn check_training(
	model: &[u8],
	shards: &[Vec<u8>],
	validation: &[u8],
	rounds: u32,
	learning_rate: u32,
) -> Result<TrainingCheck, ComputeError> {
	let samples =
		Vec::<Sample>::decode(&mut &validation[..]).map_err(|_| ComputeError::MissingInput)?;
	let initial = Model::decode(&mut &model[..]).map_err(|_| ComputeError::MissingInput)?;
	let initial_correct = correct(&initial, &samples)?;
	let rounds = train(model, shards, validation, rounds, learning_rate)?;
	let mut problem = None;
	let mut previous: (usize, Option<u32>) = (initial_correct, None);
	for (n, round) in rounds.iter().enumerate() {
		if round.correct <= previous.0 {
			problem = Some(format!("the accuracy does not rise in round {n}"));
			break;
		}
		if let Some(loss) = previous.1 {
			let limit = u64::from(loss)
				.saturating_mul(100u64.saturating_add(MAX_LOSS_INCREASE_PERCENT))
				.checked_div(100)
				.unwrap_or(u64::MAX);
			if u64::from(round.validation_loss) > limit {
				problem = Some(format!("round {n}'s loss rises by more than the chain adopts"));
				break;
			}
		}
		previous = (round.correct, Some(round.validation_loss));
	}
	Ok(TrainingCheck { validation_samples: samples.len(), initial_correct, rounds, problem })
}
