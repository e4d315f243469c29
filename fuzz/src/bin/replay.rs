//! Replays fuzzer inputs, files or every file of directories, and prints what they did: the
//! inputs, steps and blocks run, the slowest block, and the histogram of call outcomes (Ok and
//! each error, per call), so a reader can see how deep a corpus reaches.
//!
//!   corex-fuzz-replay fuzz/corpus [more files or directories]

use std::{fs, path::PathBuf};

fn main() {
	let mut files: Vec<PathBuf> = Vec::new();
	for arg in std::env::args().skip(1) {
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
	for file in &files {
		// A running fuzzer may replace a file while it is read here: skip it.
		let Ok(data) = fs::read(file) else {
			eprintln!("skipped {} (gone)", file.display());
			continue;
		};
		let report = corex_fuzz::run_bytes(&data);
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
	let (mut ok, mut calls) = (0u64, 0u64);
	for (call, outcomes) in &total.0 {
		let line: Vec<String> = outcomes.iter().map(|(o, n)| format!("{o} {n}")).collect();
		println!("{call}: {}", line.join(", "));
		ok += outcomes.get("Ok").copied().unwrap_or(0);
		calls += outcomes.values().sum::<u64>();
	}
	println!("calls {calls}, of which Ok {ok}; distinct calls reached {}", total.0.len());
}
