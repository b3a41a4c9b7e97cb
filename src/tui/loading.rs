//! The screen shown while a large pack loads, and the wait behind it.
//!
//! A pack named with `--data` loads on a thread of its own. When it is
//! ready within [`SHOW_AFTER`] nothing is shown (a small pack opens as it
//! always did); otherwise the terminal is taken and this screen says what
//! is being done and how far it has come, until the explorer can draw. The
//! keys typed meanwhile are kept for the explorer, in order; Ctrl-C ends
//! the wait, and so does `q` as the first key (after others it may be part
//! of a search), and the signals that end the explorer.

use std::collections::VecDeque;
use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

use ratatui::Frame;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::Ended;
use super::signals::Signals;
use super::terminal;
use crate::commands::{Failure, model_or_failure};
use crate::model::load::{Progress, Stage};
use crate::model::{Diagnostic, Model, text};
use crate::store::{PackCache, load_pack_deferred};

/// How long a pack may take before the loading screen is shown: below a
/// frame's worth of waiting a screen would only flicker.
pub const SHOW_AFTER: Duration = Duration::from_millis(40);

/// How often the screen is drawn again while the pack loads.
const REDRAW: Duration = Duration::from_millis(50);

/// What the screen shows.
#[derive(Debug, Clone)]
pub struct LoadingView {
    /// The pack's path, as given.
    pub pack: String,
    pub stage: Stage,
    /// Bytes done and in all within the stage; 0 of 0 when not counted.
    pub done: u64,
    pub total: u64,
    pub elapsed: Duration,
}

/// Draws the loading screen over the whole frame.
pub fn draw(frame: &mut Frame, view: &LoadingView) {
    let area = frame.area();
    let [_, middle, _] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(5),
        Constraint::Fill(1),
    ])
    .areas(area);
    let width = usize::from(area.width.saturating_sub(4)).min(60);
    let lines = vec![
        Line::styled("rolemap", Style::new().add_modifier(Modifier::BOLD)),
        Line::raw(fit(&format!("Loading the pack {}", view.pack), width)),
        Line::raw(fit(&stage_line(view, width), width)),
        Line::raw(""),
        Line::styled(
            fit(
                &format!("{:.1} s · q or Ctrl-C to quit", view.elapsed.as_secs_f64()),
                width,
            ),
            Style::new().add_modifier(Modifier::DIM),
        ),
    ];
    frame.render_widget(Paragraph::new(lines).centered(), middle);
}

/// The stage in words, with a bar and the bytes when it counts them.
fn stage_line(view: &LoadingView, width: usize) -> String {
    let doing = view.stage.doing();
    if view.total == 0 {
        return format!("{doing}…");
    }
    let figures = format!("{} of {} MB", mb(view.done), mb(view.total));
    let room = width.saturating_sub(doing.chars().count() + figures.chars().count() + 4);
    let bar = room.min(24);
    if bar < 4 {
        return format!("{doing} {figures}");
    }
    let filled = (bar as u64 * view.done / view.total) as usize;
    format!(
        "{doing} [{}{}] {figures}",
        "=".repeat(filled),
        " ".repeat(bar - filled)
    )
}

fn mb(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / 1e6)
}

/// `line` cut to `width` characters, with an ellipsis when cut.
fn fit(line: &str, width: usize) -> String {
    if line.chars().count() <= width {
        return line.to_string();
    }
    let kept: String = line.chars().take(width.saturating_sub(1)).collect();
    format!("{kept}…")
}

/// The terminal as the wait left it for the explorer: in the app's modes,
/// the loading screen on it, and the events that came meanwhile.
pub(super) struct Taken {
    pub modes: terminal::Modes,
    pub early: VecDeque<Event>,
}

/// The loader, still writing the compiled pack after handing the model
/// over: waited for when the explorer ends, so that a quit right after
/// opening a large pack does not cut the write and leave the next launch
/// to parse it all again.
pub(super) struct Keeper(std::thread::JoinHandle<()>);

impl Keeper {
    pub fn wait(self) {
        let _ = self.0.join();
    }
}

/// How the wait ended.
pub(super) enum Waited {
    /// The pack loaded, or could not; the terminal, if it was taken; the
    /// loader, which may still be keeping the compiled pack.
    Loaded(
        Box<Result<(Model, Vec<Diagnostic>), Failure>>,
        Option<Taken>,
        Keeper,
    ),
    /// The person or a signal ended it first.
    Ended(Ended),
}

/// Loads the pack at `path` on a thread, showing the loading screen when
/// it takes longer than [`SHOW_AFTER`].
pub(super) fn load(path: &Path, signals: &Signals) -> Result<Waited, Failure> {
    let progress = Arc::new(Progress::default());
    let (send, receive) = mpsc::channel();
    let loader = {
        let progress = Arc::clone(&progress);
        let path = path.to_path_buf();
        move || {
            let cache = PackCache::open();
            let (loaded, to_keep) = load_pack_deferred(&path, cache.as_ref(), &progress);
            let _ = send.send(loaded);
            // Written while the explorer opens: not kept, the next launch
            // parses again, slower but with nothing lost.
            if let Some(to_keep) = to_keep {
                // Lets the tests check that quitting waits for the write.
                #[cfg(debug_assertions)]
                if let Some(ms) = std::env::var("ROLEMAP_TEST_SLOW_KEEP")
                    .ok()
                    .and_then(|ms| ms.parse().ok())
                {
                    std::thread::sleep(Duration::from_millis(ms));
                }
                let _ = to_keep.keep();
            }
        }
    };
    let keeper = std::thread::Builder::new()
        .name("pack loader".into())
        .spawn(loader)
        .map(Keeper)
        .map_err(Failure::Io)?;
    let started = Instant::now();
    match receive.recv_timeout(SHOW_AFTER) {
        Ok(loaded) => {
            return Ok(Waited::Loaded(
                Box::new(model_or_failure(loaded)),
                None,
                keeper,
            ));
        }
        Err(RecvTimeoutError::Disconnected) => {
            return Ok(Waited::Loaded(Box::new(gone(path)), None, keeper));
        }
        Err(RecvTimeoutError::Timeout) => {}
    }
    // The settings may leave the mouse to the terminal: it is taken, if
    // they say so, once they are read.
    terminal::set_mouse(false);
    let modes = terminal::enter().map_err(Failure::Io)?;
    let mut term = terminal::terminal(Style::new()).map_err(Failure::Io)?;
    let mut early = VecDeque::new();
    let shown = text::path(path);
    loop {
        let (stage, done, total) = progress.now();
        let view = LoadingView {
            pack: shown.clone(),
            stage,
            done,
            total,
            elapsed: started.elapsed(),
        };
        term.draw(|frame| draw(frame, &view)).map_err(Failure::Io)?;
        signals.watch().map_err(Failure::Io)?;
        if let Some(signal) = signals.caught() {
            return Ok(Waited::Ended(Ended::Signal(signal)));
        }
        if event::poll(REDRAW).map_err(Failure::Io)? {
            while event::poll(Duration::ZERO).map_err(Failure::Io)? {
                let event = event::read().map_err(Failure::Io)?;
                if ends_the_wait(&event, early.is_empty()) {
                    return Ok(Waited::Ended(Ended::Quit));
                }
                early.push_back(event);
            }
        }
        match receive.try_recv() {
            Ok(loaded) => {
                let loaded = Box::new(model_or_failure(loaded));
                return Ok(Waited::Loaded(loaded, Some(Taken { modes, early }), keeper));
            }
            Err(mpsc::TryRecvError::Disconnected) => {
                let gone = Box::new(gone(path));
                return Ok(Waited::Loaded(gone, Some(Taken { modes, early }), keeper));
            }
            Err(mpsc::TryRecvError::Empty) => {}
        }
    }
}

/// Ctrl-C pressed, or `q` as the `first` key.
fn ends_the_wait(event: &Event, first: bool) -> bool {
    let Event::Key(key) = event else {
        return false;
    };
    key.kind == KeyEventKind::Press
        && match key.code {
            KeyCode::Char('q') => first && key.modifiers.difference(KeyModifiers::SHIFT).is_empty(),
            KeyCode::Char('c') => key.modifiers == KeyModifiers::CONTROL,
            _ => false,
        }
}

/// The loader ended without an answer: it panicked, which the panic hook
/// has already reported.
fn gone(path: &Path) -> Result<(Model, Vec<Diagnostic>), Failure> {
    Err(Failure::Runtime(format!(
        "the pack {} could not be loaded",
        text::path(path)
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::KeyEvent;

    fn shown(view: &LoadingView, width: u16, height: u16) -> String {
        let mut term = Terminal::new(TestBackend::new(width, height)).unwrap();
        term.draw(|f| draw(f, view)).unwrap();
        let buffer = term.backend().buffer();
        (0..height)
            .map(|y| {
                (0..width)
                    .map(|x| buffer[(x, y)].symbol())
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn parsing() -> LoadingView {
        LoadingView {
            pack: "/data/company-ladder".into(),
            stage: Stage::Parsing,
            done: 12_100_000,
            total: 24_200_000,
            elapsed: Duration::from_millis(420),
        }
    }

    #[test]
    fn the_screen_says_what_is_done_and_how_far() {
        let screen = shown(&parsing(), 80, 12);
        // Never the explorer's hint, which tests and benchmarks wait for.
        assert!(!screen.contains("q quit"), "{screen}");
        assert!(
            screen.contains("Loading the pack /data/company-ladder"),
            "{screen}"
        );
        assert!(
            screen.contains("Parsing [============            ] 12.1 of 24.2 MB"),
            "{screen}"
        );
        assert!(screen.contains("0.4 s · q or Ctrl-C to quit"), "{screen}");
        let checking = LoadingView {
            stage: Stage::Checking,
            done: 0,
            total: 0,
            ..parsing()
        };
        assert!(shown(&checking, 80, 12).contains("Checking every reference…"));
    }

    #[test]
    fn a_narrow_terminal_cuts_lines_instead_of_wrapping_them() {
        let screen = shown(&parsing(), 30, 8);
        assert!(screen.contains("Loading the pack /data/co…"), "{screen}");
        assert!(screen.contains("Parsing 12.1 of 24.2 MB"), "{screen}");
        // Even a terminal of one cell draws without a panic.
        shown(&parsing(), 1, 1);
    }

    #[test]
    fn only_a_first_q_and_ctrl_c_end_the_wait() {
        let key = |code, modifiers| Event::Key(KeyEvent::new(code, modifiers));
        assert!(ends_the_wait(
            &key(KeyCode::Char('q'), KeyModifiers::NONE),
            true
        ));
        assert!(ends_the_wait(
            &key(KeyCode::Char('c'), KeyModifiers::CONTROL),
            true
        ));
        assert!(ends_the_wait(
            &key(KeyCode::Char('c'), KeyModifiers::CONTROL),
            false
        ));
        // After other keys, `q` may be part of a query.
        assert!(!ends_the_wait(
            &key(KeyCode::Char('q'), KeyModifiers::NONE),
            false
        ));
        for kept in [
            key(KeyCode::Char('c'), KeyModifiers::NONE),
            key(KeyCode::Char('q'), KeyModifiers::CONTROL),
            key(KeyCode::Char('/'), KeyModifiers::NONE),
            key(KeyCode::Esc, KeyModifiers::NONE),
            Event::Resize(80, 24),
        ] {
            assert!(!ends_the_wait(&kept, true), "{kept:?}");
        }
    }
}
