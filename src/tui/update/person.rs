//! How input changes the person and their two screens, Profile and Plan.
//! Edits are made in memory at once and handed to the event loop to save;
//! what the store saved comes back through [`adopt`].

use super::{
    Effect, follow, list_height, list_row, move_in_list, open_sources, relayout_card, scroll_text,
    settle_grouped, show_current,
};
use crate::model::profile::{Edit, Profile};
use crate::model::{MAX_LEVEL, RoleIx};
use crate::tui::action::Action;
use crate::tui::layout;
use crate::tui::person::{Person, PlanPane, PlanView, ProfileView, next_hours};
use crate::tui::state::{AppState, Layer, Prepared, Row};

/// Makes `role` the person's current role (`current`) or goal.
pub(super) fn set_role(
    state: &mut AppState,
    p: &Prepared,
    role: RoleIx,
    current: bool,
) -> Option<Effect> {
    let id = Some(p.model.role(role).id.clone());
    let title = &p.model.role(role).title;
    let (edit, said) = if current {
        (Edit::CurrentRole(id), format!("{title} is now your role."))
    } else {
        (
            Edit::TargetRole(id),
            format!("{title} is now your goal: p plans the way."),
        )
    };
    let effect = edit_person(state, p, vec![edit]);
    state.status = Some(said);
    effect
}

/// Goes back to a screen already open beneath, closing what is above it,
/// so that going between Plan and Profile never piles them up. Says
/// whether there was one.
fn back_to(state: &mut AppState, open: impl Fn(&Layer) -> bool) -> bool {
    match state.layers.iter().position(open) {
        Some(i) => {
            state.layers.truncate(i + 1);
            true
        }
        None => false,
    }
}

pub(super) fn open_plan(state: &mut AppState, p: &Prepared) {
    if back_to(state, |l| matches!(l, Layer::Plan(_))) {
        replan_if_shown(state, p);
        return;
    }
    let view = PlanView::new(&p.model, &state.person, state.area);
    state.layers.push(Layer::Plan(view));
}

pub(super) fn open_profile(state: &mut AppState, p: &Prepared) {
    if back_to(state, |l| matches!(l, Layer::Profile(_))) {
        return;
    }
    let mut view = ProfileView::new(&p.model, &state.person, state.area);
    // Start on the first skill the goal asks for that the person lacks.
    if let Some(goal) = state.person.resolved.target {
        let role = p.model.role(goal);
        if let Some(i) = view
            .skills
            .iter()
            .position(|&s| state.person.level(s) < role.level_of(s))
        {
            view.list.selected = i;
        }
    }
    let height = list_height(layout::profile(state.area).skills);
    settle_grouped(&view.rows, &mut view.list, height);
    state.layers.push(Layer::Profile(view));
}

/// Applies edits to the person, refreshes every screen that shows them, and
/// asks for a save.
fn edit_person(state: &mut AppState, p: &Prepared, edits: Vec<Edit>) -> Option<Effect> {
    for edit in &edits {
        state.person.apply(&p.model, edit);
    }
    // Pace and hidden times change how a plan reads, not which routes it has.
    let routes_change = edits.iter().any(|e| {
        matches!(
            e,
            Edit::Level(..) | Edit::CurrentRole(_) | Edit::TargetRole(_)
        )
    });
    refresh(state, p, routes_change);
    Some(Effect::Save(edits))
}

/// Takes the profile as the store saved it (with any change another
/// rolemap made meanwhile).
pub fn adopt(state: &mut AppState, p: &Prepared, saved: Profile) {
    let same = Profile {
        updated: state.person.profile.updated.clone(),
        ..saved.clone()
    } == state.person.profile;
    state.person = Person::new(&p.model, saved);
    if !same {
        refresh(state, p, true);
    }
}

/// Lays out again everything that depends on the person; a plan beneath
/// another screen waits until it shows again ([`replan_if_shown`]).
fn refresh(state: &mut AppState, p: &Prepared, routes_change: bool) {
    relayout_card(state, p);
    let area = state.area;
    for layer in &mut state.layers {
        match layer {
            Layer::Profile(view) => {
                view.rebuild(&p.model, &state.person, area);
                let height = list_height(layout::profile(area).skills);
                settle_grouped(&view.rows, &mut view.list, height);
            }
            Layer::Skill(view) => view.layout(&p.model, state.person.pace(), area),
            Layer::Plan(view) if routes_change => view.stale = true,
            Layer::Plan(view) => {
                let offset = view.detail.offset;
                view.layout(&p.model, &state.person, area);
                view.detail.offset = offset;
            }
            _ => {}
        }
    }
    replan_if_shown(state, p);
}

/// Plans again if the screen on top is a plan made before the person last
/// changed.
pub(super) fn replan_if_shown(state: &mut AppState, p: &Prepared) {
    if let Some(Layer::Plan(view)) = state.layers.last_mut()
        && view.stale
    {
        view.replan(&p.model, &state.person, state.area);
    }
}

pub(super) fn profile(state: &mut AppState, p: &Prepared, action: Action) -> Option<Effect> {
    let area = state.area;
    let Some(Layer::Profile(view)) = state.layers.last_mut() else {
        return None;
    };
    let skill = view.skills.get(view.list.selected).copied();
    let level = skill.map_or(0, |s| state.person.level(s));
    let id = |s: crate::model::SkillIx| p.model.skill(s).id.clone();
    let edit = match action {
        Action::Raise if level < MAX_LEVEL => skill.map(|s| Edit::Level(id(s), level + 1)),
        Action::Lower if level > 0 => skill.map(|s| Edit::Level(id(s), level - 1)),
        Action::Level0 => skill.map(|s| Edit::Level(id(s), 0)),
        Action::Level1 => skill.map(|s| Edit::Level(id(s), 1)),
        Action::Level2 => skill.map(|s| Edit::Level(id(s), 2)),
        Action::Level3 => skill.map(|s| Edit::Level(id(s), 3)),
        Action::Mark => skill.map(|s| {
            let marked = state.person.profile.is_marked(&p.model.skill(s).id);
            Edit::Mark(id(s), !marked)
        }),
        Action::FewerHours | Action::MoreHours => return change_hours(state, p, action),
        Action::ToggleFilter => {
            view.only_mine = !view.only_mine;
            view.rebuild(&p.model, &state.person, area);
            let height = list_height(layout::profile(area).skills);
            view.list.offset = 0;
            settle_grouped(&view.rows, &mut view.list, height);
            if view.skills.is_empty() {
                state.status = Some("Your role and goal need no skills yet: set them with c and t on a role's card.".into());
            }
            None
        }
        Action::Close => {
            state.layers.pop();
            None
        }
        Action::Plan => {
            open_plan(state, p);
            None
        }
        Action::Search => {
            state
                .layers
                .push(Layer::Search(super::Search::new(p.search())));
            None
        }
        Action::Up
        | Action::Down
        | Action::PageUp
        | Action::PageDown
        | Action::Top
        | Action::Bottom => {
            let height = list_height(layout::profile(area).skills);
            move_in_list(&mut view.list, view.skills.len(), action, height);
            settle_grouped(&view.rows, &mut view.list, height);
            None
        }
        _ => None,
    };
    edit.and_then(|e| edit_person(state, p, vec![e]))
}

pub(super) fn plan(state: &mut AppState, p: &Prepared, action: Action) -> Option<Effect> {
    let area = state.area;
    let Some(Layer::Plan(view)) = state.layers.last_mut() else {
        return None;
    };
    let panes = layout::plan(area);
    match action {
        Action::ToggleTimes => {
            let hide = !state.person.profile.hide_times;
            state.status = Some(if hide {
                "Learning times hidden; f shows them again.".into()
            } else {
                "Learning times shown.".into()
            });
            return edit_person(state, p, vec![Edit::HideTimes(hide)]);
        }
        Action::FewerHours | Action::MoreHours => return change_hours(state, p, action),
        Action::Open => {
            if let crate::tui::person::Outcome::Ready { plan, .. } = &view.outcome
                && let Some(route) = plan.routes.get(view.list.selected)
            {
                let roles = route.roles.clone();
                walk(state, p, roles);
            }
        }
        Action::FocusNext | Action::FocusPrev => {
            view.focus = match view.focus {
                PlanPane::Routes => PlanPane::Steps,
                PlanPane::Steps => PlanPane::Routes,
            };
        }
        Action::Close => {
            state.layers.pop();
        }
        Action::Profile => open_profile(state, p),
        Action::Search => state
            .layers
            .push(Layer::Search(super::Search::new(p.search()))),
        Action::Sources => {
            let (sources, bases) = plan_figures(p, view);
            open_sources(state, p, &sources, &bases);
        }
        Action::Up
        | Action::Down
        | Action::PageUp
        | Action::PageDown
        | Action::Top
        | Action::Bottom => match view.focus {
            PlanPane::Steps => scroll_text(&mut view.detail, action, list_height(panes.steps)),
            PlanPane::Routes => {
                let before = view.list.selected;
                let routes = view.routes();
                move_in_list(&mut view.list, routes, action, list_height(panes.routes));
                if view.list.selected != before {
                    view.layout(&p.model, &state.person, area);
                }
            }
        },
        _ => {}
    }
    None
}

/// One step fewer or more hours a week, and what that pace means.
fn change_hours(state: &mut AppState, p: &Prepared, action: Action) -> Option<Effect> {
    let hours = state.person.profile.hours_per_week;
    let next = next_hours(hours, action == Action::MoreHours);
    if next == hours {
        return None;
    }
    let effect = edit_person(state, p, vec![Edit::HoursPerWeek(next)]);
    state.status = Some(format!("Pace: {}.", crate::format::pace_meaning(next)));
    effect
}

/// Shows a route in Explore as the trail: its first role current, the rest
/// ahead, so forward walks it step by step.
fn walk(state: &mut AppState, p: &Prepared, roles: Vec<RoleIx>) {
    state.layers.clear();
    if roles.len() < 2 {
        follow(state, p, roles[0]);
        return;
    }
    state.trail = roles;
    state.position = 0;
    show_current(state, p);
    state.status = Some("The route is your trail now: L goes a step forward, Bksp back.".into());
}

/// The sources and estimate bases behind the plan's times.
/// The sources and estimate bases behind the figures of a plan on screen.
pub(super) fn plan_figures(
    p: &Prepared,
    view: &PlanView,
) -> (Vec<crate::model::SourceIx>, Vec<String>) {
    match &view.outcome {
        crate::tui::person::Outcome::Ready { plan, .. } => {
            crate::model::plan::figures_behind(&p.model, &plan.routes)
        }
        _ => (Vec::new(), Vec::new()),
    }
}

pub(super) fn click(state: &mut AppState, p: &Prepared, column: u16, row: u16, double: bool) {
    let area = state.area;
    match state.layers.last_mut() {
        Some(Layer::Profile(view)) => {
            let pane = layout::inner(layout::profile(area).skills);
            let at = list_row(pane, view.list.offset, column, row);
            if let Some(Row::Item(i)) = at.and_then(|r| view.rows.get(r)).copied() {
                view.list.selected = i;
            }
        }
        Some(Layer::Plan(view)) => {
            let panes = layout::plan(area);
            if layout::contains(panes.steps, column, row) {
                view.focus = PlanPane::Steps;
            } else if layout::contains(panes.routes, column, row) {
                view.focus = PlanPane::Routes;
                if let Some(i) =
                    list_row(layout::inner(panes.routes), view.list.offset, column, row)
                    && i < view.routes()
                {
                    if i != view.list.selected {
                        view.list.selected = i;
                        view.layout(&p.model, &state.person, area);
                    }
                    if double {
                        plan(state, p, Action::Open);
                    }
                }
            }
        }
        _ => {}
    }
}

pub(super) fn wheel(state: &mut AppState, p: &Prepared, column: u16, row: u16, lines: i16) {
    let area = state.area;
    let action = if lines > 0 { Action::Down } else { Action::Up };
    let steps = usize::from(lines.unsigned_abs());
    match state.layers.last_mut() {
        Some(Layer::Profile(view)) => {
            let pane = layout::profile(area).skills;
            if layout::contains(pane, column, row) {
                for _ in 0..steps {
                    move_in_list(&mut view.list, view.skills.len(), action, list_height(pane));
                }
                settle_grouped(&view.rows, &mut view.list, list_height(pane));
            }
        }
        Some(Layer::Plan(view)) => {
            let panes = layout::plan(area);
            if layout::contains(panes.steps, column, row) {
                for _ in 0..steps * super::WHEEL_LINES {
                    scroll_text(&mut view.detail, action, list_height(panes.steps));
                }
            } else if layout::contains(panes.routes, column, row) {
                let focus = view.focus;
                view.focus = PlanPane::Routes;
                for _ in 0..steps {
                    plan(state, p, action);
                }
                if let Some(Layer::Plan(view)) = state.layers.last_mut() {
                    view.focus = focus;
                }
            }
        }
        _ => {}
    }
}
