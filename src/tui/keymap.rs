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
}

impl Context {
    pub const SCREENS: [Context; 5] = [
        Context::Explore,
        Context::Search,
        Context::Skill,
        Context::Help,
        Context::Sources,
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
        }
    };
    ($context:ident, $keys:expr, $action:ident, $description:expr, $hint:expr) => {
        Binding {
            context: Context::$context,
            keys: $keys,
            action: Action::$action,
            description: $description,
            hint: Some($hint),
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
        "↑↓ select"
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
        "Bksp back"
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
        "s sources"
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

/// The hint bar's entries for `context`, in table order.
pub fn hints(context: Context) -> Vec<&'static str> {
    bindings(context).filter_map(|b| b.hint).collect()
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
        for action in Action::ALL {
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
