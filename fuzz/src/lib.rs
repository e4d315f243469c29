//! # The Corex runtime fuzzer
//!
//! An input is a sequence of [`Step`]s, each decoded with `arbitrary` from the fuzzer's bytes:
//! how many blocks to move on first, which of a handful of funded accounts signs, and one
//! [`Action`]: a signed call of any Corex pallet with arguments drawn from small domains (node,
//! computation, cluster ids; amounts around the thresholds that matter), a governance parameter
//! change (as a passed referendum would make it), or any other call of the runtime decoded from
//! raw bytes. Small domains are what let a random sequence reach deep states: nodes that are
//! bonded, offered and assigned, commitments that match their reveals, clusters that key.
//!
//! Blocks run through `Executive` as the node runs them (Aura pre-digest, timestamp inherent,
//! `on_initialize`, `on_finalize`), so epochs, sessions, timers and the queue's hooks all run.
//! After every block [`check_block`] asserts the chain's invariants:
//! - total issuance is exactly 100,000,000 CXT;
//! - Σ (free + reserved) over all accounts equals total issuance;
//! - `try_state` of every pallet holds;
//! - no call reported an actual weight above its declared weight, and no block took longer to
//!   execute natively than its time budget (2 s).
//!
//! A panic anywhere is a crash. Every call's outcome (Ok, or the pallet error's name) is counted
//! in a [`Histogram`], so a run shows how deep it got.

use arbitrary::{Arbitrary, Unstructured};
use codec::{Decode, DecodeLimit, Encode};
use corex_primitives::{
	cluster_key::SecretShare, ComputationKind, ContentId, DeviceClass, DistanceMetric,
	VerificationMode, VerificationPolicy,
};
use corex_runtime::{
	configs::parameters::RuntimeParameters, AllPalletsWithSystem, Balance, Executive, Header,
	Runtime, RuntimeCall, RuntimeOrigin, System, CXT, SLOT_DURATION, TOTAL_SUPPLY,
};
use frame_support::{
	dispatch::{GetDispatchInfo, PostDispatchInfo},
	traits::{GetCallMetadata, TryState, TryStateSelect},
	BoundedVec,
};
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::{Digest, DigestItem},
	traits::{Dispatchable, Hash as _, Header as _},
	BuildStorage, DispatchError, Perbill,
};
use std::{collections::BTreeMap, sync::OnceLock, time::Instant};

pub mod scenario;

/// The accounts that sign: the development accounts, funded at genesis. Each may also be a
/// node's worker key (an sr25519 account is its own key).
pub const ACCOUNTS: [Sr25519Keyring; 6] = [
	Sr25519Keyring::Alice,
	Sr25519Keyring::Bob,
	Sr25519Keyring::Charlie,
	Sr25519Keyring::Dave,
	Sr25519Keyring::Eve,
	Sr25519Keyring::Ferdie,
];

/// Most steps one input runs (longer inputs are cut).
pub const MAX_STEPS: usize = 48;

/// A block's time budget: its slot (2 s with `fast-runtime`).
pub const BLOCK_BUDGET_MS: u128 = SLOT_DURATION as u128;

/// One step: move on `blocks` blocks (0 to 3; 1 in 16 steps jumps 12 blocks), then
/// `signer` does `action`.
#[derive(Arbitrary, Debug, Clone)]
pub struct Step {
	pub blocks: u8,
	pub signer: u8,
	pub action: Action,
}

/// What a step does. Ids and amounts are small indexes into the domains below.
#[derive(Arbitrary, Debug, Clone)]
pub enum Action {
	// node staking
	RegisterNode {
		worker: u8,
		class: u8,
		capacity: u8,
		metadata: u8,
	},
	UpdateNode {
		node: u8,
		class: u8,
		capacity: u8,
		worker: u8,
	},
	AnnounceExit {
		node: u8,
	},
	RemoveNode {
		node: u8,
	},
	Bond {
		node: u8,
		amount: u8,
	},
	BondExtra {
		node: u8,
		amount: u8,
	},
	Unbond {
		node: u8,
		amount: u8,
	},
	WithdrawUnbonded {
		node: u8,
	},
	Delegate {
		node: u8,
		amount: u8,
		lock: u8,
	},
	Undelegate {
		node: u8,
		amount: u8,
	},
	Redelegate {
		from: u8,
		to: u8,
		amount: u8,
	},
	SetCommission {
		node: u8,
		percent: u8,
	},
	ClaimRewards {
		node: u8,
		compound: bool,
	},
	ResumeNode {
		node: u8,
	},
	// computations
	RegisterDefinition {
		kind: u8,
		/// The sample width: 0, 1, 64, the most, one past it.
		features: u8,
		tolerance: bool,
		replay: u8,
		class: u8,
		tier: u8,
	},
	RetireDefinition {
		id: u8,
	},
	SubmitComputation {
		definition: u8,
		inputs: [u8; 2],
		budget: u8,
		fee: u8,
		deadline: u8,
		k: u8,
	},
	SubmitToJce {
		jce: u8,
		definition: u8,
		inputs: [u8; 2],
		budget: u8,
		deadline: u8,
	},
	CancelComputation {
		id: u8,
	},
	OfferNode {
		node: u8,
	},
	WithdrawNode {
		node: u8,
	},
	/// The signer's node is up (signed by a worker key, or not).
	Heartbeat,
	/// Answer the signer's node's open capability probe, right or wrong (signed by a worker
	/// key, or not).
	AnswerProbe {
		right: bool,
	},
	/// Ask for a probe of a node (signed by its operator, or not).
	RequestProbe {
		node: u8,
	},
	/// Evict a node long under the reputation threshold.
	EvictNode {
		node: u8,
	},
	Commit {
		id: u8,
		node: u8,
		result: u8,
		loss: Option<u8>,
		salt: u8,
	},
	CommitMany {
		ids: Vec<u8>,
		result: u8,
		salt: u8,
	},
	ReportUnavailable {
		id: u8,
		input: Option<u8>,
	},
	SubmitTrainingJob {
		definition: u8,
		shards: u8,
		rounds: u8,
		k: u8,
		blocks: u8,
	},
	RemoveTrainingJob {
		job: u8,
	},
	// proofs
	Reveal {
		id: u8,
		node: u8,
		result: u8,
		loss: Option<u8>,
		salt: u8,
		output: bool,
	},
	RevealMany {
		ids: Vec<u8>,
		result: u8,
		salt: u8,
	},
	SubmitReplay {
		id: u8,
		result: u8,
		loss: Option<u8>,
		output: bool,
	},
	/// Dispute a verifier's proposed verdict (signed by a worker key, or not).
	Dispute {
		id: u8,
	},
	// clusters
	CreateCluster {
		members: Vec<u8>,
		standbys: Vec<u8>,
		unanimous: bool,
		price: u8,
		auto: bool,
	},
	AcceptInvitation {
		cluster: u8,
		node: u8,
	},
	DeclineInvitation {
		cluster: u8,
		node: u8,
	},
	SubmitKeyShare {
		cluster: u8,
		node: u8,
		forged: bool,
	},
	IncreaseCapacity {
		cluster: u8,
		capacity: u8,
	},
	AnnounceClusterExit {
		cluster: u8,
		node: u8,
	},
	ReportMember {
		cluster: u8,
		node: u8,
	},
	CreateJce {
		recurring: bool,
		clusters: Vec<u8>,
		definitions: Vec<u8>,
	},
	RequestCluster {
		jce: u8,
		cluster: u8,
	},
	ApproveJce {
		jce: u8,
		cluster: u8,
		node: u8,
	},
	RejectJce {
		jce: u8,
		cluster: u8,
		node: u8,
	},
	CloseJce {
		jce: u8,
	},
	Blacklist {
		node: u8,
		customer: Option<u8>,
		jce: u8,
		add: bool,
	},
	SetVolunteer {
		node: u8,
		willing: bool,
	},
	DissolveCluster {
		cluster: u8,
	},
	// mining pool
	ClaimNodeReward {
		epoch: u8,
		node: u8,
	},
	// balances
	Transfer {
		to: u8,
		amount: u8,
	},
	/// A parameter change, as a passed referendum makes it (SCALE-encoded `RuntimeParameters`).
	SetParameter {
		raw: Vec<u8>,
	},
	/// Short epochs, so that a run crosses many.
	ShortEpochs {
		blocks: u8,
	},
	/// Any other call of the runtime, SCALE-decoded (sudo excluded).
	Raw {
		raw: Vec<u8>,
	},
}

/// Amounts around the thresholds that matter (minimum bonds, deposits, balances, overflow).
fn amount(i: u8) -> Balance {
	const AMOUNTS: [Balance; 8] =
		[0, 1, CXT / 1000, 10 * CXT, 1_000 * CXT, 20_000 * CXT, 1_000_000 * CXT, Balance::MAX / 2];
	AMOUNTS[usize::from(i) % AMOUNTS.len()]
}

/// The worker key of account `i` (an sr25519 account is its own worker key).
fn worker_key(i: u8) -> corex_primitives::worker::Public {
	ACCOUNTS[usize::from(i) % ACCOUNTS.len()].public().into()
}

fn account(i: u8) -> corex_runtime::AccountId {
	ACCOUNTS[usize::from(i) % ACCOUNTS.len()].to_account_id()
}

fn class(i: u8) -> DeviceClass {
	[DeviceClass::Gpu, DeviceClass::Cpu, DeviceClass::Fpga, DeviceClass::Edge][usize::from(i) % 4]
}

fn capacity(i: u8) -> u64 {
	[0, 1, 50, 500, 5_000, 50_000, 1_000_000, u64::MAX][usize::from(i) % 8]
}

/// The content ids inputs and results are drawn from; index 0 is the empty block.
fn blob(i: u8) -> Vec<u8> {
	vec![i % 8; usize::from(i % 8) * 37]
}

fn content(i: u8) -> ContentId {
	ContentId::of(&blob(i))
}

fn cid(i: u8) -> pallet_computations::CidInput {
	BoundedVec::truncate_from(content(i).to_cid_string().to_vec())
}

fn input(i: u8) -> pallet_computations::InputRef {
	let size =
		[1, 100, 1_024, 8_188, 8_336, 16_376, 1 << 20, (1 << 20) + 1][usize::from(i / 8) % 8];
	pallet_computations::InputRef { cid: cid(i), size }
}

fn salt(i: u8) -> [u8; 32] {
	[i; 32]
}

fn node(i: u8) -> u32 {
	u32::from(i % 8)
}

fn id(i: u8) -> u64 {
	u64::from(i % 16)
}

fn small(i: u8) -> u32 {
	u32::from(i % 6)
}

/// The output a reveal carries, and its content id.
fn output(
	result: u8,
) -> (ContentId, BoundedVec<u8, <Runtime as pallet_proofs::Config>::MaxOutputLen>) {
	let bytes = blob(result);
	(ContentId::of(&bytes), BoundedVec::truncate_from(bytes))
}

fn outcome(result: u8, loss: Option<u8>) -> pallet_proofs::Outcome {
	pallet_proofs::Outcome { result: content(result), loss: loss.map(u32::from) }
}

fn share(cluster: u32, node: u32) -> SecretShare {
	let mut seed = [0u8; 64];
	seed[..4].copy_from_slice(&cluster.to_le_bytes());
	seed[4..8].copy_from_slice(&node.to_le_bytes());
	seed[8] = 1;
	SecretShare::from_seed(&seed)
}

/// The call `action` makes, and the origin it is dispatched with.
pub fn call_of(signer: u8, action: &Action) -> Option<(RuntimeOrigin, RuntimeCall)> {
	use pallet_clusters::Call as C;
	use pallet_computations::Call as Q;
	use pallet_node_staking::Call as N;
	use pallet_proofs::Call as P;
	let signed = RuntimeOrigin::signed(account(signer));
	let call: RuntimeCall = match action.clone() {
		Action::RegisterNode { worker, class: c, capacity: cap, metadata } => N::register_node {
			worker_key: worker_key(worker),
			device_class: class(c),
			capacity: capacity(cap),
			metadata: vec![b'm'; usize::from(metadata % 4) * 100],
		}
		.into(),
		Action::UpdateNode { node: n, class: c, capacity: cap, worker } => N::update_node {
			node: node(n),
			device_class: class(c),
			capacity: capacity(cap),
			worker_key: worker_key(worker),
		}
		.into(),
		Action::AnnounceExit { node: n } => N::announce_exit { node: node(n) }.into(),
		Action::RemoveNode { node: n } => N::remove_node { node: node(n) }.into(),
		Action::Bond { node: n, amount: a } => N::bond { node: node(n), amount: amount(a) }.into(),
		Action::BondExtra { node: n, amount: a } => {
			N::bond_extra { node: node(n), amount: amount(a) }.into()
		},
		Action::Unbond { node: n, amount: a } => {
			N::unbond { node: node(n), amount: amount(a) }.into()
		},
		Action::WithdrawUnbonded { node: n } => N::withdraw_unbonded { node: node(n) }.into(),
		Action::Delegate { node: n, amount: a, lock } => {
			N::delegate { node: node(n), amount: amount(a), lock: lock % 5 }.into()
		},
		Action::Undelegate { node: n, amount: a } => {
			N::undelegate { node: node(n), amount: amount(a) }.into()
		},
		Action::Redelegate { from, to, amount: a } => {
			N::redelegate { from: node(from), to: node(to), amount: amount(a) }.into()
		},
		Action::SetCommission { node: n, percent } => N::set_commission {
			node: node(n),
			commission: Perbill::from_percent(u32::from(percent % 101)),
		}
		.into(),
		Action::ClaimRewards { node: n, compound } => {
			let payout = if compound {
				pallet_node_staking::RewardPayout::Compound
			} else {
				pallet_node_staking::RewardPayout::Liquid
			};
			N::claim_rewards { node: node(n), payout }.into()
		},
		Action::ResumeNode { node: n } => N::resume_node { node: node(n) }.into(),
		Action::RegisterDefinition { kind, features, tolerance, replay, class: c, tier } => {
			let kind = [
				ComputationKind::Inference,
				ComputationKind::GradientStep,
				ComputationKind::DataTransform,
				ComputationKind::Aggregation,
			][usize::from(kind) % 4];
			let mode = if tolerance {
				VerificationMode::Tolerance {
					metric: DistanceMetric::Cosine,
					threshold: Perbill::from_percent(90),
				}
			} else {
				VerificationMode::Exact
			};
			Q::register_definition {
				definition: pallet_computations::NewDefinition {
					kind,
					spec: cid(features),
					features: {
						let max = corex_compute::cost::MAX_FEATURES;
						[0, 1, 64, max, max + 1][usize::from(features) % 5]
					},
					policy: VerificationPolicy {
						mode,
						replay_rate: Perbill::from_percent(u32::from(replay % 3) * 50),
					},
					device_class: (c % 5 != 4).then(|| class(c)),
					min_tier: tier % 6,
				},
			}
			.into()
		},
		Action::RetireDefinition { id: d } => Q::retire_definition { id: small(d) }.into(),
		Action::SubmitComputation { definition, inputs, budget, fee, deadline, k } => {
			Q::submit_computation {
				order: pallet_computations::ComputationOrder {
					definition: small(definition),
					inputs: BoundedVec::truncate_from(
						inputs.iter().take(usize::from(k / 64) + 1).map(|i| input(*i)).collect(),
					),
					cu_budget: [0, 10, 100, 10_000, u64::MAX][usize::from(budget) % 5],
					fee_per_cu: amount(fee),
					deadline: System::block_number() + u32::from(deadline) * 4,
					redundancy: k % 5,
				},
			}
			.into()
		},
		Action::SubmitToJce { jce, definition, inputs, budget, deadline } => Q::submit_to_jce {
			order: pallet_computations::JceOrder {
				jce: small(jce),
				definition: small(definition),
				inputs: BoundedVec::truncate_from(inputs.iter().map(|i| input(*i)).collect()),
				cu_budget: [0, 10, 100, 10_000][usize::from(budget) % 4],
				deadline: System::block_number() + u32::from(deadline) * 4,
			},
		}
		.into(),
		Action::CancelComputation { id: c } => Q::cancel_computation { id: id(c) }.into(),
		Action::OfferNode { node: n } => Q::offer_node { node: node(n) }.into(),
		Action::WithdrawNode { node: n } => Q::withdraw_node { node: node(n) }.into(),
		Action::Heartbeat => Q::heartbeat {}.into(),
		Action::AnswerProbe { right } => {
			// The right answer is read from the chain, as a worker would compute it.
			let key = <<Runtime as pallet_computations::Config>::AccountToWorker as
				sp_runtime::traits::Convert<_, _>>::convert(account(signer));
			let labels = <pallet_node_staking::Pallet<Runtime> as corex_primitives::NodeInfo<
				corex_runtime::AccountId,
			>>::node_of_worker(&key)
			.and_then(pallet_computations::Probes::<Runtime>::get)
			.and_then(|open| pallet_computations::Pallet::<Runtime>::probe_of(&open).answer().ok())
			.filter(|_| right)
			.unwrap_or_else(|| vec![0; 16]);
			Q::submit_probe { labels: BoundedVec::truncate_from(labels) }.into()
		},
		Action::RequestProbe { node: n } => Q::request_probe { node: node(n) }.into(),
		Action::EvictNode { node: n } => N::evict_node { node: node(n) }.into(),
		Action::Commit { id: c, node: n, result, loss, salt: s } => Q::commit_result {
			id: id(c),
			commitment: pallet_proofs::commitment::<Runtime>(
				id(c),
				node(n),
				&outcome(result, loss),
				&salt(s),
			),
		}
		.into(),
		Action::CommitMany { ids, result, salt: s } => Q::commit_results {
			results: BoundedVec::truncate_from(
				ids.iter()
					.take(8)
					.map(|c| {
						let commitment = pallet_proofs::commitment::<Runtime>(
							id(*c),
							node(*c / 16),
							&outcome(result, None),
							&salt(s),
						);
						pallet_computations::ResultCommitment { id: id(*c), commitment }
					})
					.collect(),
			),
		}
		.into(),
		Action::ReportUnavailable { id: c, input: i } => Q::report_unavailable {
			id: id(c),
			reason: match i {
				Some(n) => pallet_computations::Unavailability::Input(n % 4),
				None => pallet_computations::Unavailability::Refused,
			},
		}
		.into(),
		Action::SubmitTrainingJob { definition, shards, rounds, k, blocks } => {
			Q::submit_training_job {
				job: pallet_computations::TrainingJobOrder {
					definition: small(definition),
					shards: BoundedVec::truncate_from(
						(0..shards % 4).map(|s| input(s.wrapping_mul(9).wrapping_add(1))).collect(),
					),
					validation: input(2),
					model: input(3),
					rounds: u16::from(rounds % 4),
					learning_rate: 1 << 16,
					redundancy: k % 4,
					fee_per_cu: amount(2),
					fragment_blocks: u32::from(blocks % 64),
				},
			}
			.into()
		},
		Action::RemoveTrainingJob { job } => Q::remove_training_job { job: small(job) }.into(),
		Action::Reveal { id: c, node: _, result, loss, salt: s, output: with } => P::reveal {
			id: id(c),
			result: content(result),
			loss: loss.map(u32::from),
			salt: salt(s),
			output: with.then(|| output(result).1),
		}
		.into(),
		Action::RevealMany { ids, result, salt: s } => P::reveal_results {
			reveals: BoundedVec::truncate_from(
				ids.iter()
					.take(8)
					.map(|c| pallet_proofs::RevealOf {
						id: id(*c),
						result: content(result),
						loss: None,
						salt: salt(s),
						output: None,
					})
					.collect(),
			),
		}
		.into(),
		Action::SubmitReplay { id: c, result, loss, output: with } => P::submit_replay {
			id: id(c),
			result: content(result),
			loss: loss.map(u32::from),
			output: with.then(|| output(result).1),
		}
		.into(),
		Action::Dispute { id: c } => P::dispute { id: id(c) }.into(),
		Action::CreateCluster { members, standbys, unanimous, price, auto } => C::create_cluster {
			members: BoundedVec::truncate_from(members.iter().take(8).map(|n| node(*n)).collect()),
			standbys: BoundedVec::truncate_from(
				standbys.iter().take(4).map(|n| node(*n)).collect(),
			),
			terms: pallet_clusters::ClusterTerms {
				mode: if unanimous {
					pallet_clusters::AcceptanceMode::Unanimous
				} else {
					pallet_clusters::AcceptanceMode::AutoApprove
				},
				tee: pallet_clusters::TeeRequirement::Any,
				price_per_cu: amount(price),
				capacity: capacity(price / 8),
				replacement: if auto {
					pallet_clusters::Replacement::StandbysThenVolunteers
				} else {
					pallet_clusters::Replacement::StandbysOnly
				},
			},
		}
		.into(),
		Action::AcceptInvitation { cluster, node: n } => {
			C::accept_invitation { cluster: small(cluster), node: node(n) }.into()
		},
		Action::DeclineInvitation { cluster, node: n } => {
			C::decline_invitation { cluster: small(cluster), node: node(n) }.into()
		},
		Action::SubmitKeyShare { cluster, node: n, forged } => {
			let (cluster, n) = (small(cluster), node(n));
			let secret = share(cluster, n);
			let proof = secret.prove(if forged { cluster + 1 } else { cluster }, &[7; 32]);
			C::submit_key_share { cluster, node: n, share: secret.public(), proof }.into()
		},
		Action::IncreaseCapacity { cluster, capacity: cap } => {
			C::increase_capacity { cluster: small(cluster), capacity: capacity(cap) }.into()
		},
		Action::AnnounceClusterExit { cluster, node: n } => {
			C::announce_exit { cluster: small(cluster), node: node(n) }.into()
		},
		Action::ReportMember { cluster, node: n } => {
			C::report_member { cluster: small(cluster), node: node(n) }.into()
		},
		Action::CreateJce { recurring, clusters, definitions } => C::create_jce {
			kind: if recurring {
				pallet_clusters::JceKind::Recurring
			} else {
				pallet_clusters::JceKind::SingleUse
			},
			clusters: BoundedVec::truncate_from(
				clusters.iter().take(4).map(|c| small(*c)).collect(),
			),
			definitions: BoundedVec::truncate_from(
				definitions.iter().take(8).map(|d| small(*d)).collect(),
			),
		}
		.into(),
		Action::RequestCluster { jce, cluster } => {
			C::request_cluster { jce: small(jce), cluster: small(cluster) }.into()
		},
		Action::ApproveJce { jce, cluster, node: n } => {
			C::approve_jce { jce: small(jce), cluster: small(cluster), node: node(n) }.into()
		},
		Action::RejectJce { jce, cluster, node: n } => {
			C::reject_jce { jce: small(jce), cluster: small(cluster), node: node(n) }.into()
		},
		Action::CloseJce { jce } => C::close_jce { jce: small(jce) }.into(),
		Action::Blacklist { node: n, customer, jce, add } => {
			let entry = match customer {
				Some(who) => pallet_clusters::BlacklistEntry::Customer(account(who)),
				None => pallet_clusters::BlacklistEntry::Jce(small(jce)),
			};
			if add {
				C::blacklist_add { node: node(n), entry }.into()
			} else {
				C::blacklist_remove { node: node(n), entry }.into()
			}
		},
		Action::SetVolunteer { node: n, willing } => C::set_volunteer {
			node: node(n),
			volunteering: if willing {
				pallet_clusters::Volunteering::Offered
			} else {
				pallet_clusters::Volunteering::Withdrawn
			},
		}
		.into(),
		Action::DissolveCluster { cluster } => {
			C::dissolve_cluster { cluster: small(cluster) }.into()
		},
		Action::ClaimNodeReward { epoch, node: n } => pallet_mining_pool::Call::claim_node_reward {
			epoch: u32::from(epoch % 32),
			node: node(n),
		}
		.into(),
		Action::Transfer { to, amount: a } => pallet_balances::Call::transfer_keep_alive {
			dest: account(to).into(),
			value: amount(a),
		}
		.into(),
		Action::SetParameter { raw } => {
			let parameter = RuntimeParameters::decode(&mut &raw[..]).ok()?;
			return Some((
				RuntimeOrigin::root(),
				pallet_governance::Call::set_parameter { key_value: parameter }.into(),
			));
		},
		Action::ShortEpochs { blocks } => {
			use corex_runtime::configs::parameters::dynamic_params::node_staking;
			let parameter = RuntimeParameters::NodeStaking(node_staking::Parameters::EpochLength(
				node_staking::EpochLength,
				Some(u32::from(blocks % 16).max(2)),
			));
			return Some((
				RuntimeOrigin::root(),
				pallet_governance::Call::set_parameter { key_value: parameter }.into(),
			));
		},
		Action::Raw { raw } => {
			let call = RuntimeCall::decode_with_depth_limit(8, &mut &raw[..]).ok()?;
			if matches!(call, RuntimeCall::Sudo(_)) {
				return None;
			}
			call
		},
	};
	Some((signed, call))
}

/// How many times each call ended each way: `pallet.call` → outcome (`Ok` or the error).
#[derive(Default, Debug, Clone)]
pub struct Histogram(pub BTreeMap<String, BTreeMap<String, u64>>);

impl Histogram {
	fn note(&mut self, call: &RuntimeCall, result: &Result<PostDispatchInfo, DispatchError>) {
		let meta = call.get_call_metadata();
		let outcome = match result {
			Ok(_) => "Ok".to_string(),
			Err(DispatchError::Module(m)) => {
				m.message.unwrap_or("an error without a name").to_string()
			},
			Err(e) => format!("{e:?}"),
		};
		*self
			.0
			.entry(format!("{}.{}", meta.pallet_name, meta.function_name))
			.or_default()
			.entry(outcome)
			.or_default() += 1;
	}

	/// Merge another histogram into this one.
	pub fn merge(&mut self, other: &Histogram) {
		for (call, outcomes) in &other.0 {
			for (outcome, n) in outcomes {
				*self.0.entry(call.clone()).or_default().entry(outcome.clone()).or_default() += n;
			}
		}
	}
}

/// What a run did, for the replay's report.
#[derive(Default, Debug, Clone)]
pub struct Report {
	pub steps: u64,
	pub blocks: u64,
	pub histogram: Histogram,
	/// The slowest block, in microseconds of native execution.
	pub slowest_block_us: u128,
}

fn genesis() -> sp_runtime::Storage {
	static GENESIS: OnceLock<sp_runtime::Storage> = OnceLock::new();
	GENESIS
		.get_or_init(|| {
			let patch = corex_runtime::genesis_config_presets::development_config_genesis()
				.expect("the development preset builds");
			let mut config = serde_json::to_value(corex_runtime::RuntimeGenesisConfig::default())
				.expect("the default genesis serializes");
			merge(&mut config, patch);
			let config: corex_runtime::RuntimeGenesisConfig =
				serde_json::from_value(config).expect("the preset is a genesis config");
			config.build_storage().expect("genesis storage builds")
		})
		.clone()
}

fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (k, v) in patch {
				merge(base.entry(k).or_insert(serde_json::Value::Null), v);
			}
		},
		(base, patch) => *base = patch,
	}
}

fn open_block() {
	let number = System::block_number() + 1;
	let slot = u64::from(number);
	let digest =
		Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(slot).encode())] };
	let header =
		Header::new(number, Default::default(), Default::default(), System::parent_hash(), digest);
	Executive::initialize_block(&header);
	let now = slot * SLOT_DURATION;
	let inherent = corex_runtime::UncheckedExtrinsic::new_bare(RuntimeCall::Timestamp(
		pallet_timestamp_set(now),
	));
	let applied = Executive::apply_extrinsic(inherent).expect("the timestamp inherent applies");
	assert!(applied.is_ok(), "the timestamp inherent dispatches");
}

fn pallet_timestamp_set(now: u64) -> pallet_timestamp::Call<Runtime> {
	pallet_timestamp::Call::set { now }
}

/// Ends the block as `Executive::finalize_block` does (`on_idle` with the weight left,
/// `on_finalize`), without the storage root, which only the node needs and which is most of a
/// block's cost here.
fn close_block() {
	use frame_support::traits::{OnFinalize, OnIdle};
	let n = System::block_number();
	System::note_finished_extrinsics();
	let max = <Runtime as frame_system::Config>::BlockWeights::get().max_block;
	let left = max.saturating_sub(System::block_weight().total());
	<AllPalletsWithSystem as OnIdle<u32>>::on_idle(n, left);
	<AllPalletsWithSystem as OnFinalize<u32>>::on_finalize(n);
	frame_system::BlockHash::<Runtime>::insert(
		n,
		<Runtime as frame_system::Config>::Hashing::hash_of(&n),
	);
}

/// The invariants that hold after every block.
pub fn check_block() {
	let issuance = pallet_balances::TotalIssuance::<Runtime>::get();
	assert_eq!(issuance, TOTAL_SUPPLY, "total issuance is exactly 100,000,000 CXT");
	let held: Balance = frame_system::Account::<Runtime>::iter_values()
		.map(|a| a.data.free + a.data.reserved)
		.sum();
	assert_eq!(held, issuance, "Σ (free + reserved) over all accounts is the total issuance");
	let n = System::block_number();
	if let Err(e) = <AllPalletsWithSystem as TryState<u32>>::try_state(n, TryStateSelect::All) {
		panic!("try_state failed after block {n}: {e:?}");
	}
}

fn step(blocks: u8, signer: u8, action: Action) -> Step {
	Step { blocks, signer, action }
}

/// A live network to start from: epochs of 4 blocks; three GPU nodes of 5,000 CU (node 0 of
/// Bob, with Eve's account as its worker key; node 1 of Charlie, Ferdie's; node 2 of Dave,
/// Alice's) bonded with 20,000 CXT each and offered; an exact inference definition (id 0, 10 CU
/// a run) and a computation of it at k = 3 (id 0) that all three are assigned to; a cluster of
/// the three (id 0) keyed by their workers; Bob's JCE (id 0) admitted there. Fuzz inputs run from
/// here, so random steps act on nodes, orders and clusters that exist.
pub fn prelude() -> Vec<Step> {
	use Action::*;
	let mut steps = vec![step(0, 0, ShortEpochs { blocks: 4 })];
	for (operator, worker) in [(1u8, 4u8), (2, 5), (3, 0)] {
		steps.push(step(0, operator, RegisterNode { worker, class: 0, capacity: 4, metadata: 0 }));
	}
	for (node, operator) in [(0u8, 1u8), (1, 2), (2, 3)] {
		steps.push(step(0, operator, Bond { node, amount: 5 }));
	}
	// Two epochs: the bonds count.
	for _ in 0..3 {
		steps.push(step(3, 0, Transfer { to: 1, amount: 2 }));
	}
	for (node, operator) in [(0u8, 1u8), (1, 2), (2, 3)] {
		steps.push(step(0, operator, OfferNode { node }));
	}
	steps.push(step(
		0,
		1,
		RegisterDefinition { kind: 0, features: 2, tolerance: false, replay: 0, class: 0, tier: 1 },
	));
	steps.push(step(
		1,
		1,
		CreateCluster {
			members: vec![0, 1, 2],
			standbys: vec![],
			unanimous: false,
			// 0.001 CXT per CU, 5,000 CU per epoch.
			price: 34,
			auto: false,
		},
	));
	for (node, operator) in [(0u8, 1u8), (1, 2), (2, 3)] {
		steps.push(step(0, operator, AcceptInvitation { cluster: 0, node }));
	}
	for (node, worker) in [(0u8, 4u8), (1, 5), (2, 0)] {
		steps.push(step(0, worker, SubmitKeyShare { cluster: 0, node, forged: false }));
	}
	steps.push(step(0, 1, CreateJce { recurring: true, clusters: vec![0], definitions: vec![0] }));
	// An inference of two 1-byte inputs, k = 3, 10,000 CU of budget, deadline 160 blocks on.
	steps.push(step(
		0,
		1,
		SubmitComputation { definition: 0, inputs: [1, 2], budget: 3, fee: 2, deadline: 40, k: 68 },
	));
	steps
}

/// The state after the [`prelude`], built once.
fn primed() -> sp_runtime::Storage {
	static PRIMED: OnceLock<sp_runtime::Storage> = OnceLock::new();
	PRIMED
		.get_or_init(|| {
			let mut ext = sp_io::TestExternalities::new(genesis());
			ext.execute_with(|| {
				System::set_block_number(0);
				open_block();
				let mut report = Report::default();
				run_steps(&prelude(), &mut report);
				close_block();
				check_block();
				let mut top = BTreeMap::new();
				let mut key = Vec::new();
				while let Some(next) = sp_io::storage::next_key(&key) {
					if let Some(value) = sp_io::storage::get(&next) {
						top.insert(next.clone(), value.to_vec());
					}
					key = next;
				}
				sp_runtime::Storage { top, children_default: Default::default() }
			})
		})
		.clone()
}

/// Externalities holding the state after the [`prelude`], with the next block open: for tests
/// that drive the runtime themselves.
pub fn primed_ext() -> sp_io::TestExternalities {
	let mut ext = sp_io::TestExternalities::new(primed());
	ext.execute_with(open_block);
	ext
}

/// Close the open block (checking the invariants) and open the next one.
pub fn next_block() {
	close_block();
	check_block();
	open_block();
}

/// Where an input's state lives while it runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
	/// A flat map of keys to values (`BasicExternalities`): reads are map lookups. What the
	/// fuzzer and the tests use; no input needs a storage root.
	Flat,
	/// The in-memory trie of the tests' `TestExternalities`, which decodes trie nodes on every
	/// read: the anchor `corex-fuzz-replay --compare` measures the flat map against.
	Trie,
}

/// Run `steps` from genesis, checking every block. Panics on a broken invariant.
pub fn run_from_genesis(steps: &[Step]) -> Report {
	run_on(genesis(), steps, Backend::Flat)
}

/// Run `steps` from the state after the [`prelude`], checking every block. Panics on a broken
/// invariant.
pub fn run(steps: &[Step]) -> Report {
	run_on(primed(), steps, Backend::Flat)
}

fn run_on(state: sp_runtime::Storage, steps: &[Step], backend: Backend) -> Report {
	let mut report = Report::default();
	let body = || {
		open_block();
		let started = run_steps(steps, &mut report);
		close_block();
		report.slowest_block_us = report.slowest_block_us.max(started.elapsed().as_micros());
		check_block();
		report.blocks += 1;
	};
	match backend {
		Backend::Flat => sp_state_machine::BasicExternalities::new(state).execute_with(body),
		Backend::Trie => sp_io::TestExternalities::new(state).execute_with(body),
	}
	assert!(
		report.slowest_block_us / 1000 < BLOCK_BUDGET_MS,
		"a block took {} ms natively, over its {BLOCK_BUDGET_MS} ms budget",
		report.slowest_block_us / 1000
	);
	report
}

/// Run `steps` in the open block and the ones after; returns when the last open block started.
fn run_steps(steps: &[Step], report: &mut Report) -> Instant {
	let mut started = Instant::now();
	{
		for step in steps.iter().take(MAX_STEPS) {
			let blocks = if step.blocks % 16 == 15 { 12 } else { u32::from(step.blocks % 4) };
			for _ in 0..blocks {
				close_block();
				report.slowest_block_us =
					report.slowest_block_us.max(started.elapsed().as_micros());
				check_block();
				report.blocks += 1;
				started = Instant::now();
				open_block();
			}
			let Some((origin, call)) = call_of(step.signer, &step.action) else { continue };
			let declared = call.get_dispatch_info().call_weight;
			let result = call.clone().dispatch(origin);
			let actual = match &result {
				Ok(post) => post.actual_weight,
				Err(e) => e.post_info.actual_weight,
			};
			if let Some(actual) = actual {
				assert!(
					actual.all_lte(declared),
					"{call:?} reported {actual} used, above its declared {declared}"
				);
			}
			report.histogram.note(&call, &result.map_err(|e| e.error));
			report.steps += 1;
		}
	}
	started
}

/// Decode the steps of a fuzzer input.
pub fn steps_of(data: &[u8]) -> Vec<Step> {
	let mut u = Unstructured::new(data);
	let mut steps = Vec::new();
	while !u.is_empty() && steps.len() < MAX_STEPS {
		match Step::arbitrary(&mut u) {
			Ok(step) => steps.push(step),
			Err(_) => break,
		}
	}
	steps
}

/// Run a fuzzer input.
pub fn run_bytes(data: &[u8]) -> Report {
	run(&steps_of(data))
}

/// Run a fuzzer input with its state in `backend`.
pub fn run_bytes_on(data: &[u8], backend: Backend) -> Report {
	run_on(primed(), &steps_of(data), backend)
}
