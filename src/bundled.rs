//! The bundled Rust careers pack, checked and encoded at build time.
//!
//! `build.rs` parses and validates the RON files in `assets/` (a broken pack
//! fails the build) and embeds the resolved data as postcard bytes, so start-up
//! decodes a compact binary form instead of parsing RON text.

use crate::model::{Model, PackData};

static ENCODED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundled-pack.postcard"));

/// The bundled pack's id, without decoding it.
pub const ID: &str = env!("ROLEMAP_BUNDLED_ID");

/// The folder of the bundled pack's RON sources, relative to the repository.
pub const SOURCE_DIR: &str = "assets/rust-careers";

/// Decodes the bundled pack.
pub fn model() -> Result<Model, String> {
    data().map(Model::new)
}

/// The bundled pack's data, before its look-up tables are built.
pub fn data() -> Result<PackData, String> {
    postcard::from_bytes::<PackData>(ENCODED)
        .map_err(|e| format!("the bundled pack could not be decoded ({e}); rebuild rolemap"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_id_known_without_decoding_is_the_packs() {
        assert_eq!(super::ID, super::model().unwrap().info().id);
    }
}
