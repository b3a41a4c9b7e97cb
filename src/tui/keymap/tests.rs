//! The keymap's rules: one action per key, every action reachable and
//! explained, hints from their rows.

use super::*;
use std::collections::HashMap;

#[test]
fn no_key_is_bound_twice_in_one_context() {
    for context in Context::SCREENS.iter().copied().chain([Context::Global]) {
        let mut seen: HashMap<Key, Action> = HashMap::new();
        for b in all().filter(|b| b.context == context) {
            for k in &b.keys {
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
        for k in &b.keys {
            assert!(
                k.typed().is_none(),
                "{} would not reach the query",
                k.label()
            );
        }
    }
}

#[test]
fn hints_name_the_first_key_of_their_binding() {
    for b in all() {
        if let Some(hint) = &b.hint {
            assert!(hint.starts_with(&b.keys[0].short_label()), "{hint}");
        }
    }
    assert!(hints(Context::Explore).contains(&"↑↓ select"));
    assert!(hints(Context::Profile).contains(&"<> hours"));
    assert!(hints(Context::Explore).contains(&"Bksp back"));
}

#[test]
fn shared_rows_read_the_same_on_every_screen() {
    for context in Context::SCREENS {
        for b in bindings(context).filter(|b| b.action == Action::PageUp) {
            assert_eq!(b.description, "Up one page");
            assert!(key_labels(b).starts_with("PageUp"), "{context:?}");
        }
    }
    let leaving = |context| {
        bindings(context)
            .filter(|b| b.action == Action::Quit)
            .count()
    };
    assert_eq!(leaving(Context::Explore), 2, "q and Ctrl-C");
}

#[test]
fn the_presenter_view_withholds_the_picker_and_says_nothing_of_it() {
    assert_eq!(action(Context::Presenter, Key::ctrl('o')), None);
    assert_eq!(
        action(Context::Explore, Key::ctrl('o')),
        Some(Action::Clients)
    );
    assert!(bindings(Context::Presenter).all(|b| b.action != Action::Clients));
    assert_eq!(
        action(Context::Presenter, Key::ctrl('c')),
        Some(Action::Quit)
    );
}

#[test]
fn context_keys_shadow_global_ones() {
    assert_eq!(action(Context::Explore, Key::char('q')), Some(Action::Quit));
    assert_eq!(
        action(Context::Sources, Key::char('q')),
        Some(Action::Close)
    );
    // In help, letters narrow the list; F1 closes it, as it opened it.
    assert!(Context::Help.has_text_input());
    assert_eq!(
        action(
            Context::Help,
            Key::plain(ratatui::crossterm::event::KeyCode::F(1))
        ),
        Some(Action::Help)
    );
    assert_eq!(action(Context::Search, Key::ctrl('c')), Some(Action::Quit));
    assert_eq!(action(Context::Explore, Key::char('x')), None);
}

#[test]
fn keys_bound_in_the_settings_come_before_the_keymaps() {
    let theirs = overrides(&[
        (Context::Explore, Key::char('x'), Action::Compare),
        (Context::Explore, Key::char('p'), Action::Profile),
        (Context::Global, Key::ctrl('y'), Action::Palette),
    ]);
    assert_eq!(
        action_with(&theirs, Context::Explore, Key::char('x')),
        Some(Action::Compare)
    );
    // Rebinding a key the screen binds replaces it there, not elsewhere.
    assert_eq!(
        action_with(&theirs, Context::Explore, Key::char('p')),
        Some(Action::Profile)
    );
    assert_eq!(
        action_with(&theirs, Context::Compare, Key::char('p')),
        action(Context::Compare, Key::char('p'))
    );
    assert_eq!(
        action_with(&theirs, Context::Plan, Key::ctrl('y')),
        Some(Action::Palette)
    );
    // Help lists them, described as the keymap describes their action,
    // and the keymap's own binding of the key is gone.
    let listed = bindings_with(&theirs, Context::Explore);
    let x = listed.iter().find(|b| b.keys == [Key::char('x')]).unwrap();
    assert_eq!(x.action, Action::Compare);
    assert!(x.description.contains("Compare"), "{}", x.description);
    assert_eq!(
        listed
            .iter()
            .filter(|b| b.keys.contains(&Key::char('p')))
            .count(),
        1
    );
}
