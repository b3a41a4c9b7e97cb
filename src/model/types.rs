//! The resolved, validated model every face of rolemap reads from.
//!
//! References are indices, not strings, so nothing downstream can meet a
//! dangling id; text is already cleaned of control characters. The data part
//! is serializable so the bundled pack can be checked at build time and
//! embedded ready to use.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

pub use super::pack::{Band, Category, MoveKind, Need, Price, ResourceKind, SourceKind};

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
    /// Sources of the facts in the skill's text and bases.
    pub sources: Vec<SourceIx>,
}

impl Skill {
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

/// A move seen from one of its ends: a declared move, or the return leg of a
/// move declared `both_ways`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edge {
    pub mv: MoveIx,
    pub from: RoleIx,
    pub to: RoleIx,
    pub kind: MoveKind,
}

/// A validated pack with its look-up tables, built once at load.
#[derive(Debug, Clone)]
pub struct Model {
    data: PackData,
    /// Built on the first look-up by id: the explorer never needs them, and
    /// start-up should not pay for them.
    role_ids: OnceLock<HashMap<String, RoleIx>>,
    skill_ids: OnceLock<HashMap<String, SkillIx>>,
    out_edges: Vec<Vec<Edge>>,
    in_edges: Vec<Vec<Edge>>,
    roles_needing: Vec<Vec<RoleIx>>,
    prerequisite_depth: Vec<u32>,
}

impl Model {
    /// Builds the look-up tables; `data` must be valid (the loader's job).
    pub fn new(data: PackData) -> Model {
        let mut out_edges = vec![Vec::new(); data.roles.len()];
        let mut in_edges = vec![Vec::new(); data.roles.len()];
        for (i, m) in data.moves.iter().enumerate() {
            let mv = MoveIx(i as u32);
            let mut legs = vec![(m.from, m.to)];
            if m.both_ways {
                legs.push((m.to, m.from));
            }
            for (from, to) in legs {
                let edge = Edge {
                    mv,
                    from,
                    to,
                    kind: m.kind,
                };
                out_edges[from.index()].push(edge);
                in_edges[to.index()].push(edge);
            }
        }
        let mut roles_needing = vec![Vec::new(); data.skills.len()];
        for (i, role) in data.roles.iter().enumerate() {
            for req in &role.skills {
                roles_needing[req.skill.index()].push(RoleIx(i as u32));
            }
        }
        let prerequisite_depth = prerequisite_depths(&data.skills);
        Model {
            data,
            prerequisite_depth,
            role_ids: OnceLock::new(),
            skill_ids: OnceLock::new(),
            out_edges,
            in_edges,
            roles_needing,
        }
    }

    pub fn data(&self) -> &PackData {
        &self.data
    }

    pub fn info(&self) -> &PackInfo {
        &self.data.info
    }

    pub fn roles(&self) -> &[Role] {
        &self.data.roles
    }

    pub fn skills(&self) -> &[Skill] {
        &self.data.skills
    }

    pub fn sources(&self) -> &[Source] {
        &self.data.sources
    }

    pub fn tracks(&self) -> &[Track] {
        &self.data.tracks
    }

    pub fn moves(&self) -> &[Move] {
        &self.data.moves
    }

    pub fn wages(&self) -> &[WageReference] {
        &self.data.wages
    }

    pub fn role(&self, ix: RoleIx) -> &Role {
        &self.data.roles[ix.index()]
    }

    pub fn skill(&self, ix: SkillIx) -> &Skill {
        &self.data.skills[ix.index()]
    }

    pub fn source(&self, ix: SourceIx) -> &Source {
        &self.data.sources[ix.index()]
    }

    pub fn track(&self, ix: TrackIx) -> &Track {
        &self.data.tracks[ix.index()]
    }

    pub fn wage(&self, ix: WageIx) -> &WageReference {
        &self.data.wages[ix.index()]
    }

    pub fn get_move(&self, ix: MoveIx) -> &Move {
        &self.data.moves[ix.index()]
    }

    pub fn role_ix(&self, id: &str) -> Option<RoleIx> {
        self.role_ids
            .get_or_init(|| ids(self.data.roles.iter().map(|r| &r.id), RoleIx))
            .get(id)
            .copied()
    }

    pub fn skill_ix(&self, id: &str) -> Option<SkillIx> {
        self.skill_ids
            .get_or_init(|| ids(self.data.skills.iter().map(|s| &s.id), SkillIx))
            .get(id)
            .copied()
    }

    pub fn role_ixs(&self) -> impl Iterator<Item = RoleIx> + '_ {
        (0..self.data.roles.len() as u32).map(RoleIx)
    }

    pub fn skill_ixs(&self) -> impl Iterator<Item = SkillIx> + '_ {
        (0..self.data.skills.len() as u32).map(SkillIx)
    }

    /// The moves that leave `role`, return legs of two-way moves included.
    pub fn edges_from(&self, role: RoleIx) -> &[Edge] {
        &self.out_edges[role.index()]
    }

    /// The moves that arrive at `role`, return legs of two-way moves included.
    pub fn edges_to(&self, role: RoleIx) -> &[Edge] {
        &self.in_edges[role.index()]
    }

    /// The length of the longest chain of prerequisites below `skill`.
    pub fn prerequisite_depth(&self, skill: SkillIx) -> u32 {
        self.prerequisite_depth[skill.index()]
    }

    /// The roles that require `skill`, in pack order.
    /// The sources behind a role's figures: its wage reference's figures
    /// first, in the order a card shows them, then its context findings,
    /// then the role's own sources.
    pub fn role_sources(&self, role: RoleIx) -> Vec<SourceIx> {
        let role = self.role(role);
        let wage = role.wage_reference.map(|w| self.wage(w));
        let figures = wage.into_iter().flat_map(|w| {
            [
                &w.median,
                &w.p10,
                &w.p25,
                &w.p75,
                &w.p90,
                &w.mean,
                &w.employment,
            ]
        });
        let context = self.context(role.track).map(|fact| &fact.figure);
        let mut sources = Vec::new();
        for source in figures
            .chain(context)
            .filter_map(Figure::source)
            .chain(role.sources.iter().copied())
        {
            if !sources.contains(&source) {
                sources.push(source);
            }
        }
        sources
    }

    /// The findings a person weighing a move into `track` should see: the
    /// pack's, then the track's own.
    pub fn context(&self, track: TrackIx) -> impl Iterator<Item = &Fact> + '_ {
        self.data
            .info
            .context
            .iter()
            .chain(&self.track(track).context)
    }

    /// The sources behind a skill: those of its sourced learning times,
    /// then those of the facts in its text.
    pub fn skill_sources(&self, skill: SkillIx) -> Vec<SourceIx> {
        let skill = self.skill(skill);
        let figures = skill.learning.iter().chain(&skill.influence);
        let mut sources = Vec::new();
        for source in figures
            .filter_map(Figure::source)
            .chain(skill.sources.iter().copied())
        {
            if !sources.contains(&source) {
                sources.push(source);
            }
        }
        sources
    }

    pub fn roles_needing(&self, skill: SkillIx) -> &[RoleIx] {
        &self.roles_needing[skill.index()]
    }
}

/// How many prerequisite links lie below each skill: a skill always comes
/// after everything it builds on when sorted by depth. Bounded relaxation, so
/// even a cyclic input (which the loader rejects) terminates.
fn prerequisite_depths(skills: &[Skill]) -> Vec<u32> {
    let mut depth = vec![0u32; skills.len()];
    for _ in 0..skills.len() {
        let mut changed = false;
        for (i, skill) in skills.iter().enumerate() {
            let deepest = skill
                .prerequisites
                .iter()
                .filter_map(|p| depth.get(p.index()))
                .map(|d| d + 1)
                .max()
                .unwrap_or(0);
            if deepest > depth[i] {
                depth[i] = deepest;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    depth
}

fn ids<'a, T>(names: impl Iterator<Item = &'a String>, make: fn(u32) -> T) -> HashMap<String, T> {
    names
        .enumerate()
        .map(|(i, id)| (id.clone(), make(i as u32)))
        .collect()
}
