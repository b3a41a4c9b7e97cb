//! A skill's card: what it is, what each level takes to learn, what it
//! builds on and where to learn it.

use super::{Shown, cite, cost_meaning};
use crate::format;
use crate::model::gap::Cost;
use crate::model::text::clean_line;
use crate::model::{Figure, MAX_LEVEL, Model, SkillIx, SourceIx};

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
                .map(|&p| format!("{} ({})", model.skill(p).name, model.skill(p).id))
                .collect(),
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
            let mut bases = card.bases.clone();
            bases.sort();
            bases.dedup();
            assert_eq!(bases.len(), card.bases.len(), "each basis once");
        }
    }
}
