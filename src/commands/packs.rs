//! `rolemap packs` and `rolemap packs add PATH`: the data packs installed
//! in the data folder (beside the bundled one), and installing one there,
//! so `--pack ID` can choose it by its id.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{Failure, Outcome, Run};
use crate::model::{self, Model};
use crate::store::{self, Replace, Store};

/// An installed pack as found: where, and what it is or why it cannot be
/// used.
struct Found {
    path: PathBuf,
    loaded: Result<Model, usize>,
}

/// The folder installed packs live in.
fn folder(store: &Store) -> PathBuf {
    store.root().join("packs")
}

/// An installed pack loaded as `--data` loads one: from the compiled form
/// kept for these very files, else from its text, keeping the compiled
/// form for the next launch.
fn load(path: &Path, cache: Option<&store::PackCache>) -> model::Loaded {
    store::load_pack(path, cache, &model::load::Progress::default())
}

/// Whether `id` can name a file of its own in a folder.
fn names_a_file(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Every pack in the data folder's `packs/`, by name: folders and `.ron`
/// files, each loaded to say what it is.
fn installed(store: &Store) -> Vec<Found> {
    let Ok(entries) = std::fs::read_dir(folder(store)) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let hidden = p
                .file_name()
                .and_then(|n| n.to_str())
                .is_none_or(|n| n.starts_with('.'));
            !hidden && (p.is_dir() || p.extension().is_some_and(|e| e == "ron"))
        })
        .collect();
    paths.sort();
    let cache = store::PackCache::open();
    paths
        .into_iter()
        .map(|path| {
            let loaded = load(&path, cache.as_ref());
            let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
            Found {
                loaded: loaded.model.ok_or(errors.max(1)),
                path,
            }
        })
        .collect()
}

/// Where `packs add` puts the pack `id`, when something is there: most
/// likely that pack, to be checked once loaded.
/// (The bundled pack's id is never looked for there: it names the bundled
/// pack, and `packs add` refuses it.)
pub fn installed_path(id: &str) -> Option<PathBuf> {
    if !names_a_file(id) || id == crate::bundled::ID {
        return None;
    }
    let packs = folder(&Store::open().ok()?);
    let (folder, file) = (packs.join(id), packs.join(format!("{id}.ron")));
    // What the listing counts as a pack: a folder, or a `.ron` file.
    [(folder.is_dir(), folder), (file.is_file(), file)]
        .into_iter()
        .find_map(|(is_pack, path)| is_pack.then_some(path))
}

/// The installed pack whose id is `id`, loaded.
pub fn installed_pack(id: &str) -> Result<Model, Failure> {
    let store = Store::open()?;
    // `packs add` installs a pack under its id: that one is tried first,
    // so that the others are not all loaded to find it.
    if let Some(path) = installed_path(id)
        && let Some(model) = load(&path, store::PackCache::open().as_ref()).model
        && model.info().id == id
    {
        return Ok(model);
    }
    let found = installed(&store);
    if let Some(model) = found
        .iter()
        .filter_map(|f| f.loaded.as_ref().ok())
        .find(|m| m.info().id == id)
    {
        return Ok(model.clone());
    }
    let ids: Vec<String> = found
        .iter()
        .filter_map(|f| f.loaded.as_ref().ok().map(|m| m.info().id.clone()))
        .collect();
    Err(Failure::Usage(format!(
        "no pack `{}` is installed; `rolemap packs` lists them ({}{}), \
         `rolemap packs add PATH` installs one",
        crate::model::text::clean_line(id),
        crate::bundled::ID,
        ids.iter().map(|i| format!(", {i}")).collect::<String>()
    )))
}

fn counts(m: &Model) -> String {
    format!("{} roles, {} skills", m.roles().len(), m.skills().len())
}

pub fn list(ctx: &Run, out: &mut impl Write) -> Outcome {
    let p = ctx.paint;
    let bundled = crate::bundled::model().map_err(Failure::Runtime)?;
    let store = Store::open()?;
    let info = bundled.info();
    writeln!(
        out,
        "{}  {} {} — bundled, {}",
        p.title(&info.id),
        info.name,
        info.version,
        counts(&bundled)
    )?;
    let found = installed(&store);
    for f in &found {
        let shown = crate::model::text::path(&f.path);
        match &f.loaded {
            Ok(m) => writeln!(
                out,
                "{}  {} {} — {}, in {shown}",
                p.title(&m.info().id),
                m.info().name,
                m.info().version,
                counts(m)
            )?,
            Err(errors) => writeln!(
                out,
                "{}",
                p.warning(&format!(
                    "{shown}: not usable ({}); `rolemap validate {shown}` shows where",
                    crate::format::plural(*errors, "error")
                ))
            )?,
        }
    }
    if found.is_empty() {
        writeln!(
            out,
            "{}",
            p.quiet(&format!(
                "No pack installed in {}; `rolemap packs add PATH` installs one.",
                crate::model::text::path(&folder(&store))
            ))
        )?;
    }
    Ok(())
}

/// Installs the pack at `path` as `packs/ID/`, once it is found valid;
/// one of that id is replaced only with `force`.
pub fn add(ctx: &Run, path: &Path, force: bool, out: &mut impl Write) -> Outcome {
    let found = model::load_files_of(path).map_err(|d| Failure::Data(vec![d]))?;
    let files: Vec<model::SourceFile> = found.iter().map(|(_, f)| f.clone()).collect();
    let loaded = model::load_files(&files);
    let quiet = loaded.diagnostics.is_empty();
    let Some(m) = loaded.model else {
        return Err(Failure::Data(loaded.diagnostics));
    };
    let id = m.info().id.clone();
    if !names_a_file(&id) {
        return Err(Failure::Usage(format!(
            "the pack's id `{}` cannot name a folder; give it letters, digits and dashes only",
            crate::model::text::clean_line(&id)
        )));
    }
    if id == crate::bundled::ID {
        return Err(Failure::Usage(format!(
            "`{id}` is the bundled pack's id; give the pack another id to install it beside it"
        )));
    }
    let store = Store::open()?;
    let dest = folder(&store).join(&id);
    // A pack of this id under another name would be found first by --pack.
    if let Some(other) = installed(&store)
        .iter()
        .find(|f| f.path != dest && f.loaded.as_ref().is_ok_and(|m| m.info().id == id))
    {
        return Err(Failure::Usage(format!(
            "a pack `{id}` is installed already in {}; remove it to install this one",
            crate::model::text::path(&other.path)
        )));
    }
    if dest.exists() && !force {
        return Err(Failure::Usage(format!(
            "a pack `{id}` is installed already in {}; add --force to replace it",
            crate::model::text::path(&dest)
        )));
    }
    // Written beside, then put in place, so a failed copy leaves the
    // installed pack as it was.
    let staging = folder(&store).join(format!(".{id}.{}", std::process::id()));
    let placed = (|| {
        write_all(&staging, path, &found)?;
        if dest.is_dir() && !dest.is_symlink() {
            std::fs::remove_dir_all(&dest)?;
        } else if dest.symlink_metadata().is_ok() {
            std::fs::remove_file(&dest)?;
        }
        std::fs::rename(&staging, &dest)
    })();
    if let Err(e) = placed {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(Failure::Runtime(format!("cannot install the pack: {e}")));
    }
    // Its compiled form is kept now, as a first launch on it would keep
    // it, so that even that launch reads no text. (Checked against the
    // files installed when it is read, as always.)
    // (A pack with warnings is kept by that launch: its warnings name the
    // files read, and these are the ones installed from.)
    if quiet && let Some(cache) = store::PackCache::open() {
        let fingerprint = model::compiled::Fingerprint::of(&files);
        let _ = cache.compile(&dest, fingerprint, m.data(), &[]).keep();
    }
    writeln!(
        out,
        "Installed {} `{id}` ({} {}, {}) in {}; `rolemap --pack {id}` opens it.",
        ctx.paint.heading("pack"),
        m.info().name,
        m.info().version,
        counts(&m),
        crate::model::text::path(&dest)
    )?;
    Ok(())
}

/// The pack's files under `staging`, each at its place within the pack
/// (worked out from its path on disk); a file whose place is not plainly
/// inside (no root, no `..`) goes at the top, so nothing is ever written
/// outside the staging folder.
fn write_all(
    staging: &Path,
    from: &Path,
    files: &[(PathBuf, model::SourceFile)],
) -> std::io::Result<()> {
    std::fs::create_dir_all(staging)?;
    for (real, f) in files {
        let top = || PathBuf::from(real.file_name().unwrap_or(real.as_os_str()));
        let within = match real.strip_prefix(from) {
            Ok(inside)
                if from.is_dir()
                    && inside
                        .components()
                        .all(|c| matches!(c, std::path::Component::Normal(_))) =>
            {
                inside.to_path_buf()
            }
            _ => top(),
        };
        let target = staging.join(within);
        if !target.starts_with(staging) {
            return Err(std::io::Error::other("a file's place is outside the pack"));
        }
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        store::write_atomic(&target, f.text.as_bytes(), Replace::No)?;
    }
    Ok(())
}

/// The packs to choose from in the explorer, for a screen that must not
/// wait: the bundled one now, then each usable installed one (each loaded,
/// a large one taking a while), sent on the channel from a thread once
/// they are all read.
pub fn choices_later(in_use: &Model) -> crate::tui::screen::PackChoices {
    let (send, later) = std::sync::mpsc::channel();
    // No thread, or one that fails: the list keeps what is known, and says
    // no more. Its panic is caught here and leaves the terminal alone.
    let reader = std::thread::Builder::new().name(crate::tui::QUIET_THREAD.into());
    let _ = reader.spawn(move || {
        if let Ok(list) = std::panic::catch_unwind(installed_choices) {
            let _ = send.send(list);
        }
    });
    let mut now = bundled_choice();
    // The pack in use is listed at once, so Enter before the rest is read
    // keeps it.
    if !now.iter().any(|c| c.id == in_use.info().id) {
        now.push(choice(in_use));
    }
    crate::tui::screen::PackChoices {
        now,
        later: Some(later),
    }
}

fn choice(m: &Model) -> crate::tui::screen::PackChoice {
    crate::tui::screen::PackChoice {
        id: m.info().id.clone(),
        about: format!("{} {} — {}", m.info().name, m.info().version, counts(m)),
    }
}

fn bundled_choice() -> Vec<crate::tui::screen::PackChoice> {
    crate::bundled::model().iter().map(choice).collect()
}

fn installed_choices() -> Vec<crate::tui::screen::PackChoice> {
    let Ok(store) = Store::open() else {
        return Vec::new();
    };
    installed(&store)
        .iter()
        .filter_map(|f| f.loaded.as_ref().ok())
        .map(choice)
        .collect()
}
