//! One palette for both faces: what each meaning of text looks like, as
//! a hue and emphasis, whether it is drawn by the explorer or printed by a
//! command. Each face turns a [`Look`] into its own kind of style, and
//! decides what is left without colour (the explorer keeps the emphasis;
//! plain command output keeps nothing); words and symbols always carry the
//! meaning too, so nothing depends on colour.

/// What a piece of text is, which decides how it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    Plain,
    /// The name of the role on screen, and other titles.
    Title,
    /// Section headings.
    Heading,
    /// Secondary text: ids, notes, hints.
    Quiet,
    /// Estimated figures (which also read `~` and `(est.)`).
    Estimate,
    /// Keys, in the hint bar and the help.
    Key,
    /// Something to take care over: a warning, a message to read.
    Warning,
    /// Something that went wrong.
    Error,
    /// Characters a search query matched.
    Matched,
    /// A requirement the person meets (also marked `✓`).
    Met,
    /// A requirement the person falls short of (also marked `✗`).
    Short,
}

/// The hues the palette uses: the terminal's own sixteen named colours,
/// so they follow the person's terminal theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hue {
    Black,
    Red,
    Green,
    Yellow,
    Blue,
    Magenta,
    Cyan,
    Gray,
    DarkGray,
    LightRed,
    LightGreen,
    LightYellow,
    LightBlue,
    LightMagenta,
    LightCyan,
    White,
}

impl Hue {
    pub const ALL: [Hue; 16] = [
        Hue::Black,
        Hue::Red,
        Hue::Green,
        Hue::Yellow,
        Hue::Blue,
        Hue::Magenta,
        Hue::Cyan,
        Hue::Gray,
        Hue::DarkGray,
        Hue::LightRed,
        Hue::LightGreen,
        Hue::LightYellow,
        Hue::LightBlue,
        Hue::LightMagenta,
        Hue::LightCyan,
        Hue::White,
    ];

    /// The name a settings file gives it: `light-blue`.
    pub fn name(self) -> String {
        kebab(&format!("{self:?}"))
    }
}

/// `LightBlue` as `light-blue`.
pub fn kebab(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// The built-in looks: for dark terminals (the default), light ones, and
/// high contrast (no dimmed text, bright hues, more emphasis).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeName {
    #[default]
    Dark,
    Light,
    HighContrast,
}

impl ThemeName {
    pub const ALL: [ThemeName; 3] = [ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast];

    pub fn name(self) -> String {
        kebab(&format!("{self:?}"))
    }

    /// How `meaning` looks in this theme.
    pub fn look(self, meaning: Meaning) -> Look {
        let hue = |hue: Hue| Look {
            hue: Some(hue),
            ..Look::default()
        };
        let bold = |look: Look| Look { bold: true, ..look };
        let underline = |look: Look| Look {
            underline: true,
            ..look
        };
        match self {
            ThemeName::Dark => meaning.look(),
            ThemeName::Light => match meaning {
                Meaning::Title => bold(hue(Hue::Blue)),
                Meaning::Heading => bold(hue(Hue::Magenta)),
                Meaning::Quiet => hue(Hue::DarkGray),
                Meaning::Estimate => hue(Hue::Blue),
                Meaning::Key => bold(hue(Hue::Blue)),
                Meaning::Warning => bold(hue(Hue::Red)),
                Meaning::Short => hue(Hue::Red),
                other => other.look(),
            },
            ThemeName::HighContrast => match meaning {
                Meaning::Plain => Look::default(),
                Meaning::Title => bold(hue(Hue::LightCyan)),
                Meaning::Heading => bold(hue(Hue::White)),
                Meaning::Quiet => hue(Hue::Gray),
                Meaning::Estimate => hue(Hue::LightYellow),
                Meaning::Key => bold(hue(Hue::LightMagenta)),
                Meaning::Warning => underline(bold(hue(Hue::LightYellow))),
                Meaning::Error => underline(bold(hue(Hue::LightRed))),
                Meaning::Matched => underline(bold(hue(Hue::LightGreen))),
                Meaning::Met => bold(hue(Hue::LightGreen)),
                Meaning::Short => bold(hue(Hue::LightRed)),
            },
        }
    }
}

/// How a meaning looks: a hue (with colour only) and emphasis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Look {
    pub hue: Option<Hue>,
    pub bold: bool,
    pub dim: bool,
    pub underline: bool,
}

impl Meaning {
    pub const ALL: [Meaning; 11] = [
        Meaning::Plain,
        Meaning::Title,
        Meaning::Heading,
        Meaning::Quiet,
        Meaning::Estimate,
        Meaning::Key,
        Meaning::Warning,
        Meaning::Error,
        Meaning::Matched,
        Meaning::Met,
        Meaning::Short,
    ];

    /// The name a settings file gives it: `estimate`.
    pub fn name(self) -> String {
        kebab(&format!("{self:?}"))
    }

    /// How it looks in the default (dark) theme.
    pub fn look(self) -> Look {
        let hue = |hue: Hue| Look {
            hue: Some(hue),
            ..Look::default()
        };
        let bold = |look: Look| Look { bold: true, ..look };
        match self {
            Meaning::Plain => Look::default(),
            Meaning::Title => bold(hue(Hue::Cyan)),
            Meaning::Heading => bold(hue(Hue::LightBlue)),
            Meaning::Quiet => Look {
                dim: true,
                ..Look::default()
            },
            Meaning::Estimate => hue(Hue::Yellow),
            Meaning::Key => bold(hue(Hue::Magenta)),
            Meaning::Warning => bold(hue(Hue::Yellow)),
            Meaning::Error => bold(hue(Hue::Red)),
            Meaning::Matched => Look {
                underline: true,
                ..bold(hue(Hue::Green))
            },
            Meaning::Met => hue(Hue::Green),
            Meaning::Short => hue(Hue::LightRed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn themes_are_indexed_by_meaning_and_differ() {
        for (n, m) in Meaning::ALL.into_iter().enumerate() {
            assert_eq!(m as usize, n, "{m:?} is where its index says");
        }
        let looks = |t: ThemeName| Meaning::ALL.map(|m| t.look(m));
        assert_ne!(looks(ThemeName::Dark), looks(ThemeName::Light));
        assert_ne!(looks(ThemeName::Dark), looks(ThemeName::HighContrast));
        // High contrast dims nothing.
        assert!(looks(ThemeName::HighContrast).iter().all(|l| !l.dim));
        assert_eq!(Hue::LightBlue.name(), "light-blue");
        assert_eq!(ThemeName::HighContrast.name(), "high-contrast");
    }

    #[test]
    fn emphasis_tells_the_meanings_that_matter_apart_without_colour() {
        let plain = |m: Meaning| Look {
            hue: None,
            ..m.look()
        };
        assert_ne!(plain(Meaning::Heading), plain(Meaning::Plain));
        assert_ne!(plain(Meaning::Quiet), plain(Meaning::Plain));
        assert_ne!(plain(Meaning::Matched), plain(Meaning::Plain));
        assert_ne!(Meaning::Warning.look(), Meaning::Error.look());
    }
}
