//! The Search screen: the query and the ranked hits, matched characters
//! marked. Match positions are computed only for the rows shown.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::widgets::{fit, input, pane, row_style, with_position};
use crate::format;
use crate::model::search::{Field, Hit, Target};
use crate::tui::layout;
use crate::tui::prepared::Prepared;
use crate::tui::screen::Search;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, search: &Search, p: &Prepared, theme: &Theme) {
    let panes = layout::search(frame.area());
    frame.render_widget(pane("Search roles and skills", false, theme), panes.query);
    input(
        frame,
        layout::inner(panes.query),
        "/ ",
        &search.query,
        theme,
    );

    let title = match (&search.scan, search.hits.len()) {
        (Some(_), _) => "Hits (searching…)".to_string(),
        (None, 0) => "Hits".to_string(),
        (None, n) => format!("Hits ({})", format::grouped(n as f64)),
    };
    let inner = layout::inner(panes.hits);
    let block = pane(&title, true, theme);
    let height = usize::from(inner.height);
    frame.render_widget(
        with_position(
            block,
            (search.list.offset, height, search.hits.len()),
            true,
            theme,
        ),
        panes.hits,
    );
    if search.hits.is_empty() {
        let text = if let Some(scan) = &search.scan {
            format!(
                "Searching for “{}”: {} roles and skills to go…",
                scan.query(),
                format::grouped(scan.left() as f64)
            )
        } else if search.query.trim().is_empty() {
            "Type part of a role title, skill name or id. Matching is fuzzy: `cmpl` finds Compiler."
                .to_string()
        } else {
            format!(
                "Nothing matches “{}”. Try fewer letters, or Ctrl-U to start again.",
                search.query
            )
        };
        let paragraph = Paragraph::new(Line::styled(text, theme.quiet()))
            .wrap(ratatui::widgets::Wrap { trim: true });
        frame.render_widget(paragraph, inner);
        return;
    }
    let width = usize::from(inner.width);
    let lines: Vec<Line> = search
        .hits
        .sorted()
        .iter()
        .enumerate()
        .skip(search.list.offset)
        .take(usize::from(inner.height))
        .map(|(i, hit)| {
            hit_line(
                hit,
                i == search.list.selected,
                &search.query,
                width,
                p,
                theme,
            )
        })
        .collect();
    super::widgets::rows(frame, inner, lines);
}

fn hit_line<'a>(
    hit: &Hit,
    selected: bool,
    query: &str,
    width: usize,
    p: &'a Prepared,
    theme: &Theme,
) -> Line<'a> {
    let (marker, style) = row_style(selected, true, theme);
    let (kind, detail) = match hit.target {
        Target::Role(r) => {
            let role = p.model.role(r);
            let detail = format!(
                "{} · {}",
                format::band(role.band),
                p.model.track(role.track).name
            );
            ("role ", detail)
        }
        Target::Skill(s) => {
            let skill = p.model.skill(s);
            (
                "skill",
                format!("{} skill", format::category(skill.category)),
            )
        }
    };
    let text = p.search().text(hit);
    let name = match (hit.field, hit.target) {
        (Field::Id, Target::Role(r)) => Some(p.model.role(r).title.as_str()),
        (Field::Id, Target::Skill(s)) => Some(p.model.skill(s).name.as_str()),
        (Field::Name, _) => None,
    };
    let positions = p.search().positions(hit, query);
    let mut spans = vec![
        Span::styled(marker, style),
        Span::styled(format!("{kind} "), theme.quiet().patch(style)),
    ];
    let room = width.saturating_sub(8);
    let text_width = unicode_width::UnicodeWidthStr::width(text).min(room);
    let shown = fit(text, text_width);
    for (i, ch) in shown.chars().enumerate() {
        let matched = positions.contains(&i) && ch != '…';
        let ch_style = if matched {
            theme.matched().patch(style)
        } else {
            style
        };
        spans.push(Span::styled(ch.to_string(), ch_style));
    }
    let mut rest = room.saturating_sub(text_width);
    if let Some(name) = name
        && rest > 4
    {
        let part = fit(&format!(" — {name}"), rest);
        rest = rest.saturating_sub(part.trim_end().chars().count());
        spans.push(Span::styled(part.trim_end().to_string(), style));
    }
    if rest > 4 {
        spans.push(Span::styled(
            fit(&format!("  {detail}"), rest),
            theme.quiet(),
        ));
    }
    Line::from(spans)
}
