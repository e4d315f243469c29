//! Training on the real 8×8 digits, shard by shard as the network does it: each training shard's
//! gradient is computed separately, the gradients are aggregated and applied, and the held-out
//! validation shard's loss and accuracy are measured after each round.

mod common;

use common::{decode, TRAIN, VALIDATION};
use corex_compute::{aggregate, Model, Sample, ONE};

#[test]
fn sharded_training_learns_the_digits() {
	let shards: Vec<Vec<Sample>> = TRAIN.iter().map(|b| decode(b)).collect();
	assert!(shards.iter().all(|s| s.len() == 200));
	let validation = decode(VALIDATION);
	assert_eq!(validation.len(), 197);

	let mut model = Model::zeros(10, 64);
	let loss = |model: &Model| {
		let g = model.gradient(&validation).unwrap();
		g.loss as f64 / ONE as f64 / g.count as f64
	};
	let accuracy = |model: &Model| {
		let predicted = model.predict(&validation).unwrap();
		predicted.iter().zip(&validation).filter(|(p, s)| **p == s.label).count() as f64
			/ validation.len() as f64
	};
	let start = loss(&model);
	assert!((start - 10f64.ln()).abs() < 1e-3, "a zero model is uniform: {start}");
	// Full-batch gradient descent on a convex loss: the training loss falls every round.
	let mut last_train = i64::MAX;
	for round in 0..30 {
		let gradients: Vec<_> = shards.iter().map(|s| model.gradient(s).unwrap()).collect();
		let total = aggregate(&gradients).unwrap();
		assert_eq!(total.count, 1_600);
		assert!(total.loss < last_train, "round {round}: training loss went up");
		last_train = total.loss;
		model.apply(&total, ONE).unwrap();
	}
	let last = loss(&model);
	assert!(last < start / 3.0, "validation loss {start} -> {last}");
	let acc = accuracy(&model);
	println!("validation loss {start:.3} -> {last:.3}, accuracy {acc:.3}");
	assert!(acc > 0.85, "validation accuracy {acc}");
}

/// The outputs of `KERNELS_VERSION` 1, pinned: two rounds of the digits job through
/// `corex_compute::run` (each shard's gradient, the aggregation, inference on the validation
/// shard), hashed. A node's host function runs its own build of the kernels for the runtime's
/// version, so a change to any output must bump `KERNELS_VERSION` (and this pin) — otherwise
/// nodes on different binaries would commit different results for the same version.
#[test]
fn the_kernels_version_pins_their_outputs() {
	use codec::Encode;
	use corex_compute::{run, Kernel, KERNELS_VERSION};
	// FNV-1a, 64 bits: a fingerprint, not a security property.
	let fingerprint = |bytes: &[u8]| {
		bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
			(h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
		})
	};
	let mut model = Model::zeros(10, 64).encode();
	let mut all = Vec::new();
	for _round in 0..2 {
		let mut inputs = vec![model.clone(), VALIDATION.to_vec()];
		for shard in TRAIN {
			let g = run(Kernel::Gradient, &[model.clone(), shard.to_vec()]).unwrap();
			all.extend_from_slice(&g.blob);
			inputs.push(g.blob);
		}
		let next = run(Kernel::Aggregate { learning_rate: 1 << 16 }, &inputs).unwrap();
		all.extend_from_slice(&next.encode());
		model = next.blob;
	}
	all.extend(run(Kernel::Inference, &[model, VALIDATION.to_vec()]).unwrap().blob);
	assert_eq!(KERNELS_VERSION, 1, "a new version: pin its outputs below");
	assert_eq!(
		fingerprint(&all),
		7_900_537_447_411_370_568,
		"the kernels' outputs changed: bump KERNELS_VERSION and pin the new fingerprint"
	);
}
