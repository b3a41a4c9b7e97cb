//! The compiled form of a pack: its resolved data and the warnings its
//! check gave, in postcard, behind a header that says what it was made
//! from, so that a later launch on the same files can skip parsing and
//! checking, and still say what the check said.
//!
//! A compiled pack is never trusted blindly. It is used only when all of
//! these hold, and otherwise the pack is loaded from its text again:
//! - it starts with rolemap's mark and the fingerprint of this build's data
//!   layout (another version of rolemap may lay the data out otherwise);
//! - the hash of the pack's files recorded in it is the hash of the files
//!   read now, byte for byte and in order;
//! - the hash of its payload is right (a damaged or cut file fails here);
//! - the payload decodes, to the last byte.
//!
//! The hashes are BLAKE3: a pack edited by hand cannot pass for its former
//! self by chance. The compiled file is as private as the user's other
//! files (owner-only, in their cache folder); one written by someone who
//! can write there could still say anything, as could their profiles.

use super::diagnostic::Diagnostic;
use super::load::SourceFile;
use super::types::PackData;

/// The first bytes of every compiled pack.
const MARK: &[u8; 8] = b"rolemap\x01";

/// The layout of [`PackData`] this build reads and writes: the version and
/// the text of the files that define the serialised types, so that any
/// change to them (even between releases) makes older files unused.
pub const LAYOUT: u64 = {
    let mut hash = fnv(0xcbf2_9ce4_8422_2325, env!("CARGO_PKG_VERSION").as_bytes());
    let mut i = 0;
    while i < LAYOUT_SOURCES.len() {
        hash = fnv(hash, LAYOUT_SOURCES[i]);
        i += 1;
    }
    hash
};

/// The files whose types make up [`PackData`] and the warnings: the types
/// folder, the pack file types its enums come from, and the diagnostics; a
/// test checks none of the types folder is missing.
const LAYOUT_SOURCES: [&[u8]; 4] = [
    include_bytes!("diagnostic/mod.rs"),
    include_bytes!("pack.rs"),
    include_bytes!("types/mod.rs"),
    include_bytes!("types/model.rs"),
];

/// FNV-1a, as a `const fn`; a fingerprint of source text, not a defence.
const fn fnv(mut hash: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

/// The hash of a pack's files as read: their texts, in order, each with
/// its length so that no two packs can run together into one. The names
/// are left out: the same files reached by another path are the same pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint([u8; 32]);

impl Fingerprint {
    pub fn of(files: &[SourceFile]) -> Fingerprint {
        let mut hasher = blake3::Hasher::new();
        hasher.update(&(files.len() as u64).to_le_bytes());
        for file in files {
            hasher.update(&(file.text.len() as u64).to_le_bytes());
            hasher.update(file.text.as_bytes());
        }
        Fingerprint(*hasher.finalize().as_bytes())
    }
}

/// Why a compiled pack was not used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unused {
    /// Not a compiled pack, or from a build that lays the data out otherwise.
    OtherLayout,
    /// Made from other files: the pack has changed since.
    OtherContent,
    /// Cut short or damaged.
    Damaged,
}

const HEADER: usize = MARK.len() + 8 + 32 + 32 + 8;

/// The compiled form of `data` and the `warnings` its check gave, made
/// from the files of `fingerprint`.
pub fn encode(fingerprint: Fingerprint, data: &PackData, warnings: &[Diagnostic]) -> Vec<u8> {
    // Encoding resolved data into memory cannot fail: no map has keys
    // postcard cannot write, and no writer can be full.
    let payload = postcard::to_allocvec(&(data, warnings)).unwrap_or_default();
    let mut bytes = Vec::with_capacity(HEADER + payload.len());
    bytes.extend_from_slice(MARK);
    bytes.extend_from_slice(&LAYOUT.to_le_bytes());
    bytes.extend_from_slice(&fingerprint.0);
    bytes.extend_from_slice(blake3::hash(&payload).as_bytes());
    bytes.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    bytes.extend_from_slice(&payload);
    bytes
}

/// The data and warnings in `bytes`, when they are a sound compiled form
/// of the files of `fingerprint` for this build.
pub fn decode(
    bytes: &[u8],
    fingerprint: Fingerprint,
) -> Result<(PackData, Vec<Diagnostic>), Unused> {
    let Some((header, payload)) = bytes.split_at_checked(HEADER) else {
        return Err(if bytes.starts_with(MARK) {
            Unused::Damaged
        } else {
            Unused::OtherLayout
        });
    };
    let (mark, rest) = header.split_at(MARK.len());
    let (layout, rest) = rest.split_at(8);
    let (content, rest) = rest.split_at(32);
    let (hash, length) = rest.split_at(32);
    if mark != MARK || layout != LAYOUT.to_le_bytes() {
        return Err(Unused::OtherLayout);
    }
    if content != fingerprint.0 {
        return Err(Unused::OtherContent);
    }
    if length != (payload.len() as u64).to_le_bytes() || hash != blake3::hash(payload).as_bytes() {
        return Err(Unused::Damaged);
    }
    match postcard::take_from_bytes::<(PackData, Vec<Diagnostic>)>(payload) {
        Ok((decoded, [])) => Ok(decoded),
        _ => Err(Unused::Damaged),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example_model;

    fn files(text: &str) -> Vec<SourceFile> {
        vec![
            SourceFile::new("a.ron", text),
            SourceFile::new("b.ron", "x"),
        ]
    }

    fn data() -> PackData {
        example_model().data().clone()
    }

    fn same(a: &PackData, b: &PackData) -> bool {
        postcard::to_allocvec(a).unwrap() == postcard::to_allocvec(b).unwrap()
    }

    #[test]
    fn a_compiled_pack_decodes_to_the_same_data_and_warnings() {
        let print = Fingerprint::of(&files("(roles: [])"));
        let bytes = encode(print, &data(), &[]);
        let (decoded, warnings) = decode(&bytes, print).unwrap();
        assert!(same(&decoded, &data()));
        assert!(warnings.is_empty());
        let text = "(roles: [\n  (id: \"x\"),\n])";
        let warned = vec![Diagnostic::warning("a warning").with_hint("what to do").at(
            crate::model::diagnostic::Location::at("pack/a.ron", text, 12),
        )];
        let bytes = encode(print, &data(), &warned);
        assert_eq!(decode(&bytes, print).unwrap().1, warned);
    }

    #[test]
    fn any_change_to_the_files_makes_it_unused() {
        let print = Fingerprint::of(&files("(roles: [])"));
        let bytes = encode(print, &data(), &[]);
        for other in [
            files("(roles: [ ])"),
            vec![SourceFile::new("a.ron", "(roles: [])")],
            vec![SourceFile::new("a.ron", "(roles: [])x")],
            // The same bytes cut between the files otherwise.
            vec![
                SourceFile::new("a.ron", "(roles: [])x"),
                SourceFile::new("b.ron", ""),
            ],
        ] {
            let changed = Fingerprint::of(&other);
            assert_ne!(changed, print);
            assert_eq!(decode(&bytes, changed).unwrap_err(), Unused::OtherContent);
        }
        let renamed = vec![
            SourceFile::new("elsewhere/a.ron", "(roles: [])"),
            SourceFile::new("b.ron", "x"),
        ];
        assert_eq!(Fingerprint::of(&renamed), print);
    }

    #[test]
    fn every_cut_and_every_flipped_byte_is_refused() {
        let print = Fingerprint::of(&files("(roles: [])"));
        let bytes = encode(print, &data(), &[]);
        for cut in (0..bytes.len()).step_by(7) {
            assert!(decode(&bytes[..cut], print).is_err(), "cut at {cut}");
        }
        for at in (0..bytes.len()).step_by(5) {
            let mut flipped = bytes.clone();
            flipped[at] ^= 0x10;
            assert!(decode(&flipped, print).is_err(), "flipped at {at}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode(&longer, print).unwrap_err(), Unused::Damaged);
    }

    #[test]
    fn text_that_is_not_a_compiled_pack_is_another_layout() {
        let print = Fingerprint::of(&files(""));
        assert_eq!(decode(b"", print).unwrap_err(), Unused::OtherLayout);
        assert_eq!(
            decode(b"(roles: [])", print).unwrap_err(),
            Unused::OtherLayout
        );
        let mut other = encode(print, &data(), &[]);
        other[MARK.len()] ^= 1;
        assert_eq!(decode(&other, print).unwrap_err(), Unused::OtherLayout);
    }

    #[test]
    fn the_layout_covers_every_file_of_the_types() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model/types");
        let count = std::fs::read_dir(dir).unwrap().count();
        assert_eq!(
            count + 2,
            LAYOUT_SOURCES.len(),
            "list the new file in LAYOUT_SOURCES"
        );
    }
}
