//! What a person can ask of the app. Every variant is bound to at least one
//! key in the keymap, which also gives the description help shows.

/// Declares the actions and their list together, so the list (which the
/// keymap tests walk) cannot miss one.
macro_rules! actions {
    ($($(#[doc = $doc:literal])* $name:ident,)*) => {
        /// A command from the keyboard, a click or the terminal.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Action {
            $($(#[doc = $doc])* $name,)*
        }

        impl Action {
            /// Every action, so tests can check each has a key and a description.
            pub const ALL: &'static [Action] = &[$(Action::$name,)*];
        }
    };
}

actions! {
    /// Leave rolemap.
    Quit,
    /// Show or hide every key of the current screen.
    Help,
    /// The command palette: every action of the screen, narrowed as typed.
    Palette,
    /// The packs installed beside the bundled one, to open another.
    Packs,
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
    /// Make the role on screen (or the selected one) the person's current role.
    SetCurrent,
    /// Make the role on screen (or the selected one) the person's goal.
    SetTarget,
    /// Open the Plan screen: the fastest routes to the goal.
    Plan,
    /// Open the Profile screen: the person's skills and levels.
    Profile,
    /// Raise the selected skill one level.
    Raise,
    /// Lower the selected skill one level.
    Lower,
    /// Set the selected skill to level 0.
    Level0,
    /// Set the selected skill to level 1.
    Level1,
    /// Set the selected skill to level 2.
    Level2,
    /// Set the selected skill to level 3.
    Level3,
    /// Mark or unmark the selected skill to focus on.
    Mark,
    /// Fewer hours a week for learning.
    FewerHours,
    /// More hours a week for learning.
    MoreHours,
    /// Hide or show the learning-time figures of plans.
    ToggleTimes,
    /// Show all skills, or only those the person's roles need.
    ToggleFilter,
    /// The client picker.
    Clients,
    /// A new client of the name typed in the picker.
    NewClient,
    /// The Notes screen: the client's sessions and action items.
    Notes,
    /// Start today's session (from the template unless it is off).
    NewSession,
    /// A new note in the session shown.
    NewNote,
    /// A new action item.
    NewItem,
    /// Set when the selected item is due by.
    DueBy,
    /// Mark the selected item done, or open again.
    Done,
    /// Make the selected note or item shared, or private again.
    Share,
    /// Delete the selected note or item (asks for the key again).
    Delete,
    /// Start new sessions from the template, or blank.
    ToggleTemplate,
    /// The session before the one shown.
    OlderSession,
    /// The session after the one shown.
    NewerSession,
    /// Write the session report for the client.
    Report,
    /// Show or leave the presenter view: what the client may see.
    Present,
    /// Compare the role on screen with the person's own.
    Compare,
    /// Swap the two roles compared.
    Swap,
    /// Keep the comparison with the client, for today's session and its report.
    Keep,
    /// B: the next band up of B's track.
    BandUp,
    /// B: the band below on B's track.
    BandDown,
    /// The self-assessment: one skill at a time, in plain words.
    Assess,
    /// Ask about other skills: the roles', one role's, every skill, a category.
    AssessScope,
    /// The Map screen: the roles and moves drawn as a graph.
    Map,
    /// The role to the left on the map.
    Left,
    /// The role to the right on the map.
    Right,
    /// A role of the track to the left.
    TrackPrev,
    /// A role of the track to the right.
    TrackNext,
    /// Choose the next of the selected role's moves.
    NextMove,
    /// Choose the previous of the selected role's moves.
    PrevMove,
    /// Go along the chosen move to the role at its other end.
    FollowMove,
    /// The next role on the planned route.
    RouteNext,
    /// The previous role on the planned route.
    RoutePrev,
    /// Whole titles or short labels.
    Zoom,
    /// Lines in box drawing or in ASCII.
    LineStyle,
    /// Move the view left.
    PanLeft,
    /// Move the view right.
    PanRight,
    /// Move the view up.
    PanUp,
    /// Move the view down.
    PanDown,
    /// Show roles one more move away.
    MoreHops,
    /// Show roles one move fewer away.
    FewerHops,
    /// Centre the shown neighbourhood on the selected role.
    Recentre,
}

/// Everything that can change the state: actions from keys, text typed into
/// the query, the mouse and the terminal's size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Action(Action),
    /// A character typed into the search query.
    Type(char),
    /// A key for the editor open on the screen.
    Edit(super::keys::Key),
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
