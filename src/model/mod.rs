//! The domain: data packs, the role graph, routes and search. Nothing here
//! knows about terminals; the command line and the TUI are faces on it.

pub mod assess;
pub mod behind;
pub mod compare;
pub mod compiled;
pub mod date;
pub mod diagnostic;
pub mod gap;
pub mod levels;
pub mod load;
pub mod lookup;
pub mod map;
pub mod neighbours;
pub mod notes;
pub mod pack;
pub mod plan;
pub mod profile;
pub mod ron_scan;
pub mod route;
pub mod search;
pub mod stored;
pub mod text;
pub mod types;
pub mod validate;

use std::path::Path;

pub use diagnostic::{Diagnostic, Location, Severity};
pub use load::SourceFile;
pub use types::*;

/// The result of loading a pack: the model when there is no error, and every
/// problem found (warnings come with a model too).
#[derive(Debug)]
pub struct Loaded {
    pub model: Option<Model>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses, checks and resolves a pack held in memory.
///
/// A pack without a mistake is parsed a whole file at a time; any doubt
/// (a file that does not parse so, or anything the checks report) and it
/// is parsed again element by element, which says exactly where.
pub fn load_files(files: &[SourceFile]) -> Loaded {
    load_files_with(files, &load::Progress::default())
}

/// [`load_files`], saying in `progress` how far it has come.
pub fn load_files_with(files: &[SourceFile], progress: &load::Progress) -> Loaded {
    let bytes = files.iter().map(|f| f.text.len() as u64).sum();
    progress.enter(load::Stage::Parsing, bytes);
    if let Some(parsed) = load::parse_whole(files, progress) {
        progress.enter(load::Stage::Checking, 0);
        if let (Some(data), diagnostics) = validate::validate(files, &parsed)
            && diagnostics.is_empty()
        {
            progress.enter(load::Stage::Building, 0);
            return Loaded {
                model: Some(Model::new(data)),
                diagnostics,
            };
        }
    }
    progress.enter(load::Stage::Checking, 0);
    load_files_exactly(files)
}

/// [`load_files`] element by element, every problem located.
pub fn load_files_exactly(files: &[SourceFile]) -> Loaded {
    let (parsed, mut diagnostics) = load::parse_files(files);
    let (data, more) = validate::validate(files, &parsed);
    diagnostics.extend(more);
    let model = if diagnostics.iter().any(Diagnostic::is_error) {
        None
    } else {
        data.map(Model::new)
    };
    Loaded { model, diagnostics }
}

/// The files of a pack (a `.ron` file or a folder of them), unparsed,
/// each with its path on disk.
pub fn load_files_of(path: &Path) -> Result<Vec<(std::path::PathBuf, SourceFile)>, Diagnostic> {
    let paths = load::pack_paths(path)?;
    let files = load::read_pack(path)?;
    Ok(paths.into_iter().zip(files).collect())
}

/// Reads a pack from a `.ron` file or a folder of them and loads it.
pub fn load_path(path: &Path) -> Loaded {
    match load::read_pack(path) {
        Ok(files) => load_files(&files),
        Err(problem) => Loaded {
            model: None,
            diagnostics: vec![problem],
        },
    }
}

/// The example pack of `examples/minimal-pack`, for unit tests.
#[cfg(test)]
pub(crate) fn example_model() -> Model {
    let files = [
        SourceFile::new(
            "pack.ron",
            include_str!("../../examples/minimal-pack/pack.ron"),
        ),
        SourceFile::new(
            "ladder.ron",
            include_str!("../../examples/minimal-pack/ladder.ron"),
        ),
    ];
    let loaded = load_files(&files);
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    loaded.model.expect("the example pack loads")
}
