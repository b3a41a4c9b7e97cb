//! A person's profile: who they are in rolemap's terms (their skill levels,
//! the role they hold and the one they aim for, the time they can give),
//! the file format it is saved in, and the edits the faces make to it.
//!
//! Pure: reading and writing files is `store`'s job, and the clock is the
//! caller's. Roles and skills are kept by id, not by index, so a profile
//! outlives changes to a pack: ids the pack no longer has are kept in the
//! file and left out of plans.
//!
//! The file format, written and read back, is in `file`; what may name a
//! profile (and so its file) is in `name`.

mod file;
mod name;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::gap::Levels;
use super::types::{MAX_LEVEL, Model, RoleIx};

pub use file::ParseError;
pub use name::{MAX_NAME_BYTES, MAX_NAME_CHARS, check_name};

/// The format written by this version. Files carry it so that a later
/// rolemap can read what an earlier one wrote (and an earlier one refuses a
/// later format instead of damaging it).
pub const FORMAT_VERSION: u32 = 2;

/// The pace the pack's learning times assume: about one working day a week.
pub const BASELINE_HOURS_PER_WEEK: u16 = 8;

/// The most hours a week a profile may say it can learn.
pub const MAX_HOURS_PER_WEEK: u16 = 60;

/// A profile as it is saved, field for field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The file format ([`FORMAT_VERSION`] when written by this version).
    pub version: u32,
    pub name: String,
    #[serde(default)]
    pub current_role: Option<String>,
    #[serde(default)]
    pub target_role: Option<String>,
    /// Hours a week the person can learn; plans scale to it.
    #[serde(default = "baseline_hours")]
    pub hours_per_week: u16,
    /// Hide learning-time figures in plans, for those who find them discouraging.
    #[serde(default)]
    pub hide_times: bool,
    /// The person's level (1–3) by skill id; a skill not listed is at 0.
    #[serde(default)]
    pub skills: BTreeMap<String, u8>,
    /// Skills the person has marked to focus on.
    #[serde(default)]
    pub marked: BTreeSet<String>,
    /// When the profile was made and last changed (RFC 3339, UTC).
    pub created: String,
    pub updated: String,
    /// The id of the pack the profile was made on (format 2), so the
    /// explorer opens that pack for it, or says it is missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pack: Option<String>,
}

fn baseline_hours() -> u16 {
    BASELINE_HOURS_PER_WEEK
}

/// One change to a profile. Edits say what the result is ("mentoring at
/// 2"), not how to get there ("one more"), so applying one again to a copy
/// another process saved in the meantime gives what the person asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// This skill (by id) at this level; 0 removes it.
    Level(String, u8),
    /// This skill marked to focus on, or not.
    Mark(String, bool),
    /// The role held now, by id, or none.
    CurrentRole(Option<String>),
    /// The role aimed for, by id, or none.
    TargetRole(Option<String>),
    /// Hours a week for learning (brought into 1 to 60).
    HoursPerWeek(u16),
    /// Hide learning times in the person's plans, or show them.
    HideTimes(bool),
    /// The pack the profile is made on, by id; kept once set.
    MadeOn(String),
}

/// A profile read against a pack: indices in place of ids.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// The person's level in every skill of the pack.
    pub levels: Levels,
    /// The role they hold, if the pack has it.
    pub current: Option<RoleIx>,
    /// The role they aim for, if the pack has it.
    pub target: Option<RoleIx>,
    /// Ids in the profile that the pack does not have.
    pub unknown: Vec<String>,
}

impl Profile {
    /// A new, empty profile made at `now`.
    pub fn new(name: &str, now: &str) -> Profile {
        Profile {
            version: FORMAT_VERSION,
            name: name.to_string(),
            current_role: None,
            target_role: None,
            hours_per_week: BASELINE_HOURS_PER_WEEK,
            hide_times: false,
            skills: BTreeMap::new(),
            marked: BTreeSet::new(),
            created: now.to_string(),
            updated: now.to_string(),
            pack: None,
        }
    }

    /// The person's level in a skill, 0 when not listed.
    pub fn level(&self, skill: &str) -> u8 {
        self.skills.get(skill).copied().unwrap_or(0)
    }

    /// Whether the person marked this skill (by id) to focus on.
    pub fn is_marked(&self, skill: &str) -> bool {
        self.marked.contains(skill)
    }

    /// Applies an edit at `now`; values out of range are brought into it.
    pub fn apply(&mut self, edit: &Edit, now: &str) {
        match edit {
            Edit::Level(skill, 0) => {
                self.skills.remove(skill);
            }
            Edit::Level(skill, level) => {
                self.skills.insert(skill.clone(), (*level).min(MAX_LEVEL));
            }
            Edit::Mark(skill, true) => {
                self.marked.insert(skill.clone());
            }
            Edit::Mark(skill, false) => {
                self.marked.remove(skill);
            }
            Edit::CurrentRole(role) => self.current_role = role.clone(),
            Edit::TargetRole(role) => self.target_role = role.clone(),
            Edit::HoursPerWeek(hours) => {
                self.hours_per_week = (*hours).clamp(1, MAX_HOURS_PER_WEEK);
            }
            Edit::HideTimes(hide) => self.hide_times = *hide,
            Edit::MadeOn(pack) => {
                if self.pack.is_none() {
                    self.pack = Some(pack.clone());
                }
            }
        }
        // Saved in this rolemap's format from now on: what it writes, an
        // older one could not read whole.
        self.version = FORMAT_VERSION;
        self.updated = now.to_string();
    }

    /// How much longer than the pack's times learning takes at this pace.
    pub fn pace(&self) -> f64 {
        pace(self.hours_per_week)
    }

    /// The profile read against `model`.
    pub fn resolve(&self, model: &Model) -> Resolved {
        let mut unknown = Vec::new();
        let mut levels = Levels::none(model);
        for (id, &level) in &self.skills {
            match model.skill_ix(id) {
                Some(ix) => levels.set(ix, level),
                None => unknown.push(id.clone()),
            }
        }
        for id in &self.marked {
            if model.skill_ix(id).is_none() && !unknown.contains(id) {
                unknown.push(id.clone());
            }
        }
        let mut role = |id: &Option<String>| {
            let id = id.as_deref()?;
            let found = model.role_ix(id);
            if found.is_none() {
                unknown.push(id.to_string());
            }
            found
        };
        let current = role(&self.current_role);
        let target = role(&self.target_role);
        Resolved {
            levels,
            current,
            target,
            unknown,
        }
    }
}

/// What the pack's months are multiplied by at `hours_per_week` (the
/// pack's times assume the baseline hours).
pub fn pace(hours_per_week: u16) -> f64 {
    f64::from(BASELINE_HOURS_PER_WEEK) / f64::from(hours_per_week.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example_model;

    /// The clock of every profile test, here and in the sibling modules.
    pub(super) const NOW: &str = "2026-12-01T07:33:45Z";

    #[test]
    fn edits_set_results_and_stay_in_range() {
        let mut p = Profile::new("ana", NOW);
        p.apply(&Edit::Level("rust".into(), 2), "later");
        p.apply(&Edit::Level("mentoring".into(), 7), "later");
        assert_eq!((p.level("rust"), p.level("mentoring")), (2, 3));
        p.apply(&Edit::Level("rust".into(), 0), "later");
        assert!(!p.skills.contains_key("rust"), "level 0 is not stored");
        p.apply(&Edit::Mark("rust".into(), true), "later");
        assert!(p.is_marked("rust"));
        p.apply(&Edit::Mark("rust".into(), false), "later");
        assert!(!p.is_marked("rust"));
        p.apply(&Edit::HoursPerWeek(0), "later");
        assert_eq!(p.hours_per_week, 1);
        p.apply(&Edit::HoursPerWeek(500), "later");
        assert_eq!(p.hours_per_week, MAX_HOURS_PER_WEEK);
        assert_eq!((p.created.as_str(), p.updated.as_str()), (NOW, "later"));
    }

    #[test]
    fn pace_scales_from_one_day_a_week() {
        let mut p = Profile::new("ana", NOW);
        assert_eq!(p.pace(), 1.0);
        p.apply(&Edit::HoursPerWeek(16), NOW);
        assert_eq!(p.pace(), 0.5);
        p.apply(&Edit::HoursPerWeek(4), NOW);
        assert_eq!(p.pace(), 2.0);
    }

    #[test]
    fn resolving_keeps_unknown_ids_aside() {
        let m = example_model();
        let mut p = Profile::new("ana", NOW);
        p.apply(&Edit::Level("rust".into(), 2), NOW);
        p.apply(&Edit::Level("cobol".into(), 3), NOW);
        p.apply(&Edit::CurrentRole(Some("acme-junior-engineer".into())), NOW);
        p.apply(&Edit::TargetRole(Some("astronaut".into())), NOW);
        let r = p.resolve(&m);
        assert_eq!(r.levels.get(m.skill_ix("rust").unwrap()), 2);
        assert_eq!(r.current, m.role_ix("acme-junior-engineer"));
        assert_eq!(r.target, None);
        assert_eq!(r.unknown, ["cobol", "astronaut"]);
    }
}
