//! Customers: shard and publish a dataset, submit a training job, follow it round by round,
//! fetch its model, plot its accuracy and loss.

use crate::{
	chain::{event, view, AtBlock, Chain},
	corex::{
		self,
		runtime_types::{
			bounded_collections::bounded_vec::BoundedVec,
			corex_primitives::computation::{
				ComputationKind, VerificationMode, VerificationPolicy,
			},
			pallet_computations::types::{InputRef, JobStatus, NewDefinition, TrainingJobOrder},
			sp_arithmetic::per_things::Perbill,
		},
	},
	gateway::{cid_text, Gateway},
	output::Output,
	units::{format_cxt, from_q16},
};
use anyhow::{anyhow, bail, Context, Result};
use codec::Decode;
use corex_compute::{Model, Sample};
use corex_primitives::ContentId;
use serde_json::json;
use std::{
	collections::BTreeSet,
	path::{Path, PathBuf},
};
use subxt_signer::sr25519::Keypair;

/// A file to publish: its bytes and content id.
pub struct Blob {
	/// Where it was read from.
	pub path: PathBuf,
	/// Its bytes.
	pub bytes: Vec<u8>,
	/// Its content id.
	pub cid: ContentId,
}

impl Blob {
	/// Reads `path`.
	pub fn read(path: &Path) -> Result<Self> {
		let bytes =
			std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
		let cid = ContentId::of(&bytes);
		Ok(Blob { path: path.to_path_buf(), bytes, cid })
	}

	/// The input an order names: its content id and size.
	pub fn input(&self) -> Result<InputRef> {
		Ok(InputRef {
			cid: BoundedVec(cid_text(&self.cid).into_bytes()),
			size: u32::try_from(self.bytes.len())
				.map_err(|_| anyhow!("{} is too large", self.path.display()))?,
		})
	}
}

/// The shards of a dataset folder as `corex-tools shard-digits` writes them: `train-*.bin` in
/// order, and `validation.bin`.
pub fn dataset_files(dir: &Path) -> Result<(Vec<PathBuf>, PathBuf)> {
	let mut shards: Vec<PathBuf> = std::fs::read_dir(dir)
		.with_context(|| format!("cannot read the dataset folder {}", dir.display()))?
		.flatten()
		.map(|e| e.path())
		.filter(|p| {
			p.file_name()
				.and_then(|n| n.to_str())
				.is_some_and(|n| n.starts_with("train-") && n.ends_with(".bin"))
		})
		.collect();
	// train-2 before train-10.
	shards.sort_by_key(|p| {
		let name = p.file_stem().and_then(|n| n.to_str()).unwrap_or_default().to_string();
		(name.trim_start_matches("train-").parse::<u32>().unwrap_or(u32::MAX), name)
	});
	let validation = dir.join("validation.bin");
	if shards.is_empty() || !validation.exists() {
		bail!("{} holds no train-*.bin shards and validation.bin", dir.display());
	}
	Ok((shards, validation))
}

/// Publishes every file; prints each content id.
pub fn publish(out: Output, gateway: &Gateway, files: &[PathBuf]) -> Result<()> {
	let mut published = Vec::new();
	for path in files {
		let blob = Blob::read(path)?;
		gateway.publish(&blob.bytes)?;
		out.note(format!(
			"{}  {:>8} bytes  {}",
			cid_text(&blob.cid),
			blob.bytes.len(),
			path.display()
		));
		published.push(json!({
			"path": path.display().to_string(),
			"cid": cid_text(&blob.cid),
			"size": blob.bytes.len(),
		}));
	}
	out.show(
		format!("{} block(s) published to {}", published.len(), gateway.api),
		json!({ "gateway": gateway.api, "published": published }),
	);
	Ok(())
}

/// What a training job is made of, as the customer gives it.
pub struct TrainingOrder {
	/// The training shards.
	pub shards: Vec<PathBuf>,
	/// The held-out shard.
	pub validation: PathBuf,
	/// The initial model.
	pub model: PathBuf,
	/// Rounds.
	pub rounds: u16,
	/// The learning rate, Q16.16.
	pub learning_rate: u32,
	/// Nodes per fragment.
	pub redundancy: u8,
	/// Fee per compute unit, in plancks.
	pub fee_per_cu: u128,
	/// Blocks each fragment has to be committed in.
	pub fragment_blocks: u32,
	/// A gradient-step definition to use instead of registering one.
	pub definition: Option<u32>,
	/// Share of fragments replayed by a verifier, in percent.
	pub replay_percent: u8,
}

/// Publishes the inputs, registers a gradient-step definition unless one is given, submits the
/// job; returns its id.
pub async fn submit(
	out: Output,
	chain: &Chain,
	gateway: Option<&Gateway>,
	signer: &Keypair,
	order: &TrainingOrder,
) -> Result<u32> {
	let shards = order.shards.iter().map(|p| Blob::read(p)).collect::<Result<Vec<_>>>()?;
	let validation = Blob::read(&order.validation)?;
	let model = Blob::read(&order.model)?;
	let decoded = Model::decode(&mut &model.bytes[..])
		.map_err(|e| anyhow!("{} is not a model: {e}", model.path.display()))?;
	if let Some(gateway) = gateway {
		for blob in shards.iter().chain([&validation, &model]) {
			gateway.publish(&blob.bytes)?;
		}
		out.note(format!("published {} inputs to {}", shards.len().saturating_add(2), gateway.api));
	}
	let definition = match order.definition {
		Some(id) => id,
		None => {
			let call = corex::transactions().computations().register_definition(NewDefinition {
				kind: ComputationKind::GradientStep,
				spec: BoundedVec(cid_text(&model.cid).into_bytes()),
				features: decoded.features,
				policy: VerificationPolicy {
					mode: VerificationMode::Exact,
					replay_rate: Perbill(u32::from(order.replay_percent.min(100)) * 10_000_000),
				},
				device_class: None,
				min_tier: 1,
			});
			let events = chain.submit(&call, signer).await?;
			let registered: corex::computations::events::DefinitionRegistered =
				event(&events, "Computations.DefinitionRegistered")?;
			out.note(format!(
				"registered gradient-step definition {} (deposit {})",
				registered.id,
				format_cxt(registered.deposit)
			));
			registered.id
		},
	};
	let call = corex::transactions().computations().submit_training_job(TrainingJobOrder {
		definition,
		shards: BoundedVec(shards.iter().map(Blob::input).collect::<Result<_>>()?),
		validation: validation.input()?,
		model: model.input()?,
		rounds: order.rounds,
		learning_rate: order.learning_rate,
		redundancy: order.redundancy,
		fee_per_cu: order.fee_per_cu,
		fragment_blocks: order.fragment_blocks,
	});
	let events = chain.submit(&call, signer).await?;
	let submitted: corex::computations::events::TrainingJobSubmitted =
		event(&events, "Computations.TrainingJobSubmitted")?;
	out.show(
		format!(
			"training job {}: {} shards × {} rounds, k = {}, {} escrowed\nfollow it: corex train follow {}",
			submitted.job,
			submitted.shards,
			submitted.rounds,
			order.redundancy,
			format_cxt(submitted.reserved),
			submitted.job
		),
		json!({
			"job": submitted.job,
			"definition": definition,
			"shards": submitted.shards,
			"rounds": submitted.rounds,
			"reserved": submitted.reserved.to_string(),
		}),
	);
	Ok(submitted.job)
}

/// A round of a job as the customer sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct RoundReport {
	/// The round, from 1; 0 is the initial model.
	pub round: u32,
	/// The model after it.
	pub model: ContentId,
	/// Validation loss, as the chain verified it (none for the initial model).
	pub loss: Option<f64>,
	/// Validation accuracy in percent, computed here from the model and the held-out shard
	/// (none when the gateway cannot serve them).
	pub accuracy: Option<f64>,
}

impl RoundReport {
	fn to_json(&self) -> serde_json::Value {
		json!({
			"round": self.round,
			"model": cid_text(&self.model),
			"validation_loss": self.loss,
			"validation_accuracy_percent": self.accuracy,
		})
	}
}

/// Scores models on a job's held-out shard, fetched once.
pub struct Scorer {
	gateway: Option<Gateway>,
	samples: Option<Vec<Sample>>,
}

impl Scorer {
	/// A scorer for the held-out shard `validation`, fetched from `gateway` when there is one.
	pub fn new(gateway: Option<Gateway>, validation: &ContentId) -> Self {
		let samples = gateway.as_ref().and_then(|g| {
			let bytes = g.fetch(validation).ok()?;
			Vec::<Sample>::decode(&mut &bytes[..]).ok()
		});
		Scorer { gateway, samples }
	}

	/// The accuracy of model `cid` in percent, if it and the shard can be had.
	pub fn accuracy(&self, cid: &ContentId) -> Option<f64> {
		let samples = self.samples.as_ref()?;
		let bytes = self.gateway.as_ref()?.fetch(cid).ok()?;
		let model = Model::decode(&mut &bytes[..]).ok()?;
		let correct = corex_tools::model::correct(&model, samples).ok()?;
		(!samples.is_empty()).then(|| 100.0 * correct as f64 / samples.len() as f64)
	}
}

/// A job's static facts: its validation shard, initial model and shape.
pub struct JobFacts {
	/// The held-out shard.
	pub validation: ContentId,
	/// The initial model (the definition's spec).
	pub initial: ContentId,
	/// Shards per round.
	pub shards: u32,
}

/// Reads a job's facts.
pub async fn job_facts(chain: &Chain, job: u32) -> Result<JobFacts> {
	let at = chain.best().await?;
	let record = at
		.storage()
		.try_fetch(corex::storage().computations().jobs(), (job,))
		.await?
		.ok_or_else(|| anyhow!("there is no training job {job}"))?
		.decode()?;
	let definition = at
		.storage()
		.try_fetch(corex::storage().computations().definitions(), (record.definition,))
		.await?
		.ok_or_else(|| anyhow!("the definition of job {job} is gone"))?
		.decode()?;
	Ok(JobFacts {
		validation: ContentId(record.validation.cid.0),
		initial: ContentId(definition.spec.0),
		shards: record.shards.0.len() as u32,
	})
}

/// Every round of `job` so far, round 0 (the initial model) first.
pub async fn rounds(
	chain: &Chain,
	job: u32,
	scorer: &Scorer,
	facts: &JobFacts,
) -> Result<Vec<RoundReport>> {
	let progress = job_progress(chain, job).await?;
	let mut reports = vec![RoundReport {
		round: 0,
		model: facts.initial,
		loss: None,
		accuracy: scorer.accuracy(&facts.initial),
	}];
	for (i, record) in progress.history.iter().enumerate() {
		let model = ContentId(record.model.0);
		reports.push(RoundReport {
			round: (i as u32).saturating_add(1),
			model,
			loss: Some(from_q16(record.validation_loss)),
			accuracy: scorer.accuracy(&model),
		});
	}
	Ok(reports)
}

type Progress = corex::runtime_types::pallet_computations::types::JobProgress<u128>;

async fn job_progress(chain: &Chain, job: u32) -> Result<Progress> {
	let at = chain.best().await?;
	crate::chain::view(&at, corex::view_functions().computations().job_progress(job))
		.await?
		.ok_or_else(|| anyhow!("there is no training job {job}"))
}

fn status_name(status: &JobStatus) -> &'static str {
	match status {
		JobStatus::Running => "running",
		JobStatus::Finished => "finished",
		JobStatus::Failed => "failed",
	}
}

fn report_line(r: &RoundReport) -> String {
	let loss = r.loss.map_or("—".to_string(), |l| format!("{l:.4}"));
	let accuracy = r.accuracy.map_or("—".to_string(), |a| format!("{a:.1} %"));
	let label = if r.round == 0 { "initial".to_string() } else { format!("round {}", r.round) };
	format!(
		"{label:>9}: validation loss {loss:>7}, accuracy {accuracy:>7}, model {}",
		cid_text(&r.model)
	)
}

/// Shows a job's state and rounds.
pub async fn show(out: Output, chain: &Chain, gateway: Option<Gateway>, job: u32) -> Result<()> {
	let facts = job_facts(chain, job).await?;
	let progress = job_progress(chain, job).await?;
	let scorer = Scorer::new(gateway, &facts.validation);
	let reports = rounds(chain, job, &scorer, &facts).await?;
	let mut text = format!(
		"training job {job}: {}, round {}/{}, {} fragment(s) of the round pending, {} still escrowed\n",
		status_name(&progress.status),
		progress.round,
		progress.rounds,
		progress.pending,
		format_cxt(progress.reserved)
	);
	for r in &reports {
		text.push_str(&report_line(r));
		text.push('\n');
	}
	out.show(
		text.trim_end(),
		json!({
			"job": job,
			"status": status_name(&progress.status),
			"round": progress.round,
			"rounds": progress.rounds,
			"pending": progress.pending,
			"reserved": progress.reserved.to_string(),
			"model": cid_text(&ContentId(progress.model.0)),
			"history": reports.iter().map(RoundReport::to_json).collect::<Vec<_>>(),
		}),
	);
	Ok(())
}

/// The training job computation `id` is a fragment of, if it is open and one.
async fn fragment_of(at: &AtBlock, id: u64) -> Result<Option<u32>> {
	let state = view(at, corex::view_functions().computations().computation_status(id)).await?;
	Ok(state.and_then(|c| c.fragment).map(|(job, _, _)| job))
}

/// The open computations that are fragments of `job`.
async fn open_fragments(at: &AtBlock, job: u32) -> Result<BTreeSet<u64>> {
	let mut ids = BTreeSet::new();
	let mut entries = at.storage().iter(corex::storage().computations().computations(), ()).await?;
	while let Some(entry) = entries.next().await {
		let entry = entry?;
		let computation = entry.value().decode()?;
		if computation.fragment.is_some_and(|f| f.job == job) {
			ids.insert(entry.key()?.decode()?.0);
		}
	}
	Ok(ids)
}

/// Follows a job block by block until it ends: a progress bar over its fragments, a line per
/// verified round (loss, accuracy), the fees paid to nodes for the job's fragments, pool rewards and the pool's balance.
/// With `until_round`, stops once that many rounds are verified.
pub async fn follow(
	out: Output,
	chain: &Chain,
	gateway: Option<Gateway>,
	job: u32,
	until_round: Option<u16>,
) -> Result<JobStatus> {
	let facts = job_facts(chain, job).await?;
	let scorer = Scorer::new(gateway, &facts.validation);
	let pool_account = chain
		.finalized()
		.await?
		.constants()
		.entry(corex::constants().mining_pool().pool_account())?;
	let per_round = u64::from(facts.shards) + 1;
	let first = job_progress(chain, job).await?;
	let bar = if out.bars() {
		indicatif::ProgressBar::new(u64::from(first.rounds).saturating_mul(per_round))
	} else {
		indicatif::ProgressBar::hidden()
	};
	bar.set_style(
		indicatif::ProgressStyle::with_template(
			"{spinner} job {prefix} [{bar:30}] {pos}/{len} fragments verified {msg}",
		)
		.map_err(|e| anyhow!("{e}"))?
		.progress_chars("=> "),
	);
	bar.set_prefix(job.to_string());
	let initial = RoundReport {
		round: 0,
		model: facts.initial,
		loss: None,
		accuracy: scorer.accuracy(&facts.initial),
	};
	bar.suspend(|| out.record(report_line(&initial), initial.to_json()));
	let mut reported = 0usize;
	let mut paid: u128 = 0;
	let mut rewarded: u128 = 0;
	let mut seen = false;
	// The job's fragments: those open when following starts and those queued since. Only
	// their payments are the job's fees.
	let mut fragments: Option<BTreeSet<u64>> = None;
	let start = chain.finalized().await?.block_number();
	let mut blocks = chain.new_blocks(start.saturating_sub(1)).await?;
	while let Some((number, at)) = blocks.next().await? {
		let events = at.events().fetch().await?;
		let fragments = match fragments.as_mut() {
			Some(known) => {
				for queued in events.find::<corex::computations::events::ComputationQueued>() {
					let id = queued?.id;
					if fragment_of(&at, id).await? == Some(job) {
						known.insert(id);
					}
				}
				known
			},
			None => fragments.insert(open_fragments(&at, job).await?),
		};
		for finalized in events.find::<corex::computations::events::ComputationFinalized>() {
			let finalized = finalized?;
			if fragments.remove(&finalized.id) {
				paid = paid.saturating_add(finalized.paid);
			}
		}
		for reward in events.find::<corex::mining_pool::events::NodeRewarded>() {
			rewarded = rewarded.saturating_add(reward?.amount);
		}
		// The stream may start with finalized blocks from before the job.
		let Some(progress) =
			crate::chain::view(&at, corex::view_functions().computations().job_progress(job))
				.await?
		else {
			if seen {
				bail!("training job {job} is gone");
			}
			continue;
		};
		seen = true;
		// Verified: every fragment of the completed rounds (its gradients and its aggregation),
		// and the gradients of the running round verified so far (`RoundGradients`).
		let done_rounds = progress.history.len() as u64;
		let mut in_round = 0u64;
		if matches!(progress.status, JobStatus::Running) {
			let mut gradients = at
				.storage()
				.iter(corex::storage().computations().round_gradients(), (job,))
				.await?;
			while let Some(gradient) = gradients.next().await {
				gradient?;
				in_round = in_round.saturating_add(1);
			}
		}
		let verified = done_rounds.saturating_mul(per_round).saturating_add(in_round);
		bar.set_position(verified);
		let pool = at
			.storage()
			.fetch(corex::storage().system().account(), (pool_account,))
			.await?
			.decode()?
			.data
			.free;
		bar.set_message(format!("#{number} · pool {}", format_cxt(pool)));
		for (i, record) in progress.history.iter().enumerate().skip(reported) {
			let model = ContentId(record.model.0);
			let report = RoundReport {
				round: (i as u32).saturating_add(1),
				model,
				loss: Some(from_q16(record.validation_loss)),
				accuracy: scorer.accuracy(&model),
			};
			let line = format!(
				"{} · block #{} · {} fragments verified · fees paid to nodes {} · pool rewards {} · pool {}",
				report_line(&report),
				number,
				verified,
				format_cxt(paid),
				format_cxt(rewarded),
				format_cxt(pool)
			);
			let mut record = report.to_json();
			if let Some(fields) = record.as_object_mut() {
				fields.insert("block".into(), json!(number));
				fields.insert("fragments_verified".into(), json!(verified));
				fields.insert("fees_paid".into(), json!(paid.to_string()));
				fields.insert("pool_rewards".into(), json!(rewarded.to_string()));
				fields.insert("pool_balance".into(), json!(pool.to_string()));
			}
			bar.suspend(|| out.record(line, record));
		}
		reported = progress.history.len();
		let reached = until_round.is_some_and(|r| reported >= usize::from(r));
		if !matches!(progress.status, JobStatus::Running) || reached {
			bar.finish_and_clear();
			if matches!(progress.status, JobStatus::Failed) {
				let refunded = events
					.find::<corex::computations::events::TrainingJobFailed>()
					.filter_map(|e| e.ok())
					.find(|e| e.job == job)
					.map_or(String::new(), |e| format!("; {} refunded", format_cxt(e.refunded)));
				bail!(
					"training job {job} failed in round {} (a fragment failed verification or expired){refunded}",
					progress.round.saturating_add(1)
				);
			}
			out.note(format!(
				"training job {job}: {} after {reported} round(s)",
				status_name(&progress.status)
			));
			return Ok(progress.status);
		}
	}
	bail!("the node stopped sending blocks")
}

/// Writes the model after `round` (the latest when not given) to `path`.
pub async fn fetch(
	out: Output,
	chain: &Chain,
	gateway: &Gateway,
	job: u32,
	round: Option<u16>,
	path: &Path,
) -> Result<()> {
	let facts = job_facts(chain, job).await?;
	let progress = job_progress(chain, job).await?;
	let cid = match round {
		None => ContentId(progress.model.0),
		Some(0) => facts.initial,
		Some(r) => ContentId(
			progress
				.history
				.get(usize::from(r).saturating_sub(1))
				.ok_or_else(|| {
					anyhow!("job {job} has verified {} round(s), not {r}", progress.history.len())
				})?
				.model
				.0,
		),
	};
	let bytes = gateway.fetch(&cid)?;
	Model::decode(&mut &bytes[..])
		.map_err(|e| anyhow!("{} is not a model: {e}", cid_text(&cid)))?;
	std::fs::write(path, &bytes).with_context(|| format!("cannot write {}", path.display()))?;
	out.show(
		format!("model {} ({} bytes) written to {}", cid_text(&cid), bytes.len(), path.display()),
		json!({ "model": cid_text(&cid), "size": bytes.len(), "path": path.display().to_string() }),
	);
	Ok(())
}

/// Plots accuracy and loss per round to an SVG file.
pub async fn plot(
	out: Output,
	chain: &Chain,
	gateway: Gateway,
	job: u32,
	path: &Path,
	title: &str,
) -> Result<()> {
	let facts = job_facts(chain, job).await?;
	let scorer = Scorer::new(Some(gateway.clone()), &facts.validation);
	let reports = rounds(chain, job, &scorer, &facts).await?;
	let mut points = Vec::new();
	for r in &reports {
		let accuracy = r.accuracy.ok_or_else(|| {
			anyhow!(
				"{} cannot serve round {}'s model and the held-out shard",
				gateway.gateway,
				r.round
			)
		})?;
		points.push((r.round, accuracy, r.loss));
	}
	let svg = corex_tools::plot::training_svg(
		title,
		&corex_tools::plot::TrainingRounds { rounds: points },
	)
	.map_err(|e| anyhow!("{e}"))?;
	std::fs::write(path, svg).with_context(|| format!("cannot write {}", path.display()))?;
	out.show(
		format!("{} round(s) plotted to {}", reports.len(), path.display()),
		json!({ "path": path.display().to_string(), "rounds": reports.iter().map(RoundReport::to_json).collect::<Vec<_>>() }),
	);
	Ok(())
}
