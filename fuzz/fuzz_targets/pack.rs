//! Fuzz target: see `rolemap::fuzz_checks::pack` for what must hold.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| rolemap::fuzz_checks::pack(data));
