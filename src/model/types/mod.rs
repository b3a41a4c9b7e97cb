//! The resolved, validated model every face of rolemap reads from.
//!
//! References are indices, not strings, so nothing downstream can meet a
//! dangling id; text is already cleaned of control characters. The data part
//! is serializable so the bundled pack can be checked at build time and
//! embedded ready to use.
//!
//! The plain data is here; [`Model`], which adds the look-up tables built
//! from it, is in a module of its own, so what is stored and serialized
//! reads apart from what is derived at load.

use serde::{Deserialize, Serialize};

pub use super::pack::{Band, Category, MoveKind, Need, Price, ResourceKind, SourceKind};

mod model;

pub use model::{Edge, Model};

macro_rules! index_type {
    ($($(#[$doc:meta])* $name:ident),*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub struct $name(pub u32);

        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    )*};
}

index_type!(
    /// A role's position in [`Model::roles`].
    RoleIx,
    /// A skill's position in [`Model::skills`].
    SkillIx,
    /// A source's position in [`Model::sources`].
    SourceIx,
    /// A track's position in [`Model::tracks`].
    TrackIx,
    /// A move's position in [`Model::moves`].
    MoveIx,
    /// A wage reference's position in [`Model::wages`].
    WageIx
);

/// A closed range of a quantity; a single value has `min == max`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Range {
    pub min: f64,
    pub max: f64,
}

impl Range {
    pub fn midpoint(self) -> f64 {
        (self.min + self.max) / 2.0
    }
}

/// A number with its provenance: sourced, estimated with a basis, or unknown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Figure {
    Sourced {
        range: Range,
        source: SourceIx,
        note: Option<String>,
    },
    Estimate {
        range: Range,
        basis: String,
    },
    Unknown,
}

impl Figure {
    pub fn range(&self) -> Option<Range> {
        match self {
            Figure::Sourced { range, .. } | Figure::Estimate { range, .. } => Some(*range),
            Figure::Unknown => None,
        }
    }

    pub fn is_estimate(&self) -> bool {
        matches!(self, Figure::Estimate { .. })
    }

    pub fn source(&self) -> Option<SourceIx> {
        match self {
            Figure::Sourced { source, .. } => Some(*source),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PackInfo {
    pub id: String,
    pub name: String,
    pub version: String,
    pub description: String,
    pub licence: String,
    pub maintainers: Vec<String>,
    /// Where a newcomer starts.
    pub entry_role: RoleIx,
    /// Findings about the whole field, shown where a person weighs a move.
    pub context: Vec<Fact>,
}

/// A sourced finding shown as context: `25%` `of organisations plan to hire`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Fact {
    pub figure: Figure,
    pub unit: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub url: String,
    pub date: String,
    pub kind: SourceKind,
    pub note: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Track {
    pub id: String,
    pub name: String,
    pub summary: String,
    /// Findings about this track's work.
    pub context: Vec<Fact>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Resource {
    pub title: String,
    pub url: String,
    pub kind: ResourceKind,
    pub price: Price,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Skill {
    pub id: String,
    pub name: String,
    pub category: Category,
    pub summary: String,
    /// Months of study from level 0 to 1 and from 1 to 2.
    pub learning: [Figure; 2],
    /// Months of study from level 2 to 3, only where a source states it.
    /// Otherwise level 3 comes with time in a role and is not priced.
    pub influence: Option<Figure>,
    pub prerequisites: Vec<SkillIx>,
    pub resources: Vec<Resource>,
    /// What a person at levels 1, 2 and 3 can show; empty where the pack
    /// gives none and the generic wording serves.
    pub levels: Vec<String>,
    /// Sources of the facts in the skill's text and bases.
    pub sources: Vec<SourceIx>,
}

impl Skill {
    /// What a person at `level` (1–3) of this skill can show, when the
    /// pack says.
    pub fn descriptor(&self, level: u8) -> Option<&str> {
        let at = usize::from(level).checked_sub(1)?;
        self.levels.get(at).map(String::as_str)
    }

    /// The study figure for reaching `level` (1–3); `None` for a level 3
    /// that comes with time in a role.
    pub fn study_to(&self, level: u8) -> Option<&Figure> {
        match level {
            1 | 2 => self.learning.get(usize::from(level) - 1),
            _ => self.influence.as_ref(),
        }
    }
}

/// The highest level of the proficiency scale.
pub const MAX_LEVEL: u8 = 3;

/// A skill a role needs and at what level (1–3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Requirement {
    pub skill: SkillIx,
    pub level: u8,
    pub need: Need,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Role {
    pub id: String,
    pub title: String,
    pub band: Band,
    pub track: TrackIx,
    pub summary: String,
    pub responsibilities: Vec<String>,
    pub skills: Vec<Requirement>,
    pub requirements_basis: String,
    pub sectors: Vec<String>,
    pub wage_reference: Option<WageIx>,
    pub sources: Vec<SourceIx>,
}

impl Role {
    /// The level this role requires of `skill`, 0 when it does not need it.
    pub fn level_of(&self, skill: SkillIx) -> u8 {
        self.skills
            .iter()
            .find(|r| r.skill == skill)
            .map_or(0, |r| r.level)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Move {
    pub from: RoleIx,
    pub to: RoleIx,
    pub kind: MoveKind,
    pub both_ways: bool,
    /// Typical experience before the move, in years.
    pub experience: Figure,
    pub note: String,
    /// Essential skills of the role left that this promotion no longer
    /// requires, as its note explains.
    pub drops: Vec<SkillIx>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WageReference {
    pub id: String,
    pub code: String,
    pub occupation: String,
    pub scope: String,
    pub currency: String,
    pub period: String,
    pub employment: Figure,
    pub mean: Figure,
    pub p10: Figure,
    pub p25: Figure,
    pub median: Figure,
    pub p75: Figure,
    pub p90: Figure,
}

impl WageReference {
    /// The wage figures with their labels, in the order cards show them.
    pub fn wages(&self) -> [(&'static str, &Figure); 6] {
        [
            ("median", &self.median),
            ("P10", &self.p10),
            ("P25", &self.p25),
            ("P75", &self.p75),
            ("P90", &self.p90),
            ("mean", &self.mean),
        ]
    }

    /// Every figure of the reference, the wages in card order and then
    /// the employment: the order their sources are cited in.
    pub fn figures(&self) -> impl Iterator<Item = &Figure> {
        self.wages()
            .into_iter()
            .map(|(_, f)| f)
            .chain([&self.employment])
    }
}

/// Everything a pack holds, resolved; the serializable part of [`Model`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PackData {
    pub info: PackInfo,
    pub sources: Vec<Source>,
    pub tracks: Vec<Track>,
    pub skills: Vec<Skill>,
    pub roles: Vec<Role>,
    pub moves: Vec<Move>,
    pub wages: Vec<WageReference>,
}
