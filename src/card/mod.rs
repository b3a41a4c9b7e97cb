//! What the faces show of a role, a skill and a route, built once from the
//! model: every sentence worded, every figure with its citation number and
//! its meaning, and nothing about how it is laid out. The command line
//! prints it as text and as JSON, and the explorer lays it out in its
//! panes, so the two cannot tell a person different things.

pub mod assess;
pub mod compare;
pub mod role;
pub mod route;
pub mod skill;

use crate::model::gap::Cost;
use crate::model::{Figure, SourceIx};
use crate::palette::Meaning;

/// Text with the meaning it is shown with: each face maps meanings to its
/// own styles, and the words and symbols carry the meaning without them.
pub type Spans = Vec<(String, Meaning)>;

/// A figure worded for a card, with the number of the card's source it cites.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    pub text: String,
    pub meaning: Meaning,
    /// 1-based, into the card's list of sources.
    pub cite: Option<usize>,
}

impl Shown {
    /// `figure` worded as `text`, cited from `sources`.
    pub fn new(text: String, figure: &Figure, sources: &[SourceIx]) -> Shown {
        Shown {
            text,
            meaning: figure_meaning(figure),
            cite: cite(figure, sources),
        }
    }

    /// The text with its citation mark: `$120,000 [2]`.
    pub fn marked(&self) -> String {
        match self.cite {
            Some(n) => format!("{} [{n}]", self.text),
            None => self.text.clone(),
        }
    }
}

/// The 1-based number of the source `figure` cites, in `sources`.
pub fn cite(figure: &Figure, sources: &[SourceIx]) -> Option<usize> {
    figure
        .source()
        .and_then(|s| sources.iter().position(|&x| x == s))
        .map(|n| n + 1)
}

/// `✓` when `have` meets `need`, else `✗` and the level held, padded to
/// three columns; readable without colour, coloured by meaning.
pub fn meets(have: u8, need: u8) -> (String, Meaning) {
    if have >= need {
        ("✓  ".into(), Meaning::Met)
    } else {
        (format!("✗{have} "), Meaning::Short)
    }
}

/// Sourced figures read plain, estimates stand out, unknowns recede.
pub fn figure_meaning(figure: &Figure) -> Meaning {
    match figure {
        Figure::Sourced { .. } => Meaning::Plain,
        Figure::Estimate { .. } => Meaning::Estimate,
        Figure::Unknown => Meaning::Quiet,
    }
}

/// The meaning a learning time is drawn with: estimates stand out.
pub fn cost_meaning(cost: &Cost) -> Meaning {
    if cost.max == 0.0 && cost.unknown > 0 {
        Meaning::Quiet
    } else if cost.estimated {
        Meaning::Estimate
    } else {
        Meaning::Plain
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_carry_their_kind_and_citation() {
        let s = SourceIx;
        let sourced = Figure::Sourced {
            range: crate::model::Range { min: 1.0, max: 1.0 },
            source: s(3),
            note: None,
        };
        let shown = Shown::new("1".into(), &sourced, &[s(1), s(3)]);
        assert_eq!((shown.meaning, shown.cite), (Meaning::Plain, Some(2)));
        assert_eq!(shown.marked(), "1 [2]");
        let unknown = Shown::new("unknown".into(), &Figure::Unknown, &[s(1)]);
        assert_eq!(
            (unknown.meaning, unknown.marked().as_str()),
            (Meaning::Quiet, "unknown")
        );
        let est = Cost {
            max: 1.0,
            estimated: true,
            ..Cost::default()
        };
        assert_eq!(cost_meaning(&est), Meaning::Estimate);
        let none = Cost {
            unknown: 1,
            ..Cost::default()
        };
        assert_eq!(cost_meaning(&none), Meaning::Quiet);
    }
}
