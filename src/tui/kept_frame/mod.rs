//! The kept first frame: a plain `rolemap` start keeps the explorer's first
//! frame in the cache folder, under the hash of everything that frame was
//! drawn from. The next plain start under the same conditions shows it at
//! once, before the pack is decoded and the settings and profile are
//! parsed, then draws its own first frame over it. That frame is the same,
//! so nothing more is written; if anything the hash missed made it differ,
//! ratatui writes only the cells that differ, and the new frame is kept.
//!
//! What the hash covers: this very binary (its path, size, inode and
//! modification time, so the bundled pack and the drawing code are the
//! ones that drew the frame), the terminal's size, the environment the
//! explorer reads (`NO_COLOR`, the locale), the settings file, and the
//! profile that opens and its file. Only the plain start is kept: with
//! arguments, or with a profile made on another pack (which lives outside
//! the hash, in `packs/`), the explorer starts as ever.

mod cells;

use std::io;
use std::path::PathBuf;
use std::thread::JoinHandle;

use ratatui::backend::Backend;
use ratatui::buffer::Buffer;
use ratatui::layout::Size;
use ratatui::style::Style;

use super::capped;
use super::person::Person;
use super::prepared::Prepared;
use super::render;
use super::state::AppState;
use super::terminal::{self, Modes, Term};
use super::theme::Theme;
use crate::cli::Cli;
use crate::model::profile::Profile;
use cells::Key;

/// The largest kept frame read: a frame of the capped area, 1000×500
/// cells, is about 10 MB at most.
const MAX_BYTES: u64 = 32 * 1024 * 1024;

/// What the first frame of this start is drawn from, and where it is kept.
struct Conditions {
    key: Key,
    /// What the key was made of.
    parts: Vec<(&'static str, Vec<u8>)>,
    file: PathBuf,
    size: Size,
    /// The kept frame, once shown.
    shown: Option<Buffer>,
    /// The explorer's own first frame being kept.
    keeping: Option<JoinHandle<()>>,
}

/// The kept frame on the screen: the terminal in the explorer's modes,
/// with the frame as ratatui's last.
pub(super) struct Shown {
    pub modes: Modes,
    pub term: Term,
}

/// The kept first frame of one run of the explorer: what its first frame
/// is drawn from, and the kept one, while it is on the screen.
#[derive(Default)]
pub(super) struct KeptFrame {
    conditions: Option<Conditions>,
    shown: Option<Shown>,
    /// The first frame says something of this run only (a profile that
    /// cannot be opened, settings not used): it is not kept.
    keep_none: bool,
}

impl KeptFrame {
    /// Shows the frame a plain start kept under the same conditions, if
    /// there is one.
    pub(super) fn show(cli: &Cli) -> io::Result<KeptFrame> {
        let mut conditions = look(cli);
        let shown = conditions.as_mut().and_then(Conditions::show).transpose()?;
        Ok(KeptFrame {
            conditions,
            shown,
            keep_none: false,
        })
    }

    /// The kept frame on the screen, for the explorer to take over.
    pub(super) fn take_shown(&mut self) -> Option<Shown> {
        self.shown.take()
    }

    /// Gives the terminal back if the explorer never took it over (it
    /// failed before): the cursor shown, the modes left.
    fn give_back(&mut self) {
        if let Some(Shown { modes, mut term }) = self.shown.take() {
            // As the explorer's end does: a terminal that is gone is let go
            // without its drop, which would complain where no one reads.
            if term.show_cursor().is_err() {
                std::mem::forget(term);
            }
            drop(modes);
        }
    }

    /// This run's first frame is not to be kept when `says_something`: it
    /// says something of this run only.
    pub(super) fn keep_none_if(&mut self, says_something: bool) {
        self.keep_none |= says_something;
    }

    /// After the explorer's own first frame, `drawn`: see [`Conditions::drawn`].
    pub(super) fn drawn(&mut self, drawn: &Buffer) {
        if let (Some(conditions), false) = (&mut self.conditions, self.keep_none) {
            conditions.drawn(drawn);
        }
    }

    /// At a quit: when the person's profile is all that changed since the
    /// start, the first frame the next plain start will draw (with this
    /// pack, theme and profile) is kept for it, so that the start after an
    /// edit is shown at once too.
    pub(super) fn at_quit(&mut self, prepared: &Prepared, theme: &Theme, profile: &Profile) {
        let Some(mut conditions) = self.conditions.take().filter(|_| !self.keep_none) else {
            return;
        };
        if let Some(keeping) = conditions.keeping.take() {
            let _ = keeping.join();
        }
        let Some(now) = inputs(conditions.size) else {
            return;
        };
        // The frame is drawn from the profile as this run holds it: only
        // when that is what its file now says (another window, a failed
        // save or a `rolemap profile` command may have made them differ).
        let on_disk = now
            .iter()
            .find(|(name, _)| *name == "profile file")
            .is_some_and(|(_, file)| file.ends_with(profile.to_text().as_bytes()));
        if !on_disk || !only_the_profile_changed(&conditions.parts, &now) {
            return;
        }
        let Some(frame) = first_frame(prepared, theme, profile, conditions.size)
            .filter(|f| f.area.as_size() == conditions.size)
        else {
            return;
        };
        conditions.key = key(&now);
        conditions.shown = None;
        conditions.drawn(&frame);
        conditions.wait();
    }

    /// At the end of a run: gives the terminal back if the explorer never
    /// took it over, and waits until the first frame is kept; later runs
    /// (on another pack) keep none.
    pub(super) fn finish(&mut self) {
        self.give_back();
        if let Some(conditions) = self.conditions.take() {
            conditions.wait();
        }
    }
}

/// The conditions of a plain start, or `None` when this start is not one,
/// or what it would open cannot be told without parsing it.
fn look(cli: &Cli) -> Option<Conditions> {
    let plain = cli.data.is_none()
        && cli.pack.is_none()
        && cli.profile.is_none()
        && !cli.no_color
        && cli.command.is_none();
    if !plain {
        return None;
    }
    let (columns, rows) = ratatui::crossterm::terminal::size().ok()?;
    let size = Size::new(columns, rows);
    // A terminal past the cap has a note below the frame; it starts as ever.
    if capped::note(size).is_some() || columns == 0 || rows == 0 {
        return None;
    }
    let file = crate::store::first_frame_path()?;
    let parts = inputs(size)?;
    Some(Conditions {
        key: key(&parts),
        parts,
        file,
        size,
        shown: None,
        keeping: None,
    })
}

/// Everything the first frame of a plain start is drawn from, each part
/// named; `None` when a part cannot be read as the explorer would read it.
fn inputs(size: Size) -> Option<Vec<(&'static str, Vec<u8>)>> {
    let exe = std::env::current_exe().ok()?;
    let mut parts = vec![
        ("version", env!("CARGO_PKG_VERSION").as_bytes().to_vec()),
        ("exe", identity(&exe)?),
        (
            "size",
            [size.width.to_le_bytes(), size.height.to_le_bytes()].concat(),
        ),
    ];
    for name in ["NO_COLOR", "LC_ALL", "LC_CTYPE", "LANG"] {
        let value = std::env::var_os(name).map(|v| v.into_encoded_bytes());
        parts.push((name, present(value)));
    }
    let settings = crate::config::path();
    parts.push(("settings", file(settings)?));
    let store = crate::store::Store::open().ok()?;
    let (name, is_last) = store.chosen(None);
    parts.push(("profile", format!("{name} {is_last}").into_bytes()));
    let profile = file(Some(store.path_of(&name)))?;
    if !names_no_other_pack(&profile) {
        return None;
    }
    parts.push(("profile file", profile));
    Some(parts)
}

/// The hash of `parts`, each with its name and length, so that no two
/// different sets of parts run together into the same bytes.
fn key(parts: &[(&'static str, Vec<u8>)]) -> Key {
    let mut hasher = blake3::Hasher::new();
    for (name, bytes) in parts {
        for part in [name.as_bytes(), bytes] {
            hasher.update(&(part.len() as u64).to_le_bytes());
            hasher.update(part);
        }
    }
    *hasher.finalize().as_bytes()
}

/// This binary as the file system knows it: another build is another file,
/// or the same file changed.
fn identity(exe: &std::path::Path) -> Option<Vec<u8>> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(exe).ok()?;
    let mut bytes = exe.as_os_str().as_encoded_bytes().to_vec();
    for n in [
        meta.dev(),
        meta.ino(),
        meta.len(),
        meta.mtime() as u64,
        meta.mtime_nsec() as u64,
    ] {
        bytes.extend_from_slice(&n.to_le_bytes());
    }
    Some(bytes)
}

/// A value, told apart from no value at all.
fn present(value: Option<Vec<u8>>) -> Vec<u8> {
    match value {
        Some(mut bytes) => {
            bytes.insert(0, 1);
            bytes
        }
        None => vec![0],
    }
}

/// A file's path and content, or that it is not there; `None` when it is
/// there but cannot be read (the explorer says why, on its own frame).
fn file(path: Option<PathBuf>) -> Option<Vec<u8>> {
    let Some(path) = path else {
        return Some(vec![0]);
    };
    let mut bytes = path.as_os_str().as_encoded_bytes().to_vec();
    bytes.push(0);
    match crate::store::read_text(&path) {
        Ok(text) => bytes.extend(present(Some(text.into_bytes()))),
        Err(e) if e.kind() == io::ErrorKind::NotFound => bytes.push(0),
        Err(_) => return None,
    }
    Some(bytes)
}

/// Whether a profile's file (as [`file`] gives it) names no pack but the
/// bundled one: the pack it opens on is then this binary's.
fn names_no_other_pack(file: &[u8]) -> bool {
    // Any other mention of a pack (spaced out, in a comment, a skill's id)
    // is left to the parser: such a start is not kept.
    let text = String::from_utf8_lossy(file);
    match text.matches("pack").count() {
        0 => true,
        1 => text.contains(&format!("pack: Some(\"{}\")", crate::bundled::ID)),
        _ => false,
    }
}

impl Conditions {
    /// Shows the frame kept for these conditions, if there is one: the
    /// terminal is then in the explorer's modes (the mouse taken once the
    /// settings are read). `None` when there is none to show.
    fn show(&mut self) -> Option<io::Result<Shown>> {
        // A link in its place is never followed, as with compiled packs.
        if !std::fs::symlink_metadata(&self.file).ok()?.is_file() {
            return None;
        }
        let bytes = crate::store::read_bytes(&self.file, MAX_BYTES).ok()?;
        let kept = cells::open(&bytes, &self.key, self.size.width, self.size.height)?;
        terminal::set_mouse(false);
        let shown = terminal::enter_showing(kept.screen).and_then(|modes| {
            let mut term = terminal::terminal(Style::new())?;
            let frame = take_as_last(&mut term, &kept, self.size)?;
            Ok((Shown { modes, term }, frame))
        });
        Some(shown.map(|(shown, frame)| {
            self.shown = frame;
            shown
        }))
    }

    /// After the explorer's own first frame, `drawn`: keeps it, on a thread
    /// of its own, unless it is the frame shown.
    fn drawn(&mut self, drawn: &Buffer) {
        if self.shown.as_ref() == Some(drawn) || drawn.area.as_size() != self.size {
            return;
        }
        let Some(bytes) = cells::encode(&self.key, drawn) else {
            // A frame that cannot be kept: an older one must not stay.
            let _ = std::fs::remove_file(&self.file);
            return;
        };
        let file = self.file.clone();
        // A cache: not kept this time (no thread, no room), it is kept the next.
        let keeping = std::thread::Builder::new().spawn(move || {
            crate::store::remove_first_frame_leftovers(false);
            let _ = crate::store::write_atomic(&file, &bytes, crate::store::Replace::Yes);
        });
        self.keeping = keeping.ok();
    }

    /// Waits until the frame is kept, so that no half-written file is left.
    fn wait(self) {
        if let Some(keeping) = self.keeping {
            let _ = keeping.join();
        }
    }
}

/// Makes the kept frame, on the screen now, the frame the next draw is
/// compared with; the frame, or `None` when the terminal is no longer of
/// its size (it changed since it was asked) or its cells do not read: then
/// the screen is wiped, and the next draw draws every cell.
fn take_as_last(term: &mut Term, kept: &cells::Kept, size: Size) -> io::Result<Option<Buffer>> {
    let frame = kept
        .frame()
        .filter(|_| term.current_buffer_mut().area.as_size() == size);
    let Some(frame) = frame else {
        // Whatever style the bytes left set goes first, or the wiped screen
        // and the cells drawn next would take it on.
        // (Nothing of the terminal's is buffered yet: this goes first.)
        io::Write::write_all(&mut io::stdout(), b"\x1b[0m")?;
        Backend::clear(term.backend_mut())?;
        return Ok(None);
    };
    term.current_buffer_mut().content.clone_from(&frame.content);
    term.hide_cursor()?;
    term.swap_buffers();
    Backend::flush(term.backend_mut())?;
    Ok(Some(frame))
}

/// Whether, of the parts a key is made of, the profile's and only those
/// differ between `then` and `now`.
fn only_the_profile_changed(then: &[(&str, Vec<u8>)], now: &[(&str, Vec<u8>)]) -> bool {
    let others = |(name, _): &&(&str, Vec<u8>)| !name.starts_with("profile");
    then != now && then.iter().filter(others).eq(now.iter().filter(others))
}

/// The explorer's first frame on a terminal of `size`, for the profile
/// `profile`, as a start with nothing to say draws it.
fn first_frame(
    prepared: &Prepared,
    theme: &Theme,
    profile: &Profile,
    size: Size,
) -> Option<Buffer> {
    let area = ratatui::layout::Rect::new(0, 0, size.width, size.height);
    let person = Person::new(&prepared.model, profile.clone());
    let state = AppState::new(prepared, area, person);
    let backend = ratatui::backend::TestBackend::new(size.width, size.height);
    let mut terminal = ratatui::Terminal::new(backend).ok()?;
    let drawn = terminal
        .draw(|frame| render::frame(frame, &state, prepared, theme))
        .ok()?;
    Some(drawn.buffer.clone())
}

#[cfg(test)]
mod tests;
