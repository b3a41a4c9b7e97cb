//! Text formatting shared by the commands: styles by meaning, figures,
//! levels, and columns that line up whatever the characters' widths.

pub use crate::wrap::columns as display_width;
use anstyle::{AnsiColor, Effects, Style};

use crate::palette::{Hue, Meaning};

pub use crate::format::*;
use crate::model::gap::Cost;

/// Styles by meaning, from the palette both faces share. Without colour
/// every method returns the text as is, so nothing may depend on the style
/// alone: words and symbols carry the meaning.
#[derive(Debug, Clone, Copy)]
pub struct Paint {
    pub color: bool,
}

impl Paint {
    /// `text` as `meaning` looks on a terminal.
    pub fn paint(&self, meaning: Meaning, text: &str) -> String {
        if !self.color || text.is_empty() {
            return text.to_string();
        }
        let look = meaning.look();
        let mut effects = Effects::new();
        for (on, effect) in [
            (look.bold, Effects::BOLD),
            (look.dim, Effects::DIMMED),
            (look.underline, Effects::UNDERLINE),
        ] {
            if on {
                effects |= effect;
            }
        }
        let style = Style::new()
            .effects(effects)
            .fg_color(look.hue.map(|h| colour(h).into()));
        format!("{}{text}{}", style.render(), style.render_reset())
    }

    pub fn heading(&self, text: &str) -> String {
        self.paint(Meaning::Heading, text)
    }

    pub fn title(&self, text: &str) -> String {
        self.paint(Meaning::Title, text)
    }

    /// Ids and other secondary text.
    pub fn quiet(&self, text: &str) -> String {
        self.paint(Meaning::Quiet, text)
    }

    /// Estimated figures (which also carry `~` and `(est.)`).
    pub fn estimate(&self, text: &str) -> String {
        self.paint(Meaning::Estimate, text)
    }

    /// Matched characters of a search hit (marked with brackets when plain).
    pub fn matched(&self, text: &str) -> String {
        if self.color {
            self.paint(Meaning::Matched, text)
        } else {
            format!("[{text}]")
        }
    }

    /// Learning time as [`months`] does, styled as an estimate when it is one.
    pub fn months(&self, cost: &Cost) -> String {
        let text = months(cost);
        if cost.estimated {
            self.estimate(&text)
        } else {
            text
        }
    }

    pub fn error(&self, text: &str) -> String {
        self.paint(Meaning::Error, text)
    }

    pub fn warning(&self, text: &str) -> String {
        self.paint(Meaning::Warning, text)
    }
}

/// The terminal colour of a hue of the palette.
fn colour(hue: Hue) -> AnsiColor {
    match hue {
        Hue::Black => AnsiColor::Black,
        Hue::Red => AnsiColor::Red,
        Hue::Green => AnsiColor::Green,
        Hue::Yellow => AnsiColor::Yellow,
        Hue::Blue => AnsiColor::Blue,
        Hue::Magenta => AnsiColor::Magenta,
        Hue::Cyan => AnsiColor::Cyan,
        Hue::Gray => AnsiColor::White,
        Hue::DarkGray => AnsiColor::BrightBlack,
        Hue::LightRed => AnsiColor::BrightRed,
        Hue::LightGreen => AnsiColor::BrightGreen,
        Hue::LightYellow => AnsiColor::BrightYellow,
        Hue::LightBlue => AnsiColor::BrightBlue,
        Hue::LightMagenta => AnsiColor::BrightMagenta,
        Hue::LightCyan => AnsiColor::BrightCyan,
        Hue::White => AnsiColor::BrightWhite,
    }
}

/// `head` and `tail` on one line when they fit in `width` columns, else
/// `tail` on a line of its own after `indent` spaces.
pub fn line_or_two(head: &str, tail: &str, width: usize, indent: usize) -> String {
    if display_width(head) + 2 + display_width(tail) <= width {
        return format!("{head}  {tail}");
    }
    let pad = " ".repeat(indent);
    let head = hanging(head.trim_end(), width, "", &pad);
    let last = head.lines().last().unwrap_or_default();
    if display_width(last) + 2 + display_width(tail) <= width {
        format!("{head}  {tail}")
    } else {
        format!("{head}\n{pad}{tail}")
    }
}

/// `text` wrapped to `width` columns, every line starting with `indent`.
pub fn wrap(text: &str, width: usize, indent: &str) -> String {
    hanging(text, width, indent, indent)
}

/// `text` wrapped to `width` columns (at least 20), the first line
/// starting with `first` and the others with `rest`.
/// Each paragraph (a line of `text`) is wrapped on its own, so the line
/// breaks a pack writes stay.
pub fn hanging(text: &str, width: usize, first: &str, rest: &str) -> String {
    text.split('\n')
        .enumerate()
        .map(|(i, paragraph)| {
            let indent = if i == 0 { first } else { rest };
            crate::wrap::wrap(paragraph, width.max(20), indent, rest).join("\n")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_wrapped_each_on_its_own() {
        assert_eq!(
            hanging("First paragraph.\nSecond paragraph.", 40, "  ", "  "),
            "  First paragraph.\n  Second paragraph."
        );
        assert_eq!(wrap("one\ntwo", 40, "- "), "- one\n- two");
    }

    #[test]
    fn long_lines_put_their_tail_on_a_line_of_its_own() {
        assert_eq!(line_or_two("1. A → B", "2 mo", 20, 3), "1. A → B  2 mo");
        assert_eq!(line_or_two("1. A → B", "2 mo", 12, 3), "1. A → B\n   2 mo");
        assert_eq!(
            line_or_two("1. Alpha Beta → Gamma Delta Epsilon", "2 mo", 24, 3),
            "1. Alpha Beta → Gamma\n   Delta Epsilon  2 mo"
        );
        let styled = Paint { color: true }.heading("1. A → B");
        assert_eq!(
            line_or_two(&styled, "2 mo", 14, 3),
            format!("{styled}  2 mo")
        );
    }

    #[test]
    fn plain_paint_marks_matches_with_brackets() {
        let plain = Paint { color: false };
        assert_eq!(plain.matched("co"), "[co]");
        assert_eq!(plain.heading("x"), "x");
        let colour = Paint { color: true };
        assert!(colour.heading("x").contains('\u{1b}'));
    }
}
