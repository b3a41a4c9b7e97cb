//! What a comparison of two roles says, worded once for both faces: the
//! groups of skill rows (each cell already words and symbols), what was
//! left out, the moves each way, the person's totals and the legend.

use super::cost_meaning;
use crate::card::route::RouteCard;
use crate::format;
use crate::model::compare::{Ask, Asked, Comparison, Row};
use crate::model::plan::Plan;
use crate::model::profile::Profile;
use crate::model::{Model, Need};
use crate::palette::Meaning;

/// A group of rows: both roles ask for these skills, or only one.
#[derive(Debug, Clone)]
pub struct Group {
    pub title: String,
    pub lines: Vec<CompareLine>,
}

/// One skill, worded.
#[derive(Debug, Clone)]
pub struct CompareLine {
    pub name: String,
    /// `2 ess.`, `1 opt.`, `—`.
    pub first: String,
    pub second: String,
    /// `▲ +1`, `▼ −2`, `=`.
    pub diff: String,
    /// What learning A→B takes (at the card's pace), or `—`.
    pub learn: String,
    pub learn_meaning: Meaning,
    /// The person's level, when a person is compared.
    pub you: Option<String>,
}

/// Two roles compared, worded.
#[derive(Debug, Clone)]
pub struct CompareCard {
    /// `A: Compiler Engineer  vs  B: Embedded Engineer`.
    pub title: String,
    pub groups: Vec<Group>,
    /// `13 skills at the same level in both are left out; …`, when some are.
    pub left_out: Option<String>,
    /// The fastest route each way, worded.
    pub moves: Vec<String>,
    /// What each role would take the person, at their pace.
    pub you: Option<String>,
    /// The columns' headings ([`HEADINGS`], without the time when the
    /// person hides times).
    pub headings: [&'static str; 5],
    /// What the columns and marks mean.
    pub legend: &'static str,
}

/// What the columns and marks mean.
pub const LEGEND: &str = "Levels: 1 recognition · 2 execution · 3 influence; ess. essential, \
     opt. optional. ▲ B asks for more, ▼ for less. To learn A→B is months of study from the \
     levels A requires of its essential skills; ~ and (est.) mark estimates.";

/// [`LEGEND`] for a person who hides learning times.
pub const LEGEND_NO_TIMES: &str = "Levels: 1 recognition · 2 execution · 3 influence; ess. \
     essential, opt. optional. ▲ B asks for more, ▼ for less. Learning times are hidden, as the \
     profile asks.";

/// The columns' headings.
pub const HEADINGS: [&str; 5] = ["skill", "A", "B", "A→B", "to learn A→B"];

impl CompareCard {
    /// The card of `c`; `all` keeps the rows that do not differ; read by
    /// `person` when there is one: times at their pace, or none when they
    /// hide times, and `you` names them.
    pub fn new(
        model: &Model,
        c: &Comparison,
        routes: &[Option<Plan>; 2],
        all: bool,
        person: Option<&Profile>,
    ) -> CompareCard {
        let pace = person.map_or(1.0, Profile::pace);
        let hide = person.is_some_and(|p| p.hide_times);
        let (ta, tb) = (&model.role(c.first).title, &model.role(c.second).title);
        let groups = [
            (Asked::Both, "Both ask for".to_string()),
            (Asked::OnlyFirst, format!("Only A ({ta}) asks for")),
            (Asked::OnlySecond, format!("Only B ({tb}) asks for")),
        ]
        .into_iter()
        .filter_map(|(asked, title)| {
            let lines: Vec<CompareLine> = c
                .rows
                .iter()
                .filter(|r| r.asked() == asked && (all || r.differs()))
                .map(|r| line(model, r, pace, hide))
                .collect();
            (!lines.is_empty()).then_some(Group { title, lines })
        })
        .collect();
        let same = c.rows.iter().filter(|r| !r.differs()).count();
        let left_out = (!all && same > 0).then(|| {
            format!(
                "{} at the same level in both are left out.",
                format::plural(same, "skill")
            )
        });
        let moves = [
            ((c.first, c.second), &routes[0]),
            ((c.second, c.first), &routes[1]),
        ]
        .into_iter()
        .map(|((from, to), route)| {
            let (tf, tt) = (&model.role(from).title, &model.role(to).title);
            match route {
                Some(_) if from == to => format!("{tf} → {tt}: the same role"),
                Some(plan) => {
                    let card = RouteCard::new(model, &plan.routes[0], 0, plan.exact, pace);
                    let how = if plan.routes[0].roles.len() == 2 {
                        "a direct move"
                    } else {
                        "the fastest route"
                    };
                    if hide {
                        format!("{tf} → {tt}: {how}, {}", card.moves)
                    } else {
                        format!(
                            "{tf} → {tt}: {how}, {}, {}",
                            card.moves,
                            format::months(&card.total)
                        )
                    }
                }
                None => format!("{tf} → {tt}: no route in this pack"),
            }
        })
        .collect();
        let you = match (person.filter(|_| !hide).map(|p| &p.name), c.you_to) {
            (Some(name), Some((to_a, to_b))) => Some(format!(
                "For `{name}`: A takes {}, B takes {} (essential skills, at their pace).",
                format::months(&format::at_pace(&to_a, pace)),
                format::months(&format::at_pace(&to_b, pace))
            )),
            _ => None,
        };
        let moves: Vec<String> = moves;
        CompareCard {
            title: format!("A: {ta}  vs  B: {tb}"),
            groups,
            left_out,
            moves,
            you,
            headings: if hide {
                let [skill, a, b, diff, _] = HEADINGS;
                [skill, a, b, diff, ""]
            } else {
                HEADINGS
            },
            legend: if hide { LEGEND_NO_TIMES } else { LEGEND },
        }
    }
}

fn line(model: &Model, row: &Row, pace: f64, hide: bool) -> CompareLine {
    let ask = |a: Option<Ask>| match a {
        Some(a) if a.need == Need::Essential => format!("{} ess.", a.level),
        Some(a) => format!("{} opt.", a.level),
        None => "—".to_string(),
    };
    let (la, lb) = row.levels();
    let diff = match lb.cmp(&la) {
        std::cmp::Ordering::Greater => format!("▲ +{}", lb - la),
        std::cmp::Ordering::Less => format!("▼ −{}", la - lb),
        std::cmp::Ordering::Equal => "=".to_string(),
    };
    let (learn, learn_meaning) = if hide {
        (String::new(), Meaning::Quiet)
    } else if row.up.is_zero() {
        ("—".to_string(), Meaning::Quiet)
    } else {
        let cost = format::at_pace(&row.up, pace);
        (format::months(&cost), cost_meaning(&cost))
    };
    CompareLine {
        name: model.skill(row.skill).name.clone(),
        first: ask(row.first),
        second: ask(row.second),
        diff,
        learn,
        learn_meaning,
        you: row.you.map(|l| l.to_string()),
    }
}
