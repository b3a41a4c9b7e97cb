//! [`Model`]: the resolved pack with the tables its look-ups read (moves
//! out of and into each role, the roles needing each skill, prerequisite
//! depths, ids), built once so that no question a face asks has to search
//! the whole pack for its answer.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::{
    Fact, Figure, Move, MoveIx, MoveKind, PackData, PackInfo, Role, RoleIx, Skill, SkillIx, Source,
    SourceIx, Track, TrackIx, WageIx, WageReference,
};

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
            let back = m.both_ways.then_some((m.to, m.from));
            for (from, to) in std::iter::once((m.from, m.to)).chain(back) {
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

    /// The sources behind a role's figures: its wage reference's figures
    /// first, in the order a card shows them, then its context findings,
    /// then the role's own sources.
    pub fn role_sources(&self, role: RoleIx) -> Vec<SourceIx> {
        let role = self.role(role);
        let wage = role.wage_reference.map(|w| self.wage(w));
        let figures = wage.into_iter().flat_map(WageReference::figures);
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

    /// The roles that require `skill`, in pack order.
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
