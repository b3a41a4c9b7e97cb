//! What an event from the terminal means to the explorer: keys, Ctrl-Z,
//! a new size (capped), clicks told apart from double clicks, and the
//! wheel.

use std::time::{Duration, Instant};

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::layout::{Rect, Size};

use super::action::Input;
use super::capped;
use super::keys::Key;

/// Two clicks on one cell within this time are a double click.
const DOUBLE_CLICK: Duration = Duration::from_millis(400);

pub enum Translated {
    Key(Key),
    Input(Input),
    /// Ctrl-Z: in raw mode the terminal sends it as a key, not as SIGTSTP.
    Suspend,
    /// Text pasted (bracketed paste), to insert as one.
    Paste(String),
}

/// The last click, to tell double clicks.
#[derive(Default)]
pub struct Clicks {
    last: Option<(Instant, u16, u16)>,
}

impl Clicks {
    /// Whether a press at `now` on this cell makes a double click: the
    /// same cell as the last press, soon enough. A double click is not the
    /// first half of another.
    pub fn press(&mut self, now: Instant, column: u16, row: u16) -> bool {
        let double = self.last.is_some_and(|(at, c, r)| {
            c == column && r == row && now.saturating_duration_since(at) < DOUBLE_CLICK
        });
        self.last = if double {
            None
        } else {
            Some((now, column, row))
        };
        double
    }
}

/// What an event from the terminal means; `area` is the area drawn, past
/// which mouse events (on the note below a capped area) mean nothing.
pub fn translate(event: Event, clicks: &mut Clicks, area: Rect) -> Option<Translated> {
    match event {
        Event::Key(key)
            if matches!(key.code, KeyCode::Char('z' | 'Z'))
                && key.modifiers.contains(KeyModifiers::CONTROL)
                && !key.modifiers.contains(KeyModifiers::ALT)
                && key.kind == KeyEventKind::Press =>
        {
            Some(Translated::Suspend)
        }
        Event::Key(key) => Key::from_event(&key).map(Translated::Key),
        Event::Paste(text) => Some(Translated::Paste(text)),
        Event::Resize(columns, rows) => {
            let size = capped::drawn(Size::new(columns, rows));
            Some(Translated::Input(Input::Resize {
                columns: size.width,
                rows: size.height,
            }))
        }
        Event::Mouse(mouse) if mouse.column >= area.width || mouse.row >= area.height => None,
        Event::Mouse(mouse) => {
            let (column, row) = (mouse.column, mouse.row);
            let input = match mouse.kind {
                MouseEventKind::Down(MouseButton::Left) => Input::Click {
                    column,
                    row,
                    double: clicks.press(Instant::now(), column, row),
                },
                MouseEventKind::ScrollDown => Input::Scroll {
                    column,
                    row,
                    lines: 1,
                },
                MouseEventKind::ScrollUp => Input::Scroll {
                    column,
                    row,
                    lines: -1,
                },
                _ => return None,
            };
            Some(Translated::Input(input))
        }
        _ => None,
    }
}

/// The terminal's events, the ones that came while the pack loaded first,
/// in the order they came.
pub struct Incoming {
    early: std::collections::VecDeque<Event>,
}

impl Incoming {
    pub fn new(early: std::collections::VecDeque<Event>) -> Incoming {
        Incoming { early }
    }

    /// Whether an event is there to read, waiting up to `timeout` for one.
    pub fn poll(&mut self, timeout: std::time::Duration) -> std::io::Result<bool> {
        if !self.early.is_empty() {
            return Ok(true);
        }
        ratatui::crossterm::event::poll(timeout)
    }

    /// The next event, waiting for one if none is there.
    pub fn read(&mut self) -> std::io::Result<Event> {
        match self.early.pop_front() {
            Some(event) => Ok(event),
            None => ratatui::crossterm::event::read(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::{MAX_COLUMNS, MAX_ROWS};
    use ratatui::crossterm::event::{KeyEvent, MouseEvent};

    fn translated(event: Event) -> Option<Translated> {
        translate(event, &mut Clicks::default(), Rect::new(0, 0, 80, 24))
    }

    #[test]
    fn ctrl_z_suspends_whatever_has_the_keys() {
        let ctrl_z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL);
        assert!(matches!(
            translated(Event::Key(ctrl_z)),
            Some(Translated::Suspend)
        ));
        let z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::NONE);
        assert!(matches!(
            translated(Event::Key(z)),
            Some(Translated::Key(_))
        ));
    }

    #[test]
    fn a_resize_past_the_cap_is_the_capped_area() {
        let Some(Translated::Input(Input::Resize { columns, rows })) =
            translated(Event::Resize(65535, 65535))
        else {
            panic!("a resize");
        };
        assert_eq!((columns, rows), (MAX_COLUMNS, MAX_ROWS));
    }

    #[test]
    fn mouse_events_past_the_area_drawn_mean_nothing() {
        let click = |column, row| {
            Event::Mouse(MouseEvent {
                kind: MouseEventKind::Down(MouseButton::Left),
                column,
                row,
                modifiers: KeyModifiers::NONE,
            })
        };
        assert!(translated(click(79, 23)).is_some());
        assert!(translated(click(80, 0)).is_none());
        assert!(translated(click(0, 24)).is_none());
    }

    #[test]
    fn two_quick_presses_on_one_cell_are_a_double_click() {
        let mut clicks = Clicks::default();
        let t = Instant::now();
        let ms = Duration::from_millis;
        assert!(!clicks.press(t, 5, 5));
        assert!(clicks.press(t + ms(100), 5, 5));
        // A third press starts over.
        assert!(!clicks.press(t + ms(200), 5, 5));
        // Too slow, or on another cell.
        assert!(!clicks.press(t + ms(200) + DOUBLE_CLICK, 5, 5));
        assert!(!clicks.press(t + ms(300) + DOUBLE_CLICK, 6, 5));
        assert!(clicks.press(t + ms(350) + DOUBLE_CLICK, 6, 5));
    }
}
