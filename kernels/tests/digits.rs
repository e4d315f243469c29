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
