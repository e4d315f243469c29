//! Token holders: propose a parameter change as a referendum on the `parameters` track, vote,
//! and see where a referendum stands.

use crate::{
	chain::{event, Chain},
	corex::{
		self,
		runtime_types::{
			bounded_collections::bounded_vec::BoundedVec,
			corex_runtime::OriginCaller,
			frame_support::traits::{preimages::Bounded, schedule::DispatchTime},
			pallet_conviction_voting::vote::{AccountVote, Vote},
			pallet_governance::pallet::Origin,
			pallet_referenda::types::ReferendumInfo,
		},
	},
	output::Output,
	units::format_cxt,
};
use anyhow::{anyhow, Result};
use serde_json::json;
use subxt::dynamic::Value;
use subxt_signer::sr25519::Keypair;

/// The call `governance.set_parameter` setting `pallet`'s parameter `name` to `value` (written
/// as a SCALE value: `2000000000`, `true`, …), as the runtime's `RuntimeParameters` encode it.
pub fn set_parameter_call(pallet: &str, name: &str, value: &str) -> Result<Value> {
	let (parsed, rest) = subxt::ext::scale_value::stringify::from_str(value);
	let parsed = parsed.map_err(|e| anyhow!("`{value}` is not a value: {e}"))?;
	if !rest.trim().is_empty() {
		return Err(anyhow!("`{value}`: cannot read `{rest}`"));
	}
	let key_value = Value::unnamed_variant(
		pallet,
		[Value::unnamed_variant(
			name,
			[Value::unnamed_composite([]), Value::unnamed_variant("Some", [parsed])],
		)],
	);
	Ok(key_value)
}

/// Submits a referendum on the `parameters` track and places its decision deposit; returns
/// its index.
pub async fn propose(
	out: Output,
	chain: &Chain,
	signer: &Keypair,
	pallet: &str,
	name: &str,
	value: &str,
) -> Result<u32> {
	let key_value = set_parameter_call(pallet, name, value)?;
	let call = subxt::dynamic::tx("Governance", "set_parameter", (key_value,));
	let at = chain.finalized().await?;
	let encoded = at
		.transactions()
		.call_data(&call)
		.map_err(|e| anyhow!("{pallet}.{name} = {value} is not a parameter change: {e}"))?;
	let submit = corex::transactions().referenda().submit(
		OriginCaller::Governance(Origin::ParameterAdmin),
		Bounded::Inline(BoundedVec(encoded)),
		DispatchTime::After(1),
	);
	let events = chain.submit(&submit, signer).await?;
	let submitted: corex::referenda::events::Submitted = event(&events, "Referenda.Submitted")?;
	let index = submitted.index;
	let events = chain
		.submit(&corex::transactions().referenda().place_decision_deposit(index), signer)
		.await?;
	let deposit: corex::referenda::events::DecisionDepositPlaced =
		event(&events, "Referenda.DecisionDepositPlaced")?;
	out.show(
		format!(
			"referendum {index} on track {}: set {pallet}.{name} to {value}; decision deposit {} placed\n\
			 vote on it: corex gov vote {index} --aye --balance <CXT>",
			submitted.track,
			format_cxt(deposit.amount)
		),
		json!({ "referendum": index, "track": submitted.track, "decision_deposit": deposit.amount.to_string() }),
	);
	Ok(index)
}

/// Votes on a referendum with `balance` locked at `conviction` (0 to 6).
pub async fn vote(
	out: Output,
	chain: &Chain,
	signer: &Keypair,
	index: u32,
	aye: bool,
	balance: u128,
	conviction: u8,
) -> Result<()> {
	if conviction > 6 {
		return Err(anyhow!(
			"conviction {conviction}: from 0 (no lock, 0.1×) to 6 (32 periods, 6×)"
		));
	}
	let vote = Vote(if aye { 0x80 } else { 0 } | conviction);
	let call = corex::transactions()
		.conviction_voting()
		.vote(index, AccountVote::Standard { vote, balance });
	chain.submit(&call, signer).await?;
	let side = if aye { "aye" } else { "nay" };
	out.show(
		format!("voted {side} on referendum {index} with {} at conviction {conviction}", format_cxt(balance)),
		json!({ "referendum": index, "aye": aye, "balance": balance.to_string(), "conviction": conviction }),
	);
	Ok(())
}

/// Where a referendum stands.
pub async fn show(out: Output, chain: &Chain, index: u32) -> Result<()> {
	let at = chain.best().await?;
	let info = at
		.storage()
		.try_fetch(corex::storage().referenda().referendum_info_for(), (index,))
		.await?
		.ok_or_else(|| anyhow!("there is no referendum {index}"))?
		.decode()?;
	let (state, detail) = match &info {
		ReferendumInfo::Ongoing(status) => (
			"ongoing",
			json!({
				"track": status.track,
				"ayes": status.tally.ayes.to_string(),
				"nays": status.tally.nays.to_string(),
				"support": status.tally.support.to_string(),
				"deciding": status.deciding.is_some(),
			}),
		),
		ReferendumInfo::Approved(at, ..) => ("approved", json!({ "block": at })),
		ReferendumInfo::Rejected(at, ..) => ("rejected", json!({ "block": at })),
		ReferendumInfo::Cancelled(at, ..) => ("cancelled", json!({ "block": at })),
		ReferendumInfo::TimedOut(at, ..) => ("timed out", json!({ "block": at })),
		ReferendumInfo::Killed(at) => ("killed", json!({ "block": at })),
	};
	let text = match &info {
		ReferendumInfo::Ongoing(status) => format!(
			"referendum {index}: ongoing on track {}, {}; ayes {}, nays {}, support {}",
			status.track,
			if status.deciding.is_some() { "deciding" } else { "preparing" },
			format_cxt(status.tally.ayes),
			format_cxt(status.tally.nays),
			format_cxt(status.tally.support)
		),
		_ => format!(
			"referendum {index}: {state} at block #{}",
			detail.get("block").unwrap_or(&json!(null))
		),
	};
	out.show(text, json!({ "referendum": index, "state": state, "detail": detail }));
	Ok(())
}
