//! The text over a screen: the sources of its figures, a notice, and the
//! keys of a screen, generated from the keymap.

use super::super::doc::{Doc, Line, Meaning, fit, wrap};
use super::super::keymap::{self, Context};
use super::*;
use crate::model::{Model, SourceIx};

/// The sources behind the figures on a screen, in full, and the bases of
/// the estimates shown there.
pub fn sources(model: &Model, sources: &[SourceIx], bases: &[String], width: usize) -> Doc {
    let mut doc = Doc::new();
    if sources.is_empty() {
        doc.wrapped(
            "No figure on this screen cites a source.",
            width,
            "",
            "",
            Meaning::Quiet,
        );
    }
    for (n, &s) in sources.iter().enumerate() {
        let source = model.source(s);
        doc.wrapped(
            &format!("[{}] {}", n + 1, source.title),
            width,
            "",
            "    ",
            Meaning::Title,
        );
        let about = format!(
            "{} · {} · {}",
            source.publisher,
            source.date,
            format::source_kind(source.kind)
        );
        doc.wrapped(&about, width, "    ", "    ", Meaning::Plain);
        doc.wrapped(&source.url, width, "    ", "    ", Meaning::Quiet);
        if !source.note.is_empty() {
            doc.wrapped(&source.note, width, "    ", "    ", Meaning::Quiet);
        }
        doc.blank();
    }
    if !bases.is_empty() {
        doc.blank();
        doc.line(Line::styled(
            "Estimates on this screen (~, est.)",
            Meaning::Heading,
        ));
        for basis in bases {
            doc.wrapped(basis, width, "• ", "  ", Meaning::Estimate);
        }
    }
    doc
}

/// A notice's text, paragraph by paragraph, and how to close it.
pub fn notice(message: &str, width: usize) -> Doc {
    let mut doc = Doc::new();
    for paragraph in message.split('\n') {
        doc.wrapped(paragraph, width, "", "", Meaning::Plain);
        doc.blank();
    }
    doc.wrapped("Enter or Esc closes this.", width, "", "", Meaning::Quiet);
    doc
}

/// Keys of `context` with their descriptions, generated from the keymap:
/// `rows` (those that match `query`), `selected` marked, each description
/// wrapped under its keys; with nothing typed, the notes on the mouse and
/// suspending follow. Also gives the line each row starts on.
pub fn keys(
    context: Context,
    rows: &[&keymap::Binding],
    selected: usize,
    query: &str,
    width: usize,
) -> (Doc, Vec<usize>) {
    let mut doc = Doc::new();
    doc.line(Line::styled(
        fit(&format!("Keys on the {} screen", context.name()), width),
        Meaning::Heading,
    ));
    let typed = if query.is_empty() {
        Line::styled(
            fit(
                "Type to narrow · ↑↓ select · Enter runs it · Esc closes",
                width,
            ),
            Meaning::Quiet,
        )
    } else {
        Line::styled("Narrowed to: ", Meaning::Quiet).with(format!("{query}▏"), Meaning::Key)
    };
    doc.line(typed.fitted(width));
    let labels: Vec<String> = rows.iter().map(|b| keymap::key_labels(b)).collect();
    let key_width = labels
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
        .min(width / 3);
    let mut starts = Vec::new();
    let indent = " ".repeat(2 + key_width + 2);
    for (n, (binding, label)) in rows.iter().zip(labels).enumerate() {
        starts.push(doc.len());
        let mark = if n == selected { "▶ " } else { "  " };
        let room = width.saturating_sub(indent.chars().count()).max(10);
        for (i, text) in wrap(binding.description, room, "", "")
            .into_iter()
            .enumerate()
        {
            let mut line = if i == 0 {
                let mut first = Line::plain(mark);
                first.push(format!("{} ", fit(&label, key_width + 1)), Meaning::Key);
                first
            } else {
                Line::plain(indent.clone())
            };
            line.push(text, Meaning::Plain);
            doc.line(line.fitted(width));
        }
    }
    if rows.is_empty() {
        doc.line(Line::styled(
            "  no key matches; Backspace deletes a letter",
            Meaning::Quiet,
        ));
    }
    if !query.is_empty() {
        return (doc, starts);
    }
    doc.blank();
    let mouse = "Mouse: click selects a move, hit or role; double-click follows it; the wheel scrolls the pane under it.";
    doc.wrapped(mouse, width, "", "", Meaning::Quiet);
    let suspend = "Ctrl-Z suspends rolemap and gives the shell back; fg resumes it.";
    doc.wrapped(suspend, width, "", "", Meaning::Quiet);
    if context.has_text_input() {
        doc.wrapped(
            "Letters, digits and symbols type into the query.",
            width,
            "",
            "",
            Meaning::Quiet,
        );
    }
    (doc, starts)
}
