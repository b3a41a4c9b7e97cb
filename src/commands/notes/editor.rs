//! `rolemap notes NAME --edit`: one session's notes as a plain text file
//! for the coach's own editor, and the file read back as edits. Works
//! without the TUI, so with any editor and any screen reader.
//!
//! Each note is a block that starts with a line `=== private 3` or
//! `=== shared 3`: the word says who may see it and the number which note
//! it is. A block without a number is a new note; a block removed removes
//! its note (unless it changed elsewhere meanwhile). Lines before the first
//! block are instructions (`#`), ignored. A line of a note that would read
//! as a header (`===…`) or starts with `\` is written with a `\` before
//! it, taken off again when read.

use std::path::Path;
use std::process::Command;

use crate::model::notes::{Edit, Session};

/// A block read back from the file.
#[derive(Debug, PartialEq, Eq)]
pub struct Block {
    pub id: Option<u32>,
    pub shared: bool,
    pub text: String,
}

/// The session as the text the editor opens.
pub fn to_text(client: &str, date: &str, session: Option<&Session>) -> String {
    let mut text = format!(
        "# Notes on {client}, session of {date}.\n\
         # Each note starts with a line `=== private` or `=== shared`; keep the\n\
         # number after it, which says which note it is. Change the word to\n\
         # change who may see the note. Add a block to add a note, delete one\n\
         # to delete its note. These lines are ignored. Save and quit to store.\n\
         # A note's own line that starts with === or \\ is written with a \\ before it.\n"
    );
    let notes = session.map(|s| s.notes.as_slice()).unwrap_or_default();
    if notes.is_empty() {
        text.push_str("=== private\n\n");
    }
    for note in notes {
        let word = if note.shared { "shared" } else { "private" };
        text.push_str(&format!("=== {word} {}\n", note.id));
        for line in note.text.lines() {
            if line.starts_with("===") || line.starts_with('\\') {
                text.push('\\');
            }
            text.push_str(line);
            text.push('\n');
        }
    }
    text
}

/// The blocks of an edited file, or what is wrong with a header line.
pub fn parse(text: &str) -> Result<Vec<Block>, String> {
    // Some editors save a byte-order mark first.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut blocks: Vec<Block> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if let Some(header) = line.strip_prefix("===") {
            let mut words = header.split_whitespace();
            let shared = match words.next() {
                Some("shared") => true,
                Some("private") => false,
                _ => {
                    return Err(format!(
                        "line {}: `{}` should say `=== private` or `=== shared`",
                        n + 1,
                        crate::model::text::clean_line(line)
                    ));
                }
            };
            let id = match words.next() {
                None => None,
                Some(w) => Some(
                    w.parse::<u32>()
                        .map_err(|_| format!("line {}: `{w}` is not a note's number", n + 1))?,
                ),
            };
            blocks.push(Block {
                id,
                shared,
                text: String::new(),
            });
        } else if let Some(block) = blocks.last_mut() {
            block.text.push_str(line.strip_prefix('\\').unwrap_or(line));
            block.text.push('\n');
        } else if !line.trim().is_empty() && !line.starts_with('#') {
            return Err(format!(
                "line {}: text before the first `=== private` or `=== shared` line belongs to no note",
                n + 1
            ));
        }
    }
    for block in &mut blocks {
        let kept = block.text.trim_end().len();
        block.text.truncate(kept);
        if !block.text.is_empty() {
            block.text.push('\n');
        }
    }
    Ok(blocks)
}

/// The edits that turn the session as it was into the blocks: rewrites
/// (from the revision the file was made from), privacy flips, new notes,
/// and removals. Empty new blocks add nothing.
pub fn edits(date: &str, before: Option<&Session>, blocks: &[Block]) -> Vec<Edit> {
    let old = before.map(|s| s.notes.as_slice()).unwrap_or_default();
    let mut edits = Vec::new();
    for block in blocks {
        match block.id.and_then(|id| old.iter().find(|n| n.id == id)) {
            Some(note) => {
                if note.text.trim_end() != block.text.trim_end() {
                    edits.push(Edit::Text {
                        id: note.id,
                        base: note.rev,
                        session: date.to_string(),
                        text: block.text.clone(),
                    });
                }
                if note.shared != block.shared {
                    edits.push(Edit::Share {
                        id: note.id,
                        shared: block.shared,
                    });
                }
            }
            None if block.text.trim().is_empty() => {}
            None => edits.push(Edit::AddNote {
                session: date.to_string(),
                text: block.text.clone(),
                shared: block.shared,
            }),
        }
    }
    for note in old {
        if !blocks.iter().any(|b| b.id == Some(note.id)) {
            edits.push(Edit::RemoveNote {
                id: note.id,
                base: note.rev,
            });
        }
    }
    edits
}

/// The editor people chose, as git finds it: `$VISUAL`, else `$EDITOR`,
/// else `vi`.
pub fn chosen_editor() -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|e| !e.trim().is_empty())
        .unwrap_or_else(|| "vi".to_string())
}

/// Runs `editor` on `file` through the shell (so that `code --wait` or
/// `vim -u NONE` work) and says whether it ended well.
pub fn run_editor(editor: &str, file: &Path) -> Result<(), String> {
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$@\""))
        .arg(editor)
        .arg(file)
        .status()
        .map_err(|e| format!("cannot start the editor `{editor}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "the editor `{editor}` ended with {status}, so nothing was saved \
             (set $VISUAL or $EDITOR to the editor you use)"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::notes::Notes;

    const NOW: &str = "2026-12-02T10:00:00Z";
    const DAY: &str = "2026-12-02";

    fn session() -> Notes {
        let mut n = Notes::default();
        for (text, shared) in [("Goal: lead\n", false), ("Read the book\n", true)] {
            n.apply(
                &Edit::AddNote {
                    session: DAY.into(),
                    text: text.into(),
                    shared,
                },
                NOW,
            );
        }
        n
    }

    #[test]
    fn an_untouched_file_changes_nothing() {
        let n = session();
        let text = to_text("ana", DAY, n.session(DAY));
        let blocks = parse(&text).unwrap();
        assert_eq!(blocks.len(), 2);
        assert!(edits(DAY, n.session(DAY), &blocks).is_empty());
    }

    #[test]
    fn rewrites_flips_additions_and_removals_come_back_as_edits() {
        let mut n = session();
        let text = "# header\n=== shared 1\nGoal: lead a team\n\n=== private\nnew one\n";
        let e = edits(DAY, n.session(DAY), &parse(text).unwrap());
        assert_eq!(e.len(), 4, "{e:?}");
        for edit in &e {
            n.apply(edit, NOW);
        }
        let notes = &n.session(DAY).unwrap().notes;
        assert_eq!(notes.len(), 2);
        assert_eq!(
            (notes[0].text.as_str(), notes[0].shared),
            ("Goal: lead a team\n", true)
        );
        assert_eq!(
            (notes[1].text.as_str(), notes[1].shared),
            ("new one\n", false)
        );
    }

    #[test]
    fn lines_that_look_like_headers_stay_in_their_note() {
        let mut n = Notes::default();
        n.apply(
            &Edit::AddNote {
                session: DAY.into(),
                text: "Title\n=======\n=== shared\n\\back\n".into(),
                shared: false,
            },
            NOW,
        );
        let text = to_text("ana", DAY, n.session(DAY));
        let blocks = parse(&text).unwrap();
        assert_eq!(blocks.len(), 1, "{text}");
        assert!(!blocks[0].shared);
        assert_eq!(blocks[0].text, "Title\n=======\n=== shared\n\\back\n");
        assert!(edits(DAY, n.session(DAY), &blocks).is_empty());
        assert!(
            parse("stray words\n=== private\nx\n")
                .unwrap_err()
                .contains("line 1")
        );
    }

    #[test]
    fn a_bad_header_is_named_by_line() {
        let e = parse("=== secret 1\nx\n").unwrap_err();
        assert!(e.starts_with("line 1:"), "{e}");
        let e = parse("# intro\n=== shared one\n").unwrap_err();
        assert!(e.contains("line 2") && e.contains("`one`"), "{e}");
    }
}
