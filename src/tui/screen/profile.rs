//! The Profile screen: a summary of the person, and every skill by
//! category with their level, which the keys raise and lower.

use super::{Ask, Given};
use crate::model::profile::Edit;
use crate::model::{Category, MAX_LEVEL, RoleIx, SkillIx};
use crate::tui::action::Action;
use crate::tui::content;
use crate::tui::doc::Doc;
use crate::tui::layout;
use crate::tui::list::{self, ListView, Row, TextView, grouped};
use crate::tui::person::next_hours;

/// The Profile screen: a summary, and every skill by category with the
/// person's level.
#[derive(Debug, Clone)]
pub struct ProfileView {
    pub summary: TextView,
    /// The selected skill explained.
    pub detail: TextView,
    /// The skills listed, in row order.
    pub skills: Vec<SkillIx>,
    pub rows: Vec<Row<Category>>,
    pub list: ListView,
    /// Only the skills the current and target roles need.
    pub only_mine: bool,
}

impl ProfileView {
    /// The screen, on the first skill the goal asks for that the person lacks.
    pub fn new(g: &Given) -> ProfileView {
        let mut view = ProfileView {
            summary: TextView::default(),
            detail: TextView::default(),
            skills: Vec::new(),
            rows: Vec::new(),
            list: ListView::default(),
            only_mine: false,
        };
        view.rebuild(g);
        if let Some(goal) = g.person.resolved.target {
            let role = g.model().role(goal);
            if let Some(i) = view
                .skills
                .iter()
                .position(|&s| g.person.level(s) < role.level_of(s))
            {
                view.list.selected = i;
            }
        }
        view.settle(g);
        view
    }

    /// Lists the skills again (the filter or the roles changed) and lays the
    /// summary out, keeping the selected skill where it can.
    fn rebuild(&mut self, g: &Given) {
        let (model, person) = (g.model(), g.person);
        let selected = self.skills.get(self.list.selected).copied();
        let roles: Vec<RoleIx> = [person.resolved.current, person.resolved.target]
            .into_iter()
            .flatten()
            .collect();
        let wanted = |s: SkillIx| roles.iter().any(|&r| model.role(r).level_of(s) > 0);
        self.skills = Category::ALL
            .iter()
            .flat_map(|&c| {
                model
                    .skill_ixs()
                    .filter(move |&s| model.skill(s).category == c)
            })
            .filter(|&s| !self.only_mine || wanted(s))
            .collect();
        self.rows = grouped(self.skills.iter().map(|&s| model.skill(s).category));
        self.list.selected = selected
            .and_then(|s| self.skills.iter().position(|&x| x == s))
            .unwrap_or(0);
        self.layout(g);
    }

    /// Lays the summary out for the pane's width.
    fn layout(&mut self, g: &Given) {
        self.summary.doc = summary(g);
    }

    /// The text laid out, and the same laid out afresh now.
    pub fn texts(&self) -> Vec<&Doc> {
        vec![&self.summary.doc, &self.detail.doc]
    }

    pub fn fresh_texts(&self, g: &Given) -> Vec<Doc> {
        vec![summary(g), self.detail_doc(g)]
    }

    /// Keeps the selected skill in view, with its category's heading, and
    /// explains it.
    fn settle(&mut self, g: &Given) {
        let height = list::height(layout::profile(g.area).skills);
        list::settle_grouped(&self.rows, &mut self.list, height);
        self.detail = TextView {
            doc: self.detail_doc(g),
            offset: 0,
        };
    }

    fn detail_doc(&self, g: &Given) -> Doc {
        let pane = layout::inner(layout::profile(g.area).detail);
        let (width, short) = (usize::from(pane.width), pane.height < 12);
        match self.skills.get(self.list.selected) {
            Some(&skill) => {
                content::profile::skill_detail(g.model(), g.person, skill, width, short)
            }
            None => Doc::new(),
        }
    }

    pub fn relayout(&mut self, g: &Given) {
        self.layout(g);
        self.settle(g);
    }

    /// The person changed: their levels, roles or pace.
    pub fn person_changed(&mut self, g: &Given) {
        self.rebuild(g);
        self.settle(g);
    }

    pub fn act(&mut self, g: &Given, action: Action) -> Ask {
        let model = g.model();
        let skill = self.skills.get(self.list.selected).copied();
        let level = skill.map_or(0, |s| g.person.level(s));
        let id = |s: SkillIx| model.skill(s).id.clone();
        let edit = match action {
            Action::Raise if level < MAX_LEVEL => skill.map(|s| Edit::Level(id(s), level + 1)),
            Action::Lower if level > 0 => skill.map(|s| Edit::Level(id(s), level - 1)),
            Action::Level0 => skill.map(|s| Edit::Level(id(s), 0)),
            Action::Level1 => skill.map(|s| Edit::Level(id(s), 1)),
            Action::Level2 => skill.map(|s| Edit::Level(id(s), 2)),
            Action::Level3 => skill.map(|s| Edit::Level(id(s), 3)),
            Action::Mark => skill.map(|s| {
                let marked = g.person.profile.is_marked(&model.skill(s).id);
                Edit::Mark(id(s), !marked)
            }),
            Action::FewerHours | Action::MoreHours => return hours(g, action),
            Action::ToggleFilter => {
                self.only_mine = !self.only_mine;
                self.rebuild(g);
                self.list.offset = 0;
                self.settle(g);
                if self.skills.is_empty() {
                    return Ask::Say("Your role and goal need no skills yet: set them with c and t on a role's card.".into());
                }
                None
            }
            Action::Close => return Ask::Close,
            Action::Plan => return Ask::Plan,
            Action::Assess => return Ask::Assess,
            Action::Search => return Ask::Search,
            action if list::is_movement(action) => {
                let height = list::height(layout::profile(g.area).skills);
                list::move_in_list(&mut self.list, self.skills.len(), action, height);
                self.settle(g);
                None
            }
            _ => None,
        };
        edit.map_or(Ask::Nothing, |e| Ask::Edit(vec![e], None))
    }

    pub fn click(&mut self, g: &Given, column: u16, row: u16) -> Ask {
        let pane = layout::inner(layout::profile(g.area).skills);
        let at = list::row_at(pane, self.list.offset, column, row);
        if let Some(Row::Item(i)) = at.and_then(|r| self.rows.get(r)).copied() {
            self.list.selected = i;
            self.settle(g);
        }
        Ask::Nothing
    }

    pub fn wheel(&mut self, g: &Given, column: u16, row: u16, lines: i16) -> Ask {
        let detail = layout::profile(g.area).detail;
        if layout::contains(detail, column, row) {
            let (action, steps) = list::wheel(lines);
            for _ in 0..steps {
                list::scroll_text(&mut self.detail, action, list::height(detail));
            }
            return Ask::Nothing;
        }
        let pane = layout::profile(g.area).skills;
        if layout::contains(pane, column, row) {
            let (action, steps) = list::wheel(lines);
            for _ in 0..steps {
                list::move_in_list(
                    &mut self.list,
                    self.skills.len(),
                    action,
                    list::height(pane),
                );
            }
            self.settle(g);
        }
        Ask::Nothing
    }
}

fn summary(g: &Given) -> Doc {
    let width = usize::from(layout::inner(layout::profile(g.area).summary).width);
    content::profile::summary(g.model(), g.person, width)
}

/// One step fewer or more hours a week, and what that pace means; the
/// Profile and Plan screens both offer it.
pub fn hours(g: &Given, action: Action) -> Ask {
    let hours = g.person.profile.hours_per_week;
    let next = next_hours(hours, action == Action::MoreHours);
    if next == hours {
        return Ask::Nothing;
    }
    let said = format!("Pace: {}.", crate::format::pace_meaning(next));
    Ask::Edit(vec![Edit::HoursPerWeek(next)], Some(said))
}
