//! Writing on the Notes screen: the editor opened on a note or a one-line
//! field, the keys and pastes it takes, what it holds unsaved, and
//! keeping or dropping a field.

use ratatui::crossterm::event::KeyCode;
use ratatui_textarea::{CursorMove, Input, Key as EditKey, TextArea, WrapMode};

use super::{Editing, NotesView, Target};
use crate::model::date::is_day;
use crate::model::notes::{Edit, TEMPLATE};
use crate::model::text::{clean, clean_line};
use crate::tui::keys::Key;
use crate::tui::screen::Ask;

impl NotesView {
    /// Opens the editor on `target`, holding `text`.
    pub(super) fn edit(&mut self, target: Target, text: &str) {
        let lines: Vec<String> = if text.is_empty() {
            vec![String::new()]
        } else {
            text.trim_end_matches('\n')
                .split('\n')
                .map(str::to_string)
                .collect()
        };
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.set_max_histories(200);
        // A template is filled in from its first heading; anything else
        // is written on from its end.
        if !target.one_line() && text != TEMPLATE {
            area.move_cursor(CursorMove::Bottom);
        }
        area.move_cursor(CursorMove::End);
        self.editing = Some(Editing {
            target,
            area,
            unsaved: false,
        });
    }

    /// A key for the editor. Enter ends a one-line field.
    pub fn edit_key(&mut self, key: Key) -> Ask {
        let Some(editing) = &mut self.editing else {
            return Ask::Nothing;
        };
        if key.code == KeyCode::Enter && editing.target.one_line() {
            return self.finish();
        }
        let Some(input) = input_of(key) else {
            return Ask::Nothing;
        };
        if editing.area.input(input) && !editing.target.one_line() {
            editing.unsaved = true;
            return Ask::NotesTyped;
        }
        Ask::Nothing
    }

    /// Pasted text, as one insertion (one undo step), cleaned of control
    /// characters; on one line in a one-line field.
    pub fn paste(&mut self, text: &str) -> Ask {
        let Some(editing) = &mut self.editing else {
            return Ask::Nothing;
        };
        let cleaned = if editing.target.one_line() {
            clean_line(text).into_owned()
        } else {
            clean(text).into_owned()
        };
        if editing.area.insert_str(&cleaned) && !editing.target.one_line() {
            editing.unsaved = true;
            return Ask::NotesTyped;
        }
        Ask::Nothing
    }

    /// The note's text typed since the last save, as the edit that saves
    /// it; marks it saved.
    pub fn unsaved(&mut self) -> Option<Edit> {
        let editing = self.editing.as_mut().filter(|e| e.unsaved)?;
        let Target::Note { id, base } = editing.target else {
            return None;
        };
        editing.unsaved = false;
        Some(Edit::Text {
            id,
            base,
            session: self.session.clone(),
            text: text_of(&editing.area),
        })
    }

    /// Ends editing: a note's last words go out to be saved; a one-line
    /// field is kept (or refused, for a date that is not one).
    pub(super) fn finish(&mut self) -> Ask {
        let Some(editing) = &self.editing else {
            return Ask::Nothing;
        };
        let line = clean_line(text_of(&editing.area).trim()).into_owned();
        let ask = match editing.target.clone() {
            Target::Note { .. } => match self.unsaved() {
                Some(edit) => Ask::Notes(vec![edit]),
                None => Ask::Nothing,
            },
            Target::NewItem if line.is_empty() => Ask::Nothing,
            Target::NewItem => Ask::Notes(vec![Edit::AddItem {
                session: self.session.clone(),
                text: line,
                by: None,
                shared: false,
            }]),
            Target::ItemText(_) if line.is_empty() => {
                return Ask::Say("An item needs some text (D deletes it).".into());
            }
            Target::ItemText(id) => Ask::Notes(vec![Edit::ItemText { id, text: line }]),
            Target::ItemBy(id) if line.is_empty() => {
                Ask::Notes(vec![Edit::ItemBy { id, by: None }])
            }
            Target::ItemBy(id) if is_day(&line) => {
                Ask::Notes(vec![Edit::ItemBy { id, by: Some(line) }])
            }
            Target::ItemBy(_) => {
                return Ask::Say(format!(
                    "`{line}` is not a date: write YYYY-MM-DD, e.g. {}, or leave it empty.",
                    self.today
                ));
            }
        };
        self.editing = None;
        ask
    }
}

/// The editor's text as a note keeps it: lines joined, one newline after,
/// cleaned of control characters (typed ones too, not only pasted).
fn text_of(area: &TextArea) -> String {
    let text = clean(&area.lines().join("\n")).into_owned();
    if text.is_empty() {
        text
    } else {
        format!("{text}\n")
    }
}

/// The editor's input for a key; `None` for keys it does not take.
fn input_of(key: Key) -> Option<Input> {
    let code = match key.code {
        KeyCode::Char(c) => EditKey::Char(c),
        KeyCode::Backspace => EditKey::Backspace,
        KeyCode::Enter => EditKey::Enter,
        KeyCode::Left => EditKey::Left,
        KeyCode::Right => EditKey::Right,
        KeyCode::Up => EditKey::Up,
        KeyCode::Down => EditKey::Down,
        KeyCode::Tab => EditKey::Tab,
        KeyCode::Delete => EditKey::Delete,
        KeyCode::Home => EditKey::Home,
        KeyCode::End => EditKey::End,
        KeyCode::PageUp => EditKey::PageUp,
        KeyCode::PageDown => EditKey::PageDown,
        _ => return None,
    };
    Some(Input {
        key: code,
        ctrl: key.ctrl,
        alt: key.alt,
        shift: key.shift,
    })
}
