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

// The table, in parts; they use `bind!` and the key sets above.
mod browse;
mod overlays;
mod planning;

/// Every binding, in the order help lists them.
fn all() -> impl Iterator<Item = &'static Binding> {
    [browse::ROWS, overlays::ROWS, planning::ROWS]
        .into_iter()
        .flatten()
}

/// The action `key` stands for in `context`, if any.
pub fn action(context: Context, key: Key) -> Option<Action> {
    let find = |ctx: Context| {
        all()
            .find(|b| b.context == ctx && b.keys.contains(&key))
            .map(|b| b.action)
    };
    find(context).or_else(|| find(Context::Global))
}

/// The bindings of `context` followed by the global ones it does not shadow.
pub fn bindings(context: Context) -> impl Iterator<Item = &'static Binding> {
    let own = all().filter(move |b| b.context == context);
    let global = all().filter(move |b| {
        b.context == Context::Global
            && !b
                .keys
                .iter()
                .all(|k| all().any(|o| o.context == context && o.keys.contains(k)))
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
            for b in all().filter(|b| b.context == context) {
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
            let bound: Vec<_> = all().filter(|b| b.action == action).collect();
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
        for b in all().filter(|b| b.context == Context::Search) {
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
