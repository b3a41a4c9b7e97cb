//! The Plan screen: the fastest routes to the person's goal, and the steps
//! of the selected one.

use ratatui::Frame;
use ratatui::text::{Line, Span};

use super::widgets::{fit, pane, row_style, text_pane, with_position};
use crate::format;
use crate::tui::layout;
use crate::tui::person::Outcome;
use crate::tui::screen::{Given, PlanPane, PlanView};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, view: &PlanView, g: &Given, theme: &Theme) {
    let p = g.prepared;
    let panes = layout::plan(frame.area());
    let focused = view.focus == PlanPane::Routes;
    let title = match &view.outcome {
        Outcome::Ready { to, .. } => format!("Routes to {}", p.model.role(*to).title),
        _ => "Routes".to_string(),
    };
    let inner = layout::inner(panes.routes);
    let height = usize::from(inner.height);
    let block = with_position(
        pane(&title, focused, theme),
        (view.list.offset, height, view.routes()),
        true,
        theme,
    );
    frame.render_widget(block, panes.routes);
    let person = g.person;
    let hide = person.profile.hide_times;
    let width = usize::from(inner.width);
    let lines: Vec<Line> = match &view.outcome {
        Outcome::Ready { plan, .. } => {
            let exact = plan.exact;
            plan.routes
                .iter()
                .enumerate()
                .skip(view.list.offset)
                .take(height)
                .map(|(i, route)| {
                    let (marker, style) = row_style(i == view.list.selected, focused, theme);
                    let name = match i {
                        0 if exact => "Fastest".to_string(),
                        0 => "Best found".to_string(),
                        _ => format!("Alternative {i}"),
                    };
                    let moves = format::plural(route.steps.len(), "move");
                    let time = if hide {
                        String::new()
                    } else {
                        crate::tui::content::short_months(&route.cost.scaled(person.pace()))
                    };
                    let label_width = width.saturating_sub(2 + time.chars().count() + 1);
                    let cost_style = if route.cost.estimated {
                        theme.estimate()
                    } else {
                        theme.quiet()
                    };
                    Line::from(vec![
                        Span::styled(marker, style),
                        Span::styled(fit(&format!("{name} · {moves}"), label_width), style),
                        Span::raw(" "),
                        Span::styled(time, cost_style.patch(style)),
                    ])
                })
                .collect()
        }
        Outcome::Planning => vec![Line::styled("Searching…", theme.quiet())],
        _ => vec![Line::styled("No plan yet.", theme.quiet())],
    };
    super::widgets::rows(frame, inner, lines);
    text_pane(
        frame,
        panes.steps,
        "Steps, in the order to learn",
        &view.detail,
        view.focus == PlanPane::Steps,
        theme,
    );
}
