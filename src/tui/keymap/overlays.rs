//! The keys of the text over a screen: help, sources and notices.

use super::{Row, row};
use crate::tui::action::Action::*;

pub(super) static HELP_UP_DOWN: &[Row] = &[
    row("<up>k", Up, "Scroll up").hint_pair("scroll"),
    row("<down>j", Down, "Scroll down"),
];

pub(super) static HELP: &[Row] = &[
    row("g<home>", Top, "To the top"),
    row("G<end>", Bottom, "To the end"),
    row("<esc>q?", Close, "Close the help").hint("close"),
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

pub(super) static NOTICE: &[Row] = &[
    row("<up>k", Up, "Scroll up"),
    row("<down>j", Down, "Scroll down"),
    row("<enter><esc>q", Close, "Close the notice").hint("close"),
    row("?", Help, "Show every key of this screen").hint("help"),
];
