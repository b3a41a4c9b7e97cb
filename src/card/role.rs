//! A role's card: what the role is and asks for, its wage reference and
//! market context, the moves to and from it, and how a person meets it.
//! `rolemap show` prints it as text and JSON; the explorer's card pane and
//! moves list show the same.

use super::{Shown, Spans, cost_meaning};
use crate::format;
use crate::model::gap::{Cost, Fit, fit, skill_cost};
use crate::model::neighbours::{Neighbour, neighbours};
use crate::model::profile::{BASELINE_HOURS_PER_WEEK, Profile, Resolved, pace};
use crate::model::{Model, Need, RoleIx, SkillIx, SourceIx, WageReference};
use crate::palette::Meaning;

/// The person a card is read by: their levels, roles and pace.
#[derive(Debug, Clone, Copy)]
pub struct Viewer<'a> {
    pub profile: &'a Profile,
    pub resolved: &'a Resolved,
}

/// A role's card.
#[derive(Debug, Clone)]
pub struct RoleCard {
    pub role: RoleIx,
    pub title: String,
    pub id: String,
    /// `Mid band · Backend track`.
    pub placing: String,
    pub summary: String,
    /// The hours a week times are shown at.
    pub hours_per_week: u16,
    /// The viewer hides learning times: every face leaves them out.
    pub hide_times: bool,
    /// How the viewer meets the role, when the card has one.
    pub you: Option<YourMatch>,
    pub skills: Vec<RequirementLine>,
    /// What the levels, the marks and the times of the skills mean.
    pub legend: String,
    /// Where the required levels come from.
    pub basis: Option<String>,
    pub responsibilities: Vec<String>,
    pub sectors: Option<String>,
    pub wage: Option<Wage>,
    /// Sourced findings about the field and the role's track.
    pub context: Vec<Shown>,
    /// The roles one move away, where the role leads first; empty until
    /// [`RoleCard::with_moves`] (the explorer lists them in a pane of
    /// their own, from the same [`neighbours`]).
    pub moves: Vec<MoveLine>,
    /// The sources the card cites, numbered from 1 in this order.
    pub sources: Vec<SourceIx>,
}

/// A skill the role requires.
#[derive(Debug, Clone)]
pub struct RequirementLine {
    pub skill: SkillIx,
    pub name: String,
    pub level: u8,
    pub need: Need,
    /// Learning time from none to the level, at the pack's pace.
    pub time: Cost,
    /// The viewer's level, when the card has a viewer.
    pub have: Option<u8>,
}

/// How the viewer's levels meet the role.
#[derive(Debug, Clone)]
pub struct YourMatch {
    pub profile: String,
    /// `★ Your role` and `◎ Your goal`, when the role is either.
    pub marks: Vec<&'static str>,
    /// `you meet 5 of 8 essential skills and 1 of 3 optional.`
    pub met: String,
    /// What closing the gap takes at their pace, or that nothing is left.
    pub gap: Spans,
    pub fit: Fit,
}

/// The wage reference: what it is a reference for, then each figure.
#[derive(Debug, Clone)]
pub struct Wage {
    pub note: String,
    /// `median` `$135,980 per year`, … and `employment`.
    pub rows: Vec<(&'static str, Shown)>,
}

/// A move to or from the role, worded.
#[derive(Debug, Clone)]
pub struct MoveLine {
    pub neighbour: Neighbour,
    /// `promotion`, `specialisation`, `lateral`.
    pub kind: &'static str,
    pub title: String,
    /// What it takes role to role, at the card's pace: `2 skills, ~3–6 mo (est.)`.
    pub takes: (String, Meaning),
    /// The move's note and the typical experience before it.
    pub detail: String,
}

/// What a card's move times mean.
/// Said where times would be, for a person who hides them.
pub const TIMES_HIDDEN: &str = "Learning times are hidden, as the profile asks (f on the Plan \
     screen, or rolemap profile set NAME --show-times, shows them).";

pub const MOVES_LEGEND: &str = "Move times are role to role: counted from the levels the role \
     left asks for, essential skills only; levels in role (level 3) come with time in a role \
     and are not priced.";

impl RoleCard {
    /// The card of `ix`, read by `viewer` when there is one: their levels
    /// beside each requirement, their match, times at their pace.
    pub fn new(model: &Model, ix: RoleIx, viewer: Option<Viewer>) -> RoleCard {
        let role = model.role(ix);
        let hours = viewer.map_or(BASELINE_HOURS_PER_WEEK, |v| v.profile.hours_per_week);
        let hide_times = viewer.is_some_and(|v| v.profile.hide_times);
        let sources = model.role_sources(ix);
        let skills = role
            .skills
            .iter()
            .map(|req| {
                let skill = model.skill(req.skill);
                RequirementLine {
                    skill: req.skill,
                    name: skill.name.clone(),
                    level: req.level,
                    need: req.need,
                    time: skill_cost(skill, 0, req.level),
                    have: viewer.map(|v| v.resolved.levels.get(req.skill)),
                }
            })
            .collect();
        let context = model
            .context(role.track)
            .map(|fact| Shown::new(format::fact(fact), &fact.figure, &sources))
            .collect();
        RoleCard {
            role: ix,
            title: role.title.clone(),
            id: role.id.clone(),
            placing: format!(
                "{} band · {} track",
                format::capitalised(format::band(role.band)),
                model.track(role.track).name
            ),
            summary: role.summary.clone(),
            hours_per_week: hours,
            hide_times,
            you: viewer.map(|v| YourMatch::new(model, ix, v)),
            skills,
            legend: legend(hours, viewer.is_some(), hide_times),
            basis: (!role.requirements_basis.is_empty())
                .then(|| format!("Basis of the levels: {}", role.requirements_basis)),
            responsibilities: role.responsibilities.clone(),
            sectors: (!role.sectors.is_empty()).then(|| role.sectors.join(", ")),
            wage: role
                .wage_reference
                .map(|w| Wage::new(model.wage(w), &sources)),
            context,
            moves: Vec::new(),
            sources,
        }
    }

    /// The card with the moves to and from the role.
    pub fn with_moves(mut self, model: &Model) -> RoleCard {
        self.moves = neighbours(model, self.role)
            .into_iter()
            .map(|n| MoveLine::new(model, n, self.pace(), self.hide_times))
            .collect();
        self
    }

    /// What the pack's months are multiplied by at the card's pace.
    pub fn pace(&self) -> f64 {
        pace(self.hours_per_week)
    }

    /// A requirement's learning time at the card's pace.
    pub fn time(&self, req: &RequirementLine) -> Cost {
        req.time.scaled(self.pace())
    }
}

/// The legend under the skills: the levels in words, the marks of the
/// viewer's levels, the pace of the times.
fn legend(hours: u16, viewer: bool, hide_times: bool) -> String {
    let you = if viewer {
        " You: ✓ met, ✗1 short (your level 1)."
    } else {
        ""
    };
    if hide_times {
        return format!(
            "Levels: 1 recognition · 2 unsupervised execution · 3 organisational influence.{you} \
             {TIMES_HIDDEN}"
        );
    }
    format!(
        "Levels: 1 recognition · 2 unsupervised execution · 3 organisational influence.{you} \
         Times are months of study at {}; ~ (est.) marks an estimate.",
        format::pace(hours)
    )
}

impl YourMatch {
    /// How `viewer` meets role `ix`.
    pub fn new(model: &Model, ix: RoleIx, viewer: Viewer) -> YourMatch {
        let (profile, r) = (viewer.profile, viewer.resolved);
        let f = fit(model, &r.levels, ix);
        let mut marks = Vec::new();
        if r.current == Some(ix) {
            marks.push("★ Your role");
        }
        if r.target == Some(ix) {
            marks.push("◎ Your goal");
        }
        let mut met = format!(
            "you meet {} of {} essential skills",
            f.essential_met, f.essential
        );
        if f.optional > 0 {
            met.push_str(&format!(
                " and {} of {} optional",
                f.optional_met, f.optional
            ));
        }
        met.push('.');
        YourMatch {
            profile: profile.name.clone(),
            marks,
            met,
            gap: gap(&f, profile),
            fit: f,
        }
    }

    /// The marks, then what they meet: `★ Your role · you meet …`, or
    /// `You meet …` when the role is neither theirs nor their goal.
    pub fn lead(&self) -> String {
        if self.marks.is_empty() {
            format::capitalised(&self.met)
        } else {
            format!("{} · {}", self.marks.join(" · "), self.met)
        }
    }
}

/// `To close the gap: 2 skills, ~3–6 mo (est.)` at the person's pace (the
/// card's legend names it), without the time when they hide times.
pub fn gap(f: &Fit, profile: &Profile) -> Spans {
    if f.gap.is_empty() {
        let all = "Nothing to learn: every level the role asks for is held.";
        return vec![(all.into(), Meaning::Plain)];
    }
    let skills = format::plural(f.gap.len(), "skill");
    if profile.hide_times {
        return vec![(format!("To close the gap: {skills}."), Meaning::Plain)];
    }
    vec![
        (format!("To close the gap: {skills}, "), Meaning::Plain),
        (
            format::months_at(&f.cost, profile.pace()),
            cost_meaning(&f.cost),
        ),
    ]
}

impl Wage {
    fn new(wage: &WageReference, sources: &[SourceIx]) -> Wage {
        let what = format!("{} {} ({})", wage.code, wage.occupation, wage.scope);
        let note = if wage.currency == "USD" && wage.scope.starts_with("United States") {
            format!("US reference for SOC {what}: an occupation, not the pay of this role or band.")
        } else {
            format!("Reference for occupation {what}: not the pay of this role or band.")
        };
        let mut rows: Vec<(&'static str, Shown)> = wage
            .wages()
            .into_iter()
            .map(|(label, f)| {
                let text = format!("{} per {}", format::money(f, &wage.currency), wage.period);
                (label, Shown::new(text, f, sources))
            })
            .collect();
        let jobs = format::count(&wage.employment);
        rows.push(("employment", Shown::new(jobs, &wage.employment, sources)));
        Wage { note, rows }
    }
}

impl MoveLine {
    fn new(model: &Model, neighbour: Neighbour, pace: f64, hide_times: bool) -> MoveLine {
        let cost = neighbour.cost.scaled(pace);
        let mv = model.get_move(neighbour.edge.mv);
        let takes = if hide_times {
            (format::move_skills(&neighbour.steps), Meaning::Plain)
        } else {
            let meaning = if cost.estimated {
                Meaning::Estimate
            } else {
                Meaning::Plain
            };
            (format::move_summary(&neighbour.steps, &cost), meaning)
        };
        MoveLine {
            kind: format::move_kind(neighbour.edge.kind),
            title: model.role(neighbour.role).title.clone(),
            takes,
            detail: format!(
                "{} Typical experience before it: {}.",
                mv.note,
                format::years(&mv.experience)
            ),
            neighbour,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::neighbours::Direction;

    fn bundled() -> Model {
        crate::bundled::model().unwrap()
    }

    #[test]
    fn every_figure_cites_a_source_of_the_card() {
        let m = bundled();
        for ix in m.role_ixs() {
            let card = RoleCard::new(&m, ix, None);
            let shown = card
                .context
                .iter()
                .chain(card.wage.iter().flat_map(|w| w.rows.iter().map(|(_, s)| s)));
            for s in shown {
                if let Some(n) = s.cite {
                    assert!(n >= 1 && n <= card.sources.len(), "{}: {s:?}", card.id);
                }
            }
            assert_eq!(card.skills.len(), m.role(ix).skills.len());
            assert!(card.you.is_none() && card.moves.is_empty());
        }
    }

    #[test]
    fn moves_lead_before_they_come_and_read_at_the_viewers_pace() {
        let m = bundled();
        let junior = m
            .role_ixs()
            .find(|&r| m.role(r).id == "junior-systems-programmer");
        let junior = junior.unwrap();
        let card = RoleCard::new(&m, junior, None).with_moves(&m);
        assert!(!card.moves.is_empty());
        let first_in = card
            .moves
            .iter()
            .position(|l| l.neighbour.direction == Direction::ComesFrom)
            .unwrap_or(card.moves.len());
        assert!(
            card.moves[first_in..]
                .iter()
                .all(|l| l.neighbour.direction == Direction::ComesFrom)
        );
        let mut profile = Profile::new("ana", "now");
        profile.hours_per_week = 4;
        profile.current_role = Some("junior-systems-programmer".into());
        let resolved = profile.resolve(&m);
        let viewer = Viewer {
            profile: &profile,
            resolved: &resolved,
        };
        let slow = RoleCard::new(&m, junior, Some(viewer)).with_moves(&m);
        assert_eq!(slow.pace(), 2.0);
        assert_eq!(slow.you.as_ref().unwrap().marks, ["★ Your role"]);
        assert!(slow.legend.contains("4 h a week") && slow.legend.contains("✓ met"));
        let req = &slow.skills[0];
        assert_eq!(slow.time(req).max, req.time.max * 2.0);
        assert_eq!(req.have, Some(0));
        assert_ne!(slow.moves[0].takes, card.moves[0].takes);
    }

    #[test]
    fn a_hidden_time_leaves_the_gap_counted_in_skills() {
        let m = bundled();
        let mut profile = Profile::new("ana", "now");
        let target = m.role_ixs().last().unwrap();
        let f = fit(&m, &profile.resolve(&m).levels, target);
        assert!(!f.gap.is_empty());
        assert_eq!(gap(&f, &profile).len(), 2);
        profile.hide_times = true;
        let hidden = gap(&f, &profile);
        assert_eq!(hidden.len(), 1);
        assert!(hidden[0].0.starts_with("To close the gap: ") && !hidden[0].0.contains("mo"));
    }
}
