//! Data packs made up for benchmarks, at sizes no hand-written pack has.
//!
//! A [`Shape`] (how many roles, skills and moves, and a seed) always gives
//! the same files, byte for byte, so a benchmark run today and one run
//! next month measure the same pack. The pack loads with no error and no
//! warning: tracks of role families whose essential skills grow band by
//! band, promotions one band up a family, laterals across tracks in a
//! band, every skill needed and every role joined by a move. So what is
//! measured is rolemap on a large valid pack, not its error path.
//!
//! Nothing in a generated pack is real, and it says so: every figure's
//! basis starts with "generated:", and the pack's description says it
//! was made up.

mod build;
mod emit;
mod moves;
mod rng;
mod skills;
#[cfg(test)]
mod tests;
mod topics;
mod words;

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

pub use emit::MAX_FILE_BYTES;

/// How large a generated pack is, and the seed that makes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    pub roles: usize,
    pub skills: usize,
    /// Move declarations written (a lateral that goes both ways is one).
    pub moves: usize,
    pub seed: u64,
}

impl Shape {
    /// The names [`Shape::named`] knows, smallest first.
    pub const NAMES: [&'static str; 3] = ["medium", "large", "huge"];

    /// A thousand roles: the size of a large company's whole ladder.
    pub const MEDIUM: Shape = Shape {
        roles: 1_000,
        skills: 2_000,
        moves: 10_000,
        seed: 1,
    };

    /// Ten thousand roles: a public taxonomy's size.
    pub const LARGE: Shape = Shape {
        roles: 10_000,
        skills: 20_000,
        moves: 100_000,
        seed: 1,
    };

    /// A hundred thousand roles: the largest shape, whose files still fit
    /// the loader's limit on a pack's bytes.
    pub const HUGE: Shape = Shape {
        roles: 100_000,
        skills: 200_000,
        moves: 1_000_000,
        seed: 1,
    };

    /// The preset of that name (`medium`, `large`, `huge`), seed 1.
    pub fn named(name: &str) -> Option<Shape> {
        match name {
            "medium" => Some(Shape::MEDIUM),
            "large" => Some(Shape::LARGE),
            "huge" => Some(Shape::HUGE),
            _ => None,
        }
    }

    /// Whether a pack of this shape can be made valid: at least five roles
    /// and twenty skills (a role asks for eight to fifteen distinct ones),
    /// no more skills than the roles can need (four a role), a move for
    /// every role and at most twenty (and half the pairs of roles), and
    /// nothing larger than [`Shape::HUGE`], whose files are near the
    /// loader's limit.
    pub fn check(&self) -> Result<(), ShapeError> {
        let most = Shape::HUGE;
        let within = |what: &str, n: usize, low: usize, high: usize| {
            if (low..=high).contains(&n) {
                Ok(())
            } else {
                Err(ShapeError(format!(
                    "{what} must be from {} to {} for this shape; it is {}",
                    grouped(low),
                    grouped(high),
                    grouped(n)
                )))
            }
        };
        within("roles", self.roles, 5, most.roles)?;
        within("skills", self.skills, 20, most.skills.min(4 * self.roles))?;
        // Half of all pairs of roles can always be joined without a lateral
        // move up a band; a large pack is far from that.
        let pairs = self.roles * (self.roles - 1) / 2;
        let moves = most.moves.min(20 * self.roles).min(pairs);
        within("moves", self.moves, self.roles, moves)
    }
}

fn grouped(n: usize) -> String {
    crate::format::grouped(n as f64)
}

/// A shape no valid pack can have, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError(pub String);

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ShapeError {}

/// A generated pack, in memory.
#[derive(Debug, Clone)]
pub struct Pack {
    /// (file name, RON text), in the order the loader reads a folder.
    pub files: Vec<(String, String)>,
    pub counts: Counts,
}

impl Pack {
    /// The files as the loader takes them from a folder, to load the pack
    /// without writing it.
    pub fn source_files(&self) -> Vec<crate::model::SourceFile> {
        self.files
            .iter()
            .map(|(name, text)| crate::model::SourceFile::new(name.as_str(), text.as_str()))
            .collect()
    }
}

/// What a generated pack holds: the shape's counts, and how it was
/// split into files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub files: usize,
    pub bytes: u64,
    pub tracks: usize,
    pub roles: usize,
    pub skills: usize,
    pub moves: usize,
}

/// The pack of `shape`, as files in memory: the same bytes for the same
/// shape, on any machine.
pub fn generate(shape: &Shape) -> Result<Pack, ShapeError> {
    shape.check()?;
    let mut rng = rng::Rng::new(shape.seed);
    let ladders = build::ladders(shape, &mut rng);
    let moves = moves::moves(&ladders, shape.moves, &mut rng);
    let files = emit::files(shape, &ladders, &moves);
    let counts = Counts {
        files: files.len(),
        bytes: files.iter().map(|(_, text)| text.len() as u64).sum(),
        tracks: ladders.tracks.len(),
        roles: ladders.roles.len(),
        skills: ladders.skills.len(),
        moves: moves.len(),
    };
    Ok(Pack { files, counts })
}

/// Why a pack was not written.
#[derive(Debug)]
pub enum WriteError {
    Shape(ShapeError),
    /// The folder has files already; a generated pack mixed with them
    /// would be another pack, so it is never written there.
    NotEmpty(PathBuf),
    NotAFolder(PathBuf),
    Io(PathBuf, io::Error),
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = |p: &Path| crate::model::text::path(p);
        match self {
            WriteError::Shape(e) => write!(f, "{e}"),
            WriteError::NotEmpty(dir) => write!(
                f,
                "`{}` is not empty: a generated pack is written only into a new or empty folder",
                path(dir)
            ),
            WriteError::NotAFolder(dir) => write!(f, "`{}` is not a folder", path(dir)),
            WriteError::Io(at, e) => write!(f, "cannot write `{}`: {e}", path(at)),
        }
    }
}

impl std::error::Error for WriteError {}

/// Generates the pack of `shape` into `dir`, which must be new or empty
/// (it is made if missing), and says what it wrote.
pub fn write_pack(shape: &Shape, dir: &Path) -> Result<Counts, WriteError> {
    shape.check().map_err(WriteError::Shape)?;
    let io_error = |e| WriteError::Io(dir.to_path_buf(), e);
    match std::fs::metadata(dir) {
        Ok(meta) if !meta.is_dir() => return Err(WriteError::NotAFolder(dir.to_path_buf())),
        Ok(_) => {
            if std::fs::read_dir(dir).map_err(io_error)?.next().is_some() {
                return Err(WriteError::NotEmpty(dir.to_path_buf()));
            }
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            std::fs::create_dir_all(dir).map_err(io_error)?;
        }
        Err(e) => return Err(io_error(e)),
    }
    let pack = generate(shape).map_err(WriteError::Shape)?;
    for (name, text) in &pack.files {
        let path = dir.join(name);
        std::fs::write(&path, text).map_err(|e| WriteError::Io(path, e))?;
    }
    Ok(pack.counts)
}
