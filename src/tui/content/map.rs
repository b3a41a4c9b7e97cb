//! The Map screen's panel: the selected role in full (title, band and
//! track, the person's match, the card's summary), its moves with the
//! chosen one marked, and what the map's marks mean. Also the marks
//! themselves, which the map draws beside each title.

use super::super::doc::{Doc, Meaning};
use super::push_spans;
use crate::card::Spans;
use crate::card::role::{RoleCard, Viewer};
use crate::format as names;
use crate::model::RoleIx;
use crate::model::map::canvas::Glyphs;
use crate::model::map::steps::MoveOf;
use crate::tui::screen::{Given, MapView};

/// What the first mark of a label says: the person's role, their goal, a
/// role on their route, or nothing.
pub fn marker(view: &MapView, g: &Given, role: RoleIx) -> char {
    let ascii = view.glyphs == Glyphs::Ascii;
    let resolved = &g.person.resolved;
    if resolved.current == Some(role) {
        if ascii { '@' } else { '◆' }
    } else if resolved.target == Some(role) {
        if ascii { '*' } else { '★' }
    } else if view.route.contains(&role) {
        if ascii { '+' } else { '•' }
    } else {
        ' '
    }
}

/// The second mark: how many quarters of a role's essential skills the
/// person meets.
pub fn match_mark(quarters: u8, glyphs: Glyphs) -> char {
    let marks = match glyphs {
        Glyphs::Boxes => ['○', '◔', '◑', '◕', '●'],
        Glyphs::Ascii => ['0', '1', '2', '3', '4'],
    };
    marks[usize::from(quarters.min(4))]
}

pub fn map_panel(view: &MapView, g: &Given, width: usize) -> Doc {
    let m = g.model();
    let role = view.selected;
    let viewer = Viewer {
        profile: &g.person.profile,
        resolved: &g.person.resolved,
    };
    let card = RoleCard::new(m, role, Some(viewer));
    let mut doc = Doc::new();
    doc.wrapped(&card.title, width, "", "", Meaning::Title);
    let mut placing = card.placing.clone();
    if let Some(i) = view.route.iter().position(|&r| r == role) {
        let mark = marker(view, g, role);
        let of = view.route.len();
        placing.push_str(&format!(" · {mark} step {} of {of} of your route", i + 1));
    } else if g.person.resolved.current == Some(role) {
        placing.push_str(&format!(" · {} your role", marker(view, g, role)));
    } else if g.person.resolved.target == Some(role) {
        placing.push_str(&format!(" · {} your goal", marker(view, g, role)));
    }
    doc.wrapped(&placing, width, "", "", Meaning::Quiet);
    chosen(view, g, width, &mut doc);
    if let Some(you) = &card.you {
        let mut spans: Spans = vec![(format!("{} ", you.lead()), Meaning::Plain)];
        spans.extend(you.gap.iter().cloned());
        push_spans(&mut doc, spans, width);
    }
    neighbourhood(view, g, width, &mut doc);
    doc.blank();
    doc.wrapped(&card.summary, width, "", "", Meaning::Plain);
    doc.blank();
    moves(view, g, width, &mut doc);
    doc.blank();
    legend(view, width, &mut doc);
    doc
}

/// The move chosen, in one line: the first the panel shows after where
/// the role is, so it is in view on the smallest screen too.
fn chosen(view: &MapView, g: &Given, width: usize, doc: &mut Doc) {
    let Some(x) = view.moves.get(view.chosen) else {
        doc.wrapped("No moves on the map.", width, "", "", Meaning::Quiet);
        return;
    };
    let text = format!(
        "Move {} of {}: {} (Tab: another · f: go)",
        view.chosen + 1,
        view.moves.len(),
        move_text(view, g, *x)
    );
    doc.wrapped(&text, width, "", "  ", Meaning::Plain);
}

fn move_text(view: &MapView, g: &Given, x: MoveOf) -> String {
    let link = &view.canvas.links[x.link];
    let arrow = if x.outgoing { "→" } else { "←" };
    let other = &g.model().role(x.other(&view.canvas)).title;
    format!("{arrow} {other} · {}", names::move_kind(link.kind))
}

fn moves(view: &MapView, g: &Given, width: usize, doc: &mut Doc) {
    if view.moves.is_empty() {
        return;
    }
    let out = view.moves.iter().filter(|x| x.outgoing).count();
    let heading = format!(
        "Moves: {out} out, {} in (Tab chooses, f follows)",
        view.moves.len() - out
    );
    doc.wrapped(&heading, width, "", "", Meaning::Heading);
    for (i, x) in view.moves.iter().enumerate() {
        let text = move_text(view, g, *x);
        let (lead, meaning) = if i == view.chosen {
            ("▶ ", Meaning::Title)
        } else {
            ("  ", Meaning::Plain)
        };
        doc.wrapped(&text, width, lead, "    ", meaning);
    }
}

fn legend(view: &MapView, width: usize, doc: &mut Doc) {
    let ascii = view.glyphs == Glyphs::Ascii;
    let (you, goal, route) = if ascii {
        ("@", "*", "+")
    } else {
        ("◆", "★", "•")
    };
    let marks = format!("{you} your role  {goal} your goal  {route} on your route");
    doc.wrapped(&marks, width, "", "", Meaning::Quiet);
    let met = format!(
        "{}…{} essential skills you meet, none to all",
        match_mark(0, view.glyphs),
        match_mark(4, view.glyphs)
    );
    doc.wrapped(&met, width, "", "", Meaning::Quiet);
    let lines = if ascii {
        "^ v: where a move ends. + lines join; a | through - only crosses it."
    } else {
        "▲ ▼: where a move ends. ┬ ┴ ├ ┤ ┼: lines join; a │ through ─ only crosses it."
    };
    doc.wrapped(lines, width, "", "", Meaning::Quiet);
}

/// Says that a large pack shows only part of itself, and how to see more.
fn neighbourhood(view: &MapView, g: &Given, width: usize, doc: &mut Doc) {
    if let Some(near) = &view.neighbourhood {
        doc.blank();
        let title = &g.model().role(near.centre).title;
        let text = format!(
            "This pack is too large to read whole: shown are the {} roles within {} of {title}{}. + and - reach further or nearer; r centres on the selected role.",
            view.canvas.nodes.len(),
            crate::format::plural(near.hops, "move"),
            if near.cut { " (the nearest only)" } else { "" },
        );
        doc.wrapped(&text, width, "", "", Meaning::Warning);
    }
}
