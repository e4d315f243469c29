//! Command-line interface of `corex-node`.

/// Subcommands of `corex-node`. Without one, the node runs.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management CLI utilities.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Build a chain specification (deprecated in favour of `export-chain-spec`).
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Export the chain specification.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Sub-commands concerned with benchmarking (needs the `runtime-benchmarks` feature).
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),

	/// Db meta columns information.
	ChainInfo(sc_cli::ChainInfoCmd),

	/// Compute the answer to a capability probe, as a node's worker does: one label per
	/// sample, printed as hex (0x…), ready for `computations.submitProbe`.
	ProbeAnswer(ProbeAnswerCmd),
}

/// `corex-node probe-answer --seed 0x… --samples n`.
#[derive(Debug, clap::Args)]
pub struct ProbeAnswerCmd {
	/// The probe's seed: 32 bytes in hex, as `computations.probes(node)` shows it.
	#[arg(long)]
	pub seed: String,

	/// The probe's samples.
	#[arg(long)]
	pub samples: u32,
}

impl ProbeAnswerCmd {
	/// The answer's labels, hex-encoded.
	pub fn run(&self) -> sc_cli::Result<String> {
		let bytes = sp_core::bytes::from_hex(&self.seed)
			.map_err(|e| sc_cli::Error::Input(format!("the seed is not hex: {e:?}")))?;
		let seed: [u8; 32] = bytes
			.try_into()
			.map_err(|_| sc_cli::Error::Input("the seed is not 32 bytes".into()))?;
		let probe = corex_compute::probe::Probe { seed, samples: self.samples };
		let labels = probe
			.answer()
			.map_err(|e| sc_cli::Error::Application(format!("the probe failed: {e:?}").into()))?;
		Ok(sp_core::bytes::to_hex(&labels, false))
	}
}

/// The `corex-node` command line.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	/// A subcommand; none runs the node.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// Options of the running node.
	#[clap(flatten)]
	pub run: sc_cli::RunCmd,

	/// Where this node's compute worker fetches and publishes content.
	#[clap(flatten)]
	pub compute: ComputeParams,
}

/// Where a compute node's off-chain worker fetches inputs and publishes outputs. Written into
/// the node's persistent off-chain storage when it starts (`corex/gateway`, `corex/ipfs-api`),
/// so no unsafe RPC is needed; unset, the worker uses what is stored there (or the development
/// gateway, `http://127.0.0.1:8089`).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ComputeParams {
	/// Base URL of the IPFS trustless gateway the worker fetches inputs from (raw blocks, as
	/// `<URL>/ipfs/<cid>?format=raw`). Example: `--compute-gateway http://127.0.0.1:8080`.
	#[arg(long, value_name = "URL", value_parser = parse_http_url)]
	pub compute_gateway: Option<String>,

	/// Base URL of the IPFS RPC (kubo, `<URL>/api/v0/block/put`) the worker publishes its
	/// outputs to; the gateway's when not given. Example: `--ipfs-api http://127.0.0.1:5001`.
	#[arg(long, value_name = "URL", value_parser = parse_http_url)]
	pub ipfs_api: Option<String>,
}

impl ComputeParams {
	/// The off-chain storage settings to write at start: `(key, URL)` for each option given.
	pub fn settings(&self) -> Vec<(&'static [u8], String)> {
		use corex_primitives::worker::{GATEWAY_KEY, IPFS_API_KEY};
		[(GATEWAY_KEY, &self.compute_gateway), (IPFS_API_KEY, &self.ipfs_api)]
			.into_iter()
			.filter_map(|(key, url)| url.clone().map(|url| (key, url)))
			.collect()
	}
}

/// An `http://` or `https://` URL with a host, without a trailing `/`.
fn parse_http_url(text: &str) -> Result<String, String> {
	let url = text.trim().trim_end_matches('/');
	let rest = url
		.strip_prefix("http://")
		.or_else(|| url.strip_prefix("https://"))
		.ok_or_else(|| format!("{text:?} is not an http:// or https:// URL"))?;
	if rest.is_empty() || rest.contains(char::is_whitespace) {
		return Err(format!("{text:?} has no host"));
	}
	Ok(url.to_string())
}

#[cfg(test)]
mod tests {
	use super::*;
	use clap::Parser;

	#[test]
	fn the_compute_gateway_and_ipfs_api_are_urls_written_to_offchain_storage() {
		let cli = Cli::try_parse_from([
			"corex-node",
			"--dev",
			"--compute-gateway",
			"http://127.0.0.1:8080/",
			"--ipfs-api",
			"https://ipfs.example:5001",
		])
		.unwrap();
		assert_eq!(
			cli.compute.settings(),
			vec![
				(corex_primitives::worker::GATEWAY_KEY, "http://127.0.0.1:8080".to_string()),
				(corex_primitives::worker::IPFS_API_KEY, "https://ipfs.example:5001".to_string()),
			]
		);
		let none = Cli::try_parse_from(["corex-node", "--dev"]).unwrap();
		assert!(none.compute.settings().is_empty(), "nothing is written without the options");
		for bad in ["127.0.0.1:8080", "ftp://host", "http://", "http://a b"] {
			let refused = Cli::try_parse_from(["corex-node", "--compute-gateway", bad]);
			assert!(refused.is_err(), "{bad:?} is refused");
		}
	}

	#[test]
	fn probe_answer_prints_the_labels_a_worker_computes() {
		let seed = format!("0x{}", "07".repeat(32));
		let labels = corex_compute::probe::Probe { seed: [7; 32], samples: 5 }.answer().unwrap();
		let cmd = ProbeAnswerCmd { seed, samples: 5 };
		assert_eq!(cmd.run().unwrap(), sp_core::bytes::to_hex(&labels, false));
		// Every label, however long the answer (a display form would elide the middle).
		let long = ProbeAnswerCmd { seed: format!("0x{}", "07".repeat(32)), samples: 4_096 };
		assert_eq!(long.run().unwrap().len(), 2 + 2 * 4_096);
		assert!(ProbeAnswerCmd { seed: "0x0707".into(), samples: 5 }.run().is_err());
		assert!(ProbeAnswerCmd { seed: "seed".into(), samples: 5 }.run().is_err());
	}
}
