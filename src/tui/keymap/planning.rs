//! The keys of the Profile and Plan screens, where a person sets out
//! their levels and pace and plans the way to their goal.

use ratatui::crossterm::event::KeyCode;

use super::*;

/// The rows of this part of the table, in the order help lists them.
pub(super) static ROWS: &[Binding] = &[
    // Profile
    bind!(Profile, UP, Up, "Select the previous skill", "↑↓ select"),
    bind!(Profile, DOWN, Down, "Select the next skill"),
    bind!(Profile, PAGE_UP, PageUp, "Up one page"),
    bind!(Profile, PAGE_DOWN, PageDown, "Down one page"),
    bind!(Profile, TOP, Top, "To the first skill"),
    bind!(Profile, BOTTOM, Bottom, "To the last skill"),
    bind!(
        Profile,
        &[
            Key::char('+'),
            Key::char('='),
            Key::char('l'),
            key(KeyCode::Right)
        ],
        Raise,
        "Raise your level in the selected skill",
        "+- level"
    ),
    bind!(
        Profile,
        &[Key::char('-'), Key::char('h'), key(KeyCode::Left)],
        Lower,
        "Lower your level in the selected skill"
    ),
    bind!(
        Profile,
        &[Key::char('0')],
        Level0,
        "Set the selected skill to 0, none"
    ),
    bind!(
        Profile,
        &[Key::char('1')],
        Level1,
        "Set it to 1, recognition"
    ),
    bind!(
        Profile,
        &[Key::char('2')],
        Level2,
        "Set it to 2, unsupervised execution"
    ),
    bind!(
        Profile,
        &[Key::char('3')],
        Level3,
        "Set it to 3, organisational influence"
    ),
    bind!(
        Profile,
        &[key(KeyCode::Char(' ')), Key::char('*')],
        Mark,
        "Mark the selected skill to focus on, or unmark it",
        "Space mark"
    ),
    bind!(
        Profile,
        &[Key::char('a')],
        ToggleFilter,
        "Show all skills, or only those your role and goal need",
        "a all/mine",
        if room
    ),
    bind!(
        Profile,
        &[Key::char('<')],
        FewerHours,
        "Fewer hours a week for learning",
        "<> hours",
        if room
    ),
    bind!(
        Profile,
        &[Key::char('>')],
        MoreHours,
        "More hours a week for learning"
    ),
    bind!(
        Profile,
        &[Key::char('p')],
        Plan,
        "Plan: the fastest routes from you to your goal",
        "p plan"
    ),
    bind!(
        Profile,
        &[Key::char('/')],
        Search,
        "Search roles and skills"
    ),
    bind!(
        Profile,
        &[key(KeyCode::Esc), key(KeyCode::Backspace)],
        Close,
        "Back to the screen beneath",
        "Esc back"
    ),
    bind!(
        Profile,
        &[Key::char('?')],
        Help,
        "Show every key of this screen",
        "? help"
    ),
    bind!(Profile, &[Key::char('q')], Quit, "Quit rolemap", "q quit"),
    // Plan
    bind!(
        Plan,
        UP,
        Up,
        "Select the previous route, or scroll up",
        "↑↓ route"
    ),
    bind!(Plan, DOWN, Down, "Select the next route, or scroll down"),
    bind!(Plan, PAGE_UP, PageUp, "Up one page"),
    bind!(Plan, PAGE_DOWN, PageDown, "Down one page"),
    bind!(Plan, TOP, Top, "To the first route, or the top of the text"),
    bind!(
        Plan,
        BOTTOM,
        Bottom,
        "To the last route, or the end of the text"
    ),
    bind!(
        Plan,
        TAB,
        FocusNext,
        "Focus the next pane (routes, steps)",
        "Tab pane",
        if room
    ),
    bind!(Plan, BACKTAB, FocusPrev, "Focus the previous pane"),
    bind!(
        Plan,
        &[key(KeyCode::Enter)],
        Open,
        "Walk the selected route in Explore (L goes a step forward)",
        "Enter walk"
    ),
    bind!(
        Plan,
        &[Key::char('f')],
        ToggleTimes,
        "Hide or show the learning-time figures",
        "f times"
    ),
    bind!(
        Plan,
        &[Key::char('<')],
        FewerHours,
        "Fewer hours a week for learning",
        "<> hours",
        if room
    ),
    bind!(
        Plan,
        &[Key::char('>')],
        MoreHours,
        "More hours a week for learning"
    ),
    bind!(
        Plan,
        &[Key::char('m')],
        Profile,
        "My profile: your skills and levels",
        "m profile"
    ),
    bind!(
        Plan,
        &[Key::char('s')],
        Sources,
        "Sources of the figures on screen"
    ),
    bind!(Plan, &[Key::char('/')], Search, "Search roles and skills"),
    bind!(
        Plan,
        &[key(KeyCode::Esc), key(KeyCode::Backspace)],
        Close,
        "Back to the screen beneath",
        "Esc back"
    ),
    bind!(
        Plan,
        &[Key::char('?')],
        Help,
        "Show every key of this screen",
        "? help"
    ),
    bind!(Plan, &[Key::char('q')], Quit, "Quit rolemap", "q quit"),
];
