//! `corex`: the command-line client of a Corex chain. `corex --help` lists the commands; every
//! command has `--help` with an example.

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use corex_cli::{
	chain::Chain,
	compute, console,
	gateway::{Gateway, DEFAULT_GATEWAY},
	governance, network, nodes,
	output::Output,
	signer::{keypair, KeySource},
	train,
	units::{parse_cxt, to_q16},
};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
	name = "corex",
	version,
	about = "The command-line client of a Corex chain",
	long_about = "The command-line client of a Corex chain: customers publish data and train \
	              models, operators run compute nodes, delegators stake, token holders vote.\n\n\
	              Example: corex --url ws://127.0.0.1:9944 status"
)]
struct Cli {
	/// The node's RPC endpoint.
	#[arg(long, global = true, env = "COREX_URL", default_value = "ws://127.0.0.1:9944")]
	url: String,
	/// Print JSON instead of text.
	#[arg(long, global = true)]
	json: bool,
	#[command(flatten)]
	key: KeyArgs,
	#[command(subcommand)]
	command: Command,
}

/// Who signs (for commands that send transactions).
#[derive(Args, Clone)]
struct KeyArgs {
	/// A development account (alice, bob, …) or a secret URI (//Alice, a phrase).
	#[arg(long, global = true, env = "COREX_SIGNER", conflicts_with_all = ["seed_file", "keystore"])]
	signer: Option<String>,
	/// A file holding the secret phrase or URI.
	#[arg(long, global = true, conflicts_with = "keystore")]
	seed_file: Option<PathBuf>,
	/// A keystore folder (as `corex-node key insert` fills it) holding the account key.
	#[arg(long, global = true)]
	keystore: Option<PathBuf>,
	/// Which account key of the keystore (hex public key), if it holds several.
	#[arg(long, global = true, requires = "keystore")]
	key: Option<String>,
}

impl KeyArgs {
	fn keypair(&self) -> Result<subxt_signer::sr25519::Keypair> {
		let source = if let Some(uri) = &self.signer {
			KeySource::Uri(uri.clone())
		} else if let Some(path) = &self.seed_file {
			KeySource::File(path.clone())
		} else if let Some(dir) = &self.keystore {
			KeySource::Keystore { dir: dir.clone(), public: self.key.clone() }
		} else {
			anyhow::bail!(
				"this command signs a transaction: give --signer, --seed-file or --keystore"
			);
		};
		keypair(&source).map_err(anyhow::Error::msg)
	}
}

/// Where content is read and written.
#[derive(Args, Clone)]
struct GatewayArgs {
	/// The IPFS gateway inputs and models are read from (and published to).
	#[arg(long, env = "COREX_GATEWAY", default_value = DEFAULT_GATEWAY)]
	gateway: String,
	/// An IPFS RPC endpoint to publish through instead (kubo: http://127.0.0.1:5001).
	#[arg(long, env = "COREX_IPFS_API")]
	ipfs_api: Option<String>,
}

impl GatewayArgs {
	fn gateway(&self) -> Gateway {
		Gateway::new(&self.gateway, self.ipfs_api.as_deref())
	}
}

#[derive(Subcommand)]
enum Command {
	/// The network at a glance: blocks, finality, validators, epoch, nodes, queue, pool.
	///
	/// Example: corex status --json
	Status,
	/// Datasets and content: shard, publish.
	#[command(subcommand)]
	Dataset(DatasetCommand),
	/// Training jobs: submit, follow, show, fetch the model, plot.
	#[command(subcommand)]
	Train(TrainCommand),
	/// Single computations: define a kernel over a model, order it on inputs, wait for the
	/// verified result.
	#[command(subcommand)]
	Compute(ComputeCommand),
	/// Compute nodes: register, set the worker key, bond, offer, status, list.
	#[command(subcommand)]
	Node(NodeCommand),
	/// Delegate stake to a node with a lock from the governance-set menu.
	///
	/// Example: corex --signer dave delegate 0 1000 --lock 2
	Delegate {
		/// The node.
		node: u32,
		/// CXT to delegate.
		#[arg(value_parser = parse_cxt)]
		amount: u128,
		/// The lock option (index into the lock menu; longer locks weigh more).
		#[arg(long, default_value_t = 0)]
		lock: u8,
	},
	/// Rewards: what an account can claim, and claiming them.
	#[command(subcommand)]
	Rewards(RewardsCommand),
	/// Governance: propose a parameter change, vote, see a referendum.
	#[command(subcommand)]
	Gov(GovCommand),
	/// Serve the web console (overview, nodes, queue, jobs, pool, rewards) for the chain at
	/// --url, reading content from --gateway. Runs until stopped.
	///
	/// Example: corex --url ws://127.0.0.1:9944 console --listen 127.0.0.1:8088
	Console {
		/// Where to serve it.
		#[arg(long, default_value = "127.0.0.1:8088")]
		listen: std::net::SocketAddr,
		/// The console's build (`npm run build` in console/ writes it).
		#[arg(long, env = "COREX_CONSOLE_DIR", default_value = "console/dist")]
		dir: PathBuf,
		/// The IPFS gateway the page reads models and shards from (it must allow the page's
		/// origin: the development gateway allows any).
		#[arg(long, env = "COREX_GATEWAY", default_value = DEFAULT_GATEWAY)]
		gateway: String,
	},
	/// Load test a development chain: simulated compute nodes take batches of fragments at
	/// each offered load, and the verified fragments per second, extrinsics per block, block
	/// fullness and fees per fragment are measured (docs/performance.md). It funds its nodes
	/// from the development accounts: for dev and local chains only.
	///
	/// Example: corex load --nodes 24 --fragments 512 --loads 1,2,4,8 --csv load.csv --svg load.svg
	Load {
		/// Simulated compute nodes, each its own operator.
		#[arg(long, default_value_t = 24)]
		nodes: u32,
		/// Fragments per batch.
		#[arg(long, default_value_t = 512)]
		fragments: u32,
		/// Offered loads, in batches submitted per block.
		#[arg(long, value_delimiter = ',', default_value = "1,2,4,8")]
		loads: Vec<u32>,
		/// Blocks measured at each load.
		#[arg(long, default_value_t = 20)]
		blocks: u32,
		/// Blocks at each load before measuring.
		#[arg(long, default_value_t = 8)]
		warmup: u32,
		/// k: nodes that compute each batch.
		#[arg(long, short = 'k', default_value_t = 3)]
		redundancy: u8,
		/// CXT each node's operator bonds.
		#[arg(long, default_value_t = 50_000)]
		stake: u128,
		/// Fee per compute unit, in CXT.
		#[arg(long, default_value = "0.001", value_parser = parse_cxt)]
		fee_per_cu: u128,
		/// Development accounts that fund the nodes, in turn; the first is the customer.
		#[arg(long, value_delimiter = ',', default_value = "alice,bob")]
		funders: Vec<String>,
		/// The verified fragments/s the chain's weights allow, to report the share reached.
		#[arg(long)]
		ceiling: Option<f64>,
		/// Publish the shards and shard lists to this gateway (its block/put), so that real
		/// nodes' workers can compute the batches they are assigned next to the simulated ones.
		#[arg(long)]
		publish: Option<String>,
		/// Write the points as CSV.
		#[arg(long)]
		csv: Option<PathBuf>,
		/// Plot verified against offered fragments/s (SVG).
		#[arg(long)]
		svg: Option<PathBuf>,
	},
}

#[derive(Subcommand)]
enum ComputeCommand {
	/// Register a definition: a kernel over a model (its spec), for samples of a width.
	///
	/// Example: corex --signer ferdie compute define --kind inference
	///          --spec datasets/digits/model-init.bin --features 64
	Define {
		/// inference, gradient-step or data-transform.
		#[arg(long, value_parser = compute::parse_kind)]
		kind: corex_cli::corex::runtime_types::corex_primitives::computation::ComputationKind,
		/// The model (published to the gateway; its content id is the spec).
		#[arg(long)]
		spec: PathBuf,
		/// Values per sample.
		#[arg(long)]
		features: u32,
		/// Share of computations a verifier replays, in percent.
		#[arg(long, default_value_t = 0)]
		replay_percent: u8,
		#[command(flatten)]
		gateway: GatewayArgs,
	},
	/// Publish inputs and queue a computation of a definition on them, at the price the chain
	/// quotes for their sizes.
	///
	/// Example: corex --signer ferdie compute submit --definition 0
	///          --input datasets/digits/model-init.bin --input datasets/digits/shards/validation.bin --wait
	Submit {
		/// The definition.
		#[arg(long)]
		definition: u32,
		/// The inputs, in the kernel's order (inference: the model, then the samples).
		#[arg(long = "input", required = true)]
		inputs: Vec<PathBuf>,
		/// Nodes that compute it (k).
		#[arg(long, short = 'k', default_value_t = 2)]
		redundancy: u8,
		/// Fee per compute unit, in CXT.
		#[arg(long, default_value = "0.001", value_parser = parse_cxt)]
		fee_per_cu: u128,
		/// Blocks from now by which every result must be committed.
		#[arg(long, default_value_t = 100)]
		deadline_blocks: u32,
		/// Wait for the verified result.
		#[arg(long)]
		wait: bool,
		/// With --wait: write the result to this file.
		#[arg(long)]
		out: Option<PathBuf>,
		#[command(flatten)]
		gateway: GatewayArgs,
	},
	/// Wait for a computation's verified result (and write it to a file).
	///
	/// Example: corex compute wait 0 --out labels.bin
	Wait {
		/// The computation.
		id: u64,
		/// Write the result to this file.
		#[arg(long)]
		out: Option<PathBuf>,
		#[command(flatten)]
		gateway: GatewayArgs,
	},
}

#[derive(Subcommand)]
enum NodeCommand {
	/// Register a compute node; the signer becomes its operator.
	///
	/// Example: corex --signer bob node register --worker-key 0xfa29…b63b --class gpu --capacity 100000
	Register {
		/// The key its off-chain worker signs with (hex or SS58; key type `cxwk` in the node's
		/// keystore).
		#[arg(long)]
		worker_key: String,
		/// gpu, cpu, fpga or edge.
		#[arg(long, default_value = "gpu", value_parser = nodes::parse_class)]
		class: corex_cli::corex::runtime_types::corex_primitives::node::DeviceClass,
		/// Compute units it can do per epoch.
		#[arg(long)]
		capacity: u64,
		/// A short public description.
		#[arg(long, default_value = "")]
		metadata: String,
	},
	/// Change a node's worker key from the next epoch.
	///
	/// Example: corex --signer bob node set-worker-key 0 --worker-key 5Grw…
	SetWorkerKey {
		/// The node.
		node: u32,
		/// The new key (hex or SS58).
		#[arg(long)]
		worker_key: String,
	},
	/// Bond CXT to your node (the first bond, or more); it counts from the next epoch.
	///
	/// Example: corex --signer bob node bond 0 20000
	Bond {
		/// The node.
		node: u32,
		/// CXT to bond.
		#[arg(value_parser = parse_cxt)]
		amount: u128,
	},
	/// Offer your node to the computation queue (or withdraw it).
	///
	/// Example: corex --signer bob node offer 0
	Offer {
		/// The node.
		node: u32,
		/// Withdraw it instead.
		#[arg(long)]
		withdraw: bool,
	},
	/// A node's status, stake, tier, reputation, uptime, record, assignments and rewards.
	///
	/// Example: corex node status 0
	Status {
		/// The node.
		node: u32,
	},
	/// Every node with its status, tier, reputation and counted stake.
	///
	/// Example: corex node list --json
	List,
}

#[derive(Subcommand)]
enum RewardsCommand {
	/// What an account (the signer's by default) can claim on each node it stakes on.
	///
	/// Example: corex rewards show --account 5FHneW46…
	Show {
		/// The account (SS58 or hex); the signer's when not given.
		#[arg(long)]
		account: Option<String>,
	},
	/// Claim your rewards on a node.
	///
	/// Example: corex --signer dave rewards claim 0
	Claim {
		/// The node.
		node: u32,
		/// Add them to your stake instead of paying them out.
		#[arg(long)]
		compound: bool,
	},
}

#[derive(Subcommand)]
enum GovCommand {
	/// Propose a parameter change: a referendum on the `parameters` track, with its decision
	/// deposit placed.
	///
	/// Example: corex --signer alice gov propose Computations BaseFeePerCu 2000000000
	Propose {
		/// The parameter's pallet (NodeStaking, Computations, Proofs, MiningPool, …).
		pallet: String,
		/// The parameter (BaseFeePerCu, MinSelfBond, EpochLength, …).
		name: String,
		/// Its new value, in the chain's units (plancks for balances).
		value: String,
	},
	/// Vote on a referendum.
	///
	/// Example: corex --signer bob gov vote 0 --aye --balance 800000 --conviction 1
	Vote {
		/// The referendum.
		index: u32,
		/// Vote for it.
		#[arg(long, conflicts_with = "nay", required_unless_present = "nay")]
		aye: bool,
		/// Vote against it.
		#[arg(long)]
		nay: bool,
		/// CXT to vote with (locked, not spent).
		#[arg(long, value_parser = parse_cxt)]
		balance: u128,
		/// Conviction: 0 (no lock, 0.1×) to 6 (longest lock, 6×).
		#[arg(long, default_value_t = 1)]
		conviction: u8,
	},
	/// Where a referendum stands.
	///
	/// Example: corex gov show 0
	Show {
		/// The referendum.
		index: u32,
	},
}

#[derive(Subcommand)]
enum DatasetCommand {
	/// Publish files as raw IPFS blocks; prints their content ids.
	///
	/// Example: corex dataset publish datasets/digits/shards/*.bin
	Publish {
		/// The files.
		#[arg(required = true)]
		files: Vec<PathBuf>,
		#[command(flatten)]
		gateway: GatewayArgs,
	},
	/// Shard the digits dataset (gzipped CSV) into training shards and a held-out
	/// shard, ready to publish.
	///
	/// Example: corex dataset shard --csv datasets/digits/digits.csv.gz --shards 8 --out shards/
	Shard {
		/// The dataset: lines of 64 pixel values and a label.
		#[arg(long)]
		csv: PathBuf,
		/// How many training shards.
		#[arg(long, default_value_t = 8)]
		shards: usize,
		/// The folder to write train-*.bin and validation.bin to.
		#[arg(long)]
		out: PathBuf,
	},
}

#[derive(Subcommand)]
enum TrainCommand {
	/// Publish a dataset and a model, and submit a training job on them.
	///
	/// Example: corex --signer ferdie train submit --dataset datasets/digits/shards
	///          --model datasets/digits/model-init.bin --rounds 5 --follow
	Submit {
		/// A folder of train-*.bin shards and validation.bin.
		#[arg(long)]
		dataset: PathBuf,
		/// The initial model.
		#[arg(long)]
		model: PathBuf,
		/// Rounds to train.
		#[arg(long, default_value_t = 5)]
		rounds: u16,
		/// Nodes that compute every fragment (k).
		#[arg(long, short = 'k', default_value_t = 3)]
		redundancy: u8,
		/// The learning rate.
		#[arg(long, default_value_t = 4.0)]
		learning_rate: f64,
		/// Fee per compute unit, in CXT.
		#[arg(long, default_value = "0.001", value_parser = parse_cxt)]
		fee_per_cu: u128,
		/// Blocks each fragment has to be committed in.
		#[arg(long, default_value_t = 200)]
		fragment_blocks: u32,
		/// Use this gradient-step definition instead of registering one.
		#[arg(long)]
		definition: Option<u32>,
		/// Share of fragments a verifier replays, in percent.
		#[arg(long, default_value_t = 0)]
		replay_percent: u8,
		/// Do not publish the inputs (they are already on the gateway).
		#[arg(long)]
		no_publish: bool,
		/// Follow the job until it ends.
		#[arg(long)]
		follow: bool,
		#[command(flatten)]
		gateway: GatewayArgs,
	},
	/// Follow a job: a progress bar over its fragments and a line per verified round.
	///
	/// Example: corex train follow 0
	Follow {
		/// The job.
		job: u32,
		/// Stop once this many rounds are verified.
		#[arg(long)]
		rounds: Option<u16>,
		#[command(flatten)]
		gateway: GatewayArgs,
	},
	/// A job's state and every round's loss and accuracy.
	///
	/// Example: corex train show 0 --json
	Show {
		/// The job.
		job: u32,
		#[command(flatten)]
		gateway: GatewayArgs,
	},
	/// Write a job's model (the latest, or the one after --round) to a file.
	///
	/// Example: corex train fetch 0 --out model.bin
	Fetch {
		/// The job.
		job: u32,
		/// The round (0: the initial model).
		#[arg(long)]
		round: Option<u16>,
		/// The file to write.
		#[arg(long)]
		out: PathBuf,
		#[command(flatten)]
		gateway: GatewayArgs,
	},
	/// Plot a job's validation accuracy and loss per round (SVG).
	///
	/// Example: corex train plot 0 --out accuracy.svg
	Plot {
		/// The job.
		job: u32,
		/// The SVG file to write.
		#[arg(long)]
		out: PathBuf,
		/// The plots' title.
		#[arg(long, default_value = "Training job")]
		title: String,
		#[command(flatten)]
		gateway: GatewayArgs,
	},
}

#[tokio::main]
async fn main() {
	let cli = Cli::parse();
	if let Err(e) = run(cli).await {
		eprintln!("error: {e:#}");
		std::process::exit(1);
	}
}

async fn run(cli: Cli) -> Result<()> {
	let out = Output { json: cli.json };
	match cli.command {
		Command::Status => network::status(out, &Chain::connect(&cli.url).await?).await,
		Command::Dataset(DatasetCommand::Publish { files, gateway }) => {
			train::publish(out, &gateway.gateway(), &files)
		},
		Command::Dataset(DatasetCommand::Shard { csv, shards, out: dir }) => {
			corex_cli::dataset::shard(out, &csv, shards, &dir)
		},
		Command::Train(command) => train_command(out, &cli.url, &cli.key, command).await,
		Command::Node(command) => node_command(out, &cli.url, &cli.key, command).await,
		Command::Compute(command) => compute_command(out, &cli.url, &cli.key, command).await,
		Command::Delegate { node, amount, lock } => {
			let chain = Chain::connect(&cli.url).await?;
			nodes::delegate(out, &chain, &cli.key.keypair()?, node, amount, lock).await
		},
		Command::Rewards(RewardsCommand::Show { account }) => {
			let chain = Chain::connect(&cli.url).await?;
			let who = match account {
				Some(text) => corex_cli::chain::parse_account(&text)?,
				None => cli.key.keypair()?.public_key().to_account_id(),
			};
			nodes::rewards(out, &chain, who).await
		},
		Command::Rewards(RewardsCommand::Claim { node, compound }) => {
			let chain = Chain::connect(&cli.url).await?;
			nodes::claim(out, &chain, &cli.key.keypair()?, node, compound).await
		},
		Command::Gov(command) => {
			let chain = Chain::connect(&cli.url).await?;
			match command {
				GovCommand::Propose { pallet, name, value } => {
					governance::propose(out, &chain, &cli.key.keypair()?, &pallet, &name, &value)
						.await
						.map(|_| ())
				},
				GovCommand::Vote { index, aye, nay: _, balance, conviction } => {
					governance::vote(
						out,
						&chain,
						&cli.key.keypair()?,
						index,
						aye,
						balance,
						conviction,
					)
					.await
				},
				GovCommand::Show { index } => governance::show(out, &chain, index).await,
			}
		},
		Command::Console { listen, dir, gateway } => {
			let served = console::Served { dir, listen, rpc: cli.url.clone(), gateway };
			console::serve(out, served).await
		},
		Command::Load {
			nodes,
			fragments,
			loads,
			blocks,
			warmup,
			redundancy,
			stake,
			fee_per_cu,
			funders,
			ceiling,
			publish,
			csv,
			svg,
		} => {
			let chain = Chain::connect(&cli.url).await?;
			let plan = corex_cli::load::Plan {
				nodes,
				fragments,
				loads,
				blocks,
				warmup,
				redundancy,
				stake,
				funders,
				fee_per_cu,
				ceiling,
				publish: publish.map(|url| Gateway::new(&url, None)),
				csv,
				svg,
			};
			corex_cli::load::run(out, &chain, &plan).await.map(|_| ())
		},
	}
}

async fn compute_command(
	out: Output,
	url: &str,
	key: &KeyArgs,
	command: ComputeCommand,
) -> Result<()> {
	let chain = Chain::connect(url).await?;
	match command {
		ComputeCommand::Define { kind, spec, features, replay_percent, gateway } => {
			let gw = gateway.gateway();
			let definition = compute::Definition { kind, spec, features, replay_percent };
			compute::define(out, &chain, &key.keypair()?, Some(&gw), &definition).await.map(|_| ())
		},
		ComputeCommand::Submit {
			definition,
			inputs,
			redundancy,
			fee_per_cu,
			deadline_blocks,
			wait,
			out: path,
			gateway,
		} => {
			let gw = gateway.gateway();
			let order =
				compute::Order { definition, inputs, redundancy, fee_per_cu, deadline_blocks };
			let id = compute::submit(out, &chain, &key.keypair()?, Some(&gw), &order).await?;
			if wait {
				compute::wait(out, &chain, &gw, id, path.as_deref()).await?;
			}
			Ok(())
		},
		ComputeCommand::Wait { id, out: path, gateway } => {
			compute::wait(out, &chain, &gateway.gateway(), id, path.as_deref()).await
		},
	}
}

async fn node_command(out: Output, url: &str, key: &KeyArgs, command: NodeCommand) -> Result<()> {
	let chain = Chain::connect(url).await?;
	match command {
		NodeCommand::Register { worker_key, class, capacity, metadata } => {
			nodes::register(out, &chain, &key.keypair()?, &worker_key, class, capacity, &metadata)
				.await
				.map(|_| ())
		},
		NodeCommand::SetWorkerKey { node, worker_key } => {
			nodes::set_worker_key(out, &chain, &key.keypair()?, node, &worker_key).await
		},
		NodeCommand::Bond { node, amount } => {
			nodes::bond(out, &chain, &key.keypair()?, node, amount).await
		},
		NodeCommand::Offer { node, withdraw } => {
			nodes::offer(out, &chain, &key.keypair()?, node, withdraw).await
		},
		NodeCommand::Status { node } => nodes::status(out, &chain, node).await,
		NodeCommand::List => nodes::list(out, &chain).await,
	}
}

async fn train_command(out: Output, url: &str, key: &KeyArgs, command: TrainCommand) -> Result<()> {
	let chain = Chain::connect(url).await?;
	match command {
		TrainCommand::Submit {
			dataset,
			model,
			rounds,
			redundancy,
			learning_rate,
			fee_per_cu,
			fragment_blocks,
			definition,
			replay_percent,
			no_publish,
			follow,
			gateway,
		} => {
			let (shards, validation) = train::dataset_files(&dataset)?;
			let order = train::TrainingOrder {
				shards,
				validation,
				model,
				rounds,
				learning_rate: to_q16(learning_rate)
					.context("the learning rate must be positive and below 65,536")?,
				redundancy,
				fee_per_cu,
				fragment_blocks,
				definition,
				replay_percent,
			};
			let signer = key.keypair()?;
			let gw = gateway.gateway();
			let job =
				train::submit(out, &chain, (!no_publish).then_some(&gw), &signer, &order).await?;
			if follow {
				train::follow(out, &chain, Some(gw), job, None).await?;
			}
			Ok(())
		},
		TrainCommand::Follow { job, rounds, gateway } => {
			train::follow(out, &chain, Some(gateway.gateway()), job, rounds).await.map(|_| ())
		},
		TrainCommand::Show { job, gateway } => {
			train::show(out, &chain, Some(gateway.gateway()), job).await
		},
		TrainCommand::Fetch { job, round, out: path, gateway } => {
			train::fetch(out, &chain, &gateway.gateway(), job, round, &path).await
		},
		TrainCommand::Plot { job, out: path, title, gateway } => {
			train::plot(out, &chain, gateway.gateway(), job, &path, &title).await
		},
	}
}
