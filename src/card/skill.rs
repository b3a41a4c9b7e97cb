//! A skill's card: what it is, what each level takes to learn and looks
//! like, what it builds on and leads to, the roles that need it, and where
//! to learn it. Worded once for the explorer and `rolemap skill`.

use super::{Shown, cite, cost_meaning};
use crate::format;
use crate::model::gap::Cost;
use crate::model::text::clean_line;
use crate::model::{Figure, MAX_LEVEL, Model, Need, RoleIx, SkillIx, SourceIx};

/// A skill's card.
#[derive(Debug, Clone)]
pub struct SkillCard {
    pub skill: SkillIx,
    pub name: String,
    /// `Language skill · ownership`.
    pub placing: String,
    pub summary: String,
    /// Level 1 to the top, each with its learning time at the card's pace.
    pub levels: Vec<LevelTime>,
    /// The bases of the estimates among the levels' times, each once.
    pub bases: Vec<String>,
    /// `Ownership and borrowing (ownership)`, in pack order.
    pub prerequisites: Vec<String>,
    /// The skills that build on this one, worded alike, by name.
    pub leads_to: Vec<String>,
    /// The roles that ask for it, lowest band first, then by title.
    pub needed_by: Vec<NeededBy>,
    pub resources: Vec<ResourceLine>,
    /// The sources the card cites, numbered from 1 in this order.
    pub sources: Vec<SourceIx>,
}

/// One level of a skill and the study it takes from the level below.
#[derive(Debug, Clone)]
pub struct LevelTime {
    pub level: u8,
    pub name: &'static str,
    /// `None` for a level that comes with time in a role, not study.
    pub time: Option<Shown>,
    /// What a person at this level can show, where the pack says.
    pub shows: Option<String>,
}

/// A role that asks for the skill, and at which level.
#[derive(Debug, Clone)]
pub struct NeededBy {
    pub role: RoleIx,
    pub level: u8,
    pub need: Need,
}

/// Where to learn a skill.
#[derive(Debug, Clone)]
pub struct ResourceLine {
    /// `The Rust Book (book, free)`.
    pub title: String,
    pub url: String,
}

/// What a level without a study time says in place of one.
pub const IN_ROLE: &str = "in role: comes with time in a role";

impl SkillCard {
    /// The card of `ix` with times at `pace` (the pack's months × `pace`).
    pub fn new(model: &Model, ix: SkillIx, pace: f64) -> SkillCard {
        let skill = model.skill(ix);
        let sources = model.skill_sources(ix);
        let mut bases = Vec::new();
        let levels = (1..=MAX_LEVEL)
            .map(|level| {
                let figure = skill.study_to(level);
                if let Some(Figure::Estimate { basis, .. }) = figure
                    && !bases.contains(basis)
                {
                    bases.push(basis.clone());
                }
                LevelTime {
                    level,
                    name: format::level_name(level),
                    shows: skill.descriptor(level).map(str::to_string),
                    time: figure.map(|f| {
                        let cost = Cost::of(f).scaled(pace);
                        Shown {
                            text: format::months(&cost),
                            meaning: cost_meaning(&cost),
                            cite: cite(f, &sources),
                        }
                    }),
                }
            })
            .collect();
        SkillCard {
            skill: ix,
            name: skill.name.clone(),
            placing: format!(
                "{} skill · {}",
                format::capitalised(format::category(skill.category)),
                skill.id
            ),
            summary: skill.summary.clone(),
            levels,
            bases,
            prerequisites: skill
                .prerequisites
                .iter()
                .map(|&p| named(model, p))
                .collect(),
            leads_to: leads_to(model, ix),
            needed_by: needed_by(model, ix),
            resources: skill
                .resources
                .iter()
                .map(|r| ResourceLine {
                    title: format!(
                        "{} ({}, {})",
                        r.title,
                        format::resource_kind(r.kind),
                        format::price(r.price)
                    ),
                    url: clean_line(&r.url).into_owned(),
                })
                .collect(),
            sources,
        }
    }
}

/// `Ownership and borrowing (ownership)`.
fn named(model: &Model, ix: SkillIx) -> String {
    let s = model.skill(ix);
    format!("{} ({})", s.name, s.id)
}

fn leads_to(model: &Model, ix: SkillIx) -> Vec<String> {
    let mut next: Vec<SkillIx> = model
        .skill_ixs()
        .filter(|&s| model.skill(s).prerequisites.contains(&ix))
        .collect();
    next.sort_by_cached_key(|&s| model.skill(s).name.to_lowercase());
    next.into_iter().map(|s| named(model, s)).collect()
}

fn needed_by(model: &Model, ix: SkillIx) -> Vec<NeededBy> {
    let mut roles: Vec<NeededBy> = model
        .roles_needing(ix)
        .iter()
        .filter_map(|&role| {
            let asks = model.role(role).skills.iter().find(|q| q.skill == ix)?;
            Some(NeededBy {
                role,
                level: asks.level,
                need: asks.need,
            })
        })
        .collect();
    roles.sort_by(|a, b| {
        let (ra, rb) = (model.role(a.role), model.role(b.role));
        (ra.band, &ra.title).cmp(&(rb.band, &rb.title))
    });
    roles
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_level_has_a_time_or_says_it_comes_in_a_role() {
        let m = crate::bundled::model().unwrap();
        for ix in m.skill_ixs() {
            let card = SkillCard::new(&m, ix, 1.0);
            assert_eq!(card.levels.len(), usize::from(MAX_LEVEL));
            for (n, level) in card.levels.iter().enumerate() {
                assert_eq!(usize::from(level.level), n + 1);
                let study = m.skill(ix).study_to(level.level);
                assert_eq!(level.time.is_some(), study.is_some(), "{}", card.name);
                if let Some(Some(n)) = level.time.as_ref().map(|t| t.cite) {
                    assert!(n <= card.sources.len());
                }
            }
            assert_eq!(card.needed_by.len(), m.roles_needing(ix).len());
            for n in &card.needed_by {
                let asks = m.role(n.role).skills.iter().find(|q| q.skill == ix);
                assert_eq!(asks.map(|q| (q.level, q.need)), Some((n.level, n.need)));
            }
            let building_on = m
                .skills()
                .iter()
                .filter(|s| s.prerequisites.contains(&ix))
                .count();
            assert_eq!(card.leads_to.len(), building_on);
            for next in &card.leads_to {
                let id = next.rsplit('(').next().unwrap().trim_end_matches(')');
                let s = m.skill(m.skill_ix(id).unwrap());
                assert!(s.prerequisites.contains(&ix), "{} leads to {id}", card.name);
            }
            let mut bases = card.bases.clone();
            bases.sort();
            bases.dedup();
            assert_eq!(bases.len(), card.bases.len(), "each basis once");
        }
    }
}
