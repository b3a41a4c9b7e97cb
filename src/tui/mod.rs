//! The explorer TUI: terminal set-up, the event loop, and the effects that
//! update asks for. Everything else (state, update, view) is pure and tested
//! without a terminal.

pub mod action;
mod capped;
pub mod content;
pub mod doc;
mod events;
mod job;
mod kept_frame;
pub mod keymap;
pub mod keys;
pub mod layer;
pub mod layout;
pub mod list;
pub mod loading;
mod notes_saver;
mod opening;
pub mod person;
pub mod prepared;
pub mod render;
pub mod screen;
mod session;
mod settings;
mod signals;
pub mod state;
mod suspend;
mod terminal;
pub mod theme;
pub mod update;
pub mod view;

use std::process::ExitCode;
use std::time::Duration;

use ratatui::layout::Rect;

use events::{Clicks, Translated, translate};
use notes_saver::NotesSaver;
use opening::Opening;
use person::Person;
use prepared::Prepared;
use session::Session;
use state::AppState;
use suspend::{follow_size, stop, take_back};
use theme::Theme;
use update::Effect;

use crate::cli::Cli;
use crate::commands::{self, Failure};
use crate::model::profile::Edit;

pub use capped::{MAX_COLUMNS, MAX_ROWS};
pub use terminal::QUIET_THREAD;

/// How often the loop wakes without input to look for signals and resizes.
const SIGNAL_CHECK: Duration = Duration::from_millis(100);

/// Runs the TUI for `rolemap` without a subcommand on a terminal; again
/// on another pack each time the person opens one from the pack picker.
pub fn main(cli: &Cli) -> ExitCode {
    terminal::install_panic_hook();
    let color = commands::use_color(cli.no_color, std::env::var_os("NO_COLOR").as_deref(), true);
    let paint = commands::Paint { color };
    let signals = match signals::Signals::register() {
        Ok(signals) => signals,
        Err(e) => return commands::report(&Failure::Io(e), paint),
    };
    // A plain start shows the first frame it kept, at once.
    let mut kept = match kept_frame::KeptFrame::show(cli) {
        Ok(kept) => kept,
        Err(e) => return commands::report(&Failure::Io(e), paint),
    };
    let mut chosen: Option<String> = None;
    loop {
        let ended = start(cli, chosen.as_deref(), color, &signals, &mut kept);
        kept.finish();
        // The terminal is the shell's again here, so a failure is read there.
        match ended {
            Ok(Ended::Quit) => return ExitCode::SUCCESS,
            Ok(Ended::Signal(signal)) => {
                return ExitCode::from((128 + signal).clamp(0, 255) as u8);
            }
            Ok(Ended::SwitchPack(id)) => chosen = Some(id),
            Err(failure) => return commands::report(&failure, paint),
        }
    }
}

/// One run of the explorer on the pack `chosen` (or the command line's).
fn start(
    cli: &Cli,
    chosen: Option<&str>,
    color: bool,
    signals: &signals::Signals,
    kept: &mut kept_frame::KeptFrame,
) -> Result<Ended, Failure> {
    let Opening {
        remembered,
        loaded,
        taken,
        keeper,
    } = match opening::open(cli, chosen, signals)? {
        Ok(opening) => opening,
        Err(ended) => return Ok(ended),
    };
    let (prepared, theme, session) = settings::prepare(cli, chosen, remembered, loaded, color)?;
    let ended = run(&prepared, theme, session, signals, taken, kept);
    // A signal ends at once; a quit or another pack lets the compiled
    // pack be written whole first (the terminal is the shell's already).
    if let (Ok(Ended::Quit | Ended::SwitchPack(_)), Some(keeper)) = (&ended, keeper) {
        keeper.wait();
    }
    ended
}

/// How the loop ended.
pub(super) enum Ended {
    Quit,
    Signal(i32),
    /// The person chose another pack: start again on it.
    SwitchPack(String),
}

fn run(
    prepared: &Prepared,
    theme: Theme,
    session: Session,
    signals: &signals::Signals,
    taken: Option<loading::Taken>,
    kept: &mut kept_frame::KeptFrame,
) -> Result<Ended, Failure> {
    let (_terminal, early, mut term) = opening::terminal_for(taken, kept.take_shown(), &theme)?;
    let incoming = events::Incoming::new(early);
    let ended = event_loop(&mut term, signals, prepared, theme, session, incoming, kept);
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
    mut incoming: events::Incoming,
    kept: &mut kept_frame::KeptFrame,
) -> Result<Ended, Failure> {
    // The size Terminal::new has just read; asking the terminal again costs time.
    let size = term.get_frame().area();
    // The notes are read once the first frame is drawn (Session::after_first_frame).
    let person = Person::new(&prepared.model, session.profile.clone());
    let area = Rect::new(0, 0, size.width, size.height);
    let mut state = AppState::new(prepared, area, person);
    // Only a first frame with nothing to say of this run is kept.
    kept.keep_none_if(session.status.is_some() || session.note.is_some());
    state.status = session.status.take().or(state.status.take());
    if let Some(note) = session.note.take() {
        update::notice(&mut state, prepared, note);
    }
    let mut edits: Vec<Edit> = Vec::new();
    let mut notes = NotesSaver::default();
    let ended = drive(
        term,
        signals,
        prepared,
        &theme,
        &mut session,
        &mut state,
        &mut edits,
        &mut notes,
        &mut incoming,
        kept,
    );
    if let Ok(Ended::Quit) = &ended {
        kept.at_quit(prepared, &theme, &state.person.profile);
    }
    // The terminal failed (it closed before its hang-up was noticed):
    // what was typed and changed is still saved.
    if ended.is_err() {
        notes.flush(&session, &mut state, &[]);
        if !edits.is_empty() {
            session.save(&mut state, prepared, &edits);
        }
    }
    ended
}

/// The loop itself: events in, frames out, saves between.
#[allow(clippy::too_many_arguments)]
fn drive(
    term: &mut terminal::Term,
    signals: &signals::Signals,
    prepared: &Prepared,
    theme: &Theme,
    session: &mut Session,
    state: &mut AppState,
    edits: &mut Vec<Edit>,
    notes: &mut NotesSaver,
    incoming: &mut events::Incoming,
    kept: &mut kept_frame::KeptFrame,
) -> Result<Ended, Failure> {
    let mut quit_asked = false;
    let mut clicks = Clicks::default();
    let mut dirty = true;
    let mut first = true;
    let mut suspend = false;
    #[cfg(debug_assertions)]
    signals::raise_for_tests();
    loop {
        // A refused quit holds only while notes wait to be saved.
        if notes.is_clear() {
            quit_asked = false;
        }
        if dirty {
            let drawn = term.draw(|frame| render::frame(frame, state, prepared, theme))?;
            if first {
                kept.drawn(drawn.buffer);
            }
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
            session.after_first_frame(state, prepared);
            // What it did may show (a status, the picker, a notice); a frame
            // with nothing new writes nothing.
            dirty = true;
        }
        if !edits.is_empty() {
            session.save(state, prepared, &std::mem::take(edits));
            dirty = true;
            continue;
        }
        if notes.due() {
            notes.flush(session, state, &[]);
            dirty = true;
            continue;
        }
        if let Some(signal) = signals.caught() {
            // A closed terminal (SIGHUP) or a kill (SIGTERM) keeps what was typed.
            notes.flush(session, state, &[]);
            if !edits.is_empty() {
                session.save(state, prepared, edits);
            }
            return Ok(Ended::Signal(signal));
        }
        if std::mem::take(&mut suspend) | signals.take_stop() {
            notes.flush(session, state, &[]);
            if signals.can_stop() {
                if let Some(ended) = stop(term, signals, state, prepared)? {
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
            if let Some(ended) = take_back(term, signals, state, prepared)? {
                return Ok(ended);
            }
            dirty = true;
            continue;
        }
        // A plan being made gets the time between keys, a slice at a time,
        // so the keys are answered however long it takes.
        if update::working(state) && !incoming.poll(Duration::ZERO)? {
            dirty |= update::work(state, prepared, person::SLICE);
            continue;
        }
        if !incoming.poll(update::patience(state, notes.wait(SIGNAL_CHECK)))? {
            // A resize before the event reader started (it starts with the
            // first poll, after the first frame) sends no event: look.
            dirty |= update::arrived(state, prepared) | follow_size(term, state, prepared)?
                || term.backend().note_due();
            continue;
        }
        // Take every event that is waiting before drawing again, so fast
        // typing and key repeat never queue up frames.
        loop {
            if let Some(input) = translate(incoming.read()?, &mut clicks, state.area) {
                dirty = true;
                let effect = match input {
                    Translated::Key(key) => update::key(state, prepared, key),
                    Translated::Input(input) => update::update(state, prepared, input),
                    Translated::Paste(text) => update::paste(state, prepared, &text),
                    Translated::Suspend => {
                        // Edits made so far are saved before stopping.
                        suspend = true;
                        break;
                    }
                };
                match effect {
                    Some(Effect::Quit) => {
                        notes.flush(session, state, &[]);
                        if !edits.is_empty() {
                            session.save(state, prepared, edits);
                        }
                        // Notes that cannot be saved are not left behind
                        // unasked: the first quit says so, the second goes.
                        if notes.is_clear() || std::mem::replace(&mut quit_asked, true) {
                            return Ok(Ended::Quit);
                        }
                        let why = state.status.take().unwrap_or_default();
                        state.status = Some(format!(
                            "Notes not saved: quit again to leave without them. {why}"
                        ));
                    }
                    Some(Effect::Save(more)) => edits.extend(more),
                    Some(Effect::Clients) => session.open_clients(state, prepared, ""),
                    Some(Effect::Packs) => {
                        let choices = commands::packs::choices_later(&prepared.model);
                        update::open_packs(state, prepared, choices)
                    }
                    Some(Effect::SwitchPack(id)) => {
                        notes.flush(session, state, &[]);
                        if !edits.is_empty() {
                            session.save(state, prepared, edits);
                        }
                        return Ok(Ended::SwitchPack(id));
                    }
                    Some(Effect::Switch { name, new }) => {
                        // The client open now keeps every edit made.
                        if !edits.is_empty() {
                            session.save(state, prepared, &std::mem::take(edits));
                        }
                        // The notes typed are this client's, not the next one's.
                        notes.flush(session, state, &[]);
                        if notes.is_clear() {
                            session.switch(state, prepared, &name, new);
                        }
                    }
                    Some(Effect::Notes) => {
                        notes.flush(session, state, &[]);
                        session.open_notes(state, prepared);
                    }
                    Some(Effect::SaveNotes(more, said)) => {
                        notes.flush(session, state, &more);
                        if let Some(said) = said
                            && notes.is_clear()
                        {
                            state.status = Some(said);
                        }
                    }
                    Some(Effect::NotesTyped) => notes.typed(),
                    Some(Effect::Assess) => session.open_assess(state, prepared),
                    Some(Effect::AssessPlace {
                        scope,
                        done,
                        finished,
                    }) => session.keep_assessment(state, &scope, &done, finished),
                    Some(Effect::KeepCompare(first, second)) => {
                        let session_day = crate::store::today();
                        let keep = crate::model::notes::Edit::KeepCompare {
                            session: session_day.clone(),
                            first,
                            second,
                        };
                        notes.flush(session, state, &[keep]);
                        if notes.is_clear() {
                            state.status = Some(format!(
                                "Kept with `{}` in the session of {session_day}; the report shows it.",
                                state.person.profile.name
                            ));
                        }
                    }
                    Some(Effect::Present) => {
                        notes.flush(session, state, &[]);
                        session.present(state, prepared);
                    }
                    Some(Effect::Template(on)) => session.set_template(state, on),
                    Some(Effect::Report(date)) => {
                        notes.flush(session, state, &[]);
                        session.write_report(state, prepared, date.as_deref());
                    }
                    None => {}
                }
            }
            if !incoming.poll(Duration::ZERO)? {
                break;
            }
        }
    }
}
