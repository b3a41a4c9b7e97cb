//! The keys of coaching: the Notes screen, and writing in its editor.

use super::{Row, row};
use crate::tui::action::Action::*;

pub(super) static NOTES_UP_DOWN: &[Row] = &[
    row("<up>k", Up, "Select the previous note or item").hint_pair("select"),
    row("<down>j", Down, "Select the next note or item"),
];

pub(super) static NOTES: &[Row] = &[
    row("g<home>", Top, "To the first note or item"),
    row("G<end>", Bottom, "To the last note or item"),
    row("<tab>", FocusNext, "Notes or action items").hint("pane"),
    row("<s-tab>", FocusPrev, "Notes or action items"),
    row(
        "<enter>e",
        Open,
        "Write in the selected note or item (a new one if there is none)",
    )
    .hint("write"),
    row(
        "n",
        NewSession,
        "Start today's session, from the template unless it is off",
    )
    .hint("session"),
    row("a", NewNote, "Add a note to the session shown").hint("add"),
    row("i", NewItem, "Add an action item").hint("item"),
    row(
        "p",
        Share,
        "Share the selected note or item with the client, or make it private",
    )
    .hint("share"),
    row(
        "x<space>",
        Done,
        "Mark the selected item done, or open again",
    )
    .hint("done")
    .if_room(),
    row(
        "b",
        DueBy,
        "Set when the selected item is due by (YYYY-MM-DD)",
    ),
    row(
        "D",
        Delete,
        "Delete the selected note or item (press D twice)",
    ),
    row("[", OlderSession, "The session before").hint_pair("sessions"),
    row("]", NewerSession, "The session after"),
    row(
        "T",
        ToggleTemplate,
        "New sessions from the template, or blank",
    ),
    row(
        "r",
        Report,
        "Write the session report for the client (shared notes only)",
    )
    .hint("report"),
    row("<esc>", Close, "Close the notes").hint("close"),
];

pub(super) static PRESENTER: &[Row] = &[
    row("<right>l<tab><space><enter>", Forward, "The next page").hint_pair("pages"),
    row("<left>h<s-tab>", Back, "The page before"),
    row("<up>k", Up, "Scroll up"),
    row("<down>j", Down, "Scroll down"),
    row("<pgup>", PageUp, "Up one page"),
    row("<pgdn>", PageDown, "Down one page"),
    row("<f5><esc>", Present, "Leave the presenter view").hint("leave"),
    row("?", Help, "Show every key of this screen"),
    row("q", Quit, "Quit rolemap"),
];

pub(super) static NOTE_EDITOR: &[Row] = &[
    row(
        "<esc>",
        Close,
        "Stop writing (a note is saved as you type; a field is kept on Enter)",
    )
    .hint("done"),
    row("<f1>", Help, "Show every key of this screen").hint("help"),
];
