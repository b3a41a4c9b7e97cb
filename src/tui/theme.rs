//! Styles by meaning, from the palette both faces share. Views ask for
//! "selected" or "estimate", never for a colour; without colour (NO_COLOR,
//! --no-color) the same meanings are kept by modifiers and by the symbols
//! and words the views always draw.

use ratatui::style::{Color, Modifier, Style};

use crate::palette::{Hue, Look, Meaning, ThemeName};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub color: bool,
    /// How each meaning looks, in the order of [`Meaning::ALL`].
    looks: [Look; Meaning::ALL.len()],
}

impl Theme {
    /// The default (dark) theme.
    pub fn new(color: bool) -> Theme {
        Theme::named(color, ThemeName::Dark, &[])
    }

    /// A built-in theme with some meanings' hues changed.
    pub fn named(color: bool, name: ThemeName, hues: &[(Meaning, Hue)]) -> Theme {
        let mut looks = Meaning::ALL.map(|m| name.look(m));
        for &(meaning, hue) in hues {
            looks[meaning as usize].hue = Some(hue);
        }
        Theme { color, looks }
    }

    fn fg(&self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    /// How text of `meaning` is drawn.
    pub fn style(&self, meaning: Meaning) -> Style {
        let look = self.looks[meaning as usize];
        let mut style = match look.hue {
            Some(hue) => self.fg(color(hue)),
            None => Style::new(),
        };
        for (on, modifier) in [
            (look.bold, Modifier::BOLD),
            (look.dim, Modifier::DIM),
            (look.underline, Modifier::UNDERLINED),
        ] {
            if on {
                style = style.add_modifier(modifier);
            }
        }
        style
    }

    /// The name of the current role and other titles.
    pub fn title(&self) -> Style {
        self.style(Meaning::Title)
    }

    /// Section headings inside a pane.
    pub fn heading(&self) -> Style {
        self.style(Meaning::Heading)
    }

    /// Secondary text: ids, notes, hints.
    pub fn quiet(&self) -> Style {
        self.style(Meaning::Quiet)
    }

    /// The selected row of the focused list (also marked with `▶`).
    pub fn selected(&self) -> Style {
        if self.color {
            Style::new()
                .bg(Color::Blue)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    /// The selected row of a list that does not have the focus.
    pub fn selected_unfocused(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    /// Estimated figures (which also read `~` and `(est.)`).
    pub fn estimate(&self) -> Style {
        self.style(Meaning::Estimate)
    }

    /// Characters a search query matched.
    pub fn matched(&self) -> Style {
        self.style(Meaning::Matched)
    }

    /// Pane borders; the focused pane's border is bold.
    pub fn border(&self, focused: bool) -> Style {
        match (focused, self.color) {
            (true, true) => Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            (true, false) => Style::new().add_modifier(Modifier::BOLD),
            (false, _) => self.quiet(),
        }
    }

    /// Keys in the hint bar and the help.
    pub fn key(&self) -> Style {
        self.style(Meaning::Key)
    }

    /// A requirement the person meets (also drawn `✓`).
    pub fn met(&self) -> Style {
        self.style(Meaning::Met)
    }

    /// A requirement the person falls short of (also drawn `✗` and the level held).
    pub fn short(&self) -> Style {
        self.style(Meaning::Short)
    }

    pub fn warning(&self) -> Style {
        self.style(Meaning::Warning)
    }
}

/// The terminal colour of a hue of the palette.
fn color(hue: Hue) -> Color {
    match hue {
        Hue::Black => Color::Black,
        Hue::Red => Color::Red,
        Hue::Green => Color::Green,
        Hue::Yellow => Color::Yellow,
        Hue::Blue => Color::Blue,
        Hue::Magenta => Color::Magenta,
        Hue::Cyan => Color::Cyan,
        Hue::Gray => Color::Gray,
        Hue::DarkGray => Color::DarkGray,
        Hue::LightRed => Color::LightRed,
        Hue::LightGreen => Color::LightGreen,
        Hue::LightYellow => Color::LightYellow,
        Hue::LightBlue => Color::LightBlue,
        Hue::LightMagenta => Color::LightMagenta,
        Hue::LightCyan => Color::LightCyan,
        Hue::White => Color::White,
    }
}
