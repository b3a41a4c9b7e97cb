//! The tables a plan prices moves with: each role's essential
//! requirements and each skill's time per level, worked out once per plan
//! so that trying a move reads them instead of the model.

use super::*;

/// What the search looks up on every move it tries, worked out once per
/// plan.
pub(super) struct Tables {
    /// Each role's essential requirements in the order [`gap_from`] lists
    /// them, so that costs add up in the same order, to the same figure.
    pub(super) essentials: Vec<Vec<(SkillIx, u8)>>,
    /// `steps[skill][l]`: the learning time of level `l + 1` of a skill,
    /// as [`skill_cost`] adds it up level by level.
    steps: Vec<[Cost; MAX_LEVEL as usize]>,
}

impl Tables {
    pub(super) fn new(model: &Model) -> Tables {
        let essentials = model
            .role_ixs()
            .map(|role| {
                let mut reqs: Vec<(SkillIx, u8)> = model
                    .role(role)
                    .skills
                    .iter()
                    .filter(|r| r.need == Need::Essential)
                    .map(|r| (r.skill, r.level.min(MAX_LEVEL)))
                    .collect();
                reqs.sort_by_key(|&(skill, _)| (model.prerequisite_depth(skill), skill));
                reqs
            })
            .collect();
        let steps = model
            .skill_ixs()
            .map(|s| {
                let skill = model.skill(s);
                std::array::from_fn(|l| skill_cost(skill, l as u8, l as u8 + 1))
            })
            .collect();
        Tables { essentials, steps }
    }

    /// The requirements pricing a move to `next` reads: those of `next`
    /// twice (to price it and to raise the levels to it) and those of the
    /// target, `to`, once (to rank the label).
    pub(super) fn requirements(&self, next: RoleIx, to: RoleIx) -> u64 {
        (2 * self.essentials[next.index()].len() + self.essentials[to.index()].len()) as u64
    }

    /// [`skill_cost`] from `held` to `level`, from the level steps, added
    /// in the same order so that it is the same figure.
    fn skill_cost(&self, skill: SkillIx, held: u8, level: u8) -> Cost {
        self.steps[skill.index()][usize::from(held)..usize::from(level)]
            .iter()
            .fold(Cost::default(), |sum, &step| sum + step)
    }

    /// What taking `role` costs for someone who holds `held(skill)`:
    /// `total(&gap_from(..))`, without listing the steps.
    pub(super) fn cost_held(&self, role: RoleIx, held: impl Fn(SkillIx) -> u8) -> Cost {
        let mut sum = Cost::default();
        for &(skill, level) in &self.essentials[role.index()] {
            let held = held(skill);
            if level > held {
                sum = sum + self.skill_cost(skill, held, level);
            }
        }
        sum
    }
}
