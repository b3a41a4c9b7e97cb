//! Lists and scrolled text, as every screen has them: what is selected,
//! what is shown, and how keys, clicks and the wheel move them. Pure
//! arithmetic on rows, so each screen only says which pane is which.

use ratatui::layout::Rect;

use super::action::Action;
use super::doc::Doc;
use super::layout;

/// Lines the wheel scrolls text by.
pub const WHEEL_LINES: usize = 3;

/// A row of a grouped list: a group's heading, or item `n` of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row<H> {
    Heading(H),
    Item(usize),
}

/// The rows for items whose group keys come in order: a heading before each
/// run of equal keys.
pub fn grouped<H: PartialEq + Copy>(keys: impl IntoIterator<Item = H>) -> Vec<Row<H>> {
    let mut rows = Vec::new();
    let mut group = None;
    for (i, key) in keys.into_iter().enumerate() {
        if group != Some(key) {
            rows.push(Row::Heading(key));
            group = Some(key);
        }
        rows.push(Row::Item(i));
    }
    rows
}

/// The row that shows item `n` (0 when none does).
pub fn row_of<H: PartialEq>(rows: &[Row<H>], n: usize) -> usize {
    rows.iter().position(|r| *r == Row::Item(n)).unwrap_or(0)
}

/// A list's selected item and the first row shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListView {
    pub selected: usize,
    pub offset: usize,
}

/// Laid-out text and how far it is scrolled.
#[derive(Debug, Clone, Default)]
pub struct TextView {
    pub doc: Doc,
    pub offset: usize,
}

impl TextView {
    /// Text laid out anew, scrolled back to where it was as far as the new
    /// layout allows in a pane of `height` rows.
    pub fn relaid(&mut self, doc: Doc, height: usize) {
        self.doc = doc;
        clamp_text(self, height);
    }
}

/// Rows inside a bordered pane.
pub fn height(pane: Rect) -> usize {
    usize::from(layout::inner(pane).height)
}

/// The list item under a cell of a list's inner area.
pub fn row_at(inner: Rect, offset: usize, column: u16, row: u16) -> Option<usize> {
    layout::contains(inner, column, row).then(|| offset + usize::from(row - inner.y))
}

/// Whether an action moves a selection or scrolls text.
pub fn is_movement(action: Action) -> bool {
    matches!(
        action,
        Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Top
            | Action::Bottom
    )
}

/// The action a turn of the wheel means, and how many steps of it.
pub fn wheel(lines: i16) -> (Action, usize) {
    let action = if lines > 0 { Action::Down } else { Action::Up };
    (action, usize::from(lines.unsigned_abs()))
}

/// Moves a list's selection and keeps it on screen.
pub fn move_in_list(list: &mut ListView, len: usize, action: Action, height: usize) {
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
pub fn settle(row: usize, offset: usize, height: usize) -> usize {
    if height == 0 || row < offset {
        row
    } else if row >= offset + height {
        row + 1 - height
    } else {
        offset
    }
}

/// Keeps a list's selected item visible in a pane of `height` rows.
pub fn settle_list(list: &mut ListView, height: usize) {
    list.offset = settle(list.selected, list.offset, height);
}

/// Keeps a grouped list's selected item visible, with its group heading
/// when it is the first of a group. `list.offset` counts rows.
pub fn settle_grouped<H: PartialEq>(rows: &[Row<H>], list: &mut ListView, height: usize) {
    let row = row_of(rows, list.selected);
    let wanted = if row > 0 && matches!(rows[row - 1], Row::Heading(..)) {
        row - 1
    } else {
        row
    };
    let offset = settle(wanted, list.offset, height);
    list.offset = settle(row, offset, height);
}

/// Scrolls text by an action, never past its end.
pub fn scroll_text(text: &mut TextView, action: Action, height: usize) {
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

/// Scrolls text by a turn of the wheel.
pub fn wheel_text(text: &mut TextView, lines: i16, height: usize) {
    let (action, steps) = wheel(lines);
    for _ in 0..steps * WHEEL_LINES {
        scroll_text(text, action, height);
    }
}

/// Keeps text scrolled no further than its last page.
pub fn clamp_text(text: &mut TextView, height: usize) {
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

    #[test]
    fn headings_come_before_each_run_of_a_group() {
        let rows = grouped(['a', 'a', 'b']);
        assert_eq!(
            rows,
            [
                Row::Heading('a'),
                Row::Item(0),
                Row::Item(1),
                Row::Heading('b'),
                Row::Item(2)
            ]
        );
        assert_eq!(row_of(&rows, 2), 4);
        let mut list = ListView {
            selected: 2,
            offset: 4,
        };
        settle_grouped(&rows, &mut list, 2);
        assert_eq!(list.offset, 3, "the heading of the group shows too");
    }
}
