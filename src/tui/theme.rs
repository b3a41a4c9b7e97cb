//! Styles by meaning. Views ask for "selected" or "estimate", never for a
//! colour; without colour (NO_COLOR, --no-color) the same meanings are kept
//! by modifiers and by the symbols and words the views always draw.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    pub fn new(color: bool) -> Theme {
        Theme { color }
    }

    fn fg(&self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    /// The name of the current role and other titles.
    pub fn title(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// Section headings inside a pane.
    pub fn heading(&self) -> Style {
        self.fg(Color::LightBlue).add_modifier(Modifier::BOLD)
    }

    /// Secondary text: ids, notes, hints.
    pub fn quiet(&self) -> Style {
        if self.color {
            Style::new().fg(Color::Gray).add_modifier(Modifier::DIM)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
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
        self.fg(Color::Yellow)
    }

    /// Characters a search query matched.
    pub fn matched(&self) -> Style {
        self.fg(Color::Green)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
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
        self.fg(Color::Magenta).add_modifier(Modifier::BOLD)
    }

    /// A requirement the person meets (also drawn `✓`).
    pub fn met(&self) -> Style {
        self.fg(Color::Green)
    }

    /// A requirement the person falls short of (also drawn `✗` and the level held).
    pub fn short(&self) -> Style {
        self.fg(Color::LightRed)
    }

    pub fn warning(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
}
