//! Where each pane goes for a terminal size. Pure, so update uses the same
//! areas as the view to lay out text, keep selections visible and hit-test
//! the mouse.

use ratatui::layout::Rect;

/// Below this the app asks for a larger terminal instead of drawing.
pub const MIN_COLUMNS: u16 = 60;
pub const MIN_ROWS: u16 = 16;

/// Three columns from this width on.
const WIDE: u16 = 140;

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_COLUMNS || area.height < MIN_ROWS
}

/// The frame around every screen: the trail on top, hints at the bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frame {
    pub top: Rect,
    pub body: Rect,
    pub hints: Rect,
}

pub fn frame(area: Rect) -> Frame {
    let (top, rest) = split_rows(area, 1);
    let (body, hints) = split_rows(rest, rest.height.saturating_sub(1));
    Frame { top, body, hints }
}

/// The first `rows` rows of `area` and the rest. Plain arithmetic: these
/// splits are simple, and a constraint solver would cost the first frame.
fn split_rows(area: Rect, rows: u16) -> (Rect, Rect) {
    let rows = rows.min(area.height);
    (
        Rect {
            height: rows,
            ..area
        },
        Rect {
            y: area.y + rows,
            height: area.height - rows,
            ..area
        },
    )
}

/// The first `columns` columns of `area` and the rest.
fn split_columns(area: Rect, columns: u16) -> (Rect, Rect) {
    let columns = columns.min(area.width);
    (
        Rect {
            width: columns,
            ..area
        },
        Rect {
            x: area.x + columns,
            width: area.width - columns,
            ..area
        },
    )
}

fn percent(length: u16, percent: u32) -> u16 {
    ((u32::from(length) * percent + 50) / 100) as u16
}

/// The Explore screen's panes (outer areas, borders included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExploreAreas {
    pub card: Rect,
    pub moves: Rect,
    pub takes: Rect,
}

pub fn explore(area: Rect) -> ExploreAreas {
    let body = frame(area).body;
    if area.width >= WIDE {
        // The card's table stops growing at a width; the rest goes to the
        // move's skills, so their names show whole.
        let (card, rest) = split_columns(body, percent(body.width, 40));
        let (moves, takes) = split_columns(rest, percent(body.width, 26));
        return ExploreAreas { card, moves, takes };
    }
    let (card, side) = split_columns(body, percent(body.width, 55));
    let (moves, takes) = split_rows(side, percent(side.height, 45));
    ExploreAreas { card, moves, takes }
}

/// The Search screen: the query line and the hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotesAreas {
    pub notes: Rect,
    pub items: Rect,
}

/// The Notes screen: the session's notes beside the action items, or above
/// them where the terminal is narrow.
pub fn notes(area: Rect) -> NotesAreas {
    let body = frame(area).body;
    let (notes, items) = if area.width >= 100 {
        split_columns(body, percent(body.width, 62))
    } else {
        split_rows(body, percent(body.height, 62))
    };
    NotesAreas { notes, items }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchAreas {
    pub query: Rect,
    pub hits: Rect,
}

pub fn search(area: Rect) -> SearchAreas {
    let (query, hits) = split_rows(frame(area).body, 3);
    SearchAreas { query, hits }
}

/// The Skill screen: the skill's details and the roles that need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SkillAreas {
    pub details: Rect,
    pub roles: Rect,
}

pub fn skill(area: Rect) -> SkillAreas {
    let body = frame(area).body;
    let (details, roles) = if area.width >= 120 {
        split_columns(body, percent(body.width, 60))
    } else {
        split_rows(body, percent(body.height, 60))
    };
    SkillAreas { details, roles }
}

/// The Profile screen: the summary above (or beside) the skills, and the
/// selected skill explained beside them (or below them, on narrow
/// terminals).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProfileAreas {
    pub summary: Rect,
    pub skills: Rect,
    pub detail: Rect,
}

pub fn profile(area: Rect) -> ProfileAreas {
    let body = frame(area).body;
    let (summary, rest) = if area.width >= WIDE {
        split_columns(body, percent(body.width, 30))
    } else {
        split_rows(body, 7.min(body.height / 2))
    };
    let (skills, detail) = if rest.width >= 110 {
        split_columns(rest, percent(rest.width, 62))
    } else {
        // The list keeps most of the height; the skill gets a strip.
        let strip = 6.min(rest.height / 2);
        split_rows(rest, rest.height - strip)
    };
    ProfileAreas {
        summary,
        skills,
        detail,
    }
}

/// The Plan screen: the routes, and the selected route's steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanAreas {
    pub routes: Rect,
    pub steps: Rect,
}

pub fn plan(area: Rect) -> PlanAreas {
    let body = frame(area).body;
    let (routes, steps) = if area.width >= 120 {
        split_columns(body, percent(body.width, 34))
    } else {
        // Room for the best route and three alternatives.
        split_rows(body, 6.min(body.height / 2))
    };
    PlanAreas { routes, steps }
}

/// The Map screen: the map, and the selected role beside it (or in a
/// strip below it, on narrow terminals).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MapAreas {
    pub map: Rect,
    pub panel: Rect,
}

/// Columns of the map's margin, where the bands are named.
pub const MAP_MARGIN: u16 = 10;

pub fn map(area: Rect) -> MapAreas {
    let body = frame(area).body;
    let (map, panel) = if body.width >= 100 {
        split_columns(body, body.width - 36)
    } else {
        split_rows(body, body.height - 6.min(body.height / 3))
    };
    MapAreas { map, panel }
}

/// The part of the map's pane the roles and lines are drawn in: inside
/// its border, below the tracks' names, right of the bands' margin.
pub fn map_view(area: Rect) -> Rect {
    let inner = inner(map(area).map);
    let (_, below) = split_rows(inner, 1);
    let (_, view) = split_columns(below, MAP_MARGIN);
    view
}

/// A centred overlay (help, sources) that leaves the frame around visible.
pub fn overlay(area: Rect) -> Rect {
    let body = frame(area).body;
    let width = body.width.saturating_sub(4).min(100);
    let height = body.height.saturating_sub(2);
    Rect {
        x: body.x + (body.width - width) / 2,
        y: body.y + (body.height - height) / 2,
        width,
        height,
    }
}

/// The inside of a bordered pane.
pub fn inner(pane: Rect) -> Rect {
    Rect {
        x: pane.x.saturating_add(1),
        y: pane.y.saturating_add(1),
        width: pane.width.saturating_sub(2),
        height: pane.height.saturating_sub(2),
    }
}

/// Whether a cell lies inside `rect`.
pub fn contains(rect: Rect, column: u16, row: u16) -> bool {
    column >= rect.x && column < rect.right() && row >= rect.y && row < rect.bottom()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fits(outer: Rect, inner: Rect) -> bool {
        inner.x >= outer.x
            && inner.y >= outer.y
            && inner.right() <= outer.right()
            && inner.bottom() <= outer.bottom()
    }

    #[test]
    fn panes_fit_inside_the_screen_at_every_size() {
        for (w, h) in [
            (0, 0),
            (1, 1),
            (60, 16),
            (80, 24),
            (120, 40),
            (200, 60),
            (500, 3),
        ] {
            let area = Rect::new(0, 0, w, h);
            let e = explore(area);
            let s = search(area);
            let k = skill(area);
            let (pr, pl, mp) = (profile(area), plan(area), map(area));
            for pane in [
                e.card, e.moves, e.takes, s.query, s.hits, k.details, k.roles, pr.summary,
                pr.skills, pl.routes, pl.steps, mp.map, mp.panel,
            ] {
                assert!(fits(area, pane), "{pane:?} outside {area:?}");
                assert!(fits(pane, inner(pane)) || pane.width < 2 || pane.height < 2);
            }
            assert!(fits(area, overlay(area)));
        }
    }

    #[test]
    fn an_80_by_24_terminal_is_large_enough_and_wide_ones_get_three_columns() {
        assert!(!too_small(Rect::new(0, 0, 80, 24)));
        assert!(too_small(Rect::new(0, 0, 59, 40)));
        let narrow = explore(Rect::new(0, 0, 80, 24));
        assert_eq!(narrow.moves.x, narrow.takes.x);
        let wide = explore(Rect::new(0, 0, 200, 60));
        assert!(wide.moves.x < wide.takes.x);
        assert_eq!(wide.card.height, 58);
    }
}
