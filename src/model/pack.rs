//! Serde types that mirror the RON files of a data pack, field for field.
//!
//! These types are what authors write; they hold plain string ids and are
//! checked and resolved into [`super::types::Model`] by the loader. Unknown
//! fields are rejected so a typo in a field name is reported, not ignored.

use serde::{Deserialize, Serialize};

/// One RON file of a pack. A pack is one such file or a folder of them; the
/// sections of all files are merged, and exactly one file carries `pack`.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PackFile {
    #[serde(default)]
    pub pack: Option<PackMeta>,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub tracks: Vec<Track>,
    #[serde(default)]
    pub skills: Vec<Skill>,
    #[serde(default)]
    pub roles: Vec<Role>,
    #[serde(default)]
    pub moves: Vec<Move>,
    #[serde(default)]
    pub wage_references: Vec<WageReference>,
}

/// The names of the sections a pack file may hold, in the order they are
/// documented; used to split files and to suggest a fix for a misspelt one.
pub const SECTIONS: [&str; 7] = [
    "pack",
    "sources",
    "tracks",
    "skills",
    "roles",
    "moves",
    "wage_references",
];

/// Who made the pack and what it covers.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PackMeta {
    pub id: String,
    pub name: String,
    pub version: String,
    pub description: String,
    pub licence: String,
    #[serde(default)]
    pub maintainers: Vec<String>,
    /// The role a newcomer starts from; the first entry-band role when absent.
    #[serde(default)]
    pub entry_role: Option<String>,
    /// Sourced findings about the field as a whole (hiring, demand) that a
    /// person weighing a move should see beside it.
    #[serde(default)]
    pub context: Vec<Fact>,
}

/// One sourced finding shown as context, e.g. "25% of organisations plan
/// to hire": a figure, its unit and what it counts.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub figure: Figure,
    /// Written straight after the number: `%`, or empty for a count.
    #[serde(default)]
    pub unit: String,
    /// What the number counts, read after it: "of respondents agree that...".
    pub text: String,
}

/// Where a figure or a claim comes from.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub url: String,
    /// Publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    pub kind: SourceKind,
    /// What the source does and does not show.
    pub note: String,
}

/// How directly a source states what it is cited for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum SourceKind {
    /// Read in the publisher's own data or text.
    Primary,
    /// Read only as quoted by a third party.
    Secondary,
    /// Computed or inferred from primary data by a stated method.
    Derived,
}

/// A career track: one column of the map (backend, embedded, leadership...).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Track {
    pub id: String,
    pub name: String,
    pub summary: String,
    /// Sourced findings about this track's work, shown with its roles.
    #[serde(default)]
    pub context: Vec<Fact>,
}

/// A skill, with the study time to reach the levels that study reaches.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    pub id: String,
    pub name: String,
    pub category: Category,
    pub summary: String,
    /// Months of study from level 0 to 1 and from 1 to 2. Level 3
    /// (organisational influence) comes with time in a role that exercises
    /// it, so a third figure is accepted only when a source states it.
    pub learning: Vec<Figure>,
    #[serde(default)]
    pub prerequisites: Vec<String>,
    #[serde(default)]
    pub resources: Vec<Resource>,
    /// What a person at levels 1, 2 and 3 of this skill can show, in
    /// observable terms (as engineering ladders write them): three texts,
    /// or none, where the generic wording of the levels serves.
    #[serde(default)]
    pub levels: Vec<String>,
    /// Sources of the facts and figures quoted in the summary and in the
    /// bases of the learning times.
    #[serde(default)]
    pub sources: Vec<String>,
}

/// The broad kind of a skill, used to group skills on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Category {
    Language,
    Systems,
    Async,
    Data,
    Infrastructure,
    Domain,
    Practice,
    People,
}

impl Category {
    /// Every category, in the order listings show them.
    pub const ALL: [Category; 8] = [
        Category::Language,
        Category::Systems,
        Category::Async,
        Category::Data,
        Category::Infrastructure,
        Category::Domain,
        Category::Practice,
        Category::People,
    ];
}

/// Something to learn a skill from.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub title: String,
    pub url: String,
    pub kind: ResourceKind,
    pub price: Price,
}

/// What sort of learning resource it is; official documentation comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
pub enum ResourceKind {
    OfficialDocs,
    Book,
    Course,
    Exercise,
    Article,
    Video,
}

/// Whether a resource costs money.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum Price {
    Free,
    Paid,
}

/// A role: one node of the career graph.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: String,
    pub title: String,
    pub band: Band,
    pub track: String,
    pub summary: String,
    pub responsibilities: Vec<String>,
    pub skills: Vec<Requirement>,
    /// Why the required levels are what they are (they are editorial judgements).
    pub requirements_basis: String,
    #[serde(default)]
    pub sectors: Vec<String>,
    /// Id of a `wage_references` entry that gives a wage reference for the role.
    #[serde(default)]
    pub wage_reference: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// Seniority bands, lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Band {
    Entry,
    Junior,
    Mid,
    Senior,
    Staff,
    Principal,
}

/// A skill a role needs, at a level of PRODUCT.md's scale.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    pub skill: String,
    /// 1 recognition, 2 unsupervised execution, 3 organisational influence.
    /// Wider than needed so an out-of-range level gets a clear message.
    pub level: i64,
    #[serde(default)]
    pub need: Need,
}

/// Whether a role cannot do without a skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
pub enum Need {
    #[default]
    Essential,
    Optional,
}

/// A move from one role to another: an edge of the graph. Its cost in
/// learning time is derived from the skills of its two roles, never typed in.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Move {
    pub from: String,
    pub to: String,
    pub kind: MoveKind,
    /// A lateral move that goes both ways, declared once.
    #[serde(default)]
    pub both_ways: bool,
    /// Typical experience before the move, in years.
    #[serde(default)]
    pub experience: Figure,
    /// What the move involves.
    pub note: String,
    /// Essential skills of the role left that a promotion no longer
    /// requires; the note says why.
    #[serde(default)]
    pub drops: Vec<String>,
}

/// The kind of a move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum MoveKind {
    Promotion,
    Specialisation,
    Lateral,
}

/// Wage and employment figures of one occupation, from an official survey.
/// An occupation is not a role: the UI shows it as a reference only.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct WageReference {
    pub id: String,
    /// The occupation code in its classification, e.g. SOC `15-1252`.
    pub code: String,
    pub occupation: String,
    /// Where and when the figures hold, e.g. "United States, national, May 2025".
    pub scope: String,
    pub currency: String,
    /// The period a wage is paid for, e.g. "year".
    pub period: String,
    #[serde(default)]
    pub employment: Figure,
    #[serde(default)]
    pub mean: Figure,
    #[serde(default)]
    pub p10: Figure,
    #[serde(default)]
    pub p25: Figure,
    #[serde(default)]
    pub median: Figure,
    #[serde(default)]
    pub p75: Figure,
    #[serde(default)]
    pub p90: Figure,
}

/// Every number in a pack: stated by a source, estimated with a basis, or
/// unknown. Nothing else deserializes, so a bare number is rejected.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub enum Figure {
    /// A value (`value`) or a range (`min` and `max`) stated by a source.
    Sourced {
        #[serde(default)]
        value: Option<f64>,
        #[serde(default)]
        min: Option<f64>,
        #[serde(default)]
        max: Option<f64>,
        source: String,
        #[serde(default)]
        note: Option<String>,
    },
    /// A range judged by the pack's authors, with the basis of the judgement.
    Estimate { min: f64, max: f64, basis: String },
    /// Not known; shown as "unknown", never as zero.
    #[default]
    Unknown,
}
