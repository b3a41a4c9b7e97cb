//! Reading a pack's files from disk: the folder walk, the links it may
//! follow and the size budget, all checked before any text is read, so a
//! pack from someone else cannot make rolemap open what it should not or
//! hold more than it can.

use std::path::Path;

use super::super::diagnostic::{Diagnostic, Location};
use super::super::text;
use super::SourceFile;

/// Files larger than this are refused rather than read: a pack is text
/// written by people, and a huge file is a mistake (or an attack).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The most files one pack may have: far more than any ladder or taxonomy
/// needs, few enough that opening them all stays quick.
pub const MAX_FILES: usize = 10_000;

/// The most bytes all files of one pack may hold together (256 MiB): room
/// for a public taxonomy of several thousand occupations and their skills,
/// and a bound on the memory a pack from someone else can make rolemap use
/// (the text is held while it is checked).
pub const MAX_PACK_BYTES: u64 = 256 * 1024 * 1024;

/// Reads a pack: a single `.ron` file, or every `.ron` file below a folder
/// (sorted by path, so the order of a pack does not depend on the disk).
/// Links inside a folder are followed only to files and folders inside it,
/// and nothing is read before the whole pack is known to fit the budget.
pub fn read_pack(path: &Path) -> Result<Vec<SourceFile>, Diagnostic> {
    let paths = pack_paths(path)?;
    paths.iter().map(|p| read_file(p)).collect()
}

/// The files of a pack, as they are on disk, in the order [`read_pack`]
/// reads them: every `.ron` file of a folder (links only within it), or
/// the one file given; within the limits of a pack.
pub fn pack_paths(path: &Path) -> Result<Vec<std::path::PathBuf>, Diagnostic> {
    let meta = std::fs::metadata(path).map_err(|e| cannot_read(path, &e))?;
    let mut paths = Vec::new();
    if meta.is_dir() {
        let root = std::fs::canonicalize(path).map_err(|e| cannot_read(path, &e))?;
        let mut seen = vec![root.clone()];
        collect_ron_files(path, &root, &mut seen, &mut paths, 0)?;
        paths.sort();
        if paths.is_empty() {
            return Err(
                Diagnostic::error(format!("no `.ron` files in `{}`", text::path(path)))
                    .with_hint("a pack is a folder of `.ron` files or a single `.ron` file"),
            );
        }
    } else {
        paths.push(path.to_path_buf());
    }
    check_budget(&paths)?;
    Ok(paths)
}

/// Refuses a pack with too many files or too many bytes in all, before
/// any is read, naming the limit and what to do.
fn check_budget(paths: &[std::path::PathBuf]) -> Result<(), Diagnostic> {
    if paths.len() > MAX_FILES {
        return Err(Diagnostic::error(format!(
            "the pack has {} files, more than a pack may have ({MAX_FILES})",
            paths.len()
        ))
        .with_hint("merge small files, or split the pack into separate packs by field"));
    }
    let mut total: u64 = 0;
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| cannot_read(path, &e))?;
        total = total.saturating_add(meta.len());
        if total > MAX_PACK_BYTES {
            return Err(Diagnostic::error(format!(
                "the pack's files hold more than a pack may ({} MiB in all)",
                MAX_PACK_BYTES / (1024 * 1024)
            ))
            .with_hint("split it into separate packs by field, each under the limit"));
        }
    }
    Ok(())
}

fn cannot_read(path: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error(format!("cannot read `{}`: {e}", text::path(path)))
        .with_hint("check the path and that you may read it")
}

/// The `.ron` files below `dir`. A link is followed only when it leads to
/// a file or folder inside the pack (`root`, canonical), so a pack cannot
/// make rolemap read, and echo, a file from elsewhere; `seen` holds the
/// folders entered, so links cannot make a loop.
fn collect_ron_files(
    dir: &Path,
    root: &Path,
    seen: &mut Vec<std::path::PathBuf>,
    out: &mut Vec<std::path::PathBuf>,
    depth: usize,
) -> Result<(), Diagnostic> {
    if depth > 8 {
        return Err(Diagnostic::error(format!(
            "folders nested too deeply at `{}`",
            text::path(dir)
        )));
    }
    let entries = std::fs::read_dir(dir).map_err(|e| cannot_read(dir, &e))?;
    for entry in entries {
        let entry = entry.map_err(|e| cannot_read(dir, &e))?;
        let path = entry.path();
        let mut kind = entry.file_type().map_err(|e| cannot_read(&path, &e))?;
        let is_ron = path.extension().is_some_and(|e| e == "ron");
        if kind.is_symlink() {
            let target = std::fs::canonicalize(&path).ok();
            let inside = target.as_ref().filter(|t| t.starts_with(root));
            let Some(target) = inside else {
                if is_ron || target.as_ref().is_some_and(|t| t.is_dir()) {
                    return Err(Diagnostic::error(format!(
                        "`{}` links to a place outside the pack folder; it is not read",
                        text::path(&path)
                    ))
                    .with_hint("copy the file into the pack folder, or remove the link"));
                }
                continue;
            };
            kind = std::fs::metadata(target)
                .map_err(|e| cannot_read(&path, &e))?
                .file_type();
            if kind.is_dir() {
                if seen.contains(target) {
                    continue;
                }
                seen.push(target.clone());
            }
        }
        if kind.is_dir() {
            collect_ron_files(&path, root, seen, out, depth + 1)?;
        } else if is_ron {
            out.push(path);
        }
    }
    Ok(())
}

fn read_file(path: &Path) -> Result<SourceFile, Diagnostic> {
    let name = text::path(path);
    let meta = std::fs::metadata(path).map_err(|e| cannot_read(path, &e))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::error(format!(
            "`{name}` is {} bytes, more than a pack file may be ({MAX_FILE_BYTES})",
            meta.len()
        ))
        .with_hint("split the pack into several files"));
    }
    if !meta.is_file() {
        return Err(Diagnostic::error(format!("`{name}` is not a regular file"))
            .with_hint("give a `.ron` file or a folder of them"));
    }
    // The kernel's own folders hold files that look regular but are not
    // text anyone wrote (a process's environment, its memory).
    let real = std::fs::canonicalize(path).map_err(|e| cannot_read(path, &e))?;
    if ["/proc", "/sys", "/dev"]
        .iter()
        .any(|p| real.starts_with(p))
    {
        return Err(Diagnostic::error(format!(
            "`{name}` is a system file (`{}`), not a pack file",
            text::path(&real)
        ))
        .with_hint("give a `.ron` file or a folder of them"));
    }
    // Read at most one byte past the limit, so a file that grows while being
    // read cannot make this read without end.
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| {
            std::io::Read::read_to_end(&mut std::io::Read::take(f, MAX_FILE_BYTES + 1), &mut bytes)
        })
        .map_err(|e| cannot_read(path, &e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Diagnostic::error(format!(
            "`{name}` is larger than a pack file may be ({MAX_FILE_BYTES} bytes)"
        ))
        .with_hint("split the pack into several files"));
    }
    // A byte-order mark is how some editors start a UTF-8 file; it is not
    // part of the pack.
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(name, text)),
        Err(e) => {
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let at = Location::at(&name, &text, e.utf8_error().valid_up_to()).without_text();
            Err(Diagnostic::error(format!("`{name}` is not UTF-8 text"))
                .at(at)
                .with_hint("save the file as UTF-8"))
        }
    }
}
