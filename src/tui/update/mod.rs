//! How each input changes the state. Pure: no terminal, disk or clock, so
//! every behaviour is tested by feeding keys and reading the state.

mod person;

use ratatui::layout::Rect;

use super::action::{Action, Input};
use super::content;
use super::keymap;
use super::keys::Key;
use super::layout;
use super::state::{
    AppState, Direction, Explore, ExplorePane, Layer, ListView, Prepared, Row, Search, SkillPane,
    SkillView, TextView, row_of,
};
use crate::model::RoleIx;
use crate::model::profile::Edit;
use crate::model::search::Target;

pub use person::adopt;

/// What the state cannot do itself; the event loop carries it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Quit,
    /// Save these edits to the person's profile (already made in memory).
    Save(Vec<Edit>),
}

/// Lines the wheel scrolls text by.
const WHEEL_LINES: usize = 3;

/// A key press: typed into the query where there is one, else looked up in
/// the keymap. Unbound keys do nothing.
pub fn key(state: &mut AppState, p: &Prepared, key: Key) -> Option<Effect> {
    let context = state.context();
    if context.has_text_input()
        && let Some(c) = key.typed()
    {
        return update(state, p, Input::Type(c));
    }
    let action = keymap::action(context, key)?;
    update(state, p, Input::Action(action))
}

/// Applies one input to the state; what the state cannot do itself (quit,
/// save) comes back as an effect for the event loop.
pub fn update(state: &mut AppState, p: &Prepared, input: Input) -> Option<Effect> {
    if !matches!(input, Input::Resize { .. }) {
        state.status = None;
    }
    let effect = match input {
        Input::Action(Action::Quit) => return Some(Effect::Quit),
        Input::Action(Action::Help) => {
            toggle_help(state);
            None
        }
        Input::Action(action) => act(state, p, action),
        Input::Type(c) => {
            if let Some(Layer::Search(search)) = state.layers.last_mut() {
                search.query.push(c);
                search.refresh(p.search());
            }
            None
        }
        Input::Resize { columns, rows } => {
            resize(state, p, Rect::new(0, 0, columns, rows));
            None
        }
        Input::Click {
            column,
            row,
            double,
        } => {
            click(state, p, column, row, double);
            None
        }
        Input::Scroll { column, row, lines } => {
            wheel(state, p, column, row, lines);
            None
        }
    };
    // A screen closed above a plan that the person changed meanwhile.
    person::replan_if_shown(state, p);
    effect
}

fn act(state: &mut AppState, p: &Prepared, action: Action) -> Option<Effect> {
    let area = state.area;
    match state.layers.last_mut() {
        None => return explore(state, p, action),
        Some(Layer::Profile(_)) => return person::profile(state, p, action),
        Some(Layer::Plan(_)) => return person::plan(state, p, action),
        Some(Layer::Search(search)) => match action {
            Action::Open => match search.hits.get(search.list.selected).map(|h| h.target) {
                Some(Target::Role(role)) => follow(state, p, role),
                Some(Target::Skill(skill)) => state.layers.push(Layer::Skill(SkillView::new(
                    &p.model,
                    skill,
                    state.person.pace(),
                    area,
                ))),
                None => {}
            },
            Action::DeleteChar => {
                search.query.pop();
                search.refresh(p.search());
            }
            Action::ClearQuery => {
                search.query.clear();
                search.refresh(p.search());
            }
            Action::Close => {
                state.layers.pop();
            }
            _ => {
                let height = list_height(layout::search(area).hits);
                move_in_list(&mut search.list, search.hits.len(), action, height);
            }
        },
        Some(Layer::Skill(view)) => match action {
            Action::Open => {
                if let Some(&role) = view.roles.get(view.list.selected) {
                    follow(state, p, role);
                }
            }
            Action::SetCurrent | Action::SetTarget => {
                if let Some(&role) = view.roles.get(view.list.selected) {
                    return person::set_role(state, p, role, action == Action::SetCurrent);
                }
            }
            Action::Back | Action::Close => {
                state.layers.pop();
            }
            Action::FocusNext | Action::FocusPrev => {
                view.focus = match view.focus {
                    SkillPane::Details => SkillPane::Roles,
                    SkillPane::Roles => SkillPane::Details,
                }
            }
            Action::Search => state.layers.push(Layer::Search(Search::new(p.search()))),
            Action::Sources => {
                let sources = p.model.skill_sources(view.skill);
                let bases = skill_bases(p, view.skill);
                open_sources(state, p, &sources, &bases);
            }
            _ => {
                let panes = layout::skill(area);
                match view.focus {
                    SkillPane::Details => {
                        scroll_text(&mut view.details, action, list_height(panes.details))
                    }
                    SkillPane::Roles => move_in_list(
                        &mut view.list,
                        view.roles.len(),
                        action,
                        list_height(panes.roles),
                    ),
                }
            }
        },
        Some(Layer::Help(_, text) | Layer::Sources(text) | Layer::Notice(_, text)) => {
            match action {
                Action::Close => {
                    state.layers.pop();
                }
                _ => scroll_text(text, action, list_height(layout::overlay(area))),
            }
        }
    }
    None
}

fn explore(state: &mut AppState, p: &Prepared, action: Action) -> Option<Effect> {
    let area = state.area;
    let panes = layout::explore(area);
    let e = &mut state.explore;
    match action {
        Action::Open => {
            if let Some(n) = e.neighbours.get(e.moves.selected) {
                let role = n.role;
                follow(state, p, role);
            }
        }
        Action::Back if state.position > 0 => {
            state.position -= 1;
            show_current(state, p);
        }
        Action::Forward if state.position + 1 < state.trail.len() => {
            state.position += 1;
            show_current(state, p);
        }
        Action::FocusNext | Action::FocusPrev => {
            let order = [ExplorePane::Card, ExplorePane::Moves, ExplorePane::Takes];
            let at = order.iter().position(|&f| f == e.focus).unwrap_or(0);
            let step = if action == Action::FocusNext { 1 } else { 2 };
            e.focus = order[(at + step) % 3];
        }
        Action::Search => state.layers.push(Layer::Search(Search::new(p.search()))),
        Action::Sources => {
            let role = e.role;
            let sources = p.model.role_sources(role);
            let bases = content::role_estimate_bases(&p.model, role);
            open_sources(state, p, &sources, &bases);
        }
        Action::Up
        | Action::Down
        | Action::PageUp
        | Action::PageDown
        | Action::Top
        | Action::Bottom => match e.focus {
            ExplorePane::Card => scroll_text(&mut e.card, action, list_height(panes.card)),
            ExplorePane::Takes => scroll_text(&mut e.takes, action, list_height(panes.takes)),
            ExplorePane::Moves => {
                let before = e.moves.selected;
                let height = list_height(panes.moves);
                move_in_list(&mut e.moves, e.neighbours.len(), action, height);
                if e.moves.selected != before {
                    e.layout_takes(&p.model, &state.person, area);
                }
                settle_moves(e, height);
            }
        },
        Action::SetCurrent | Action::SetTarget => {
            let role = e.role;
            return person::set_role(state, p, role, action == Action::SetCurrent);
        }
        Action::Plan => person::open_plan(state, p),
        Action::Profile => person::open_profile(state, p),
        _ => {}
    }
    None
}

/// Makes `role` current as a new step on the trail and returns to Explore.
fn follow(state: &mut AppState, p: &Prepared, role: RoleIx) {
    state.layers.clear();
    if role == state.current_role() {
        return;
    }
    state.trail.truncate(state.position + 1);
    state.trail.push(role);
    state.position += 1;
    show_current(state, p);
}

/// Shows the role at the trail's position, with the move towards the next
/// role on the trail selected, so back and forward keep their place.
fn show_current(state: &mut AppState, p: &Prepared) {
    let role = state.current_role();
    let focus = state.explore.focus;
    let mut e = Explore::new(&p.model, role, &state.person, state.area);
    e.focus = focus;
    if let Some(&next) = state.trail.get(state.position + 1)
        && let Some(i) = e
            .neighbours
            .iter()
            .position(|n| n.role == next && n.direction == Direction::LeadsTo)
    {
        e.moves.selected = i;
        e.layout_takes(&p.model, &state.person, state.area);
    }
    settle_moves(&mut e, list_height(layout::explore(state.area).moves));
    state.explore = e;
}

fn toggle_help(state: &mut AppState) {
    if let Some(Layer::Help(..)) = state.layers.last() {
        state.layers.pop();
        return;
    }
    let context = state.context();
    let width = usize::from(layout::inner(layout::overlay(state.area)).width);
    let doc = content::help(context, width);
    state
        .layers
        .push(Layer::Help(context, TextView { doc, offset: 0 }));
}

/// Whether a plan is being made, so the event loop should give it time
/// whenever no key is waiting.
pub fn working(state: &AppState) -> bool {
    state
        .layers
        .iter()
        .any(|l| matches!(l, Layer::Plan(view) if view.pending.is_some()))
}

/// Works on the plan being made, if there is one, for about `work` units;
/// true when it is made and the screen must be drawn again. Pure, like
/// every update: the event loop calls it between looks at the keyboard.
pub fn work(state: &mut AppState, p: &Prepared, work: u64) -> bool {
    let area = state.area;
    let person = &state.person;
    for layer in state.layers.iter_mut().rev() {
        if let Layer::Plan(view) = layer
            && view.pending.is_some()
        {
            return view.work(&p.model, person, area, work);
        }
    }
    false
}

/// Shows a message the person must close before going on.
pub fn notice(state: &mut AppState, message: String) {
    let width = usize::from(layout::inner(layout::overlay(state.area)).width);
    let doc = content::notice(&message, width);
    state
        .layers
        .push(Layer::Notice(message, TextView { doc, offset: 0 }));
}

fn open_sources(
    state: &mut AppState,
    p: &Prepared,
    sources: &[crate::model::SourceIx],
    bases: &[String],
) {
    let width = usize::from(layout::inner(layout::overlay(state.area)).width);
    let doc = content::sources(&p.model, sources, bases, width);
    state
        .layers
        .push(Layer::Sources(TextView { doc, offset: 0 }));
}

fn skill_bases(p: &Prepared, skill: crate::model::SkillIx) -> Vec<String> {
    let mut bases = Vec::new();
    for figure in &p.model.skill(skill).learning {
        if let crate::model::Figure::Estimate { basis, .. } = figure
            && !bases.contains(basis)
        {
            bases.push(basis.clone());
        }
    }
    bases
}

/// Lays the card out again (the size or the person changed), keeping its
/// scroll position where it can.
fn relayout_card(state: &mut AppState, p: &Prepared) {
    let offset = state.explore.card.offset;
    state.explore.layout(&p.model, &state.person, state.area);
    state.explore.card.offset = offset;
    clamp_text(
        &mut state.explore.card,
        list_height(layout::explore(state.area).card),
    );
}

/// Lays every text out again for a new terminal size.
fn resize(state: &mut AppState, p: &Prepared, area: Rect) {
    state.area = area;
    relayout_card(state, p);
    settle_moves(&mut state.explore, list_height(layout::explore(area).moves));
    let overlay_width = usize::from(layout::inner(layout::overlay(area)).width);
    for layer in &mut state.layers {
        match layer {
            Layer::Search(search) => {
                let height = list_height(layout::search(area).hits);
                search.list.offset = settle(search.list.selected, search.list.offset, height);
            }
            Layer::Skill(view) => {
                view.layout(&p.model, state.person.pace(), area);
                clamp_text(&mut view.details, list_height(layout::skill(area).details));
                let height = list_height(layout::skill(area).roles);
                view.list.offset = settle(view.list.selected, view.list.offset, height);
            }
            Layer::Help(context, text) => text.doc = content::help(*context, overlay_width),
            Layer::Sources(_) => {}
            Layer::Notice(message, text) => text.doc = content::notice(message, overlay_width),
            Layer::Profile(view) => {
                view.layout(&p.model, &state.person, area);
                let height = list_height(layout::profile(area).skills);
                settle_grouped(&view.rows, &mut view.list, height);
            }
            Layer::Plan(view) => {
                view.layout(&p.model, &state.person, area);
                let height = list_height(layout::plan(area).routes);
                view.list.offset = settle(view.list.selected, view.list.offset, height);
            }
        }
    }
    if let Some(Layer::Sources(_)) = state.layers.last() {
        // Sources are rebuilt for the new width from what is beneath.
        state.layers.pop();
        let (sources, bases) = match state.layers.last() {
            Some(Layer::Skill(view)) => (
                p.model.skill_sources(view.skill),
                skill_bases(p, view.skill),
            ),
            Some(Layer::Plan(view)) => person::plan_figures(p, view),
            _ => {
                let role = state.explore.role;
                (
                    p.model.role_sources(role),
                    content::role_estimate_bases(&p.model, role),
                )
            }
        };
        open_sources(state, p, &sources, &bases);
    }
}

fn click(state: &mut AppState, p: &Prepared, column: u16, row: u16, double: bool) {
    let area = state.area;
    let open = |state: &mut AppState| {
        act(state, p, Action::Open);
    };
    match state.layers.last_mut() {
        Some(Layer::Profile(_) | Layer::Plan(_)) => person::click(state, p, column, row, double),
        Some(Layer::Help(..) | Layer::Sources(_) | Layer::Notice(..)) => {
            if !layout::contains(layout::overlay(area), column, row) {
                state.layers.pop();
            }
        }
        Some(Layer::Search(search)) => {
            let hits = layout::inner(layout::search(area).hits);
            if let Some(i) = list_row(hits, search.list.offset, column, row)
                && i < search.hits.len()
            {
                search.list.selected = i;
                if double {
                    open(state);
                }
            }
        }
        Some(Layer::Skill(view)) => {
            let panes = layout::skill(area);
            if layout::contains(panes.details, column, row) {
                view.focus = SkillPane::Details;
            }
            if layout::contains(panes.roles, column, row) {
                view.focus = SkillPane::Roles;
                if let Some(i) = list_row(layout::inner(panes.roles), view.list.offset, column, row)
                    && i < view.roles.len()
                {
                    view.list.selected = i;
                    if double {
                        open(state);
                    }
                }
            }
        }
        None => {
            let panes = layout::explore(area);
            let e = &mut state.explore;
            if layout::contains(panes.card, column, row) {
                e.focus = ExplorePane::Card;
            } else if layout::contains(panes.takes, column, row) {
                e.focus = ExplorePane::Takes;
            } else if layout::contains(panes.moves, column, row) {
                e.focus = ExplorePane::Moves;
                let at = list_row(layout::inner(panes.moves), e.moves.offset, column, row);
                if let Some(Row::Item(i)) = at.and_then(|r| e.rows.get(r)).copied() {
                    if i != e.moves.selected {
                        e.moves.selected = i;
                        e.layout_takes(&p.model, &state.person, area);
                    }
                    if double {
                        open(state);
                    }
                }
            }
        }
    }
}

fn wheel(state: &mut AppState, p: &Prepared, column: u16, row: u16, lines: i16) {
    let area = state.area;
    let action = if lines > 0 { Action::Down } else { Action::Up };
    let steps = usize::from(lines.unsigned_abs());
    match state.layers.last_mut() {
        Some(Layer::Profile(_) | Layer::Plan(_)) => person::wheel(state, p, column, row, lines),
        None => {
            let panes = layout::explore(area);
            let e = &mut state.explore;
            if layout::contains(panes.card, column, row) {
                for _ in 0..steps * WHEEL_LINES {
                    scroll_text(&mut e.card, action, list_height(panes.card));
                }
            } else if layout::contains(panes.takes, column, row) {
                for _ in 0..steps * WHEEL_LINES {
                    scroll_text(&mut e.takes, action, list_height(panes.takes));
                }
            } else if layout::contains(panes.moves, column, row) {
                let focus = e.focus;
                e.focus = ExplorePane::Moves;
                for _ in 0..steps {
                    explore(state, p, action);
                }
                state.explore.focus = focus;
            }
        }
        Some(Layer::Skill(view)) => {
            let panes = layout::skill(area);
            if layout::contains(panes.details, column, row) {
                for _ in 0..steps * WHEEL_LINES {
                    scroll_text(&mut view.details, action, list_height(panes.details));
                }
            } else if layout::contains(panes.roles, column, row) {
                for _ in 0..steps {
                    move_in_list(
                        &mut view.list,
                        view.roles.len(),
                        action,
                        list_height(panes.roles),
                    );
                }
            }
        }
        Some(_) => {
            for _ in 0..steps {
                act(state, p, action);
            }
        }
    }
}

/// Rows inside a bordered pane.
fn list_height(pane: Rect) -> usize {
    usize::from(layout::inner(pane).height)
}

/// The list item under a cell of a list's inner area.
fn list_row(inner: Rect, offset: usize, column: u16, row: u16) -> Option<usize> {
    layout::contains(inner, column, row).then(|| offset + usize::from(row - inner.y))
}

/// Moves a list's selection and keeps it on screen.
fn move_in_list(list: &mut ListView, len: usize, action: Action, height: usize) {
    if len == 0 {
        *list = ListView::default();
        return;
    }
    let page = height.saturating_sub(1).max(1);
    let last = len - 1;
    list.selected = match action {
        Action::Up => list.selected.saturating_sub(1),
        Action::Down => (list.selected + 1).min(last),
        Action::PageUp => list.selected.saturating_sub(page),
        Action::PageDown => (list.selected + page).min(last),
        Action::Top => 0,
        Action::Bottom => last,
        _ => list.selected,
    };
    list.offset = settle(list.selected, list.offset, height);
}

/// The first row to show so that `row` is visible.
fn settle(row: usize, offset: usize, height: usize) -> usize {
    if height == 0 || row < offset {
        row
    } else if row >= offset + height {
        row + 1 - height
    } else {
        offset
    }
}

/// Keeps the selected move visible, with its group heading when it is the
/// first of a group.
fn settle_moves(e: &mut Explore, height: usize) {
    settle_grouped(&e.rows, &mut e.moves, height);
}

/// Keeps a grouped list's selected item visible, with its group heading
/// when it is the first of a group. `list.offset` counts rows.
pub(super) fn settle_grouped<H: PartialEq>(rows: &[Row<H>], list: &mut ListView, height: usize) {
    let row = row_of(rows, list.selected);
    let wanted = if row > 0 && matches!(rows[row - 1], Row::Heading(..)) {
        row - 1
    } else {
        row
    };
    let offset = settle(wanted, list.offset, height);
    list.offset = settle(row, offset, height);
}

fn scroll_text(text: &mut TextView, action: Action, height: usize) {
    let page = height.saturating_sub(1).max(1);
    text.offset = match action {
        Action::Up => text.offset.saturating_sub(1),
        Action::Down => text.offset + 1,
        Action::PageUp => text.offset.saturating_sub(page),
        Action::PageDown => text.offset + page,
        Action::Top => 0,
        Action::Bottom => usize::MAX,
        _ => text.offset,
    };
    clamp_text(text, height);
}

fn clamp_text(text: &mut TextView, height: usize) {
    text.offset = text.offset.min(text.doc.len().saturating_sub(height));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settling_keeps_the_row_visible_and_moves_as_little_as_possible() {
        assert_eq!(settle(0, 0, 5), 0);
        assert_eq!(settle(4, 0, 5), 0);
        assert_eq!(settle(5, 0, 5), 1);
        assert_eq!(settle(2, 3, 5), 2);
        assert_eq!(settle(7, 0, 0), 7);
    }

    #[test]
    fn lists_stop_at_their_ends() {
        let mut list = ListView::default();
        move_in_list(&mut list, 3, Action::Up, 2);
        assert_eq!(list.selected, 0);
        move_in_list(&mut list, 3, Action::PageDown, 10);
        assert_eq!(list.selected, 2);
        move_in_list(&mut list, 3, Action::Down, 2);
        assert_eq!((list.selected, list.offset), (2, 1));
        move_in_list(&mut list, 0, Action::Down, 2);
        assert_eq!(list, ListView::default());
    }
}
