//! The Notes screen: one session of the open client at a time, its notes
//! on the left and the client's action items (of every session, open ones
//! first) on the right. A note is edited in place with a small editor
//! (`ratatui-textarea`: cursor keys, word jumps, Home/End, undo/redo,
//! paste) and saved as it is typed: the event loop takes the text from
//! [`NotesView::unsaved`] at most a moment after the first key, so a crash
//! loses at most that moment.
//!
//! Every note and item says whether it is private or shared in words;
//! `p` flips it. Nothing here touches the disk: changes go out as edits.

use ratatui_textarea::TextArea;

mod writing;

use super::{Ask, Given};
use crate::model::notes::{Applied, Edit, Item, Note, Notes, Session, TEMPLATE};
use crate::tui::action::Action;
use crate::tui::layout;
use crate::tui::list::{self, ListView};

/// Rows each note takes in the list: its heading and the first lines.
pub const NOTE_ROWS: usize = 4;

/// Rows each action item takes: its text, then when it is due and who sees it.
pub const ITEM_ROWS: usize = 2;

/// How many entries of `rows` rows each a pane shows at once.
pub fn per_page(pane: ratatui::layout::Rect, rows: usize) -> usize {
    (list::height(pane) / rows).max(1)
}

/// Which side has the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotesPane {
    Notes,
    Items,
}

/// What the editor is writing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A note, from revision `base` of it on disk.
    Note {
        id: u32,
        base: u32,
    },
    /// A new action item's text (one line; Enter adds it).
    NewItem,
    /// An item's text, or when it is due by (one line; Enter keeps it).
    ItemText(u32),
    ItemBy(u32),
}

impl Target {
    fn one_line(&self) -> bool {
        !matches!(self, Target::Note { .. })
    }
}

/// The editor open on a note or an item.
#[derive(Debug, Clone)]
pub struct Editing {
    pub target: Target,
    pub area: TextArea<'static>,
    /// Typed since the last save (notes only; one-line fields are kept on Enter).
    pub unsaved: bool,
}

/// The Notes screen's state.
#[derive(Debug, Clone)]
pub struct NotesView {
    /// The date of the session shown.
    pub session: String,
    pub today: String,
    /// Whether a new session starts from the template.
    pub template: bool,
    pub focus: NotesPane,
    pub notes: ListView,
    pub items: ListView,
    pub editing: Option<Editing>,
    /// A delete asked for once; the same key again confirms it.
    pub deleting: Option<u32>,
}

impl NotesView {
    /// The screen on the latest session (today's if there is one).
    pub fn new(g: &Given, today: &str, template: bool) -> NotesView {
        let notes = &g.person.notes;
        let session = notes
            .session(today)
            .map(|s| s.date.clone())
            .or_else(|| notes.last_session().map(str::to_string))
            .unwrap_or_else(|| today.to_string());
        NotesView {
            session,
            today: today.to_string(),
            template,
            focus: NotesPane::Notes,
            notes: ListView::default(),
            items: ListView::default(),
            editing: None,
            deleting: None,
        }
    }

    /// The notes of the session shown.
    pub fn shown_notes<'a>(&self, notes: &'a Notes) -> &'a [Note] {
        notes
            .session(&self.session)
            .map_or(&[], |s: &Session| s.notes.as_slice())
    }

    /// The client's action items, open first.
    pub fn shown_items<'a>(&self, notes: &'a Notes) -> Vec<&'a Item> {
        notes.items_in_order()
    }

    fn selected_note<'a>(&self, notes: &'a Notes) -> Option<&'a Note> {
        self.shown_notes(notes).get(self.notes.selected)
    }

    fn selected_item<'a>(&self, notes: &'a Notes) -> Option<&'a Item> {
        self.shown_items(notes).get(self.items.selected).copied()
    }

    /// Whether the editor has the keys.
    pub fn is_editing(&self) -> bool {
        self.editing.is_some()
    }

    pub fn act(&mut self, g: &Given, action: Action) -> Ask {
        let notes = &g.person.notes;
        let deleting = self.deleting.take();
        match action {
            // Esc leaves a note (saved as typed) and drops a one-line
            // field unkept: Enter keeps those.
            Action::Close if self.editing.as_ref().is_some_and(|e| e.target.one_line()) => {
                self.editing = None;
                return Ask::Say("Not kept (Enter keeps a field).".into());
            }
            Action::Close if self.editing.is_some() => return self.finish(),
            Action::Close => return Ask::Close,
            Action::FocusNext | Action::FocusPrev => {
                self.focus = match self.focus {
                    NotesPane::Notes => NotesPane::Items,
                    NotesPane::Items => NotesPane::Notes,
                };
            }
            Action::OlderSession | Action::NewerSession => {
                let dates: Vec<&str> = notes.sessions.iter().map(|s| s.date.as_str()).collect();
                let at = dates.iter().position(|d| *d == self.session);
                let next = match (action, at) {
                    (Action::OlderSession, Some(i)) if i > 0 => Some(dates[i - 1]),
                    (Action::NewerSession, Some(i)) => dates.get(i + 1).copied(),
                    (Action::OlderSession, None) => dates.last().copied(),
                    _ => None,
                };
                match next {
                    Some(date) => {
                        self.session = date.to_string();
                        self.notes = ListView::default();
                    }
                    None => return Ask::Say("No session further that way.".into()),
                }
            }
            Action::NewSession => return self.new_session(notes),
            Action::NewNote => {
                return self.add_note(String::new());
            }
            Action::NewItem => {
                self.focus = NotesPane::Items;
                self.edit(Target::NewItem, "");
            }
            Action::Open => match self.focus {
                NotesPane::Notes => match self.selected_note(notes) {
                    Some(note) => {
                        let target = Target::Note {
                            id: note.id,
                            base: note.rev,
                        };
                        let text = note.text.clone();
                        self.edit(target, &text);
                    }
                    None => return self.add_note(String::new()),
                },
                NotesPane::Items => match self.selected_item(notes) {
                    Some(item) => {
                        let (id, text) = (item.id, item.text.clone());
                        self.edit(Target::ItemText(id), &text);
                    }
                    None => self.edit(Target::NewItem, ""),
                },
            },
            Action::DueBy => match self.selected_item(notes) {
                Some(item) if self.focus == NotesPane::Items => {
                    let (id, by) = (item.id, item.by.clone().unwrap_or_default());
                    self.edit(Target::ItemBy(id), &by);
                }
                _ => return Ask::Say("Select an action item first (Tab).".into()),
            },
            Action::Done => match self.selected_item(notes) {
                Some(item) if self.focus == NotesPane::Items => {
                    let done = !item.done;
                    return Ask::Notes(vec![Edit::Done { id: item.id, done }]);
                }
                _ => return Ask::Say("Select an action item first (Tab).".into()),
            },
            Action::Share => {
                let found = match self.focus {
                    NotesPane::Notes => self.selected_note(notes).map(|n| (n.id, n.shared)),
                    NotesPane::Items => self.selected_item(notes).map(|i| (i.id, i.shared)),
                };
                if let Some((id, shared)) = found {
                    let said = if shared {
                        "Private now: for you only."
                    } else {
                        "Shared now: it may go to the client (presenter view, report)."
                    };
                    return Ask::NotesSaid(
                        vec![Edit::Share {
                            id,
                            shared: !shared,
                        }],
                        said.into(),
                    );
                }
            }
            Action::Delete => {
                let found = match self.focus {
                    NotesPane::Notes => self.selected_note(notes).map(|n| (n.id, "note")),
                    NotesPane::Items => self.selected_item(notes).map(|i| (i.id, "item")),
                };
                if let Some((id, what)) = found {
                    if deleting == Some(id) {
                        return Ask::NotesSaid(
                            vec![Edit::Remove { id }],
                            format!("Deleted {what} {id}."),
                        );
                    }
                    self.deleting = Some(id);
                    return Ask::Say(format!("Delete {what} {id}? Press D again to delete it."));
                }
            }
            Action::Report => {
                let session = notes.session(&self.session).map(|s| s.date.clone());
                return Ask::Report(session);
            }
            Action::ToggleTemplate => {
                self.template = !self.template;
                return Ask::Template(self.template);
            }
            _ => {
                let (height, rows, at) = match self.focus {
                    NotesPane::Notes => (
                        per_page(layout::notes(g.area).notes, NOTE_ROWS),
                        self.shown_notes(notes).len(),
                        &mut self.notes,
                    ),
                    NotesPane::Items => (
                        per_page(layout::notes(g.area).items, ITEM_ROWS),
                        self.shown_items(notes).len(),
                        &mut self.items,
                    ),
                };
                list::move_in_list(at, rows, action, height);
            }
        }
        Ask::Nothing
    }

    /// Starts today's session (from the template unless it is off), or
    /// goes to it when there is one.
    fn new_session(&mut self, notes: &Notes) -> Ask {
        self.session = self.today.clone();
        self.notes = ListView::default();
        self.focus = NotesPane::Notes;
        if notes
            .session(&self.today)
            .is_some_and(|s| !s.notes.is_empty())
        {
            return Ask::Say(format!("Today's session ({}) is open.", self.today));
        }
        let text = if self.template { TEMPLATE } else { "" };
        self.add_note(text.to_string())
    }

    /// A new private note in the session shown, then the editor on it once
    /// it is saved and has an id.
    fn add_note(&mut self, text: String) -> Ask {
        self.focus = NotesPane::Notes;
        Ask::Notes(vec![Edit::AddNote {
            session: self.session.clone(),
            text,
            shared: false,
        }])
    }

    /// The notes as saved: what the edits made is taken up (a new note is
    /// opened in the editor, a note rewritten elsewhere meanwhile goes on as
    /// the copy that kept this text), and selections stay in range.
    pub fn saved(&mut self, notes: &Notes, edits: &[Edit], applied: &[Applied]) -> Option<String> {
        let mut said = None;
        for (edit, applied) in edits.iter().zip(applied) {
            match (edit, applied) {
                // A new note opens to write in, unless writing goes on
                // elsewhere (a note added by a save tried again).
                (Edit::AddNote { text, .. }, Applied::Made(id)) if self.editing.is_none() => {
                    if let Some(at) = self.shown_notes(notes).iter().position(|n| n.id == *id) {
                        self.notes.selected = at;
                    }
                    self.edit(Target::Note { id: *id, base: 0 }, text);
                }
                (Edit::AddItem { .. }, Applied::Made(id)) => {
                    if let Some(at) = self.shown_items(notes).iter().position(|i| i.id == *id) {
                        self.items.selected = at;
                    }
                }
                (Edit::Text { id, .. }, Applied::KeptBeside(new)) => {
                    if let Some(Editing {
                        target: Target::Note { id: editing, base },
                        ..
                    }) = &mut self.editing
                        && editing == id
                    {
                        *editing = *new;
                        *base = 0;
                    }
                    said = Some(format!(
                        "Note {id} was changed in another window; your text is kept as note {new} beside it."
                    ));
                }
                (_, Applied::Full) => {
                    said = Some(
                        "Nothing was added: the notes file holds the highest id there may be \
                         (it was edited by hand)."
                            .into(),
                    );
                }
                (Edit::Text { id, .. }, Applied::Done) => {
                    if let (
                        Some(Editing {
                            target: Target::Note { id: editing, base },
                            ..
                        }),
                        Some((_, note)),
                    ) = (&mut self.editing, notes.note(*id))
                        && editing == id
                    {
                        *base = note.rev;
                    }
                }
                _ => {}
            }
        }
        let rows = self.shown_notes(notes).len();
        self.notes.selected = self.notes.selected.min(rows.saturating_sub(1));
        let rows = notes.items.len();
        self.items.selected = self.items.selected.min(rows.saturating_sub(1));
        said
    }
}
