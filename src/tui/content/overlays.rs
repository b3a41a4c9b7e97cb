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

/// Every key of `context` with its description, generated from the keymap.
pub fn help(context: Context, width: usize) -> Doc {
    let mut doc = Doc::new();
    doc.line(Line::styled(
        format!("Keys on the {} screen", context.name()),
        Meaning::Heading,
    ));
    let bindings: Vec<_> = keymap::bindings(context).collect();
    let labels: Vec<String> = bindings.iter().map(|b| keymap::key_labels(b)).collect();
    let key_width = labels
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
        .min(width / 2);
    for (binding, label) in bindings.iter().zip(labels) {
        let indent = " ".repeat(key_width + 2);
        let lines = wrap(
            binding.description,
            width.saturating_sub(key_width + 2).max(10),
            "",
            "",
        );
        for (i, text) in lines.into_iter().enumerate() {
            let mut line = Line::new();
            if i == 0 {
                line.push(format!("{} ", fit(&label, key_width + 1)), Meaning::Key);
            } else {
                line.push(indent.clone(), Meaning::Plain);
            }
            line.push(text, Meaning::Plain);
            doc.line(line);
        }
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
    doc
}
