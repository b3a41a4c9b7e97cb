//! The keys of the text over a screen: help, sources and notices.

use ratatui::crossterm::event::KeyCode;

use super::*;

/// The rows of this part of the table, in the order help lists them.
pub(super) static ROWS: &[Binding] = &[
    // Help and Sources overlays
    bind!(Help, UP, Up, "Scroll up", "↑↓ scroll"),
    bind!(Help, DOWN, Down, "Scroll down"),
    bind!(Help, PAGE_UP, PageUp, "Up one page"),
    bind!(Help, PAGE_DOWN, PageDown, "Down one page"),
    bind!(Help, TOP, Top, "To the top"),
    bind!(Help, BOTTOM, Bottom, "To the end"),
    bind!(
        Help,
        &[key(KeyCode::Esc), Key::char('q'), Key::char('?')],
        Close,
        "Close the help",
        "Esc close"
    ),
    bind!(Sources, UP, Up, "Scroll up", "↑↓ scroll"),
    bind!(Sources, DOWN, Down, "Scroll down"),
    bind!(Sources, PAGE_UP, PageUp, "Up one page"),
    bind!(Sources, PAGE_DOWN, PageDown, "Down one page"),
    bind!(Sources, TOP, Top, "To the top"),
    bind!(Sources, BOTTOM, Bottom, "To the end"),
    bind!(Sources, CLOSE, Close, "Close the sources", "Esc close"),
    bind!(
        Sources,
        &[Key::char('?')],
        Help,
        "Show every key of this screen",
        "? help"
    ),
    bind!(Notice, UP, Up, "Scroll up"),
    bind!(Notice, DOWN, Down, "Scroll down"),
    bind!(
        Notice,
        &[key(KeyCode::Esc), key(KeyCode::Enter), Key::char('q')],
        Close,
        "Close the notice",
        "Enter close"
    ),
    bind!(
        Notice,
        &[Key::char('?')],
        Help,
        "Show every key of this screen",
        "? help"
    ),
];
