//! `rolemap notes NAME`: a client's session notes from the command line:
//! printed (private ones only when asked), added to, items marked done, or
//! a session edited in the coach's editor. Saved through the same store,
//! lock and edits as the explorer's notes screen.

mod editor;
mod print;

use std::io::Write;

use super::{Failure, Outcome};
use crate::cli::DocFormat;
use crate::model::date::is_day;
use crate::model::notes::{Applied, Edit};
use crate::model::text::clean_line;
use crate::store::{self, Store};

use print::privacy;
pub use print::{NotesJson, Selection, json};

/// What `rolemap notes` was asked for.
pub struct Request<'a> {
    pub name: &'a str,
    pub session: Option<&'a str>,
    pub format: DocFormat,
    pub include_private: bool,
    pub add: Option<&'a str>,
    pub item: Option<&'a str>,
    pub by: Option<&'a str>,
    pub shared: bool,
    pub done: Option<u32>,
    pub undone: Option<u32>,
    pub edit: bool,
}

/// A date given on the command line, checked.
pub fn day_option<'a>(flag: &str, value: Option<&'a str>) -> Result<Option<&'a str>, Failure> {
    match value {
        Some(day) if !is_day(day) => Err(Failure::Usage(format!(
            "`{flag} {}` is not a date; write YYYY-MM-DD, e.g. {}",
            clean_line(day),
            store::today()
        ))),
        other => Ok(other),
    }
}

pub fn run(request: &Request, out: &mut impl Write) -> Outcome {
    let store = Store::open()?;
    let name = request.name;
    // The client must exist: a typo must not start notes for no one.
    store.load(name)?;
    let session = day_option("--session", request.session)?;
    let by = day_option("--by", request.by)?;
    let writes = request.add.is_some()
        || request.item.is_some()
        || request.done.is_some()
        || request.undone.is_some();
    if request.shared && request.add.is_none() && request.item.is_none() {
        return Err(Failure::Usage(
            "--shared goes with --add TEXT or --item TEXT".into(),
        ));
    }
    if request.edit {
        return edit(&store, name, session, out);
    }
    if writes {
        return write(&store, request, session, by, out);
    }
    let notes = store.load_notes(name)?;
    if let Some(date) = session
        && notes.session(date).is_none()
    {
        let dates: Vec<&str> = notes
            .newest_first()
            .iter()
            .map(|s| s.date.as_str())
            .collect();
        let known = if dates.is_empty() {
            "there are none yet".to_string()
        } else {
            format!("there are {}", dates.join(", "))
        };
        return Err(Failure::Usage(format!(
            "`{name}` had no session on {date}; {known}"
        )));
    }
    let selection = Selection {
        client: name,
        notes: &notes,
        session,
        include_private: request.include_private,
    };
    match request.format {
        DocFormat::Md => Ok(out.write_all(print::markdown(&selection).as_bytes())?),
        DocFormat::Json => Ok(super::json::write(out, &print::json(&selection))?),
    }
}

/// What is said when a notes file edited by hand holds the highest id.
fn full(name: &str) -> Failure {
    Failure::Runtime(format!(
        "nothing was added: the notes on `{name}` hold the highest id there may be ({}); \
         give the notes smaller ids by hand",
        crate::model::notes::MAX_ID - 1
    ))
}

/// `--add`, `--item`, `--done`, `--undone`.
fn write(
    store: &Store,
    request: &Request,
    session: Option<&str>,
    by: Option<&str>,
    out: &mut impl Write,
) -> Outcome {
    let name = request.name;
    let date = session.map_or_else(store::today, str::to_string);
    let nonempty = |flag: &str, text: &str| {
        let text = text.trim();
        if text.is_empty() {
            Err(Failure::Usage(format!("{flag} needs some text")))
        } else {
            Ok(text.to_string())
        }
    };
    let (edit, what) = if let Some(text) = request.add {
        let text = format!("{}\n", nonempty("--add", text)?);
        let edit = Edit::AddNote {
            session: date.clone(),
            text,
            shared: request.shared,
        };
        (edit, format!("{} note", privacy(request.shared)))
    } else if let Some(text) = request.item {
        let edit = Edit::AddItem {
            session: date.clone(),
            text: clean_line(&nonempty("--item", text)?).into_owned(),
            by: by.map(str::to_string),
            shared: request.shared,
        };
        (edit, format!("{} action item", privacy(request.shared)))
    } else {
        let (id, done) = match (request.done, request.undone) {
            (Some(id), _) => (id, true),
            (None, Some(id)) => (id, false),
            (None, None) => unreachable!("write is called with something to write"),
        };
        let notes = store.load_notes(name)?;
        let Some(item) = notes.item(id) else {
            return Err(Failure::Usage(format!(
                "`{name}` has no action item {id}; `rolemap notes {name} --include-private` lists them"
            )));
        };
        let text = clean_line(&item.text).into_owned();
        store.update_notes(name, &[Edit::Done { id, done }], &store::now())?;
        let state = if done { "done" } else { "open again" };
        writeln!(out, "Marked item {id} of `{name}` {state}: {text}")?;
        return Ok(());
    };
    let (_, applied) = store.update_notes(name, &[edit], &store::now())?;
    let id = match applied.first() {
        Some(Applied::Made(id)) => format!(" {id}"),
        Some(Applied::Full) => return Err(full(name)),
        _ => String::new(),
    };
    writeln!(
        out,
        "Added {what}{id} to the session of {date} with `{name}`."
    )?;
    Ok(())
}

/// `--edit`: the session in the coach's editor, read back as edits made
/// to what is on disk then (so nothing another process wrote is lost).
fn edit(store: &Store, name: &str, session: Option<&str>, out: &mut impl Write) -> Outcome {
    let date = session.map_or_else(store::today, str::to_string);
    let before = store.load_notes(name)?;
    let text = editor::to_text(name, &date, before.session(&date));
    // The file holds private notes: owner-only (tempfile makes it 0600),
    // and removed when the edit ends.
    let mut file = tempfile::Builder::new()
        .prefix("rolemap-notes-")
        .suffix(".md")
        .tempfile()
        .map_err(|e| Failure::Runtime(format!("cannot make a file to edit: {e}")))?;
    file.write_all(text.as_bytes())?;
    file.as_file().sync_all()?;
    let chosen = editor::chosen_editor();
    // Whatever goes wrong from here, what was typed is kept, owner-only,
    // for the coach to mend: a usage error for what the file says, a
    // runtime one for the editor.
    let kept = |file: tempfile::NamedTempFile, why: String, usage: bool| {
        let kept = file
            .keep()
            .map(|(_, path)| crate::model::text::path(&path))
            .unwrap_or_else(|_| "nowhere: it could not be kept".into());
        let said = format!(
            "the notes on `{name}` were not saved: {why}; what you wrote is kept in {kept}"
        );
        if usage {
            Failure::Usage(said)
        } else {
            Failure::Runtime(said)
        }
    };
    if let Err(why) = editor::run_editor(&chosen, file.path()) {
        return Err(kept(file, why, false));
    }
    let edited = match std::fs::read(file.path()).map(String::from_utf8) {
        Ok(Ok(text)) => text,
        Ok(Err(_)) => {
            let why = "the file is not UTF-8 text (save it as UTF-8)".to_string();
            return Err(kept(file, why, true));
        }
        Err(e) => return Err(kept(file, format!("it cannot be read back: {e}"), false)),
    };
    let blocks = match editor::parse(&edited) {
        Ok(blocks) => blocks,
        Err(why) => return Err(kept(file, why, true)),
    };
    let edits = editor::edits(&date, before.session(&date), &blocks);
    if edits.is_empty() {
        writeln!(out, "No changes to the session of {date} with `{name}`.")?;
        return Ok(());
    }
    let (_, applied) = store.update_notes(name, &edits, &store::now())?;
    writeln!(
        out,
        "Saved the session of {date} with `{name}` ({}).",
        crate::format::plural(edits.len(), "change")
    )?;
    for (edit, applied) in edits.iter().zip(&applied) {
        match (edit, applied) {
            (Edit::Text { id, .. }, Applied::KeptBeside(new)) => writeln!(
                out,
                "Note {id} was changed elsewhere while you edited it; your text is kept beside it as note {new}."
            )?,
            (_, Applied::Full) => return Err(full(name)),
            (_, Applied::Kept(id)) => writeln!(
                out,
                "Note {id} was changed elsewhere while you edited it, so it was not deleted."
            )?,
            _ => {}
        }
    }
    Ok(())
}
