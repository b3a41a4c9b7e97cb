//! Warnings that keep a pack credible, beyond what makes it valid: a
//! promotion that loses what the role left required, a skill nobody could
//! start learning from the pack, a "lateral" move that rises a band. Each
//! points at the place to change, like every other diagnostic.

use super::super::load::Located;
use super::super::pack::{self, MoveKind, ResourceKind};
use super::super::types::{Move, Need, Role, Skill, SkillIx};
use super::Checker;

impl Checker<'_> {
    /// Runs every check of this module on a resolved pack.
    pub(super) fn advise(
        &mut self,
        items: (&[Located<pack::Skill>], &[Located<pack::Move>]),
        skills: &[Skill],
        roles: &[Role],
        moves: &[Move],
    ) {
        let (skill_items, move_items) = items;
        for (item, skill) in skill_items.iter().zip(skills) {
            self.resources(item, skill);
        }
        for (item, mv) in move_items.iter().zip(moves) {
            let (Some(from), Some(to)) = (roles.get(mv.from.index()), roles.get(mv.to.index()))
            else {
                continue;
            };
            self.band_rise(item, mv, from, to);
            if mv.kind == MoveKind::Promotion {
                self.kept_skills(item, mv, from, to, skills);
            }
        }
    }

    /// A skill needs somewhere to start learning, official documentation
    /// first when there is any.
    fn resources(&mut self, item: &Located<pack::Skill>, skill: &Skill) {
        let Some(first) = skill.resources.first() else {
            self.warn(
                item,
                "id",
                format!("skill `{}` has no learning resource", skill.id),
                "add `resources: [(title: ..., url: ..., kind: OfficialDocs, price: Free)]`, official documentation first",
            );
            return;
        };
        let official = skill
            .resources
            .iter()
            .position(|r| r.kind == ResourceKind::OfficialDocs);
        if first.kind != ResourceKind::OfficialDocs
            && let Some(n) = official
        {
            self.warn(
                item,
                &format!("resources[{n}]"),
                format!(
                    "skill `{}` lists its official documentation after other resources",
                    skill.id
                ),
                "move the official documentation to the top of `resources`",
            );
        }
    }

    /// A move that rises a band is a promotion, whatever else it does.
    fn band_rise(&mut self, item: &Located<pack::Move>, mv: &Move, from: &Role, to: &Role) {
        if mv.kind == MoveKind::Promotion {
            return;
        }
        let kind = if mv.kind == MoveKind::Lateral {
            "lateral move"
        } else {
            "specialisation"
        };
        let rises = to.band > from.band || (mv.both_ways && from.band > to.band);
        if rises {
            let (low, high) = if to.band > from.band {
                (from, to)
            } else {
                (to, from)
            };
            self.warn(
                item,
                "kind",
                format!(
                    "the {kind} between `{}` and `{}` rises a band ({:?} to {:?})",
                    from.id, to.id, low.band, high.band
                ),
                "a move up a band is a promotion: write `kind: Promotion` (and declare the way back separately if it goes both ways)",
            );
        }
    }

    /// A promotion keeps every essential skill of the role it leaves, at
    /// least at its level, unless it lists the skill under `drops`.
    fn kept_skills(
        &mut self,
        item: &Located<pack::Move>,
        mv: &Move,
        from: &Role,
        to: &Role,
        skills: &[Skill],
    ) {
        let name = |ix: SkillIx| skills.get(ix.index()).map_or("?", |s| s.id.as_str());
        let essential_level = |role: &Role, ix: SkillIx| {
            role.skills
                .iter()
                .find(|r| r.skill == ix && r.need == Need::Essential)
                .map_or(0, |r| r.level)
        };
        for req in from.skills.iter().filter(|r| r.need == Need::Essential) {
            let kept = essential_level(to, req.skill);
            if kept >= req.level || mv.drops.contains(&req.skill) {
                continue;
            }
            let what = if kept == 0 {
                "drops".to_string()
            } else {
                format!("lowers to {kept}")
            };
            self.warn(
                item,
                "to",
                format!(
                    "the promotion from `{}` to `{}` {what} the essential skill `{}` (level {})",
                    from.id,
                    to.id,
                    name(req.skill),
                    req.level
                ),
                format!(
                    "require `{}` at level {} or more in `{}`, or list it under `drops: [...]` and say why in the note",
                    name(req.skill),
                    req.level,
                    to.id
                ),
            );
        }
        for (n, &ix) in mv.drops.iter().enumerate() {
            let held = essential_level(from, ix);
            let path = format!("drops[{n}]");
            if held == 0 {
                self.warn(
                    item,
                    &path,
                    format!(
                        "`drops` lists `{}`, which `{}` does not require as essential",
                        name(ix),
                        from.id
                    ),
                    "remove it from `drops`",
                );
            } else if essential_level(to, ix) >= held {
                self.warn(
                    item,
                    &path,
                    format!(
                        "`drops` lists `{}`, but `{}` still requires it",
                        name(ix),
                        to.id
                    ),
                    "remove it from `drops`",
                );
            }
        }
    }
}
