//! The person's profile for one run of the explorer: which one is opened,
//! what start-up has to say about it, and saving edits as they are made.

use super::prepared::Prepared;
use super::state::AppState;
use super::update;
use crate::cli::Cli;
use crate::commands::Failure;
use crate::model::profile::{Edit, Profile};
use crate::store::{self, Store, StoreError};

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

    /// What start-up left to do once the first frame is on screen.
    pub fn after_first_frame(&mut self, state: &mut AppState, prepared: &Prepared) {
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
