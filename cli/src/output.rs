//! What a command prints: a human summary by default, JSON with `--json`.

use serde_json::Value;
use std::io::IsTerminal;

/// How to print.
#[derive(Clone, Copy, Debug)]
pub struct Output {
	/// Print JSON instead of text.
	pub json: bool,
}

impl Output {
	/// Prints `human`, or `value` as JSON.
	pub fn show(&self, human: impl core::fmt::Display, value: Value) {
		if self.json {
			println!(
				"{}",
				serde_json::to_string_pretty(&value).unwrap_or_else(|_| value.to_string())
			);
		} else {
			println!("{human}");
		}
	}

	/// A line of progress: printed as text (to stderr) unless JSON is asked for.
	pub fn note(&self, line: impl core::fmt::Display) {
		if !self.json {
			eprintln!("{line}");
		}
	}

	/// A JSON line of a stream of records (`--json` with `follow`), or a text line.
	pub fn record(&self, human: impl core::fmt::Display, value: Value) {
		if self.json {
			println!("{value}");
		} else {
			println!("{human}");
		}
	}

	/// Whether progress bars are drawn: text output to a terminal.
	pub fn bars(&self) -> bool {
		!self.json && std::io::stderr().is_terminal()
	}
}
