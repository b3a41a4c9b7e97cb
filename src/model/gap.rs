//! Learning time and skill gaps: what it takes to go from a set of skill
//! levels to what a role requires. `docs/learning-time.md` explains the
//! model for people; this is its one implementation.
//!
//! A gap is priced from the skills, never typed in: for every essential
//! skill the role requires above the level already held, the study time of
//! each level gained. Levels 1 and 2 are months of study at the pack's pace;
//! level 3 (organisational influence) comes with time in a role that
//! exercises it, so it is counted, not priced, unless a source gives it a
//! study time. Optional skills are listed with their times but left out of
//! the totals: a role can be taken without them. Costs are ranges; a level
//! whose study time is unknown adds nothing to the range but is counted, so
//! a total can say that it leaves something out.

pub use super::levels::{Levels, words_at_most};
use super::types::{Figure, MAX_LEVEL, Model, Need, RoleIx, Skill, SkillIx};

/// Learning time in months, as a range, with what it is made of.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Cost {
    pub min: f64,
    pub max: f64,
    /// Some part of the range is an estimate, not a sourced figure.
    pub estimated: bool,
    /// How many level steps have an unknown learning time (left out of the range).
    pub unknown: u32,
    /// How many level steps come with time in a role rather than study
    /// (level 3 without a sourced study time); not in the range.
    pub in_role: u32,
}

impl Cost {
    pub fn of(figure: &Figure) -> Cost {
        match figure.range() {
            Some(range) => Cost {
                min: range.min,
                max: range.max,
                estimated: figure.is_estimate(),
                ..Cost::default()
            },
            None => Cost {
                unknown: 1,
                ..Cost::default()
            },
        }
    }

    /// One level that comes with time in a role.
    pub fn in_role() -> Cost {
        Cost {
            in_role: 1,
            ..Cost::default()
        }
    }

    /// What routes are ranked by.
    pub fn midpoint(&self) -> f64 {
        (self.min + self.max) / 2.0
    }

    /// Nothing to learn and nothing to grow.
    pub fn is_zero(&self) -> bool {
        self.max == 0.0 && self.unknown == 0 && self.in_role == 0
    }

    /// Whether part of it is months of study (known or not).
    pub fn has_study(&self) -> bool {
        self.max > 0.0 || self.unknown > 0
    }

    /// The same learning at another pace: `factor` 2 takes twice as long.
    pub fn scaled(self, factor: f64) -> Cost {
        Cost {
            min: self.min * factor,
            max: self.max * factor,
            ..self
        }
    }
}

impl std::ops::Add for Cost {
    type Output = Cost;
    fn add(self, other: Cost) -> Cost {
        Cost {
            min: self.min + other.min,
            max: self.max + other.max,
            estimated: self.estimated || other.estimated,
            unknown: self.unknown + other.unknown,
            in_role: self.in_role + other.in_role,
        }
    }
}

impl std::iter::Sum for Cost {
    fn sum<I: Iterator<Item = Cost>>(iter: I) -> Cost {
        iter.fold(Cost::default(), |a, b| a + b)
    }
}

/// The learning time to raise `skill` from level `from` to level `to`.
pub fn skill_cost(skill: &Skill, from: u8, to: u8) -> Cost {
    (from + 1..=to.min(MAX_LEVEL))
        .map(|level| skill.study_to(level).map_or_else(Cost::in_role, Cost::of))
        .sum()
}

/// One skill to learn or raise.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SkillStep {
    pub skill: SkillIx,
    pub from: u8,
    pub to: u8,
    pub need: Need,
    pub cost: Cost,
}

/// What it takes to go from `have` to the levels `to` requires: the skills
/// it requires above the levels held, in an order to learn them
/// (prerequisites first, then essential before optional). Only the
/// essential ones count in [`total`].
pub fn gap_from(model: &Model, have: &Levels, to: RoleIx) -> Vec<SkillStep> {
    let mut steps: Vec<SkillStep> = model
        .role(to)
        .skills
        .iter()
        .filter_map(|req| {
            let level = have.get(req.skill);
            (req.level > level).then(|| SkillStep {
                skill: req.skill,
                from: level,
                to: req.level,
                need: req.need,
                cost: skill_cost(model.skill(req.skill), level, req.level),
            })
        })
        .collect();
    steps.sort_by_key(|s| {
        (
            model.prerequisite_depth(s.skill),
            s.need != Need::Essential,
            s.skill,
        )
    });
    steps
}

/// What moving from `from` to `to` takes, counted from the levels `from`
/// requires.
pub fn gap(model: &Model, from: RoleIx, to: RoleIx) -> Vec<SkillStep> {
    gap_from(model, &Levels::of_role(model, from), to)
}

/// What a list of steps costs: its essential skills, which a role cannot
/// be taken without.
pub fn total(steps: &[SkillStep]) -> Cost {
    steps
        .iter()
        .filter(|s| s.need == Need::Essential)
        .map(|s| s.cost)
        .sum()
}

/// How a person's levels meet one role's requirements.
#[derive(Debug, Clone, PartialEq)]
pub struct Fit {
    pub essential_met: usize,
    pub essential: usize,
    pub optional_met: usize,
    pub optional: usize,
    /// The skills still to learn or raise, in the order to learn them.
    pub gap: Vec<SkillStep>,
    pub cost: Cost,
}

/// How `have` meets what `role` requires.
pub fn fit(model: &Model, have: &Levels, role: RoleIx) -> Fit {
    let mut fit = Fit {
        essential_met: 0,
        essential: 0,
        optional_met: 0,
        optional: 0,
        gap: gap_from(model, have, role),
        cost: Cost::default(),
    };
    for req in &model.role(role).skills {
        let met = have.get(req.skill) >= req.level;
        let (count, met_count) = match req.need {
            Need::Essential => (&mut fit.essential, &mut fit.essential_met),
            Need::Optional => (&mut fit.optional, &mut fit.optional_met),
        };
        *count += 1;
        *met_count += usize::from(met);
    }
    fit.cost = total(&fit.gap);
    fit
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example_model;

    #[test]
    fn skill_cost_sums_the_levels_gained() {
        let m = example_model();
        let rust = m.skill(m.skill_ix("rust").unwrap());
        let c = skill_cost(rust, 1, 3);
        // Level 2 is studied; level 3 comes with time in a role.
        assert_eq!(
            (c.min, c.max, c.estimated, c.unknown, c.in_role),
            (3.0, 6.0, true, 0, 1)
        );
        assert!(skill_cost(rust, 2, 2).is_zero());
        assert_eq!(skill_cost(rust, 2, 3), Cost::in_role());
        let review = m.skill(m.skill_ix("code-review").unwrap());
        let c = skill_cost(review, 0, 3);
        assert_eq!((c.min, c.max, c.unknown, c.in_role), (2.5, 5.0, 0, 1));
    }

    #[test]
    fn totals_count_essential_skills_and_list_optional_ones() {
        let m = example_model();
        let junior = m.role_ix("acme-junior-engineer").unwrap();
        let (rust, review) = (
            m.skill_ix("rust").unwrap(),
            m.skill_ix("code-review").unwrap(),
        );
        // The junior role wants code review only as an optional skill.
        let steps = gap_from(&m, &Levels::none(&m), junior);
        assert_eq!(steps.len(), 2, "both are listed");
        assert_eq!(total(&steps), skill_cost(m.skill(rust), 0, 1));
        let optional: Cost = steps
            .iter()
            .filter(|s| s.need == Need::Optional)
            .map(|s| s.cost)
            .sum();
        assert_eq!(optional, skill_cost(m.skill(review), 0, 1));
        // Nor is it assumed learnt by someone in the role.
        assert_eq!(Levels::of_role(&m, junior).get(review), 0);
        assert_eq!(Levels::of_role(&m, junior).get(rust), 1);
    }

    #[test]
    fn gap_lists_only_raised_skills_prerequisites_first() {
        let m = example_model();
        let junior = m.role_ix("acme-junior-engineer").unwrap();
        let senior = m.role_ix("acme-senior-engineer").unwrap();
        let steps = gap(&m, junior, senior);
        let names: Vec<&str> = steps.iter().map(|s| m.skill(s.skill).id.as_str()).collect();
        // code-review builds on rust, so rust comes before it.
        assert_eq!(names, ["rust", "mentoring", "code-review"]);
        assert_eq!((steps[0].from, steps[0].to), (1, 3));
        assert!(total(&gap(&m, senior, junior)).is_zero());
    }

    #[test]
    fn a_fit_counts_met_skills_and_prices_the_rest() {
        let m = example_model();
        let senior = m.role_ix("acme-senior-engineer").unwrap();
        let mut have = Levels::none(&m);
        let none = fit(&m, &have, senior);
        assert_eq!((none.essential_met, none.essential), (0, 3));
        assert!(none.essential_met < none.essential);
        have.set(m.skill_ix("rust").unwrap(), 3);
        have.set(m.skill_ix("mentoring").unwrap(), 9);
        assert_eq!(have.get(m.skill_ix("mentoring").unwrap()), 3, "capped");
        let some = fit(&m, &have, senior);
        assert_eq!(some.essential_met, 2);
        assert_eq!(some.gap.len(), 1);
        assert_eq!(some.cost, total(&some.gap));
        have.raise_to(&m, senior);
        let ready = fit(&m, &have, senior);
        assert_eq!(ready.essential_met, ready.essential);
        assert!(fit(&m, &have, senior).cost.is_zero());
    }

    #[test]
    fn scaling_keeps_what_a_cost_is_made_of() {
        let c = Cost {
            min: 1.0,
            max: 3.0,
            estimated: true,
            unknown: 1,
            in_role: 2,
        };
        let half = c.scaled(0.5);
        assert_eq!(
            (
                half.min,
                half.max,
                half.estimated,
                half.unknown,
                half.in_role
            ),
            (0.5, 1.5, true, 1, 2)
        );
    }
}
