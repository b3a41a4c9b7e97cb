//! The explorer TUI: terminal set-up, the event loop, and the effects that
//! update asks for. Everything else (state, update, view) is pure and tested
//! without a terminal.

pub mod action;
mod capped;
pub mod content;
pub mod doc;
mod job;
pub mod keymap;
pub mod keys;
pub mod layer;
pub mod layout;
pub mod list;
pub mod person;
pub mod prepared;
pub mod render;
pub mod screen;
mod signals;
pub mod state;
mod terminal;
pub mod theme;
pub mod update;
pub mod view;

use std::process::ExitCode;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{
    self, Event, KeyCode, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::layout::{Rect, Size};

use action::Input;
use keys::Key;
use person::Person;
use prepared::Prepared;
use state::AppState;
use theme::Theme;
use update::Effect;

use crate::cli::Cli;
use crate::commands::{self, Failure};
use crate::model::profile::{Edit, Profile};
use crate::store::{self, Store, StoreError};

pub use capped::{MAX_COLUMNS, MAX_ROWS};

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
    // The profile too is read before the screen is taken, so a bad
    // --profile name or a profile from a newer rolemap is reported plainly.
    let session = match Session::open(cli, &model) {
        Ok(session) => session,
        Err(failure) => return commands::report(&failure, paint),
    };
    let prepared = Prepared::new(model, warnings.len());
    match run(&prepared, Theme::new(color), session) {
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

/// The person's profile and where it is kept, for one run of the explorer.
pub struct Session {
    /// `None` when there is no folder to keep profiles in.
    store: Option<Store>,
    profile: Profile,
    /// Shown over the first frame until closed: a profile moved aside, or
    /// saving impossible.
    note: Option<String>,
    /// Said in the status line of the first frame.
    status: Option<String>,
    /// Save before anything else: the profile is not on disk yet.
    save_first: bool,
    /// Remember this profile as the last used.
    remember: bool,
}

impl Session {
    /// Opens the profile `--profile` names, else the last used, else the
    /// default one. Only a bad name and a profile from a newer rolemap stop
    /// the explorer; anything else is said and it goes on.
    pub fn open(cli: &Cli, model: &crate::model::Model) -> Result<Session, Failure> {
        let now = store::now();
        let store = match Store::open() {
            Ok(store) => store,
            Err(e) => return Ok(Session::in_memory(store::DEFAULT_PROFILE, &now, e)),
        };
        let (name, is_last) = store.chosen(cli.profile.as_deref());
        let remember = !is_last;
        match store.open_for_app(&name, &now, &store::stamp()) {
            Ok(opened) => {
                let note = opened.moved.map(|m| {
                    let at = m.problem.location.as_ref().map_or(String::new(), |l| {
                        format!(" at line {}, column {}", l.line, l.column)
                    });
                    format!(
                        "Profile `{name}` could not be read: {}{at}.\nIt was moved to {}, where it is kept as it was, and a new, empty profile `{name}` was started.",
                        m.problem.message,
                        crate::model::text::path(&m.to)
                    )
                });
                let status = (opened.is_new && note.is_none() && cli.profile.is_some()).then(|| {
                    format!("A new profile `{name}` was made; `rolemap profile list` shows the others.")
                });
                let mut session = Session {
                    store: Some(store),
                    save_first: opened.is_new,
                    profile: opened.profile,
                    note,
                    status,
                    remember,
                };
                let unknown = session.profile.resolve(model).unknown;
                if session.status.is_none() && !unknown.is_empty() {
                    session.status = Some(format!(
                        "Profile `{name}` names what this pack lacks ({}); kept, left out of plans.",
                        unknown.join(", ")
                    ));
                }
                Ok(session)
            }
            Err(e @ (StoreError::BadName(_) | StoreError::Newer { .. })) => Err(e.into()),
            Err(e) => Ok(Session::in_memory(&name, &now, e)),
        }
    }

    /// A profile that lives only as long as this run, when none can be kept.
    fn in_memory(name: &str, now: &str, why: StoreError) -> Session {
        Session {
            store: None,
            profile: Profile::new(name, now),
            note: Some(format!(
                "Profile `{name}` cannot be opened: {why}.\nThis run goes on with an empty profile, and changes to it are not saved."
            )),
            status: None,
            save_first: false,
            remember: false,
        }
    }

    /// Saves edits (already made in the state) and takes what was saved.
    fn save(&mut self, state: &mut AppState, prepared: &Prepared, edits: &[Edit]) {
        let Some(store) = &self.store else {
            return;
        };
        let name = state.person.profile.name.clone();
        match store.update(&name, edits, &store::now(), Some(&state.person.profile)) {
            Ok(saved) => update::adopt(state, prepared, saved),
            Err(e) => state.status = Some(format!("Not saved: {e}")),
        }
    }

    /// What start-up left to do once the first frame is on screen.
    fn after_first_frame(&mut self, state: &mut AppState, prepared: &Prepared) {
        if std::mem::take(&mut self.save_first) {
            self.save(state, prepared, &[]);
        }
        if std::mem::take(&mut self.remember)
            && let Some(store) = &self.store
            && let Err(e) = store.set_last_used(&state.person.profile.name)
        {
            state.status = Some(format!("Could not remember the profile: {e}"));
        }
    }
}

fn run(prepared: &Prepared, theme: Theme, session: Session) -> Result<Ended, Failure> {
    let signals = signals::Signals::register()?;
    let _terminal = terminal::enter()?;
    let mut term = terminal::terminal(theme.warning())?;
    let ended = event_loop(&mut term, &signals, prepared, theme, session);
    // A ratatui terminal dropped with its cursor hidden shows it, and when
    // that fails (the terminal is gone) prints a complaint, which panics
    // with no terminal to print to. So show it here, and if that fails,
    // let the terminal go without its drop: the process is ending.
    if term.show_cursor().is_err() {
        std::mem::forget(term);
    }
    ended
}

fn event_loop(
    term: &mut terminal::Term,
    signals: &signals::Signals,
    prepared: &Prepared,
    theme: Theme,
    mut session: Session,
) -> Result<Ended, Failure> {
    // The size Terminal::new has just read; asking the terminal again costs time.
    let size = term.get_frame().area();
    let person = Person::new(&prepared.model, session.profile.clone());
    let area = Rect::new(0, 0, size.width, size.height);
    let mut state = AppState::new(prepared, area, person);
    state.status = session.status.take();
    if let Some(note) = session.note.take() {
        update::notice(&mut state, prepared, note);
    }
    let mut clicks = Clicks::default();
    let mut dirty = true;
    let mut first = true;
    let mut suspend = false;
    let mut edits: Vec<Edit> = Vec::new();
    loop {
        if dirty {
            term.draw(|frame| render::frame(frame, &state, prepared, &theme))?;
            dirty = false;
        }
        // Disk work waits until the frame it follows is on screen.
        if std::mem::take(&mut first) {
            signals.watch()?;
            // Lets the tests check the terminal is restored after a panic.
            #[cfg(debug_assertions)]
            if std::env::var_os("ROLEMAP_TEST_PANIC").is_some() {
                panic!("a test asked for a panic");
            }
            session.after_first_frame(&mut state, prepared);
            dirty = state.status.is_some();
        }
        if !edits.is_empty() {
            session.save(&mut state, prepared, &std::mem::take(&mut edits));
            dirty = true;
            continue;
        }
        if let Some(signal) = signals.caught() {
            return Ok(Ended::Signal(signal));
        }
        if std::mem::take(&mut suspend) | signals.take_stop() {
            if signals.can_stop() {
                if let Some(ended) = stop(term, signals, &mut state, prepared)? {
                    return Ok(ended);
                }
            } else {
                state.status =
                    Some("Not suspended: there is no shell here to return to (q quits).".into());
            }
            dirty = true;
            continue;
        }
        if signals.take_continued() {
            if let Some(ended) = take_back(term, signals, &mut state, prepared)? {
                return Ok(ended);
            }
            dirty = true;
            continue;
        }
        // A plan being made gets the time between keys, a slice at a time,
        // so the keys are answered however long it takes.
        if update::working(&state) && !event::poll(Duration::ZERO)? {
            dirty |= update::work(&mut state, prepared, person::SLICE);
            continue;
        }
        if !event::poll(SIGNAL_CHECK)? {
            // A resize before the event reader started (it starts with the
            // first poll, after the first frame) sends no event: look.
            dirty |= follow_size(term, &mut state, prepared)? || term.backend().note_due();
            continue;
        }
        // Take every event that is waiting before drawing again, so fast
        // typing and key repeat never queue up frames.
        loop {
            if let Some(input) = translate(event::read()?, &mut clicks, state.area) {
                dirty = true;
                let effect = match input {
                    Translated::Key(key) => update::key(&mut state, prepared, key),
                    Translated::Input(input) => update::update(&mut state, prepared, input),
                    Translated::Suspend => {
                        // Edits made so far are saved before stopping.
                        suspend = true;
                        break;
                    }
                };
                match effect {
                    Some(Effect::Quit) => {
                        if !edits.is_empty() {
                            session.save(&mut state, prepared, &edits);
                        }
                        return Ok(Ended::Quit);
                    }
                    Some(Effect::Save(more)) => edits.extend(more),
                    None => {}
                }
            }
            if !event::poll(Duration::ZERO)? {
                break;
            }
        }
    }
}

/// Follows the terminal's size if it changed unannounced; says whether it did.
fn follow_size(
    term: &mut terminal::Term,
    state: &mut AppState,
    prepared: &Prepared,
) -> Result<bool, Failure> {
    let size = term.size()?;
    if (size.width, size.height) == (state.area.width, state.area.height) {
        return Ok(false);
    }
    let resize = Input::Resize {
        columns: size.width,
        rows: size.height,
    };
    update::update(state, prepared, resize);
    Ok(true)
}

/// Gives the terminal back and stops, as a shell's job does on Ctrl-Z;
/// once continued (`fg`), takes the terminal again. Ends instead if an
/// ending signal came meanwhile (`kill %1` sends SIGTERM, then SIGCONT).
fn stop(
    term: &mut terminal::Term,
    signals: &signals::Signals,
    state: &mut AppState,
    prepared: &Prepared,
) -> Result<Option<Ended>, Failure> {
    terminal::restore();
    job::stop();
    take_back(term, signals, state, prepared)
}

/// Takes the terminal again after the process was stopped and continued,
/// and clears it so the next frame is drawn whole, at the size the terminal
/// has now. A signal that ends the process wins over an error here: the
/// terminal may be gone.
fn take_back(
    term: &mut terminal::Term,
    signals: &signals::Signals,
    state: &mut AppState,
    prepared: &Prepared,
) -> Result<Option<Ended>, Failure> {
    // This continuing is dealt with now.
    signals.take_continued();
    let ended = |e: std::io::Error| match signals.caught() {
        Some(signal) => Ok(Some(Ended::Signal(signal))),
        None => Err(Failure::from(e)),
    };
    if let Some(signal) = signals.caught() {
        return Ok(Some(Ended::Signal(signal)));
    }
    if let Err(e) = terminal::resume() {
        return ended(e);
    }
    // A resize clears the screen and forgets what was drawn.
    let size = match term.size() {
        Ok(size) => size,
        Err(e) => return ended(e),
    };
    if let Err(e) = term.resize(Rect::new(0, 0, size.width, size.height)) {
        return ended(e);
    }
    follow_size(term, state, prepared)?;
    Ok(None)
}

enum Translated {
    Key(Key),
    Input(Input),
    /// Ctrl-Z: in raw mode the terminal sends it as a key, not as SIGTSTP.
    Suspend,
}

/// The last click, to tell double clicks.
#[derive(Default)]
struct Clicks {
    last: Option<(Instant, u16, u16)>,
}

impl Clicks {
    /// Whether a press at `now` on this cell makes a double click: the
    /// same cell as the last press, soon enough. A double click is not the
    /// first half of another.
    fn press(&mut self, now: Instant, column: u16, row: u16) -> bool {
        let double = self.last.is_some_and(|(at, c, r)| {
            c == column && r == row && now.saturating_duration_since(at) < DOUBLE_CLICK
        });
        self.last = if double {
            None
        } else {
            Some((now, column, row))
        };
        double
    }
}

/// What an event from the terminal means; `area` is the area drawn, past
/// which mouse events (on the note below a capped area) mean nothing.
fn translate(event: Event, clicks: &mut Clicks, area: Rect) -> Option<Translated> {
    match event {
        Event::Key(key)
            if matches!(key.code, KeyCode::Char('z' | 'Z'))
                && key.modifiers.contains(KeyModifiers::CONTROL)
                && !key.modifiers.contains(KeyModifiers::ALT)
                && key.kind == KeyEventKind::Press =>
        {
            Some(Translated::Suspend)
        }
        Event::Key(key) => Key::from_event(&key).map(Translated::Key),
        Event::Resize(columns, rows) => {
            let size = capped::drawn(Size::new(columns, rows));
            Some(Translated::Input(Input::Resize {
                columns: size.width,
                rows: size.height,
            }))
        }
        Event::Mouse(mouse) if mouse.column >= area.width || mouse.row >= area.height => None,
        Event::Mouse(mouse) => {
            let (column, row) = (mouse.column, mouse.row);
            let input = match mouse.kind {
                MouseEventKind::Down(MouseButton::Left) => Input::Click {
                    column,
                    row,
                    double: clicks.press(Instant::now(), column, row),
                },
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

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyEvent, MouseEvent};

    fn translated(event: Event) -> Option<Translated> {
        translate(event, &mut Clicks::default(), Rect::new(0, 0, 80, 24))
    }

    #[test]
    fn ctrl_z_suspends_whatever_has_the_keys() {
        let ctrl_z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL);
        assert!(matches!(
            translated(Event::Key(ctrl_z)),
            Some(Translated::Suspend)
        ));
        let z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::NONE);
        assert!(matches!(
            translated(Event::Key(z)),
            Some(Translated::Key(_))
        ));
    }

    #[test]
    fn a_resize_past_the_cap_is_the_capped_area() {
        let Some(Translated::Input(Input::Resize { columns, rows })) =
            translated(Event::Resize(65535, 65535))
        else {
            panic!("a resize");
        };
        assert_eq!((columns, rows), (MAX_COLUMNS, MAX_ROWS));
    }

    #[test]
    fn mouse_events_past_the_area_drawn_mean_nothing() {
        let click = |column, row| {
            Event::Mouse(MouseEvent {
                kind: MouseEventKind::Down(MouseButton::Left),
                column,
                row,
                modifiers: KeyModifiers::NONE,
            })
        };
        assert!(translated(click(79, 23)).is_some());
        assert!(translated(click(80, 0)).is_none());
        assert!(translated(click(0, 24)).is_none());
    }

    #[test]
    fn two_quick_presses_on_one_cell_are_a_double_click() {
        let mut clicks = Clicks::default();
        let t = Instant::now();
        let ms = Duration::from_millis;
        assert!(!clicks.press(t, 5, 5));
        assert!(clicks.press(t + ms(100), 5, 5));
        // A third press starts over.
        assert!(!clicks.press(t + ms(200), 5, 5));
        // Too slow, or on another cell.
        assert!(!clicks.press(t + ms(200) + DOUBLE_CLICK, 5, 5));
        assert!(!clicks.press(t + ms(300) + DOUBLE_CLICK, 6, 5));
        assert!(clicks.press(t + ms(350) + DOUBLE_CLICK, 6, 5));
    }
}
