//! `corex-tools`: Corex's developer tools.
//!
//! ```text
//! corex-tools shard-digits [--shards 8] [--dataset datasets/digits/digits.csv.gz] [--out datasets/digits/shards]
//! ```

use clap::{Parser, Subcommand};
use std::{io::Write, path::PathBuf, process::ExitCode};

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
}

fn main() -> ExitCode {
	match Cli::parse().command {
		Command::ShardDigits { shards, dataset, out } => {
			let root = PathBuf::from(ROOT);
			let dataset = dataset.unwrap_or_else(|| root.join("datasets/digits/digits.csv.gz"));
			let out = out.unwrap_or_else(|| root.join("datasets/digits/shards"));
			match shard_digits(&dataset, &out, shards) {
				Ok(()) => ExitCode::SUCCESS,
				Err(e) => {
					eprintln!("shard-digits: {e}");
					ExitCode::FAILURE
				},
			}
		},
	}
}

fn shard_digits(
	dataset: &std::path::Path,
	out: &std::path::Path,
	shards: usize,
) -> Result<(), String> {
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
