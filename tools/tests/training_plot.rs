//! The training plot: what the acceptance scenario draws of its job, round by round.

use corex_tools::plot::{parse_training_rounds, training_svg, PlotError};

const CSV: &str = "round,validation_accuracy_percent,validation_loss
0,6.6,
1,55.3,1.842
2,71.1,1.203
3,80.2,0.911
";

#[test]
fn a_training_job_is_drawn_with_titled_axes_and_both_curves() {
	let rounds = parse_training_rounds(CSV).unwrap();
	assert_eq!(rounds.rounds.len(), 4);
	assert_eq!(rounds.rounds[0], (0, 6.6, None), "the initial model has no verified loss");
	assert_eq!(rounds.rounds[3], (3, 80.2, Some(0.911)));
	let svg = training_svg("Digits training", &rounds).unwrap();
	for text in [
		"Digits training: validation accuracy",
		"Digits training: validation loss",
		"round (0: the initial model)",
		"validation accuracy, %",
		"validation loss (cross-entropy)",
		"share of the held-out samples right",
	] {
		assert!(svg.contains(text), "the plot shows {text:?}");
	}
	assert!(svg.matches("<polyline").count() >= 2, "the accuracy and the loss curves");
}

#[test]
fn rows_that_are_not_a_round_an_accuracy_and_a_loss_are_refused_by_line() {
	for (csv, line) in [
		("0,6.6\n", 1),
		("round,a,l\n0,6.6,\nx,7,1\n", 3),
		("0,101,\n", 1),
		("0,50,-1\n", 1),
		("0,50,abc\n", 1),
	] {
		assert!(
			matches!(parse_training_rounds(csv), Err(PlotError::BadLine { line: l }) if l == line),
			"{csv:?} is refused at line {line}"
		);
	}
	assert!(matches!(parse_training_rounds("round,a,l\n# none\n"), Err(PlotError::Empty)));
}
