//! What backs the figures shown for a role, a skill or a plan: the sources
//! they cite and the bases of the estimates among them, each once, in
//! order of first use. Every face that offers "the sources of these
//! figures" asks here, so they all list the same.

use super::plan::{Entry, PlannedRoute};
use super::{Figure, Model, RoleIx, SkillIx, SourceIx};

/// The sources and estimate bases behind some figures.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Behind {
    pub sources: Vec<SourceIx>,
    pub bases: Vec<String>,
}

impl Behind {
    /// Behind a role's card: its wage and market figures, its own sources,
    /// and the estimates of the learning times of the levels it requires.
    pub fn role(model: &Model, role: RoleIx) -> Behind {
        let mut bases = Vec::new();
        for req in &model.role(role).skills {
            let skill = model.skill(req.skill);
            for figure in (1..=req.level).filter_map(|level| skill.study_to(level)) {
                add_basis(&mut bases, figure);
            }
        }
        Behind {
            sources: model.role_sources(role),
            bases,
        }
    }

    /// Behind a skill's details: its learning and influence figures and
    /// its own sources.
    pub fn skill(model: &Model, skill: SkillIx) -> Behind {
        let mut bases = Vec::new();
        for figure in &model.skill(skill).learning {
            add_basis(&mut bases, figure);
        }
        Behind {
            sources: model.skill_sources(skill),
            bases,
        }
    }

    /// Behind every learning time in `routes`.
    pub fn routes(model: &Model, routes: &[PlannedRoute]) -> Behind {
        Behind::plan(model, None, routes)
    }

    /// Behind every learning time of a plan: getting ready for the first
    /// role, when the person holds none, then the routes.
    pub fn plan(model: &Model, entry: Option<&Entry>, routes: &[PlannedRoute]) -> Behind {
        let mut behind = Behind::default();
        let ready = entry.into_iter().flat_map(|e| &e.skills);
        let skills = routes.iter().flat_map(|r| &r.steps).flat_map(|s| &s.skills);
        for step in ready.chain(skills) {
            let skill = model.skill(step.skill);
            for figure in (step.from + 1..=step.to).filter_map(|level| skill.study_to(level)) {
                match figure {
                    Figure::Sourced { source, .. } if !behind.sources.contains(source) => {
                        behind.sources.push(*source)
                    }
                    _ => add_basis(&mut behind.bases, figure),
                }
            }
        }
        behind
    }
}

fn add_basis(bases: &mut Vec<String>, figure: &Figure) {
    if let Figure::Estimate { basis, .. } = figure
        && !bases.contains(basis)
    {
        bases.push(basis.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::gap::Levels;

    fn once<T: PartialEq>(items: &[T]) -> bool {
        items
            .iter()
            .enumerate()
            .all(|(i, x)| !items[..i].contains(x))
    }

    #[test]
    fn a_role_lists_its_wage_sources_and_the_bases_of_its_estimates_once() {
        let m = crate::bundled::model().unwrap();
        for role in m.role_ixs() {
            let behind = Behind::role(&m, role);
            assert!(once(&behind.sources) && once(&behind.bases));
            assert_eq!(behind.sources, m.role_sources(role));
            let estimated = m.role(role).skills.iter().any(|req| {
                (1..=req.level)
                    .filter_map(|l| m.skill(req.skill).study_to(l))
                    .any(|f| matches!(f, Figure::Estimate { .. }))
            });
            assert_eq!(estimated, !behind.bases.is_empty(), "{}", m.role(role).id);
        }
    }

    #[test]
    fn a_plan_lists_what_backs_each_level_it_teaches() {
        let m = crate::bundled::model().unwrap();
        let (from, to) = (
            m.info().entry_role,
            m.role_ix("principal-architect").unwrap(),
        );
        let plan = crate::model::plan::plan(&m, &Levels::none(&m), from, to, 1).unwrap();
        let behind = Behind::routes(&m, &plan.routes);
        assert!(once(&behind.sources) && once(&behind.bases));
        for step in plan
            .routes
            .iter()
            .flat_map(|r| &r.steps)
            .flat_map(|s| &s.skills)
        {
            for level in step.from + 1..=step.to {
                match m.skill(step.skill).study_to(level) {
                    Some(Figure::Sourced { source, .. }) => {
                        assert!(behind.sources.contains(source))
                    }
                    Some(Figure::Estimate { basis, .. }) => assert!(behind.bases.contains(basis)),
                    _ => {}
                }
            }
        }
        assert!(!behind.bases.is_empty());
    }
}
