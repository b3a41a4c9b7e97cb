//! Two roles side by side, skill by skill: what each asks for, the
//! difference, and what closing it takes each way, from the one cost model
//! (the learning time of a difference is [`gap::skill_cost`] between the two
//! levels, as the planner counts it). Optionally a person's own levels and
//! what each role would take them. Pure: the faces word and draw it.

use super::gap::{self, Cost, skill_cost};
use super::levels::Levels;
use super::types::{Model, Need, RoleIx, SkillIx};

/// Which roles ask for a skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Asked {
    Both,
    OnlyFirst,
    OnlySecond,
}

/// What one role asks of a skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ask {
    pub level: u8,
    pub need: Need,
}

/// One skill of the comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub skill: SkillIx,
    pub first: Option<Ask>,
    pub second: Option<Ask>,
    /// From the level the first role holds (what it requires of its
    /// essential skills) to what the second asks, when that is higher.
    pub up: Cost,
    /// The same from the second role to the first.
    pub down: Cost,
    /// The person's level, when a person is compared too.
    pub you: Option<u8>,
}

impl Row {
    pub fn asked(&self) -> Asked {
        match (self.first, self.second) {
            (Some(_), Some(_)) => Asked::Both,
            (Some(_), None) => Asked::OnlyFirst,
            _ => Asked::OnlySecond,
        }
    }

    /// The level each role asks for (0 where it asks nothing).
    pub fn levels(&self) -> (u8, u8) {
        let level = |a: Option<Ask>| a.map_or(0, |a| a.level);
        (level(self.first), level(self.second))
    }

    /// Whether the roles ask differently: another level, only one of
    /// them, or one as essential and the other as optional (a move counts
    /// essential skills only).
    pub fn differs(&self) -> bool {
        let (a, b) = self.levels();
        let need = |x: Option<Ask>| x.map(|x| x.need);
        a != b || need(self.first) != need(self.second)
    }
}

/// Two roles compared.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub first: RoleIx,
    pub second: RoleIx,
    /// Every skill either role asks for: both first, then only the first,
    /// then only the second; those that differ before those that do not,
    /// the largest difference first.
    pub rows: Vec<Row>,
    /// From the first role's levels to the second role, essential skills
    /// only: what a move between them counts.
    pub first_to_second: Cost,
    pub second_to_first: Cost,
    /// From the person's levels to each role, when a person is compared.
    pub you_to: Option<(Cost, Cost)>,
}

/// Compares `first` with `second`, and `you` (a person's levels) with both.
pub fn compare(model: &Model, first: RoleIx, second: RoleIx, you: Option<&Levels>) -> Comparison {
    let asks = |role: RoleIx, skill: SkillIx| {
        model
            .role(role)
            .skills
            .iter()
            .find(|r| r.skill == skill)
            .map(|r| Ask {
                level: r.level,
                need: r.need,
            })
    };
    let mut skills: Vec<SkillIx> = model
        .role(first)
        .skills
        .iter()
        .chain(&model.role(second).skills)
        .map(|r| r.skill)
        .collect();
    skills.sort();
    skills.dedup();
    // A move counts from the levels the role left requires of its
    // essential skills, as the planner does: optional ones are not held.
    let (held_first, held_second) = (
        Levels::of_role(model, first),
        Levels::of_role(model, second),
    );
    let mut rows: Vec<Row> = skills
        .into_iter()
        .map(|skill| {
            let (a, b) = (asks(first, skill), asks(second, skill));
            let (ha, hb) = (held_first.get(skill), held_second.get(skill));
            let (la, lb) = (a.map_or(0, |a| a.level), b.map_or(0, |b| b.level));
            let s = model.skill(skill);
            Row {
                skill,
                first: a,
                second: b,
                up: skill_cost(s, ha, lb),
                down: skill_cost(s, hb, la),
                you: you.map(|y| y.get(skill)),
            }
        })
        .collect();
    rows.sort_by(|x, y| {
        let size = |r: &Row| {
            let (a, b) = r.levels();
            a.abs_diff(b)
        };
        x.asked()
            .cmp(&y.asked())
            .then(y.differs().cmp(&x.differs()))
            .then(size(y).cmp(&size(x)))
            .then_with(|| model.skill(x.skill).name.cmp(&model.skill(y.skill).name))
    });
    let essential = |to: RoleIx, have: &Levels| gap::total(&gap::gap_from(model, have, to));
    Comparison {
        first,
        second,
        first_to_second: essential(second, &held_first),
        second_to_first: essential(first, &held_second),
        you_to: you.map(|y| (essential(first, y), essential(second, y))),
        rows,
    }
}

/// The role of `role`'s track in the nearest band above it (`up`) or below
/// it, for comparing two bands of one ladder; by title among several.
pub fn band_beside(model: &Model, role: RoleIx, up: bool) -> Option<RoleIx> {
    let this = model.role(role);
    let beyond = |band| {
        if up {
            band > this.band
        } else {
            band < this.band
        }
    };
    model
        .role_ixs()
        .filter(|&r| model.role(r).track == this.track && beyond(model.role(r).band))
        .min_by(|&x, &y| {
            let (x, y) = (model.role(x), model.role(y));
            let nearer = if up {
                x.band.cmp(&y.band)
            } else {
                y.band.cmp(&x.band)
            };
            nearer.then_with(|| x.title.cmp(&y.title))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan;

    fn model() -> Model {
        crate::bundled::model().unwrap()
    }

    #[test]
    fn differences_and_their_times_agree_with_the_planner() {
        let m = model();
        let a = m.role_ix("junior-systems-programmer").unwrap();
        let b = m.role_ix("backend-developer").unwrap();
        let c = compare(&m, a, b, None);
        // Every skill either asks for, once.
        let asked: usize = c.rows.len();
        let mut all: Vec<SkillIx> = m
            .role(a)
            .skills
            .iter()
            .chain(&m.role(b).skills)
            .map(|r| r.skill)
            .collect();
        all.sort();
        all.dedup();
        assert_eq!(asked, all.len());
        // The essential differences up cost what the move counts.
        let essential_up: Cost = c
            .rows
            .iter()
            .filter(|r| r.second.is_some_and(|s| s.need == Need::Essential))
            .map(|r| r.up)
            .fold(Cost::default(), |x, y| x + y);
        assert_eq!(essential_up, c.first_to_second);
        assert_eq!(c.first_to_second, gap::total(&gap::gap(&m, a, b)));
        // A direct move costs in the planner what the comparison says.
        let route = plan::between_roles(&m, a, b, 0).unwrap();
        if route.routes[0].roles.len() == 2 {
            assert_eq!(route.routes[0].cost, c.first_to_second);
        }
        // Differences come before sameness within a group.
        let both: Vec<&Row> = c.rows.iter().filter(|r| r.asked() == Asked::Both).collect();
        let first_same = both.iter().position(|r| !r.differs()).unwrap_or(both.len());
        assert!(both[first_same..].iter().all(|r| !r.differs()));
    }

    #[test]
    fn a_role_compared_with_itself_differs_nowhere() {
        let m = model();
        let a = m.role_ix("compiler-engineer").unwrap();
        let c = compare(&m, a, a, None);
        assert!(
            c.rows
                .iter()
                .all(|r| !r.differs() && r.asked() == Asked::Both)
        );
        assert!(c.first_to_second.is_zero() && c.second_to_first.is_zero());
    }

    #[test]
    fn bands_beside_stay_on_the_track_and_step_one_band() {
        let m = model();
        for r in m.role_ixs() {
            for up in [true, false] {
                if let Some(b) = band_beside(&m, r, up) {
                    let (x, y) = (m.role(r), m.role(b));
                    assert_eq!(x.track, y.track);
                    assert_eq!(up, y.band > x.band);
                    // Nothing of the track lies between them.
                    assert!(m.role_ixs().all(|o| {
                        let o = m.role(o);
                        o.track != x.track
                            || !(if up {
                                o.band > x.band && o.band < y.band
                            } else {
                                o.band < x.band && o.band > y.band
                            })
                    }));
                }
            }
        }
        let junior = m.role_ix("junior-embedded-developer").unwrap();
        assert!(band_beside(&m, junior, true).is_some());
    }

    #[test]
    fn a_person_is_compared_with_both() {
        let m = model();
        let a = m.role_ix("compiler-engineer").unwrap();
        let b = m.role_ix("embedded-engineer").unwrap();
        let none = Levels::of_role(&m, a);
        let c = compare(&m, a, b, Some(&none));
        let (to_a, to_b) = c.you_to.unwrap();
        assert!(to_a.is_zero(), "holding a's levels, a takes nothing");
        assert_eq!(to_b, c.first_to_second);
        assert!(c.rows.iter().all(|r| r.you.is_some()));
    }
}
