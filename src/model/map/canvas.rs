//! A [`Layout`] drawn on a grid of character cells: each role a one-line
//! label in its band's row, and each move a line of box-drawing cells
//! from one label to another, ending in an arrow. Worked out once for a
//! layout and a zoom; a frame only copies cells.
//!
//! Rows, from the top: a street, the highest band's labels, a street, the
//! next band down, and so on. Streets carry the lines; the lines of one
//! role going the same way share a trunk (a lane of the street), and the
//! lines into one role share its last stretch, so they meet in junctions
//! (`┬ ┴ ├ ┤ ┼`) rather than running side by side. A line that passes
//! another without joining it is drawn as the vertical one going over
//! (`│`). Moves that skip a band go up or down through a gap between
//! labels, so no line ever crosses a label.

mod cell;
mod label;
mod streets;

pub use cell::{Arrow, Cell, Glyphs};
use cell::{E, N, S, W};
pub use label::shown_title;
use streets::{End, Ports, Side};

use super::{Layout, Link};
use crate::model::{Band, Model, RoleIx, TrackIx};

/// How much of each title the labels show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zoom {
    /// Whole titles (up to a width), so fewer roles fit across.
    Full,
    /// Short labels, so more of the map fits.
    Short,
}

/// A role's label on the canvas.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub role: RoleIx,
    pub x: usize,
    pub y: usize,
    pub width: usize,
    /// The title as the zoom shows it, two columns shorter than the label
    /// (they hold the role's marks).
    pub label: String,
}

impl Node {
    pub fn contains(&self, x: usize, y: usize) -> bool {
        y == self.y && (self.x..self.x + self.width).contains(&x)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Canvas {
    pub width: usize,
    pub height: usize,
    cells: Vec<Cell>,
    pub nodes: Vec<Node>,
    /// The moves drawn, as in the layout.
    pub links: Vec<Link>,
    /// The cells each link passes, in the order of [`Canvas::links`].
    pub paths: Vec<Vec<(usize, usize)>>,
    /// The bands drawn, lowest first, and the row of each one's labels.
    pub bands: Vec<Band>,
    pub band_rows: Vec<usize>,
    /// Each track's columns: where they start and how wide they are.
    pub tracks: Vec<(TrackIx, usize, usize)>,
}

impl Canvas {
    pub fn cell(&self, x: usize, y: usize) -> Cell {
        if x < self.width && y < self.height {
            self.cells[y * self.width + x]
        } else {
            Cell::default()
        }
    }

    pub fn node_of(&self, role: RoleIx) -> Option<&Node> {
        self.nodes.iter().find(|n| n.role == role)
    }

    /// The role whose label covers a cell.
    pub fn node_at(&self, x: usize, y: usize) -> Option<&Node> {
        self.nodes.iter().find(|n| n.contains(x, y))
    }

    /// The canvas as plain lines, each label as `[title]` without marks:
    /// for tests, and for reading a map where no terminal is.
    pub fn lines(&self, glyphs: Glyphs) -> Vec<String> {
        use unicode_segmentation::UnicodeSegmentation;
        // A cell each: a character with the marks that combine with it, or
        // nothing where a wide character before it covers the cell.
        let mut rows: Vec<Vec<String>> = (0..self.height)
            .map(|y| {
                (0..self.width)
                    .map(|x| self.cell(x, y).glyph(glyphs).to_string())
                    .collect()
            })
            .collect();
        for node in &self.nodes {
            let text = crate::wrap::fit(&format!("[{}]", node.label), node.width);
            let mut x = node.x;
            for grapheme in text.graphemes(true) {
                let width = unicode_width::UnicodeWidthStr::width(grapheme);
                for (n, cell) in rows[node.y].iter_mut().skip(x).take(width).enumerate() {
                    *cell = if n == 0 {
                        grapheme.to_string()
                    } else {
                        String::new()
                    };
                }
                x += width;
            }
        }
        rows.into_iter()
            .map(|r| r.concat().trim_end().to_string())
            .collect()
    }

    fn add(&mut self, x: usize, y: usize, lines: u8) {
        self.cells[y * self.width + x].lines |= lines;
    }

    fn vertical(&mut self, x: usize, from: usize, to: usize, path: &mut Vec<(usize, usize)>) {
        let (top, bottom) = (from.min(to), from.max(to));
        for y in top..=bottom {
            let mut bits = 0;
            if y > top {
                bits |= N;
            }
            if y < bottom {
                bits |= S;
            }
            self.add(x, y, bits);
            path.push((x, y));
        }
    }

    fn horizontal(&mut self, y: usize, from: usize, to: usize, path: &mut Vec<(usize, usize)>) {
        let (left, right) = (from.min(to), from.max(to));
        for x in left..=right {
            let mut bits = 0;
            if x > left {
                bits |= W;
            }
            if x < right {
                bits |= E;
            }
            self.add(x, y, bits);
            path.push((x, y));
        }
    }
}

/// The columns between labels, the first before the first label.
const GAP: usize = 3;
/// A short label's width, its two marks included.
const SHORT: usize = 17;
/// The widest a whole title's label grows.
const FULL_MAX: usize = 36;

/// Draws `layout` at `zoom`.
pub fn draw(model: &Model, layout: &Layout, zoom: Zoom) -> Canvas {
    let label = match zoom {
        Zoom::Short => SHORT,
        Zoom::Full => {
            let widest = layout
                .places
                .iter()
                .map(|p| unicode_width::UnicodeWidthStr::width(model.role(p.role).title.as_str()))
                .max()
                .unwrap_or(0);
            (widest + 2).clamp(8, FULL_MAX)
        }
    };
    // Ports: where lines reach and leave a label, on its top and its
    // bottom, four columns apart so that no line into a label runs on
    // into another's trunk.
    let port = |fifths: usize| label * fifths / 5;
    let (top_in, bottom_out, bottom_in, top_out) = (port(1), port(2), port(3), port(4));
    let layers = layout.bands.len();
    let place = |r: RoleIx| layout.place_of(r).expect("a link's roles are placed");

    // Moves that skip a band pass it in the gap before the target's
    // column, each at a column of its own.
    let mut slots = vec![0usize; layout.columns + 1];
    let mut long: Vec<Option<(usize, usize)>> = Vec::new();
    for l in &layout.links {
        let (a, b) = (place(l.from), place(l.to));
        if a.layer.abs_diff(b.layer) >= 2 {
            long.push(Some((b.column, slots[b.column])));
            slots[b.column] += 1;
        } else {
            long.push(None);
        }
    }
    let gaps: Vec<usize> = slots.iter().map(|&n| GAP.max(n + 2)).collect();
    let mut column_x = Vec::with_capacity(layout.columns);
    let mut x = 0;
    for gap in gaps.iter().take(layout.columns) {
        x += gap;
        column_x.push(x);
        x += label;
    }
    let width = x + GAP;
    let gap_x = |column: usize| {
        column_x
            .get(column)
            .map_or(width - GAP, |x| x - gaps[column])
    };
    let pass_x = |link: usize| long[link].map(|(column, slot)| gap_x(column) + 1 + slot);

    let ports = Ports {
        top_in,
        bottom_out,
        bottom_in,
        top_out,
        width: label,
    };
    let (streets, lanes) = streets::nets(layout, &column_x, ports, &pass_x);
    // Rows, from the top street down.
    let mut band_rows = vec![0; layers];
    let mut street_top = vec![0; layers + 1];
    let mut y = 0;
    for street in (0..=layers).rev() {
        street_top[street] = y;
        let outer = street == 0 || street == layers;
        y += match (outer, streets[street].is_empty()) {
            (true, true) => 0,
            (true, false) => lanes[street] + 1,
            (false, _) => lanes[street] + 2,
        };
        if street > 0 {
            band_rows[street - 1] = y;
            y += 1;
        }
    }
    let height = y;
    // The rows of a street against the band above and below, and its
    // first lane.
    let upper_row = |s: usize| street_top[s];
    let lower_row = |s: usize| {
        if s == layers {
            street_top[s] + lanes[s]
        } else {
            street_top[s] + lanes[s] + 1
        }
    };
    let lane_row = |s: usize, lane: usize| street_top[s] + lane + usize::from(s != layers);

    let mut canvas = Canvas {
        width,
        height,
        cells: vec![Cell::default(); width * height],
        nodes: layout
            .places
            .iter()
            .map(|p| Node {
                role: p.role,
                x: column_x[p.column],
                y: band_rows[p.layer],
                width: label,
                label: shown_title(&model.role(p.role).title, label - 2, zoom),
            })
            .collect(),
        links: layout.links.clone(),
        paths: vec![Vec::new(); layout.links.len()],
        bands: layout.bands.clone(),
        band_rows: band_rows.clone(),
        tracks: layout
            .blocks
            .iter()
            .map(|b| {
                let x = column_x[b.first_column];
                let last = column_x[b.first_column + b.columns - 1] + label;
                (b.track, x, last - x)
            })
            .collect(),
    };
    for (s, nets) in streets.iter().enumerate() {
        for net in nets {
            let row_of = |e: &End| match e.side {
                Side::Upper => upper_row(s),
                Side::Lower => lower_row(s),
            };
            let toward_band = |e: &End| match e.side {
                Side::Upper => N,
                Side::Lower => S,
            };
            let lane = net.lane.map(|l| lane_row(s, l));
            for (to, link) in &net.to {
                let mut path = Vec::new();
                match lane {
                    Some(y) => {
                        canvas.vertical(net.from.x, row_of(&net.from), y, &mut path);
                        canvas.horizontal(y, net.from.x, to.x, &mut path);
                        canvas.vertical(to.x, y, row_of(to), &mut path);
                    }
                    None => canvas.vertical(to.x, row_of(&net.from), row_of(to), &mut path),
                }
                canvas.paths[*link].extend(path);
            }
            let ends = net.to.iter().map(|(e, _)| e).chain([&net.from]);
            for end in ends {
                let row = row_of(end);
                canvas.add(end.x, row, toward_band(end));
                if let Some(y) = lane {
                    canvas.cells[y * width + end.x].joint = true;
                }
            }
            for (to, _) in &net.to {
                if to.label {
                    let arrow = match to.side {
                        Side::Upper => Arrow::Up,
                        Side::Lower => Arrow::Down,
                    };
                    canvas.cells[row_of(to) * width + to.x].arrow = Some(arrow);
                }
            }
        }
    }
    // Long links pass through the bands between their ends.
    for (i, l) in layout.links.iter().enumerate() {
        let Some(x) = pass_x(i) else { continue };
        let (a, b) = (place(l.from).layer, place(l.to).layer);
        for &y in &band_rows[a.min(b) + 1..a.max(b)] {
            canvas.add(x, y, N | S);
            canvas.paths[i].push((x, y));
        }
    }
    for path in &mut canvas.paths {
        path.sort();
        path.dedup();
    }
    canvas
}

#[cfg(test)]
mod tests;
