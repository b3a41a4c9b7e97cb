//! Reading a pack from disk and parsing it element by element.
//!
//! Each element of each section is deserialized on its own, so a mistake in
//! one role does not hide the mistakes in the others: `rolemap validate`
//! reports them all in one run. Checking references and resolving ids is the
//! job of [`super::validate`].
//!
//! Reading and parsing are apart as they meet different dangers: the reader
//! what a folder can make rolemap open (links, kernel files, sizes), the
//! parser the mistakes in the text.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

use super::diagnostic::{LineIndex, Location};
use super::pack;

mod hints;
mod parse;
mod progress;
mod read;
mod whole;

pub use hints::closest;
pub use parse::parse_files;
pub use progress::{Progress, Stage};
pub use read::{MAX_FILE_BYTES, MAX_FILES, MAX_PACK_BYTES, pack_paths, read_pack};
pub use whole::parse_whole;

/// One RON file of a pack, as read.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user gave it (or the bundled name), for messages.
    pub name: String,
    pub text: String,
    /// Where its lines start, built on the first diagnostic.
    lines: OnceLock<LineIndex>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        SourceFile {
            name: name.into(),
            text: text.into(),
            lines: OnceLock::new(),
        }
    }

    /// The location of byte `offset`, at the cost of a binary search.
    pub fn locate(&self, offset: usize) -> Location {
        self.lines
            .get_or_init(|| LineIndex::new(&self.text))
            .locate(&self.name, &self.text, offset)
    }
}

/// An element of a section with the place it was written.
#[derive(Debug, Clone)]
pub struct Located<T> {
    pub item: T,
    /// Index into the pack's files.
    pub file: usize,
    /// Byte range of the element in its file.
    pub span: Range<usize>,
}

/// All elements of all files, merged by section, not yet checked.
#[derive(Debug, Default)]
pub struct Parsed {
    pub meta: Vec<Located<pack::PackMeta>>,
    pub sources: Vec<Located<pack::Source>>,
    pub tracks: Vec<Located<pack::Track>>,
    pub skills: Vec<Located<pack::Skill>>,
    pub roles: Vec<Located<pack::Role>>,
    pub moves: Vec<Located<pack::Move>>,
    pub wages: Vec<Located<pack::WageReference>>,
    /// Something did not parse, so checks of the pack as a whole (is there
    /// a `pack` section, is every role connected) would only add noise.
    pub incomplete: bool,
    /// `(section, id)` of elements that did not parse, or `(section, None)`
    /// for a whole section that did not: references to them are not
    /// reported again as unknown. A set, as every unknown reference asks.
    pub broken: HashSet<(&'static str, Option<String>)>,
}

impl Parsed {
    pub fn is_broken(&self, section: &'static str, id: &str) -> bool {
        self.broken.contains(&(section, None)) || self.broken.contains(&(section, Some(id.into())))
    }
}
