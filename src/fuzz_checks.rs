//! What must hold for any input at all, checked on arbitrary bytes by the
//! fuzz targets in `fuzz/` and, on every committed corpus file, by
//! `tests/fuzz_corpus.rs`, so a crash the fuzzer once found stays fixed.
//! Each check panics, saying what broke, when its promise fails.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;

use crate::model::diagnostic::KEPT_PER_FILE;
use crate::model::gap::Levels;
use crate::model::load::{SourceFile, parse_files};
use crate::model::pack::PackFile;
use crate::model::profile::Profile;
use crate::model::{self, text};
use crate::tui::action::{Action, Input};
use crate::tui::keys::Key;
use crate::tui::person::Person;
use crate::tui::prepared::Prepared;
use crate::tui::state::AppState;
use crate::tui::theme::Theme;
use crate::tui::{render, update};

const NOW: &str = "2026-12-01T00:00:00Z";

/// The loader: any text gives a model or diagnostics, never a panic;
/// diagnostics point inside the text and stay few per file; and a pack that
/// loads, written back out as RON, loads again to the same data.
pub fn pack(data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let lines = text.lines().count().max(1) + 1;
    let files = [SourceFile::new("fuzz.ron", text)];
    let loaded = model::load_files(&files);
    assert_same_load(&loaded, &model::load_files_exactly(&files));
    assert!(
        loaded.diagnostics.len() <= 2 * KEPT_PER_FILE + 8,
        "{} diagnostics",
        loaded.diagnostics.len()
    );
    for d in &loaded.diagnostics {
        let shown = d.to_string();
        assert!(shown.lines().all(|l| l.chars().count() < 400), "{shown}");
        if let Some(at) = &d.location {
            assert!(
                at.line >= 1 && at.line <= lines,
                "line {} of {lines}",
                at.line
            );
        }
    }
    let Some(first) = loaded.model else {
        return;
    };
    let (parsed, _) = parse_files(&files);
    let again = PackFile {
        pack: parsed.meta.first().map(|m| m.item.clone()),
        sources: parsed.sources.iter().map(|s| s.item.clone()).collect(),
        tracks: parsed.tracks.iter().map(|s| s.item.clone()).collect(),
        skills: parsed.skills.iter().map(|s| s.item.clone()).collect(),
        roles: parsed.roles.iter().map(|s| s.item.clone()).collect(),
        moves: parsed.moves.iter().map(|s| s.item.clone()).collect(),
        wage_references: parsed.wages.iter().map(|s| s.item.clone()).collect(),
    };
    // Written as authors write, with `Some` left implicit.
    let written = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .to_string(&again)
        .expect("a loaded pack can be written as RON");
    let reloaded = model::load_files(&[SourceFile::new("again.ron", written.clone())]);
    let second = reloaded
        .model
        .unwrap_or_else(|| panic!("written back, it does not load: {written}"));
    let bytes = |m: &model::Model| postcard::to_allocvec(m.data()).expect("encodes");
    assert!(
        bytes(&first) == bytes(&second),
        "the round trip changed the pack"
    );
}

/// The quick whole-file parse and the element-by-element one must not
/// differ in anything but speed: the same model, the same diagnostics.
pub fn assert_same_load(quick: &model::Loaded, exact: &model::Loaded) {
    let shown = |l: &model::Loaded| {
        l.diagnostics
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(shown(quick), shown(exact), "the diagnostics differ");
    let bytes = |l: &model::Loaded| {
        l.model
            .as_ref()
            .map(|m| postcard::to_allocvec(m.data()).expect("encodes"))
    };
    assert!(bytes(quick) == bytes(exact), "the models differ");
}

/// The profile reader: any text gives a profile or a located error, and a
/// profile read writes out to text that reads back the same.
pub fn profile(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let Ok(read) = Profile::parse(&text, "fuzz.ron") else {
        return;
    };
    let written = read.to_text();
    let again = Profile::parse(&written, "again.ron")
        .unwrap_or_else(|e| panic!("a written profile does not read back: {e:?}\n{written}"));
    assert_eq!(read, again);
}

/// The bundled pack, prepared once per thread for the explorer (its search
/// index is built lazily and is not shared between threads).
fn prepared() -> &'static Prepared {
    thread_local! {
        static PREPARED: &'static Prepared = Box::leak(Box::new(Prepared::new(
            crate::bundled::model().expect("bundled pack"),
            0,
        )));
    }
    PREPARED.with(|p| *p)
}

/// The explorer: from any size, 0×0 included, any run of keys, clicks,
/// wheel turns and resizes updates and draws without a panic, and every
/// frame fills exactly the area it was given.
pub fn screens(data: &[u8]) {
    let p = prepared();
    let mut bytes = data.iter().copied();
    let mut next = || bytes.next();
    let columns = u16::from(next().unwrap_or(80)) % 160;
    let rows = u16::from(next().unwrap_or(24)) % 60;
    let person = Person::new(&p.model, Profile::new("fuzz", NOW));
    let mut state = AppState::new(p, Rect::new(0, 0, columns, rows), person);
    // A short run per input keeps the fuzzer fast; it finds long ones by
    // chaining what each run leaves behind in the corpus.
    for step in 1..=STEPS {
        let Some(b) = next() else {
            break;
        };
        let input = match b % 8 {
            0..=3 => {
                let action = Action::ALL[usize::from(next().unwrap_or(0)) % Action::ALL.len()];
                Some(Input::Action(action))
            }
            4 => Some(Input::Type(char::from(next().unwrap_or(b'a') % 95 + 32))),
            5 => Some(Input::Click {
                column: u16::from(next().unwrap_or(0)),
                row: u16::from(next().unwrap_or(0)),
                double: b & 0x80 != 0,
            }),
            6 => Some(Input::Resize {
                columns: u16::from(next().unwrap_or(0)) % 160,
                rows: u16::from(next().unwrap_or(0)) % 60,
            }),
            _ => None,
        };
        match input {
            Some(input) => {
                update::update(&mut state, p, input);
            }
            None => {
                let code = KeyCode::Char(char::from(next().unwrap_or(b'q') % 95 + 32));
                update::key(&mut state, p, Key::plain(code));
            }
        }
        if step % 8 == 0 {
            draw(&state, p);
        }
    }
    draw(&state, p);
}

/// Inputs played per screens check.
const STEPS: usize = 24;

fn draw(state: &AppState, p: &Prepared) {
    let area = state.area;
    let mut terminal =
        Terminal::new(TestBackend::new(area.width, area.height)).expect("a test terminal");
    terminal
        .draw(|frame| render::frame(frame, state, p, &Theme::new(true)))
        .expect("draws");
    assert_eq!(terminal.backend().buffer().area.width, area.width);
}

/// The Markdown export: text from a pack or a profile stays on one line
/// with every markup character escaped, and a hostile profile name adds no
/// line to a plan.
pub fn markdown(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let escaped = crate::format::markdown::md(&text);
    assert!(!escaped.contains(['\n', '\r']), "{escaped:?}");
    assert!(!escaped.chars().any(text::is_unsafe), "{escaped:?}");
    // The text as Markdown reads it: each character, and whether a
    // backslash escapes it.
    let mut read = Vec::new();
    let mut chars = escaped.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => read.push((true, chars.next().expect("an escape escapes something"))),
            c => read.push((false, c)),
        }
    }
    for (at, &(escaped_here, c)) in read.iter().enumerate() {
        if escaped_here {
            continue;
        }
        let next = |n: usize| read.get(at + n).map(|r| r.1);
        let after_www = at >= 3
            && read[at - 3..at]
                .iter()
                .all(|r| r.1.eq_ignore_ascii_case(&'w'));
        assert!(
            !"`*_{}[]()<>#!|~&@".contains(c),
            "unescaped {c:?} in {escaped:?}"
        );
        assert!(
            !(c == ':' && next(1) == Some('/') && next(2) == Some('/')),
            "a bare link in {escaped:?}"
        );
        assert!(!(c == '.' && after_www), "a bare link in {escaped:?}");
    }
    let plain = plan_markdown("x");
    let hostile = plan_markdown(&text);
    assert_eq!(
        plain.lines().count(),
        hostile.lines().count(),
        "a name added lines:\n{hostile}"
    );
}

/// A plan of the example pack as Markdown for a person called `name`;
/// the pack is small, so the check stays fast, and the plan is made once
/// per thread.
fn plan_markdown(name: &str) -> String {
    thread_local! {
        static PLAN: &'static (model::Model, model::RoleIx, model::RoleIx, model::plan::Plan) = {
            let files = [
                SourceFile::new("pack.ron", include_str!("../examples/minimal-pack/pack.ron")),
                SourceFile::new("ladder.ron", include_str!("../examples/minimal-pack/ladder.ron")),
            ];
            let m = model::load_files(&files).model.expect("the example pack loads");
            let from = m.role_ix("acme-junior-engineer").expect("in the pack");
            let to = m.role_ix("acme-engineering-manager").expect("in the pack");
            let plan = model::plan::plan(&m, &Levels::none(&m), from, to, 1).expect("a route");
            Box::leak(Box::new((m, from, to, plan)))
        };
    }
    let mut profile = Profile::new("x", NOW);
    profile.name = name.to_string();
    PLAN.with(|(m, from, to, plan)| {
        let planned = crate::commands::plan::Planned {
            entry: None,
            model: m,
            profile: &profile,
            from: *from,
            to: *to,
            plan: plan.clone(),
        };
        crate::commands::plan::markdown(&planned, NOW)
    })
}
