//! The pack picker opens at once: the installed packs, read on a thread,
//! join the list when they arrive, and keys meanwhile are answered.

use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

use rolemap::model::profile::Profile;
use rolemap::tui::keys;
use rolemap::tui::person::Person;
use rolemap::tui::prepared::Prepared;
use rolemap::tui::render;
use rolemap::tui::screen::{PackChoice, PackChoices};
use rolemap::tui::state::AppState;
use rolemap::tui::theme::Theme;
use rolemap::tui::update::{self, Effect};

/// The explorer on `model`, for a new profile, at 100×30.
fn explorer_on(model: rolemap::model::Model) -> (Prepared, AppState) {
    let p = Prepared::new(model, 0);
    let person = Person::new(&p.model, Profile::new("ana", "2026-12-04T00:00:00Z"));
    let state = AppState::new(&p, Rect::new(0, 0, 100, 30), person);
    (p, state)
}

/// Opens the picker with `now` listed and the rest to come: the sender
/// that brings it.
fn open_reading(
    state: &mut AppState,
    p: &Prepared,
    now: Vec<PackChoice>,
) -> std::sync::mpsc::Sender<Vec<PackChoice>> {
    let (send, later) = std::sync::mpsc::channel();
    let later = Some(later);
    update::open_packs(state, p, PackChoices { now, later });
    send
}

fn shown(state: &AppState, p: &Prepared) -> String {
    let area = state.area;
    let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
    terminal
        .draw(|frame| render::frame(frame, state, p, &Theme::new(false)))
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..area.height)
        .map(|y| {
            (0..area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
                + "\n"
        })
        .collect()
}

fn press(state: &mut AppState, p: &Prepared, keys: &str) -> Option<Effect> {
    let mut effect = None;
    for key in keys::parse(keys).unwrap() {
        effect = update::key(state, p, key).or(effect);
    }
    effect
}

fn acme() -> PackChoice {
    PackChoice {
        id: "acme-ladder".into(),
        about: "Acme engineering ladder 1.0.0 — 3 roles, 3 skills".into(),
    }
}

#[test]
fn the_picker_lists_installed_packs_once_they_are_read() {
    let (p, mut state) = explorer_on(rolemap::bundled::model().unwrap());
    let bundled = p.model.info().id.clone();
    let now = vec![PackChoice {
        id: bundled.clone(),
        about: "the bundled pack".into(),
    }];
    let send = open_reading(&mut state, &p, now);

    // Open at once, with what is known, and saying the rest is coming.
    let screen = shown(&state, &p);
    assert!(screen.contains(&format!("{bundled} (in use)")), "{screen}");
    assert!(screen.contains("Reading the installed packs…"), "{screen}");
    assert!(!screen.contains("acme-ladder"), "{screen}");
    let longest = Duration::from_millis(100);
    assert!(
        update::patience(&state, longest) < longest,
        "the loop looks often"
    );
    assert!(!update::arrived(&mut state, &p), "nothing has come yet");
    // A key meanwhile is answered: the list has one pack, so Down stays.
    assert_eq!(press(&mut state, &p, "j"), None);

    send.send(vec![acme()]).unwrap();
    assert!(update::arrived(&mut state, &p), "the list changed");
    let screen = shown(&state, &p);
    assert!(!screen.contains("Reading the installed packs"), "{screen}");
    assert!(
        screen.contains("acme-ladder  Acme engineering ladder"),
        "{screen}"
    );
    assert_eq!(
        update::patience(&state, longest),
        longest,
        "nothing more awaited"
    );
    assert!(!update::arrived(&mut state, &p));
    match press(&mut state, &p, "j<enter>") {
        Some(Effect::SwitchPack(id)) => assert_eq!(id, "acme-ladder"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_reader_that_ends_without_a_list_leaves_what_is_known() {
    let (p, mut state) = explorer_on(rolemap::bundled::model().unwrap());
    drop(open_reading(&mut state, &p, vec![acme()]));
    assert!(update::arrived(&mut state, &p));
    let screen = shown(&state, &p);
    assert!(!screen.contains("Reading the installed packs"), "{screen}");
    assert!(screen.contains("acme-ladder"), "{screen}");
}

/// The explorer on the installed example pack, not the bundled one.
fn on_the_example_pack() -> (Prepared, AppState) {
    let path = std::path::Path::new("examples/minimal-pack");
    explorer_on(rolemap::model::load_path(path).model.unwrap())
}

#[test]
fn the_pack_in_use_is_selected_when_the_list_arrives_unless_the_person_moved() {
    let bundled = PackChoice {
        id: rolemap::bundled::ID.into(),
        about: "the bundled pack".into(),
    };
    for moved in [false, true] {
        let (p, mut state) = on_the_example_pack();
        let send = open_reading(&mut state, &p, vec![bundled.clone()]);
        if moved {
            press(&mut state, &p, "j");
        }
        // The list read holds the bundled pack again and the one in use.
        send.send(vec![bundled.clone(), acme()]).unwrap();
        assert!(update::arrived(&mut state, &p));
        let screen = shown(&state, &p);
        assert_eq!(screen.matches("the bundled pack").count(), 1, "{screen}");
        let selected = screen.contains("▶ acme-ladder (in use)");
        assert_eq!(selected, !moved, "{screen}");
    }
}
