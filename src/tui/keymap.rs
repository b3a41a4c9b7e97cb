//! The one table from keys to actions, per screen, with a description for
//! each binding. Help and the hint bar are generated from it, so they cannot
//! drift from what the keys really do.

use ratatui::crossterm::event::KeyCode;

use super::action::Action;
use super::keys::Key;

/// Where a key is pressed; `Global` bindings apply under every other one
/// that does not bind the same key itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Global,
    Explore,
    Search,
    Skill,
    Help,
    Sources,
    Notice,
    Profile,
    Plan,
}

impl Context {
    pub const SCREENS: [Context; 8] = [
        Context::Explore,
        Context::Search,
        Context::Skill,
        Context::Help,
        Context::Sources,
        Context::Notice,
        Context::Profile,
        Context::Plan,
    ];

    /// Whether printable keys type into a text field here before any binding.
    pub fn has_text_input(self) -> bool {
        self == Context::Search
    }

    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Explore => "Explore",
            Context::Search => "Search",
            Context::Skill => "Skill",
            Context::Help => "Help",
            Context::Sources => "Sources",
            Context::Notice => "Notice",
            Context::Profile => "Profile",
            Context::Plan => "Plan",
        }
    }
}

/// Keys bound to one action in one context.
#[derive(Debug)]
pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub action: Action,
    pub description: &'static str,
    /// A short label for the hint bar; `None` keeps it to help only.
    pub hint: Option<&'static str>,
    /// Hints shown only when the bar has room for them after the others.
    pub secondary: bool,
}

const fn key(code: KeyCode) -> Key {
    Key::plain(code)
}

const UP: &[Key] = &[key(KeyCode::Up), Key::char('k')];
const DOWN: &[Key] = &[key(KeyCode::Down), Key::char('j')];
const ARROW_UP: &[Key] = &[key(KeyCode::Up), Key::ctrl('p')];
const ARROW_DOWN: &[Key] = &[key(KeyCode::Down), Key::ctrl('n')];
const PAGE_UP: &[Key] = &[key(KeyCode::PageUp), Key::ctrl('b')];
const PAGE_DOWN: &[Key] = &[key(KeyCode::PageDown), Key::ctrl('f')];
const TOP: &[Key] = &[Key::char('g'), key(KeyCode::Home)];
const BOTTOM: &[Key] = &[Key::char('G'), key(KeyCode::End)];
const TAB: &[Key] = &[key(KeyCode::Tab)];
const BACKTAB: &[Key] = &[key(KeyCode::BackTab)];
const ESC: &[Key] = &[key(KeyCode::Esc)];
const CLOSE: &[Key] = &[key(KeyCode::Esc), Key::char('q')];

macro_rules! bind {
    ($context:ident, $keys:expr, $action:ident, $description:expr) => {
        Binding {
            context: Context::$context,
            keys: $keys,
            action: Action::$action,
            description: $description,
            hint: None,
            secondary: false,
        }
    };
    ($context:ident, $keys:expr, $action:ident, $description:expr, $hint:expr) => {
        Binding {
            context: Context::$context,
            keys: $keys,
            action: Action::$action,
            description: $description,
            hint: Some($hint),
            secondary: false,
        }
    };
    ($context:ident, $keys:expr, $action:ident, $description:expr, $hint:expr, if room) => {
        Binding {
            context: Context::$context,
            keys: $keys,
            action: Action::$action,
            description: $description,
            hint: Some($hint),
            secondary: true,
        }
    };
}

/// Every binding, in the order help lists them.
pub static BINDINGS: &[Binding] = &[
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
    // Help and Sources overlays
    bind!(Help, UP, Up, "Scroll up", "↑↓ scroll"),
    bind!(Help, DOWN, Down, "Scroll down"),
    bind!(Help, PAGE_UP, PageUp, "Up one page"),
    bind!(Help, PAGE_DOWN, PageDown, "Down one page"),
    bind!(Help, TOP, Top, "To the top"),
    bind!(Help, BOTTOM, Bottom, "To the end"),
    bind!(
        Help,
        &[key(KeyCode::Esc), Key::char('q'), Key::char('?')],
        Close,
        "Close the help",
        "Esc close"
    ),
    bind!(Sources, UP, Up, "Scroll up", "↑↓ scroll"),
    bind!(Sources, DOWN, Down, "Scroll down"),
    bind!(Sources, PAGE_UP, PageUp, "Up one page"),
    bind!(Sources, PAGE_DOWN, PageDown, "Down one page"),
    bind!(Sources, TOP, Top, "To the top"),
    bind!(Sources, BOTTOM, Bottom, "To the end"),
    bind!(Sources, CLOSE, Close, "Close the sources", "Esc close"),
    bind!(
        Sources,
        &[Key::char('?')],
        Help,
        "Show every key of this screen",
        "? help"
    ),
    bind!(Notice, UP, Up, "Scroll up"),
    bind!(Notice, DOWN, Down, "Scroll down"),
    bind!(
        Notice,
        &[key(KeyCode::Esc), key(KeyCode::Enter), Key::char('q')],
        Close,
        "Close the notice",
        "Enter close"
    ),
    bind!(
        Notice,
        &[Key::char('?')],
        Help,
        "Show every key of this screen",
        "? help"
    ),
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

/// The action `key` stands for in `context`, if any.
pub fn action(context: Context, key: Key) -> Option<Action> {
    let find = |ctx: Context| {
        BINDINGS
            .iter()
            .find(|b| b.context == ctx && b.keys.contains(&key))
            .map(|b| b.action)
    };
    find(context).or_else(|| find(Context::Global))
}

/// The bindings of `context` followed by the global ones it does not shadow.
pub fn bindings(context: Context) -> impl Iterator<Item = &'static Binding> {
    let own = BINDINGS.iter().filter(move |b| b.context == context);
    let global = BINDINGS.iter().filter(move |b| {
        b.context == Context::Global
            && !b.keys.iter().all(|k| {
                BINDINGS
                    .iter()
                    .any(|o| o.context == context && o.keys.contains(k))
            })
    });
    own.chain(global)
}

/// `Enter, l, →`: every key of a binding.
pub fn key_labels(binding: &Binding) -> String {
    binding
        .keys
        .iter()
        .map(Key::label)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The hint bar's entries for `context`: the main ones in table order,
/// then those shown only when there is room.
pub fn hints(context: Context) -> Vec<&'static str> {
    let (main, extra): (Vec<_>, Vec<_>) = bindings(context)
        .filter(|b| b.hint.is_some())
        .partition(|b| !b.secondary);
    main.into_iter()
        .chain(extra)
        .filter_map(|b| b.hint)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for context in Context::SCREENS.iter().copied().chain([Context::Global]) {
            let mut seen: HashMap<Key, Action> = HashMap::new();
            for b in BINDINGS.iter().filter(|b| b.context == context) {
                for k in b.keys {
                    if let Some(previous) = seen.insert(*k, b.action) {
                        panic!(
                            "{} in {context:?} is bound to {previous:?} and {:?}",
                            k.label(),
                            b.action
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn every_action_has_a_key_and_a_description() {
        for &action in Action::ALL {
            let bound: Vec<_> = BINDINGS.iter().filter(|b| b.action == action).collect();
            assert!(!bound.is_empty(), "{action:?} has no key");
            for b in bound {
                assert!(
                    !b.keys.is_empty(),
                    "{action:?} in {:?} has no key",
                    b.context
                );
                assert!(
                    b.description.len() > 5,
                    "{action:?} in {:?} has no description",
                    b.context
                );
            }
        }
    }

    #[test]
    fn every_screen_can_be_left_and_explained() {
        for context in Context::SCREENS {
            let actions: Vec<Action> = bindings(context).map(|b| b.action).collect();
            assert!(actions.contains(&Action::Quit), "{context:?} cannot quit");
            assert!(actions.contains(&Action::Help), "{context:?} has no help");
            assert!(!hints(context).is_empty(), "{context:?} has no hints");
        }
    }

    #[test]
    fn search_keeps_letters_for_the_query() {
        // Letters that are commands elsewhere must not be bound in Search,
        // where they are typed.
        for b in BINDINGS.iter().filter(|b| b.context == Context::Search) {
            for k in b.keys {
                assert!(
                    k.typed().is_none(),
                    "{} would not reach the query",
                    k.label()
                );
            }
        }
    }

    #[test]
    fn context_keys_shadow_global_ones() {
        assert_eq!(action(Context::Explore, Key::char('q')), Some(Action::Quit));
        assert_eq!(action(Context::Help, Key::char('q')), Some(Action::Close));
        assert_eq!(action(Context::Search, Key::ctrl('c')), Some(Action::Quit));
        assert_eq!(action(Context::Explore, Key::char('x')), None);
    }
}
