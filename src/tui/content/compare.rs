//! A comparison of two roles laid out for the Compare screen, from the
//! card the command line prints too.

use super::super::doc::{Doc, Line, Meaning};
use crate::card::compare::CompareCard;
use crate::wrap::fit;

/// Columns for the level, level and difference cells.
const CELLS: [usize; 3] = [8, 8, 6];
/// The widest a skill's name runs; it gives way first on a narrow pane.
const NAME: usize = 30;
/// Columns for a time.
const LEARN: usize = 21;

/// The card as lines `width` wide; the press to see every row is named
/// where rows were left out.
pub fn compare(card: &CompareCard, with_you: bool, width: usize) -> Doc {
    let mut doc = Doc::new();
    doc.wrapped(&card.title, width, "", "", Meaning::Title);
    let fixed = 2 + CELLS.iter().sum::<usize>() + LEARN + if with_you { 4 } else { 0 };
    let name = width.saturating_sub(fixed + 2).clamp(8, NAME);
    let row = |cells: [&str; 5], you: &str, learn: Meaning, rest: Meaning| {
        let mut line = Line::styled(format!("  {}  ", fit(cells[0], name)), rest);
        for (text, width) in cells[1..4].iter().zip(CELLS) {
            line.push(fit(text, width), rest);
        }
        line.push(fit(cells[4], LEARN), learn);
        line.push(you.to_string(), rest);
        line.fitted(width)
    };
    for group in &card.groups {
        doc.blank();
        doc.line(Line::styled(group.title.clone(), Meaning::Heading).fitted(width));
        let you = if with_you { "you" } else { "" };
        doc.line(row(card.headings, you, Meaning::Quiet, Meaning::Quiet));
        for l in &group.lines {
            let cells = [
                l.name.as_str(),
                l.first.as_str(),
                l.second.as_str(),
                l.diff.as_str(),
                l.learn.as_str(),
            ];
            let you = l.you.as_deref().unwrap_or("");
            doc.line(row(cells, you, l.learn_meaning, Meaning::Plain));
        }
    }
    if let Some(left_out) = &card.left_out {
        doc.blank();
        let said = format!("{left_out} a shows them all.");
        doc.wrapped(&said, width, "", "", Meaning::Quiet);
    }
    doc.blank();
    doc.line(Line::styled("Moves between them", Meaning::Heading));
    for said in &card.moves {
        doc.wrapped(said, width, "  ", "    ", Meaning::Plain);
    }
    if let Some(said) = &card.you {
        doc.blank();
        doc.wrapped(said, width, "", "", Meaning::Plain);
    }
    doc.blank();
    doc.wrapped(card.legend, width, "", "", Meaning::Quiet);
    doc
}
