//! What a person can ask of the app. Every variant is bound to at least one
//! key in the keymap, which also gives the description help shows.

/// A command from the keyboard, a click or the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Leave rolemap.
    Quit,
    /// Show or hide every key of the current screen.
    Help,
    /// Close the search, skill view or overlay on top.
    Close,
    /// Move the selection (or the text) up one row.
    Up,
    /// Move the selection (or the text) down one row.
    Down,
    /// Up one page.
    PageUp,
    /// Down one page.
    PageDown,
    /// To the first row.
    Top,
    /// To the last row.
    Bottom,
    /// Focus the next pane.
    FocusNext,
    /// Focus the previous pane.
    FocusPrev,
    /// Follow the selected move, or open the selected hit or role.
    Open,
    /// Go back one role on the trail (or leave the skill view).
    Back,
    /// Go forward again on the trail after going back.
    Forward,
    /// Open the fuzzy finder over roles and skills.
    Search,
    /// Show the sources behind the figures on screen.
    Sources,
    /// Delete the last character of the query.
    DeleteChar,
    /// Empty the query.
    ClearQuery,
}

impl Action {
    /// Every action, so tests can check each has a key and a description.
    pub const ALL: [Action; 18] = [
        Action::Quit,
        Action::Help,
        Action::Close,
        Action::Up,
        Action::Down,
        Action::PageUp,
        Action::PageDown,
        Action::Top,
        Action::Bottom,
        Action::FocusNext,
        Action::FocusPrev,
        Action::Open,
        Action::Back,
        Action::Forward,
        Action::Search,
        Action::Sources,
        Action::DeleteChar,
        Action::ClearQuery,
    ];
}

/// Everything that can change the state: actions from keys, text typed into
/// the query, the mouse and the terminal's size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Action(Action),
    /// A character typed into the search query.
    Type(char),
    /// A click at a cell; `double` when it repeats the last click quickly.
    Click {
        column: u16,
        row: u16,
        double: bool,
    },
    /// The wheel turned over a cell; positive is down.
    Scroll {
        column: u16,
        row: u16,
        lines: i16,
    },
    /// The terminal has this many columns and rows now.
    Resize {
        columns: u16,
        rows: u16,
    },
}
