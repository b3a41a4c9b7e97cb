//! The Map screen: the part of the drawn map in view, with the tracks
//! named above it and the bands beside it wherever it is panned to, and
//! the selected role's panel.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;

use super::widgets::{pane, text_pane};
use crate::format as names;
use crate::model::map::canvas::Zoom;
use crate::tui::content::{marker, match_mark};
use crate::tui::layout;
use crate::tui::screen::{Given, MapView};
use crate::tui::theme::Theme;

/// How a line is lit: not at all, as one of the selected role's moves,
/// as a step of the route, as the move chosen.
const OF_SELECTED: u8 = 1;
const OF_ROUTE: u8 = 2;
const CHOSEN: u8 = 3;

pub fn draw(frame: &mut Frame, view: &MapView, g: &Given, theme: &Theme) {
    let areas = layout::map(g.area);
    let block = pane(&title(view, g), true, theme)
        .title_bottom(Line::styled(more(view, g), theme.quiet()).right_aligned());
    frame.render_widget(block, areas.map);
    let graph = layout::map_view(g.area);
    let buffer = frame.buffer_mut();
    names_around(buffer, view, g, graph, theme);
    lines(buffer, view, graph, theme);
    labels(buffer, view, g, graph, theme);
    text_pane(
        frame,
        areas.panel,
        "Selected role",
        &view.panel,
        false,
        theme,
    );
}

fn title(view: &MapView, g: &Given) -> String {
    let zoom = match view.zoom {
        Zoom::Full => "whole titles",
        Zoom::Short => "short labels",
    };
    let c = &view.canvas;
    match &view.neighbourhood {
        None => format!(
            "Map · {} roles, {} moves · {zoom}",
            c.nodes.len(),
            c.links.len()
        ),
        Some(near) => format!(
            "Map · {} of {} roles, within {} of {} · {zoom}",
            c.nodes.len(),
            g.model().roles().len(),
            crate::format::plural(near.hops, "move"),
            g.model().role(near.centre).title
        ),
    }
}

/// Which ways more of the map lies beyond the view.
fn more(view: &MapView, g: &Given) -> String {
    let v = layout::map_view(g.area);
    let (x, y) = view.pan;
    let c = &view.canvas;
    let ways = [
        (x > 0, "◀"),
        (x + usize::from(v.width) < c.width, "▶"),
        (y > 0, "▲"),
        (y + usize::from(v.height) < c.height, "▼"),
    ];
    let shown: Vec<&str> = ways.iter().filter(|w| w.0).map(|w| w.1).collect();
    if shown.is_empty() {
        String::new()
    } else {
        format!(" more {} (H J K L pan) ", shown.join(" "))
    }
}

/// Writes `text` from canvas column `x` on, clipped to the view's columns:
/// a character and the marks that combine with it share one cell, a wide
/// one takes two, and a mark with nothing to combine with takes none.
fn put(buffer: &mut Buffer, view: Rect, pan: usize, x: usize, row: u16, text: &str, style: Style) {
    use unicode_segmentation::UnicodeSegmentation;
    let mut at = x;
    for grapheme in text.graphemes(true) {
        let width = unicode_width::UnicodeWidthStr::width(grapheme);
        if width == 0 {
            continue;
        }
        if at >= pan && at + width <= pan + usize::from(view.width) {
            let column = view.x + (at - pan) as u16;
            buffer[(column, row)].set_symbol(grapheme).set_style(style);
            // The cell a wide character covers is drawn by it: blank, as
            // ratatui's own strings leave it, so a redraw that writes it
            // never moves the rest of the row.
            for covered in 1..width {
                buffer[(column + covered as u16, row)].reset();
            }
        }
        at += width;
    }
}

/// The tracks' names above the view, the bands' names left of it.
fn names_around(buffer: &mut Buffer, view: &MapView, g: &Given, graph: Rect, theme: &Theme) {
    let c = &view.canvas;
    let Some(header) = graph.y.checked_sub(1) else {
        return;
    };
    for &(track, x, width) in &c.tracks {
        // A track reaching into view from the left is named from the
        // view's edge.
        let from = x.max(view.pan.0).min(x + width);
        let name = crate::wrap::fit(&g.model().track(track).name, x + width - from);
        put(
            buffer,
            graph,
            view.pan.0,
            from,
            header,
            &name,
            theme.heading(),
        );
    }
    let margin = Rect {
        x: graph.x.saturating_sub(layout::MAP_MARGIN),
        width: layout::MAP_MARGIN - 1,
        ..graph
    };
    for (&band, &y) in c.bands.iter().zip(&c.band_rows) {
        if y >= view.pan.1 && y < view.pan.1 + usize::from(graph.height) {
            let row = graph.y + (y - view.pan.1) as u16;
            let name = names::capitalised(names::band(band));
            let name = crate::wrap::fit(&name, usize::from(margin.width));
            put(buffer, margin, 0, 0, row, &name, theme.quiet());
        }
    }
}

fn lines(buffer: &mut Buffer, view: &MapView, graph: Rect, theme: &Theme) {
    let c = &view.canvas;
    let (px, py) = view.pan;
    let (w, h) = (usize::from(graph.width), usize::from(graph.height));
    let mut lit = vec![0u8; w * h];
    let mine: Vec<usize> = view.moves.iter().map(|m| m.link).collect();
    let chosen: Vec<usize> = view
        .moves
        .get(view.chosen)
        .map(|m| m.link)
        .into_iter()
        .collect();
    for (links, level) in [
        (mine, OF_SELECTED),
        (view.route_links(), OF_ROUTE),
        (chosen, CHOSEN),
    ] {
        for link in links {
            for &(x, y) in &c.paths[link] {
                if (px..px + w).contains(&x) && (py..py + h).contains(&y) {
                    let at = &mut lit[(y - py) * w + (x - px)];
                    *at = (*at).max(level);
                }
            }
        }
    }
    let lit_at = |col: isize, row: isize| {
        if col < 0 || row < 0 || col as usize >= w || row as usize >= h {
            return true;
        }
        lit[row as usize * w + col as usize] > 0
    };
    for row in 0..h {
        for col in 0..w {
            let cell = c.cell(px + col, py + row);
            let level = lit[row * w + col];
            if cell.is_empty() || (!view.every_line && level == 0) {
                continue;
            }
            let cell = if view.every_line {
                cell
            } else {
                let (x, y) = (col as isize, row as isize);
                cell.only([
                    lit_at(x, y - 1),
                    lit_at(x + 1, y),
                    lit_at(x, y + 1),
                    lit_at(x - 1, y),
                ])
            };
            let style = match level {
                0 => theme.quiet(),
                OF_SELECTED => Style::new(),
                OF_ROUTE => theme.met().add_modifier(Modifier::BOLD),
                _ => theme.key().add_modifier(Modifier::BOLD),
            };
            let position = (graph.x + col as u16, graph.y + row as u16);
            buffer[position]
                .set_char(cell.glyph(view.glyphs))
                .set_style(style);
        }
    }
}

fn labels(buffer: &mut Buffer, view: &MapView, g: &Given, graph: Rect, theme: &Theme) {
    let (px, py) = view.pan;
    for node in &view.canvas.nodes {
        if node.y < py || node.y >= py + usize::from(graph.height) {
            continue;
        }
        let row = graph.y + (node.y - py) as u16;
        let mark = marker(view, g, node.role);
        let met = view
            .quarters(node.role)
            .map_or(' ', |q| match_mark(q, view.glyphs));
        let text = format!(
            "{mark}{met}{}",
            crate::wrap::fit(&node.label, node.width - 2)
        );
        let you = &g.person.resolved;
        let style = if node.role == view.selected {
            theme.selected()
        } else if you.current == Some(node.role) || you.target == Some(node.role) {
            theme.title()
        } else if view.route.contains(&node.role) {
            theme.met().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
        put(buffer, graph, px, node.x, row, &text, style);
        if node.role == view.selected {
            // Marked by brackets too, for terminals without colour or
            // reverse video; the cells either side of a label are free.
            let close = node.x + node.width;
            if let Some(open) = node.x.checked_sub(1) {
                put(buffer, graph, px, open, row, "[", style);
            }
            put(buffer, graph, px, close, row, "]", style);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mark_shares_its_characters_cell_and_a_wide_one_takes_two() {
        let area = Rect::new(0, 0, 8, 1);
        let mut buffer = Buffer::empty(area);
        put(
            &mut buffer,
            area,
            0,
            1,
            0,
            "e\u{301}x漢y\u{301}",
            Style::new(),
        );
        let cells: Vec<&str> = (0..8).map(|x| buffer[(x, 0)].symbol()).collect();
        assert_eq!(
            cells,
            [" ", "e\u{301}", "x", "漢", " ", "y\u{301}", " ", " "]
        );
        // Panned past the accented e: the rest moves left.
        let mut panned = Buffer::empty(area);
        put(&mut panned, area, 2, 1, 0, "e\u{301}x漢y", Style::new());
        let cells: Vec<&str> = (0..4).map(|x| panned[(x, 0)].symbol()).collect();
        assert_eq!(cells, ["x", "漢", " ", "y"]);
    }
}
