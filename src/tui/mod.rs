//! The explorer TUI: terminal set-up, the event loop, and the effects that
//! update asks for. Everything else (state, update, view) is pure and tested
//! without a terminal.

pub mod action;
pub mod content;
pub mod doc;
pub mod keymap;
pub mod keys;
pub mod layout;
pub mod state;
mod terminal;
pub mod theme;
pub mod update;
pub mod view;

use std::process::ExitCode;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event, MouseButton, MouseEventKind};
use ratatui::layout::Rect;

use action::Input;
use keys::Key;
use state::{AppState, Prepared};
use theme::Theme;
use update::Effect;

use crate::cli::Cli;
use crate::commands::{self, Failure};

/// How often the loop wakes without input to look for signals and for a
/// size change it was not told of.
const SIGNAL_CHECK: Duration = Duration::from_millis(100);
/// Two clicks on one cell within this time are a double click.
const DOUBLE_CLICK: Duration = Duration::from_millis(400);

/// Runs the TUI for `rolemap` without a subcommand on a terminal.
pub fn main(cli: &Cli) -> ExitCode {
    terminal::install_panic_hook();
    let color = commands::use_color(cli.no_color, std::env::var_os("NO_COLOR").as_deref(), true);
    let paint = commands::Paint { color };
    // Loaded before the screen is taken over, so a pack's errors are
    // reported on a normal terminal. (Decoding the bundled pack on a second
    // thread during terminal set-up was measured slower on two cores.)
    let (model, warnings) = match commands::load_model(cli) {
        Ok(loaded) => loaded,
        Err(failure) => return commands::report(&failure, paint),
    };
    let prepared = Prepared::new(model, warnings.len());
    match run(&prepared, Theme::new(color)) {
        Ok(Ended::Quit) => ExitCode::SUCCESS,
        Ok(Ended::Signal(signal)) => ExitCode::from((128 + signal).clamp(0, 255) as u8),
        Err(failure) => commands::report(&failure, paint),
    }
}

/// How the loop ended.
enum Ended {
    Quit,
    Signal(i32),
}

fn run(prepared: &Prepared, theme: Theme) -> Result<Ended, Failure> {
    let signals = terminal::Signals::register()?;
    let _session = terminal::enter()?;
    let mut term = terminal::terminal()?;
    // The size Terminal::new has just read; asking the terminal again costs time.
    let size = term.get_frame().area();
    let mut state = AppState::new(prepared, Rect::new(0, 0, size.width, size.height));
    let mut clicks = Clicks::default();
    let mut dirty = true;
    loop {
        if dirty {
            term.draw(|frame| view::draw(frame, &state, prepared, &theme))?;
            dirty = false;
        }
        if let Some(signal) = signals.caught() {
            return Ok(Ended::Signal(signal));
        }
        if !event::poll(SIGNAL_CHECK)? {
            // A resize before the event reader started (it starts with the
            // first poll, after the first frame) sends no event: look.
            let size = term.size()?;
            if (size.width, size.height) != (state.area.width, state.area.height) {
                let resize = Input::Resize {
                    columns: size.width,
                    rows: size.height,
                };
                update::update(&mut state, prepared, resize);
                dirty = true;
            }
            continue;
        }
        // Take every event that is waiting before drawing again, so fast
        // typing and key repeat never queue up frames.
        loop {
            if let Some(input) = translate(event::read()?, &mut clicks) {
                dirty = true;
                let effect = match input {
                    Translated::Key(key) => update::key(&mut state, prepared, key),
                    Translated::Input(input) => update::update(&mut state, prepared, input),
                };
                if effect == Some(Effect::Quit) {
                    return Ok(Ended::Quit);
                }
            }
            if !event::poll(Duration::ZERO)? {
                break;
            }
        }
    }
}

enum Translated {
    Key(Key),
    Input(Input),
}

/// The last click, to tell double clicks.
#[derive(Default)]
struct Clicks {
    last: Option<(Instant, u16, u16)>,
}

fn translate(event: Event, clicks: &mut Clicks) -> Option<Translated> {
    match event {
        Event::Key(key) => Key::from_event(&key).map(Translated::Key),
        Event::Resize(columns, rows) => Some(Translated::Input(Input::Resize { columns, rows })),
        Event::Mouse(mouse) => {
            let (column, row) = (mouse.column, mouse.row);
            let input = match mouse.kind {
                MouseEventKind::Down(MouseButton::Left) => {
                    let now = Instant::now();
                    let double = clicks.last.is_some_and(|(at, c, r)| {
                        c == column && r == row && now.duration_since(at) < DOUBLE_CLICK
                    });
                    clicks.last = if double {
                        None
                    } else {
                        Some((now, column, row))
                    };
                    Input::Click {
                        column,
                        row,
                        double,
                    }
                }
                MouseEventKind::ScrollDown => Input::Scroll {
                    column,
                    row,
                    lines: 1,
                },
                MouseEventKind::ScrollUp => Input::Scroll {
                    column,
                    row,
                    lines: -1,
                },
                _ => return None,
            };
            Some(Translated::Input(input))
        }
        _ => None,
    }
}
