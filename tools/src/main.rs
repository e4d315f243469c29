//! `corex-tools`: Corex's developer tools.
//!
//! ```text
//! corex-tools shard-digits [--shards 8] [--dataset datasets/digits/digits.csv.gz] [--out datasets/digits/shards]
//! corex-tools plot-release-curve [--csv docs/release-curve.csv] [--out docs/release-curve.svg]
//! corex-tools plot-training --csv <rounds.csv> --out <plot.svg> [--title "Digits training"]
//! corex-tools init-model --out <file> [--seed 3] [--scale 1.0] [--rounds 5] [--learning-rate 262144]
//! ```

use clap::{Parser, Subcommand};
use std::{
	io::Write,
	path::{Path, PathBuf},
	process::ExitCode,
};

/// The repository root, for the default paths.
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

#[derive(Parser)]
#[command(name = "corex-tools", about = "Corex's developer tools")]
struct Cli {
	#[command(subcommand)]
	command: Command,
}

#[derive(Subcommand)]
enum Command {
	/// Split the 8×8 digits into content-addressed shards (SCALE `Vec<Sample>`) and print each
	/// one's CIDv1, as `ipfs add --cid-version 1 --raw-leaves` would.
	ShardDigits {
		/// Training shards (they split the first 1,600 samples equally).
		#[arg(long, default_value_t = 8)]
		shards: usize,
		/// The dataset: gzipped CSV, 64 pixels and the label per line.
		#[arg(long)]
		dataset: Option<PathBuf>,
		/// Where the shards are written.
		#[arg(long)]
		out: Option<PathBuf>,
	},
	/// Write a random initial model for the digits (weights from N(0, scale²) by ChaCha20 with
	/// `seed`, zero biases, Q16.16), then replay the chain's training from it on the committed
	/// shards and print each round's validation loss and accuracy. Fails, writing nothing, unless
	/// the accuracy rises every round and no round's loss rises by more than `MaxLossIncrease`
	/// (10 %), as the acceptance scenario needs.
	InitModel {
		/// ChaCha20's seed (3 passes the checks; 1, 2 and 5 to 8 do not).
		#[arg(long, default_value_t = 3)]
		seed: u64,
		#[arg(long, default_value_t = 1.0)]
		scale: f64,
		/// Rounds to replay (the acceptance scenario's five).
		#[arg(long, default_value_t = 5)]
		rounds: u32,
		/// Q16.16 (the acceptance scenario's 4.0).
		#[arg(long, default_value_t = 4 << 16)]
		learning_rate: u32,
		/// Where the model is written (the scenario's is `datasets/digits/model-init.bin`).
		#[arg(long)]
		out: PathBuf,
	},
	/// Draw the mining pool's release curve (the CSV of `cargo run -p pallet-mining-pool
	/// --example release_curve`) as an SVG.
	PlotReleaseCurve {
		#[arg(long)]
		csv: Option<PathBuf>,
		#[arg(long)]
		out: Option<PathBuf>,
	},
	/// Draw a training job's validation accuracy and loss per round as an SVG, from a CSV of
	/// `round,validation_accuracy_percent,validation_loss` (round 0, the initial model, with an
	/// empty loss). Example: `corex-tools plot-training --csv rounds.csv --out rounds.svg`.
	PlotTraining {
		#[arg(long)]
		csv: PathBuf,
		#[arg(long)]
		out: PathBuf,
		/// The plots' title.
		#[arg(long, default_value = "Digits training")]
		title: String,
	},
}

fn main() -> ExitCode {
	let root = PathBuf::from(ROOT);
	let result = match Cli::parse().command {
		Command::ShardDigits { shards, dataset, out } => shard_digits(
			&dataset.unwrap_or_else(|| root.join("datasets/digits/digits.csv.gz")),
			&out.unwrap_or_else(|| root.join("datasets/digits/shards")),
			shards,
		),
		Command::InitModel { seed, scale, rounds, learning_rate, out } => init_model(
			&root.join("datasets/digits/shards"),
			&out,
			seed,
			scale,
			rounds,
			learning_rate,
		),
		Command::PlotReleaseCurve { csv, out } => plot_release_curve(
			&csv.unwrap_or_else(|| root.join("docs/release-curve.csv")),
			&out.unwrap_or_else(|| root.join("docs/release-curve.svg")),
		),
		Command::PlotTraining { csv, out, title } => plot_training(&csv, &out, &title),
	};
	match result {
		Ok(()) => ExitCode::SUCCESS,
		Err(e) => {
			eprintln!("corex-tools: {e}");
			ExitCode::FAILURE
		},
	}
}

fn shard_digits(dataset: &Path, out: &Path, shards: usize) -> Result<(), String> {
	let samples = corex_tools::digits::read_dataset(dataset).map_err(|e| e.to_string())?;
	let shards = corex_tools::digits::shards(&samples, shards).map_err(|e| e.to_string())?;
	std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
	let mut stdout = std::io::stdout().lock();
	for shard in shards {
		let path = out.join(&shard.name);
		std::fs::write(&path, &shard.bytes).map_err(|e| format!("{}: {e}", path.display()))?;
		writeln!(
			stdout,
			"{}  {}  {} samples  {} bytes",
			shard.cid(),
			shard.name,
			shard.samples,
			shard.bytes.len()
		)
		.map_err(|e| format!("stdout: {e}"))?;
	}
	Ok(())
}

fn init_model(
	shards_dir: &Path,
	out: &Path,
	seed: u64,
	scale: f64,
	rounds: u32,
	learning_rate: u32,
) -> Result<(), String> {
	use corex_tools::model;
	let initial = model::initial_model(seed, scale).ok_or("the scale must be positive")?;
	let bytes = model::encode(&initial);
	let read = |name: &str| {
		let path = shards_dir.join(name);
		std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))
	};
	let shards = (0..8).map(|i| read(&format!("train-{i}.bin"))).collect::<Result<Vec<_>, _>>()?;
	let validation = read("validation.bin")?;
	let report = model::check_training(&bytes, &shards, &validation, rounds, learning_rate)
		.map_err(|e| format!("replaying the training: {e:?}"))?;
	let mut stdout = std::io::stdout().lock();
	let total = report.validation_samples;
	let mut print = |text: String| writeln!(stdout, "{text}").map_err(|e| format!("stdout: {e}"));
	print(format!("round  validation loss  validation accuracy (of {total})"))?;
	print(format!("start  -                {}", report.initial_correct))?;
	for (n, round) in report.rounds.iter().enumerate() {
		let loss = f64::from(round.validation_loss) / 65536.0;
		print(format!("{n:<5}  {loss:<15.3}  {}", round.correct))?;
	}
	if let Some(problem) = report.problem {
		return Err(format!("seed {seed}: {problem}; try another seed"));
	}
	std::fs::write(out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
	print(format!(
		"wrote {} ({} bytes, sha2-256 {})",
		out.display(),
		bytes.len(),
		model::sha256_hex(&bytes)
	))
}

fn plot_release_curve(csv: &Path, out: &Path) -> Result<(), String> {
	use corex_tools::plot;
	plot_csv(csv, out, |text| plot::release_curve_svg(&plot::parse_release_curve(text)?))
}

fn plot_training(csv: &Path, out: &Path, title: &str) -> Result<(), String> {
	use corex_tools::plot;
	plot_csv(csv, out, |text| plot::training_svg(title, &plot::parse_training_rounds(text)?))
}

/// Read the CSV at `csv`, draw it with `draw` and write the SVG to `out`.
fn plot_csv(
	csv: &Path,
	out: &Path,
	draw: impl FnOnce(&str) -> Result<String, corex_tools::plot::PlotError>,
) -> Result<(), String> {
	let text = std::fs::read_to_string(csv).map_err(|e| format!("{}: {e}", csv.display()))?;
	let svg = draw(&text).map_err(|e| format!("{}: {e}", csv.display()))?;
	std::fs::write(out, svg).map_err(|e| format!("{}: {e}", out.display()))?;
	writeln!(std::io::stdout(), "wrote {}", out.display()).map_err(|e| format!("stdout: {e}"))
}
