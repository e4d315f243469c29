//! Replays fuzzer inputs, files or every file of directories, and prints what they did: the
//! inputs, steps and blocks run, the slowest block, and the histogram of call outcomes (Ok and
//! each error, per call), so a reader can see how deep a corpus reaches.
//!
//!   corex-fuzz-replay fuzz/corpus [more files or directories]
//!   corex-fuzz-replay --compare fuzz/corpus    # also times the trie backend against the flat one
//!
//! With `--compare`, every input runs on both state backends in turn (the flat map the fuzzer
//! uses, then the tests' in-memory trie as the anchor) and the total time of each is printed
//! with their ratio: the measure behind the backend choice in docs/security.md.

use corex_fuzz::Backend;
use std::{
	fs,
	path::PathBuf,
	time::{Duration, Instant},
};

fn main() {
	let mut files: Vec<PathBuf> = Vec::new();
	let mut compare = false;
	for arg in std::env::args().skip(1) {
		if arg == "--compare" {
			compare = true;
			continue;
		}
		let path = PathBuf::from(arg);
		if path.is_dir() {
			let mut entries: Vec<PathBuf> = fs::read_dir(&path)
				.unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
				.filter_map(|e| e.ok().map(|e| e.path()))
				.filter(|p| p.is_file())
				.collect();
			entries.sort();
			files.extend(entries);
		} else {
			files.push(path);
		}
	}
	let mut total = corex_fuzz::Histogram::default();
	let (mut steps, mut blocks, mut slowest) = (0u64, 0u64, 0u128);
	let (mut flat, mut trie) = (Duration::ZERO, Duration::ZERO);
	// The prelude's state is built once per process, by the first input: not timed.
	corex_fuzz::run_bytes_on(&[], Backend::Flat);
	for file in &files {
		// A running fuzzer may replace a file while it is read here: skip it.
		let Ok(data) = fs::read(file) else {
			eprintln!("skipped {} (gone)", file.display());
			continue;
		};
		let started = Instant::now();
		let report = corex_fuzz::run_bytes_on(&data, Backend::Flat);
		flat += started.elapsed();
		if compare {
			let started = Instant::now();
			corex_fuzz::run_bytes_on(&data, Backend::Trie);
			trie += started.elapsed();
		}
		steps += report.steps;
		blocks += report.blocks;
		slowest = slowest.max(report.slowest_block_us);
		total.merge(&report.histogram);
	}
	println!(
		"inputs {}  steps {steps}  blocks {blocks}  slowest block {} µs",
		files.len(),
		slowest
	);
	println!("time on the flat backend {:.2} s", flat.as_secs_f64());
	if compare {
		println!(
			"time on the trie backend (anchor) {:.2} s; flat / trie {:.2}",
			trie.as_secs_f64(),
			flat.as_secs_f64() / trie.as_secs_f64().max(f64::MIN_POSITIVE)
		);
	}
	let (mut ok, mut calls) = (0u64, 0u64);
	for (call, outcomes) in &total.0 {
		let line: Vec<String> = outcomes.iter().map(|(o, n)| format!("{o} {n}")).collect();
		println!("{call}: {}", line.join(", "));
		ok += outcomes.get("Ok").copied().unwrap_or(0);
		calls += outcomes.values().sum::<u64>();
	}
	println!("calls {calls}, of which Ok {ok}; distinct calls reached {}", total.0.len());
}
