//! The keys of the text over a screen: help, sources and notices.

use super::{Row, row};
use crate::tui::action::Action::*;

pub(super) static HELP_UP_DOWN: &[Row] = &[
    row("<up><c-p>", Up, "Select the key above").hint_pair("select"),
    row("<down><c-n>", Down, "Select the key below"),
];

pub(super) static HELP: &[Row] = &[
    row("<home>", Top, "To the top"),
    row("<end>", Bottom, "To the end"),
    row("<enter>", Open, "Do what the selected key does").hint("run"),
    row("<bs>", DeleteChar, "Delete the last letter typed"),
    row("<c-u>", ClearQuery, "Clear what is typed"),
    row("<esc>", Close, "Close the keys").hint("close"),
];

pub(super) static SOURCES_UP_DOWN: &[Row] = &[
    row("<up>k", Up, "Scroll up").hint_pair("scroll"),
    row("<down>j", Down, "Scroll down"),
];

pub(super) static SOURCES: &[Row] = &[
    row("g<home>", Top, "To the top"),
    row("G<end>", Bottom, "To the end"),
    row("<esc>q", Close, "Close the sources").hint("close"),
    row("?", Help, "Show every key of this screen").hint("help"),
];

pub(super) static PACKS: &[Row] = &[
    row("<up>k", Up, "Select the pack above").hint_pair("select"),
    row("<down>j", Down, "Select the pack below"),
    row(
        "<enter>",
        Open,
        "Open the selected pack, with the same profile",
    )
    .hint("open"),
    row("<esc>q", Close, "Close the packs").hint("close"),
    row("?", Help, "Show every key of this screen").hint("help"),
];

pub(super) static NOTICE: &[Row] = &[
    row("<up>k", Up, "Scroll up"),
    row("<down>j", Down, "Scroll down"),
    row("<enter><esc>q", Close, "Close the notice").hint("close"),
    row("?", Help, "Show every key of this screen").hint("help"),
];
