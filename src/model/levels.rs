//! The level held or required in every skill of a pack, packed so that the
//! planner can compare whole sets of levels at the speed of a few words.

use super::types::{MAX_LEVEL, Model, Need, RoleIx, SkillIx};

/// A level (0–3) for every skill of a model: what a person holds, or what a
/// role requires.
///
/// Packed four bits a skill, sixteen to a word, because the planner
/// compares whole sets of levels very often: with a guard bit on top of
/// each field, "every level here is at most the one there" is a subtraction
/// and a mask per word instead of a comparison per skill.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Levels(Vec<u64>);

/// Skills in one word of [`Levels`].
const PER_WORD: usize = 16;
/// The guard bit of every four-bit field.
const GUARDS: u64 = 0x8888_8888_8888_8888;

impl Levels {
    /// Level 0 in every skill.
    pub fn none(model: &Model) -> Levels {
        Levels(vec![0; model.skills().len().div_ceil(PER_WORD)])
    }

    /// The levels `role` requires of its essential skills, 0 elsewhere:
    /// where role-to-role figures start.
    pub fn of_role(model: &Model, role: RoleIx) -> Levels {
        let mut levels = Levels::none(model);
        levels.raise_to(model, role);
        levels
    }

    pub fn get(&self, skill: SkillIx) -> u8 {
        let (word, shift) = (skill.index() / PER_WORD, skill.index() % PER_WORD * 4);
        self.0.get(word).map_or(0, |w| ((w >> shift) & 0xF) as u8)
    }

    /// Sets one skill's level, capped at the top of the scale.
    pub fn set(&mut self, skill: SkillIx, level: u8) {
        let (word, shift) = (skill.index() / PER_WORD, skill.index() % PER_WORD * 4);
        if let Some(w) = self.0.get_mut(word) {
            *w = (*w & !(0xF << shift)) | (u64::from(level.min(MAX_LEVEL)) << shift);
        }
    }

    /// Raises every essential skill to at least what `role` requires: the
    /// state of a person who has taken that role (optional skills are not
    /// counted, so they are not assumed learnt).
    pub fn raise_to(&mut self, model: &Model, role: RoleIx) {
        for req in &model.role(role).skills {
            if req.need == Need::Essential && self.get(req.skill) < req.level {
                self.set(req.skill, req.level);
            }
        }
    }

    /// Whether every level here is at most the one in `other`. Each field
    /// of `other` with its guard bit set is 8 + level, so subtracting a
    /// level of 0–3 never borrows from the next field, and the guard bit
    /// survives exactly when this level is not above the other.
    pub fn at_most(&self, other: &Levels) -> bool {
        words_at_most(&self.0, &other.0)
    }

    /// Becomes a copy of `other`, reusing its own memory.
    pub fn copy_from(&mut self, other: &Levels) {
        self.0.clone_from(&other.0);
    }

    /// The packed words, for a caller that keeps many sets of levels side
    /// by side (the planner compares a new set with all those at a role).
    pub fn words(&self) -> &[u64] {
        &self.0
    }
}

/// [`Levels::at_most`] on packed words, as [`Levels::words`] gives them.
pub fn words_at_most(these: &[u64], others: &[u64]) -> bool {
    these
        .iter()
        .zip(others)
        .all(|(a, b)| ((b | GUARDS) - a) & GUARDS == GUARDS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example_model;

    #[test]
    fn packed_levels_compare_field_by_field() {
        let m = example_model();
        let skills: Vec<SkillIx> = m.skill_ixs().collect();
        let mut a = Levels::none(&m);
        let mut b = Levels::none(&m);
        assert!(a.at_most(&b) && b.at_most(&a));
        a.set(skills[0], 2);
        assert!(!a.at_most(&b) && b.at_most(&a));
        b.set(skills[0], 3);
        b.set(skills[1], 1);
        assert!(a.at_most(&b) && !b.at_most(&a));
        a.set(skills[1], 3);
        assert!(
            !a.at_most(&b) && !b.at_most(&a),
            "neither holds no more of any skill"
        );
        assert_eq!((a.get(skills[0]), a.get(skills[1])), (2, 3));
        a.set(skills[1], 0);
        assert_eq!(a.get(skills[1]), 0);
        assert_eq!(a.get(SkillIx(9999)), 0);
    }
}
