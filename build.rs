//! Checks the bundled pack at build time and embeds it ready to use.
//!
//! The RON files in `assets/rust-careers` stay the source of truth. Here they
//! are parsed and validated with the same code `rolemap validate` runs, so a
//! broken bundled pack fails the build with file:line:column, and the resolved
//! data is written as postcard bytes that start-up decodes without parsing.
//! `ROLEMAP_BUNDLED_PACK` names another pack folder to bundle instead.

// The build uses only part of the loader: what it leaves unused, items and
// the re-exports that keep the crate's public paths, is no mistake here.
#![allow(dead_code, unused_imports)]

use std::path::Path;

// The loader modules, compiled here as siblings so `super::` paths resolve.
#[path = "src/model/diagnostic/mod.rs"]
mod diagnostic;
#[path = "src/model/load/mod.rs"]
mod load;
#[path = "src/model/pack.rs"]
mod pack;
#[path = "src/model/ron_scan/mod.rs"]
mod ron_scan;
#[path = "src/model/text.rs"]
mod text;
#[path = "src/model/types/mod.rs"]
mod types;
#[path = "src/model/validate/mod.rs"]
mod validate;

fn main() {
    println!("cargo:rerun-if-env-changed=ROLEMAP_BUNDLED_PACK");
    println!("cargo:rerun-if-changed=src/model");
    let dir =
        std::env::var("ROLEMAP_BUNDLED_PACK").unwrap_or_else(|_| "assets/rust-careers".into());
    println!("cargo:rerun-if-changed={dir}");

    let files = match load::read_pack(Path::new(&dir)) {
        Ok(files) => files,
        Err(problem) => fail(&[problem]),
    };
    let (parsed, mut diagnostics) = load::parse_files(&files);
    let (data, more) = validate::validate(&files, &parsed);
    diagnostics.extend(more);
    let errors: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.is_error())
        .cloned()
        .collect();
    if !errors.is_empty() {
        fail(&errors);
    }
    for warning in &diagnostics {
        for line in warning.to_string().lines() {
            println!("cargo:warning={line}");
        }
    }
    let Some(data) = data else {
        fail(&[diagnostic::Diagnostic::error(
            "the bundled pack did not resolve",
        )]);
    };
    // Its id, known without decoding it (start-up compares a profile's
    // pack with it).
    println!("cargo:rustc-env=ROLEMAP_BUNDLED_ID={}", data.info.id);
    let bytes = postcard::to_stdvec(&data).expect("the resolved pack serializes");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("bundled-pack.postcard");
    std::fs::write(&out, bytes).expect("OUT_DIR is writable");
}

fn fail(problems: &[diagnostic::Diagnostic]) -> ! {
    eprintln!("the bundled data pack is invalid:\n");
    for problem in problems {
        eprintln!("{problem}");
    }
    std::process::exit(1);
}
