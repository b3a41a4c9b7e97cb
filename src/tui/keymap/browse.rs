//! The keys of finding your way: everywhere, Explore, Search and Skill.

use ratatui::crossterm::event::KeyCode;

use super::*;

/// The rows of this part of the table, in the order help lists them.
pub(super) static ROWS: &[Binding] = &[
    // Everywhere
    bind!(Global, &[Key::ctrl('c')], Quit, "Quit rolemap"),
    bind!(
        Global,
        &[key(KeyCode::F(1))],
        Help,
        "Show the keys of this screen"
    ),
    // Explore
    bind!(
        Explore,
        UP,
        Up,
        "Select the previous move, or scroll up",
        "↑↓ select",
        if room
    ),
    bind!(Explore, DOWN, Down, "Select the next move, or scroll down"),
    bind!(Explore, PAGE_UP, PageUp, "Up one page"),
    bind!(Explore, PAGE_DOWN, PageDown, "Down one page"),
    bind!(
        Explore,
        TOP,
        Top,
        "To the first move, or the top of the text"
    ),
    bind!(
        Explore,
        BOTTOM,
        Bottom,
        "To the last move, or the end of the text"
    ),
    bind!(
        Explore,
        TAB,
        FocusNext,
        "Focus the next pane (card, moves, what a move takes)"
    ),
    bind!(Explore, BACKTAB, FocusPrev, "Focus the previous pane"),
    bind!(
        Explore,
        &[key(KeyCode::Enter), Key::char('l'), key(KeyCode::Right)],
        Open,
        "Follow the selected move: its role becomes current",
        "Enter follow"
    ),
    bind!(
        Explore,
        &[key(KeyCode::Backspace), Key::char('h'), key(KeyCode::Left)],
        Back,
        "Back to the previous role on the trail",
        "Bksp back",
        if room
    ),
    bind!(
        Explore,
        &[Key::char('L'), Key::char(']')],
        Forward,
        "Forward again on the trail after going back"
    ),
    bind!(
        Explore,
        &[Key::char('/')],
        Search,
        "Search roles and skills",
        "/ search"
    ),
    bind!(
        Explore,
        &[Key::char('s')],
        Sources,
        "Sources of the figures on screen",
        "s sources",
        if room
    ),
    bind!(
        Explore,
        &[Key::char('p')],
        Plan,
        "Plan: the fastest routes from you to your goal",
        "p plan"
    ),
    bind!(
        Explore,
        &[Key::char('m')],
        Profile,
        "My profile: your skills and levels",
        "m profile"
    ),
    bind!(
        Explore,
        &[Key::char('c')],
        SetCurrent,
        "This is my role: make it your current role",
        "c role"
    ),
    bind!(
        Explore,
        &[Key::char('t')],
        SetTarget,
        "This is my goal: make it your target role",
        "t goal"
    ),
    bind!(
        Explore,
        &[Key::char('?')],
        Help,
        "Show every key of this screen",
        "? help"
    ),
    bind!(Explore, &[Key::char('q')], Quit, "Quit rolemap", "q quit"),
    // Search: printable keys type into the query first.
    bind!(Search, ARROW_UP, Up, "Select the previous hit", "↑↓ select"),
    bind!(Search, ARROW_DOWN, Down, "Select the next hit"),
    bind!(Search, &[key(KeyCode::PageUp)], PageUp, "Up one page"),
    bind!(Search, &[key(KeyCode::PageDown)], PageDown, "Down one page"),
    bind!(Search, &[key(KeyCode::Home)], Top, "To the best hit"),
    bind!(Search, &[key(KeyCode::End)], Bottom, "To the last hit"),
    bind!(
        Search,
        &[key(KeyCode::Enter)],
        Open,
        "Open the hit: a role becomes current, a skill shows its details",
        "Enter open"
    ),
    bind!(
        Search,
        &[key(KeyCode::Backspace)],
        DeleteChar,
        "Delete the last character"
    ),
    bind!(
        Search,
        &[Key::ctrl('u')],
        ClearQuery,
        "Clear the query",
        "Ctrl-U clear"
    ),
    bind!(Search, ESC, Close, "Close the search", "Esc close"),
    bind!(
        Search,
        &[key(KeyCode::F(1))],
        Help,
        "Show every key of this screen",
        "F1 help"
    ),
    // Skill
    bind!(
        Skill,
        UP,
        Up,
        "Select the previous role, or scroll up",
        "↑↓ select"
    ),
    bind!(Skill, DOWN, Down, "Select the next role, or scroll down"),
    bind!(Skill, PAGE_UP, PageUp, "Up one page"),
    bind!(Skill, PAGE_DOWN, PageDown, "Down one page"),
    bind!(Skill, TOP, Top, "To the first row"),
    bind!(Skill, BOTTOM, Bottom, "To the last row"),
    bind!(
        Skill,
        TAB,
        FocusNext,
        "Focus the next pane (details, roles)",
        "Tab pane"
    ),
    bind!(Skill, BACKTAB, FocusPrev, "Focus the previous pane"),
    bind!(
        Skill,
        &[key(KeyCode::Enter), Key::char('l'), key(KeyCode::Right)],
        Open,
        "Make the selected role current",
        "Enter open role"
    ),
    bind!(
        Skill,
        &[
            key(KeyCode::Esc),
            key(KeyCode::Backspace),
            Key::char('h'),
            key(KeyCode::Left)
        ],
        Back,
        "Back to where the skill was opened from",
        "Esc back"
    ),
    bind!(
        Skill,
        &[Key::char('c')],
        SetCurrent,
        "This is my role: make the selected role your current role"
    ),
    bind!(
        Skill,
        &[Key::char('t')],
        SetTarget,
        "This is my goal: make the selected role your target role"
    ),
    bind!(
        Skill,
        &[Key::char('/')],
        Search,
        "Search roles and skills",
        "/ search"
    ),
    bind!(
        Skill,
        &[Key::char('s')],
        Sources,
        "Sources of the figures on screen",
        "s sources"
    ),
    bind!(
        Skill,
        &[Key::char('?')],
        Help,
        "Show every key of this screen",
        "? help"
    ),
    bind!(Skill, &[Key::char('q')], Quit, "Quit rolemap", "q quit"),
];
