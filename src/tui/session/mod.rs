//! The person's profile for one run of the explorer: which one is opened,
//! what start-up has to say about it, and saving edits as they are made.

mod files;

use crate::cli::Cli;
use crate::commands::{Failure, report};
use crate::model::notes::{Edit as NoteEdit, Notes};
use crate::model::profile::{Edit, Profile};
use crate::store::{self, Store, StoreError};
use crate::tui::prepared::Prepared;
use crate::tui::screen::clients::Client;
use crate::tui::state::AppState;
use crate::tui::update;
use files::{moved_note, open_notes, unknown_among_others};

/// The person's profile and where it is kept, for one run of the explorer.
pub struct Session {
    /// `None` when there is no folder to keep profiles in.
    store: Option<Store>,
    pub profile: Profile,
    /// Shown over the first frame until closed: a profile moved aside, or
    /// saving impossible.
    pub note: Option<String>,
    /// Said in the status line of the first frame.
    pub status: Option<String>,
    /// Save before anything else: the profile is not on disk yet.
    save_first: bool,
    /// Remember this profile as the last used.
    remember: bool,
    /// The hours a week new profiles start at, as the settings say.
    new_hours: Option<u16>,
    /// A `--profile` name that is no client's while others exist: the
    /// picker opens with it typed, to open a client or make this one.
    pick: Option<String>,
}

impl Session {
    /// Opens the profile `--profile` names, else the last used, else the
    /// default one. Only a bad name and a profile from a newer rolemap stop
    /// the explorer; anything else is said and it goes on.
    pub fn open(
        cli: &Cli,
        model: &crate::model::Model,
        new_hours: Option<u16>,
    ) -> Result<Session, Failure> {
        let now = store::now();
        let store = match Store::open() {
            Ok(store) => store,
            Err(e) => return Ok(Session::in_memory(store::DEFAULT_PROFILE, &now, e)),
        };
        let (mut name, is_last) = store.chosen(cli.profile.as_deref());
        let mut remember = !is_last;
        // A name that is no client's is never made silently while there
        // are clients: the last one used opens, under the picker.
        let pick = cli
            .profile
            .as_deref()
            .and_then(|asked| unknown_among_others(&store, asked));
        if let Some((_, behind)) = &pick {
            name = behind.clone();
            remember = false;
        }
        match store.open_for_app(&name, &now, &store::stamp()) {
            Ok(opened) => {
                let note = opened.moved.as_ref().map(|m| moved_note(&name, m));
                let status = (opened.is_new
                    && note.is_none()
                    && cli.profile.is_some()
                    && pick.is_none())
                .then(|| {
                    format!(
                        "A new profile `{name}` was made; `rolemap profile list` shows the others."
                    )
                });
                let mut profile = opened.profile;
                if opened.is_new {
                    profile.apply(&Edit::MadeOn(model.info().id.clone()), &now);
                    if let Some(hours) = new_hours {
                        profile.apply(&Edit::HoursPerWeek(hours), &now);
                    }
                }
                let mut session = Session {
                    store: Some(store),
                    save_first: opened.is_new,
                    profile,
                    note,
                    status,
                    remember,
                    pick: pick.map(|(asked, _)| asked),
                    new_hours,
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
            pick: None,
            new_hours: None,
        }
    }

    /// Saves edits (already made in the state) and takes what was saved.
    pub fn save(&mut self, state: &mut AppState, prepared: &Prepared, edits: &[Edit]) {
        let Some(store) = &self.store else {
            return;
        };
        let name = state.person.profile.name.clone();
        match store.update(&name, edits, &store::now(), Some(&state.person.profile)) {
            Ok(saved) => update::adopt(state, prepared, saved),
            Err(e) => state.status = Some(format!("Not saved: {e}")),
        }
    }

    /// Opens the picker over every client there is, `query` typed.
    pub fn open_clients(&self, state: &mut AppState, prepared: &Prepared, query: &str) {
        let Some(store) = &self.store else {
            state.status = Some(
                "No other clients: there is no folder to keep profiles in, so this run has one, unsaved."
                    .into(),
            );
            return;
        };
        match store.list() {
            Ok(listed) => {
                let clients = listed
                    .iter()
                    .map(|l| {
                        let last = store.load_notes(&l.name).ok();
                        let last = last.as_ref().and_then(|n| n.last_session());
                        Client::listed(&prepared.model, l, last.map(str::to_string))
                    })
                    .collect();
                update::open_clients(state, prepared, clients, query);
            }
            Err(e) => state.status = Some(format!("Cannot list the clients: {e}")),
        }
    }

    /// Opens client `name` in place of the one open now (their edits are
    /// saved already), making them first when `new`; remembers them as
    /// the one to open next time.
    pub fn switch(&mut self, state: &mut AppState, prepared: &Prepared, name: &str, new: bool) {
        let Some(store) = self.store.clone() else {
            return;
        };
        let now = store::now();
        if new {
            match store.create(name, &now) {
                Ok(mut profile) => {
                    let made_on = Edit::MadeOn(prepared.model.info().id.clone());
                    let pace: Vec<Edit> = std::iter::once(made_on)
                        .chain(self.new_hours.map(Edit::HoursPerWeek))
                        .collect();
                    for edit in &pace {
                        profile.apply(edit, &now);
                    }
                    update::switch_to(state, prepared, profile, Notes::default());
                    if !pace.is_empty() {
                        self.save(state, prepared, &pace);
                    }
                }
                Err(e) => {
                    state.status = Some(format!("Could not make client `{name}`: {e}"));
                    return;
                }
            }
        } else {
            match store.open_for_app(name, &now, &store::stamp()) {
                Ok(opened) => {
                    let note = opened.moved.as_ref().map(|m| moved_note(name, m));
                    let (notes, notes_note) = open_notes(&store, name);
                    update::switch_to(state, prepared, opened.profile, notes);
                    for note in [note, notes_note].into_iter().flatten() {
                        update::notice(state, prepared, note);
                    }
                    if opened.is_new {
                        self.save(state, prepared, &[]);
                    }
                }
                Err(e) => {
                    state.status = Some(format!("Could not open client `{name}`: {e}"));
                    return;
                }
            }
        }
        if let Err(e) = store.set_last_used(name) {
            state.status = Some(format!("Could not remember the client: {e}"));
        }
    }

    /// Saves changes to the client's notes; false when they could not be
    /// saved (said in the status line), so the caller keeps them to try
    /// again.
    pub fn save_notes(&self, state: &mut AppState, edits: &[NoteEdit]) -> bool {
        let Some(store) = &self.store else {
            state.status = Some("Notes are not saved: there is no folder to keep them in.".into());
            return true;
        };
        let name = state.person.profile.name.clone();
        match store.update_notes(&name, edits, &store::now()) {
            Ok((notes, applied)) => {
                update::adopt_notes(state, notes, edits, &applied);
                true
            }
            Err(e) => {
                state.status = Some(format!(
                    "Notes not saved yet (trying again as you go on): {e}"
                ));
                false
            }
        }
    }

    /// Reads the client's notes again (another window may have written)
    /// and opens the Notes screen on them.
    pub fn open_notes(&self, state: &mut AppState, prepared: &Prepared) {
        let (notes, template) = match &self.store {
            Some(store) => match store.load_notes(&state.person.profile.name) {
                Ok(notes) => (notes, store.note_template()),
                Err(e) => {
                    state.status = Some(format!("Cannot open the notes: {e}"));
                    return;
                }
            },
            None => (state.person.notes.clone(), true),
        };
        update::open_notes(state, prepared, notes, &store::today(), template);
    }

    /// Writes the session report (shared notes only) into the reports
    /// folder, under a name of its own: nothing there is ever replaced.
    pub fn write_report(&self, state: &mut AppState, prepared: &Prepared, session: Option<&str>) {
        let Some(store) = &self.store else {
            state.status = Some("No report: there is no folder to write it to.".into());
            return;
        };
        // What is shared is read afresh: another window may have made a
        // note private since.
        let notes = match store.load_notes(&state.person.profile.name) {
            Ok(notes) => notes,
            Err(e) => {
                state.status = Some(format!("No report written: the notes cannot be read: {e}"));
                return;
            }
        };
        let subject = report::Subject {
            model: &prepared.model,
            profile: &state.person.profile,
            notes: &notes,
            session,
            include_private: false,
        };
        let said = match report::write_new(store, &subject) {
            Ok(path) => format!(
                "Report written to {} (shared notes and items only).",
                crate::model::text::path(&path)
            ),
            Err(e) => format!("No report written: {e}"),
        };
        state.status = Some(said);
    }

    /// Shows the presenter view on the client's notes as they are on disk
    /// now; when they cannot be read, it is not shown (it could show as
    /// shared what another window made private).
    pub fn present(&self, state: &mut AppState, prepared: &Prepared) {
        if let Some(store) = &self.store {
            match store.load_notes(&state.person.profile.name) {
                Ok(notes) => state.person.notes = notes,
                Err(e) => {
                    state.status =
                        Some(format!("No presenter view: the notes cannot be read: {e}"));
                    return;
                }
            }
        }
        update::toggle_presenter(state, prepared);
    }

    /// Opens the self-assessment where it stopped last (with `rolemap
    /// assess` too, for the same skills).
    pub fn open_assess(&self, state: &mut AppState, prepared: &Prepared) {
        let kept = self
            .store
            .as_ref()
            .and_then(|s| s.assessment(&state.person.profile.name));
        update::open_assess(state, prepared, kept);
    }

    /// Keeps the self-assessment's place, or forgets it once finished.
    pub fn keep_assessment(
        &self,
        state: &mut AppState,
        scope: &str,
        done: &[String],
        finished: bool,
    ) {
        let Some(store) = &self.store else {
            return;
        };
        let name = state.person.profile.name.clone();
        let kept = if finished {
            store.clear_assessment(&name)
        } else {
            store.set_assessment(&name, scope, done)
        };
        state.status = Some(match kept {
            Err(e) => format!("Could not keep the assessment's place: {e}"),
            Ok(()) if finished => "The self-assessment is done; your levels are saved.".into(),
            Ok(()) => {
                "Stopped: the answers are saved, and A on the Profile screen goes on from here."
                    .into()
            }
        });
    }

    /// Starts new sessions from the template, or blank, for every client.
    pub fn set_template(&self, state: &mut AppState, on: bool) {
        let said = match self.store.as_ref().map(|s| s.set_note_template(on)) {
            Some(Err(e)) => format!("Could not keep the choice: {e}"),
            _ if on => "New sessions start from the template (goal, where they stand, options, next steps).".into(),
            _ => "New sessions start blank.".into(),
        };
        state.status = Some(said);
    }

    /// What start-up left to do once the first frame is on screen: the
    /// notes are read then (a coach's notes can grow large, and the first
    /// frame does not show them).
    pub fn after_first_frame(&mut self, state: &mut AppState, prepared: &Prepared) {
        if let Some(store) = &self.store {
            let (notes, said) = open_notes(store, &state.person.profile.name);
            state.person.notes = notes;
            if let Some(said) = said {
                update::notice(state, prepared, said);
            }
        }
        if std::mem::take(&mut self.save_first) {
            self.save(state, prepared, &[]);
        }
        if std::mem::take(&mut self.remember)
            && let Some(store) = &self.store
            && let Err(e) = store.set_last_used(&state.person.profile.name)
        {
            state.status = Some(format!("Could not remember the profile: {e}"));
        }
        if let Some(name) = self.pick.take() {
            self.open_clients(state, prepared, &name);
            state.status = Some(format!(
                "There is no client `{name}`: open one of these, or Enter makes `{name}`."
            ));
        }
    }
}
