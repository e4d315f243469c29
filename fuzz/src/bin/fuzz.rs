//! The libFuzzer target: every input is a sequence of steps run from genesis (see the crate
//! docs). Built and run by `scripts/fuzz.sh`.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
	corex_fuzz::run_bytes(data);
});
