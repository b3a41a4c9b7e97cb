//! The per-frame and per-key costs of the explorer: drawing each screen to
//! an in-memory terminal, a key press on Explore, a character typed into the
//! search, a level raised on the Profile screen, opening the Plan screen,
//! and the first frame (state built from nothing, then drawn).

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use rolemap::model::profile::Profile;
use rolemap::tui::keys::{self, Key};
use rolemap::tui::person::Person;
use rolemap::tui::prepared::Prepared;
use rolemap::tui::state::AppState;
use rolemap::tui::theme::Theme;
use rolemap::tui::{render, update};

/// Ana of the first profile format: a junior aiming at senior backend.
fn person(p: &Prepared) -> Person {
    let text = include_str!("../tests/fixtures/profiles/v1.ron");
    let profile = Profile::parse(text, "v1.ron").unwrap();
    Person::new(&p.model, profile)
}

fn state_after(p: &Prepared, keys: &str, columns: u16, rows: u16) -> AppState {
    let mut state = AppState::new(p, Rect::new(0, 0, columns, rows), person(p));
    for key in keys::parse(keys).unwrap() {
        update::key(&mut state, p, key);
    }
    state
}

fn render(c: &mut Criterion) {
    let p = Prepared::new(rolemap::bundled::model().unwrap(), 0);
    let theme = Theme::new(true);
    for (name, keys) in [
        ("explore", ""),
        ("search", "/comp"),
        ("skill", "/compiler internals<enter>"),
        ("help", "?"),
        ("profile", "m"),
        ("plan", "p"),
    ] {
        for (columns, rows) in [(80, 24), (200, 60)] {
            let state = state_after(&p, keys, columns, rows);
            let mut terminal = Terminal::new(TestBackend::new(columns, rows)).unwrap();
            c.bench_function(&format!("frame/{name} {columns}x{rows}"), |b| {
                b.iter(|| {
                    terminal
                        .draw(|frame| render::frame(frame, black_box(&state), &p, &theme))
                        .unwrap();
                })
            });
        }
    }

    // Each run starts from a fresh state, made outside the timing.
    let prepared = &p;
    let fresh = |keys: &'static str| move || state_after(prepared, keys, 120, 40);
    let down = Key::char('j');
    let up = Key::char('k');
    c.bench_function("key/select next move and back", |b| {
        b.iter_batched(
            fresh(""),
            |mut state| {
                update::key(&mut state, &p, down);
                update::key(&mut state, &p, up);
                black_box(state)
            },
            BatchSize::LargeInput,
        )
    });
    let typed = Key::char('p');
    c.bench_function("key/type into search", |b| {
        b.iter_batched(
            fresh("/com"),
            |mut state| {
                update::key(&mut state, &p, typed);
                black_box(state)
            },
            BatchSize::LargeInput,
        )
    });
    // Every screen that shows the person is laid out again.
    let raise = Key::char('+');
    c.bench_function("key/raise a level (profile over plan)", |b| {
        b.iter_batched(
            fresh("pm"),
            |mut state| {
                update::key(&mut state, &p, raise);
                black_box(state)
            },
            BatchSize::LargeInput,
        )
    });
    let plan = Key::char('p');
    c.bench_function("key/open the plan", |b| {
        b.iter_batched(
            fresh(""),
            |mut state| {
                update::key(&mut state, &p, plan);
                black_box(state)
            },
            BatchSize::LargeInput,
        )
    });
    c.bench_function("first frame (load, state, draw) 80x24", |b| {
        b.iter(|| {
            let p = Prepared::new(rolemap::bundled::model().unwrap(), 0);
            let state = AppState::new(&p, Rect::new(0, 0, 80, 24), person(&p));
            let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
            terminal
                .draw(|frame| render::frame(frame, &state, &p, &theme))
                .unwrap();
            black_box(terminal);
        })
    });
}

criterion_group!(benches, render);
criterion_main!(benches);
