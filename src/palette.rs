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

/// The hues the palette uses: the terminal's own named colours, so they
/// follow the person's terminal theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hue {
    Cyan,
    LightBlue,
    Yellow,
    Green,
    Magenta,
    LightRed,
    Red,
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
