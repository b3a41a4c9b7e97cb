//! The map's costs: laying a pack out and drawing it on the grid (once
//! per pack and zoom), opening the Map screen, and one frame of it, on the
//! bundled pack and on a generated pack of 1,000 roles (whose screen shows
//! a neighbourhood). Compare ratios within one run: the machines are
//! shared.

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use rolemap::model::Model;
use rolemap::model::map::canvas::{Zoom, draw};
use rolemap::model::map::{around, layout, layout_of};
use rolemap::model::profile::Profile;
use rolemap::tui::keys;
use rolemap::tui::person::Person;
use rolemap::tui::prepared::Prepared;
use rolemap::tui::state::AppState;
use rolemap::tui::theme::Theme;
use rolemap::tui::{render, update};

#[path = "../tests/support/company.rs"]
#[allow(dead_code)]
mod company;

fn state(p: &Prepared, keys: &str, columns: u16, rows: u16) -> AppState {
    let person = Person::new(&p.model, Profile::new("bench", "2026-12-01T00:00:00Z"));
    let mut state = AppState::new(p, Rect::new(0, 0, columns, rows), person);
    for key in keys::parse(keys).unwrap() {
        update::key(&mut state, p, key);
    }
    state
}

fn packs() -> [(&'static str, Model); 2] {
    [
        ("bundled", rolemap::bundled::model().unwrap()),
        ("1000 roles", company::THOUSAND.model()),
    ]
}

fn map(c: &mut Criterion) {
    for (name, model) in packs() {
        c.bench_function(&format!("map/layout, {name}"), |b| {
            b.iter(|| layout(black_box(&model)))
        });
        let whole = layout(&model);
        c.bench_function(&format!("map/draw short labels, {name}"), |b| {
            b.iter(|| draw(&model, black_box(&whole), Zoom::Short))
        });
        let start = model.info().entry_role;
        let near = around(&model, start, 2);
        c.bench_function(&format!("map/neighbourhood of 2 moves, {name}"), |b| {
            b.iter(|| {
                let part = layout_of(&model, black_box(&near));
                draw(&model, &part, Zoom::Short)
            })
        });

        let p = Prepared::new(model, 0);
        let theme = Theme::new(true);
        for (columns, rows) in [(80, 24), (120, 40)] {
            // Opening the screen: the first time draws the whole map.
            c.bench_function(&format!("map/open {columns}x{rows}, {name}"), |b| {
                b.iter_batched(
                    || (Prepared::new(p.model.clone(), 0), keys::parse("M").unwrap()),
                    |(fresh, keys)| {
                        let mut s = state(&fresh, "", columns, rows);
                        update::key(&mut s, &fresh, keys[0]);
                        s
                    },
                    BatchSize::SmallInput,
                )
            });
            let shown = state(&p, "M", columns, rows);
            let mut terminal = Terminal::new(TestBackend::new(columns, rows)).unwrap();
            c.bench_function(&format!("map/frame {columns}x{rows}, {name}"), |b| {
                b.iter(|| {
                    terminal
                        .draw(|frame| render::frame(frame, black_box(&shown), &p, &theme))
                        .unwrap();
                })
            });
            let moved = keys::parse("l").unwrap()[0];
            c.bench_function(&format!("map/key l {columns}x{rows}, {name}"), |b| {
                b.iter_batched(
                    || state(&p, "M", columns, rows),
                    |mut s| {
                        update::key(&mut s, &p, moved);
                        s
                    },
                    BatchSize::SmallInput,
                )
            });
        }
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = map
}
criterion_main!(benches);
