//! The Skill screen: a skill's details, and the roles that need it, most
//! demanding level first.

use super::{Ask, Given};
use crate::model::behind::Behind;
use crate::model::{RoleIx, SkillIx};
use crate::tui::action::Action;
use crate::tui::content;
use crate::tui::doc::Doc;
use crate::tui::layout;
use crate::tui::list::{self, ListView, TextView};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkillPane {
    Details,
    Roles,
}

#[derive(Debug, Clone)]
pub struct SkillView {
    pub skill: SkillIx,
    pub details: TextView,
    /// The roles that need the skill, most demanding level first.
    pub roles: Vec<RoleIx>,
    pub list: ListView,
    pub focus: SkillPane,
}

impl SkillView {
    pub fn new(g: &Given, skill: SkillIx) -> SkillView {
        let model = g.model();
        let mut roles = model.roles_needing(skill).to_vec();
        roles.sort_by(|&a, &b| {
            let level = |r: RoleIx| model.role(r).level_of(skill);
            level(b)
                .cmp(&level(a))
                .then_with(|| model.role(a).title.cmp(&model.role(b).title))
        });
        let mut view = SkillView {
            skill,
            details: TextView::default(),
            roles,
            list: ListView::default(),
            focus: SkillPane::Roles,
        };
        view.layout(g);
        view
    }

    /// Lays the details out for the pane's width, at the person's pace.
    fn layout(&mut self, g: &Given) {
        self.details.doc = self.details_doc(g);
    }

    fn details_doc(&self, g: &Given) -> Doc {
        let width = usize::from(layout::inner(layout::skill(g.area).details).width);
        let hide = g.person.profile.hide_times;
        content::skill(g.model(), self.skill, g.person.pace(), hide, width)
    }

    /// The text laid out, and the same laid out afresh now.
    pub fn texts(&self) -> Vec<&Doc> {
        vec![&self.details.doc]
    }

    pub fn fresh_texts(&self, g: &Given) -> Vec<Doc> {
        vec![self.details_doc(g)]
    }

    /// Lays the details out again (a new size, or a new pace), keeping
    /// both panes where they were as far as they fit.
    pub fn relayout(&mut self, g: &Given) {
        let panes = layout::skill(g.area);
        self.layout(g);
        list::clamp_text(&mut self.details, list::height(panes.details));
        list::settle_list(&mut self.list, list::height(panes.roles));
    }

    fn selected_role(&self) -> Option<RoleIx> {
        self.roles.get(self.list.selected).copied()
    }

    pub fn act(&mut self, g: &Given, action: Action) -> Ask {
        match action {
            Action::Open => self.selected_role().map_or(Ask::Nothing, Ask::Follow),
            Action::SetCurrent | Action::SetTarget => match self.selected_role() {
                Some(role) => Ask::SetRole {
                    role,
                    current: action == Action::SetCurrent,
                },
                None => Ask::Nothing,
            },
            Action::Back | Action::Close => Ask::Close,
            Action::FocusNext | Action::FocusPrev => {
                self.focus = match self.focus {
                    SkillPane::Details => SkillPane::Roles,
                    SkillPane::Roles => SkillPane::Details,
                };
                Ask::Nothing
            }
            Action::Search => Ask::Search,
            Action::Sources => Ask::Sources(Behind::skill(g.model(), self.skill)),
            _ => {
                let panes = layout::skill(g.area);
                match self.focus {
                    SkillPane::Details => {
                        list::scroll_text(&mut self.details, action, list::height(panes.details))
                    }
                    SkillPane::Roles => list::move_in_list(
                        &mut self.list,
                        self.roles.len(),
                        action,
                        list::height(panes.roles),
                    ),
                }
                Ask::Nothing
            }
        }
    }

    pub fn click(&mut self, g: &Given, column: u16, row: u16, double: bool) -> Ask {
        let panes = layout::skill(g.area);
        if layout::contains(panes.details, column, row) {
            self.focus = SkillPane::Details;
        }
        if layout::contains(panes.roles, column, row) {
            self.focus = SkillPane::Roles;
            let inner = layout::inner(panes.roles);
            if let Some(i) = list::row_at(inner, self.list.offset, column, row)
                && i < self.roles.len()
            {
                self.list.selected = i;
                if double {
                    return self.act(g, Action::Open);
                }
            }
        }
        Ask::Nothing
    }

    pub fn wheel(&mut self, g: &Given, column: u16, row: u16, lines: i16) -> Ask {
        let panes = layout::skill(g.area);
        if layout::contains(panes.details, column, row) {
            list::wheel_text(&mut self.details, lines, list::height(panes.details));
        } else if layout::contains(panes.roles, column, row) {
            let (action, steps) = list::wheel(lines);
            for _ in 0..steps {
                let height = list::height(panes.roles);
                list::move_in_list(&mut self.list, self.roles.len(), action, height);
            }
        }
        Ask::Nothing
    }
}
