//! The explorer driven by key strings, the mouse and resizes, and drawn to
//! an in-memory terminal: behaviour, snapshots of every screen, and styles
//! where meaning depends on them.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};

use rolemap::model::search::Target;
use rolemap::tui::action::Input;
use rolemap::tui::keymap::Context;
use rolemap::tui::keys;
use rolemap::tui::state::{AppState, ExplorePane, Layer, Prepared, Row};
use rolemap::tui::theme::Theme;
use rolemap::tui::update::{self, Effect};
use rolemap::tui::view;

fn prepared() -> Prepared {
    Prepared::new(rolemap::bundled::model().expect("bundled pack"), 0)
}

fn start(p: &Prepared, columns: u16, rows: u16) -> AppState {
    AppState::new(p, Rect::new(0, 0, columns, rows))
}

/// Feeds a key string; returns the last effect asked for.
fn press(state: &mut AppState, p: &Prepared, keys: &str) -> Option<Effect> {
    let mut effect = None;
    for key in keys::parse(keys).expect("valid key string") {
        effect = update::key(state, p, key).or(effect);
    }
    effect
}

fn current_title(state: &AppState, p: &Prepared) -> String {
    p.model.role(state.current_role()).title.clone()
}

fn render(state: &AppState, p: &Prepared, color: bool) -> Buffer {
    let area = state.area;
    let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
    terminal
        .draw(|frame| view::draw(frame, state, p, &Theme::new(color)))
        .unwrap();
    terminal.backend().buffer().clone()
}

fn text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut line = String::new();
        for x in 0..area.width {
            line.push_str(buffer[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn screen(state: &AppState, p: &Prepared) -> String {
    text(&render(state, p, false))
}

#[test]
fn the_first_screen_is_the_entry_role() {
    let p = prepared();
    let state = start(&p, 80, 24);
    assert_eq!(current_title(&state, &p), "Junior Systems Programmer");
    assert!(screen(&state, &p).contains("Junior Systems Programmer"));
}

#[test]
fn searching_compiler_and_enter_makes_compiler_engineer_current_and_back_returns() {
    let p = prepared();
    let mut state = start(&p, 80, 24);
    assert_eq!(press(&mut state, &p, "/compiler<enter>"), None);
    assert_eq!(current_title(&state, &p), "Compiler Engineer");
    assert!(
        state.layers.is_empty(),
        "search closes after opening a role"
    );
    press(&mut state, &p, "<bs>");
    assert_eq!(current_title(&state, &p), "Junior Systems Programmer");
    press(&mut state, &p, "L");
    assert_eq!(current_title(&state, &p), "Compiler Engineer");
    // Back with the other keys, and forward with `]`.
    press(&mut state, &p, "h");
    press(&mut state, &p, "]");
    press(&mut state, &p, "<left>");
    assert_eq!(state.position, 0);
}

#[test]
fn following_a_move_walks_the_trail_and_back_selects_the_move_taken() {
    let p = prepared();
    let mut state = start(&p, 80, 24);
    press(&mut state, &p, "j");
    let second = state.explore.neighbours[1].role;
    press(&mut state, &p, "<enter>");
    assert_eq!(state.current_role(), second);
    assert_eq!(state.trail.len(), 2);
    press(&mut state, &p, "l");
    assert_eq!(state.trail.len(), 3);
    press(&mut state, &p, "<bs><bs>");
    assert_eq!(state.position, 0);
    assert_eq!(
        state.explore.moves.selected, 1,
        "the move taken stays selected"
    );
    // A new move after going back replaces the way ahead.
    press(&mut state, &p, "k<right>");
    assert_eq!(state.trail.len(), 2);
    assert_eq!(state.current_role(), state.trail[1]);
    assert_ne!(state.current_role(), second);
    // Going back at the start and forward at the end do nothing.
    press(&mut state, &p, "L]");
    assert_eq!(state.position, 1);
}

#[test]
fn selecting_a_move_shows_what_it_takes() {
    let p = prepared();
    let mut state = start(&p, 120, 40);
    let first = state.explore.takes.doc.lines[0].text();
    press(&mut state, &p, "j");
    let n = &state.explore.neighbours[1];
    let second = state.explore.takes.doc.lines[0].text();
    assert_ne!(first, second);
    assert!(second.contains(&p.model.role(n.role).title));
    let all: String = state
        .explore
        .takes
        .doc
        .lines
        .iter()
        .map(|l| l.text() + "\n")
        .collect();
    for step in &n.steps {
        let name: String = p.model.skill(step.skill).name.chars().take(8).collect();
        assert!(all.contains(&name), "{all}");
    }
    assert!(all.contains("to learn:"), "{all}");
}

#[test]
fn neighbours_are_grouped_by_direction_and_kind() {
    let p = prepared();
    let backend = p.model.role_ix("backend-developer").unwrap();
    let mut state = start(&p, 80, 24);
    press(&mut state, &p, "/backend developer<enter>");
    assert_eq!(state.current_role(), backend);
    let e = &state.explore;
    assert!(matches!(e.rows[0], Row::Heading(..)));
    let headings: Vec<_> = e
        .rows
        .iter()
        .filter_map(|r| match r {
            Row::Heading(d, k) => Some((*d, *k)),
            Row::Neighbour(_) => None,
        })
        .collect();
    let mut sorted = headings.clone();
    sorted.sort_by_key(|(d, k)| (*d, *k as u8));
    sorted.dedup();
    assert_eq!(headings.len(), sorted.len(), "each group appears once");
    assert!(
        headings
            .iter()
            .any(|(d, _)| *d == rolemap::tui::state::Direction::ComesFrom)
    );
    assert!(screen(&state, &p).contains("Leads to"));
}

#[test]
fn a_skill_from_search_lists_the_roles_that_need_it_and_opens_one() {
    let p = prepared();
    let mut state = start(&p, 80, 24);
    press(&mut state, &p, "/compiler internals");
    let Some(Layer::Search(search)) = state.layers.last() else {
        panic!("search is open")
    };
    let skill = match search.hits[0].target {
        Target::Skill(s) => s,
        Target::Role(_) => panic!("a skill ranks first"),
    };
    press(&mut state, &p, "<enter>");
    let Some(Layer::Skill(view)) = state.layers.last() else {
        panic!("the skill view is open")
    };
    assert_eq!(view.skill, skill);
    assert_eq!(state.context(), Context::Skill);
    let first = view.roles[0];
    assert!(p.model.role(first).skills.iter().any(|r| r.skill == skill));
    // Esc goes back to the search with the query kept.
    press(&mut state, &p, "<esc>");
    let Some(Layer::Search(search)) = state.layers.last() else {
        panic!("back in search")
    };
    assert_eq!(search.query, "compiler internals");
    press(&mut state, &p, "<enter><enter>");
    assert_eq!(state.current_role(), first);
    assert!(state.layers.is_empty());
}

#[test]
fn search_types_letters_that_are_commands_elsewhere() {
    let p = prepared();
    let mut state = start(&p, 80, 24);
    assert_eq!(press(&mut state, &p, "/q?jkhlsg"), None);
    let Some(Layer::Search(search)) = state.layers.last() else {
        panic!("search is open")
    };
    assert_eq!(search.query, "q?jkhlsg");
    press(&mut state, &p, "<bs><bs>");
    let Some(Layer::Search(search)) = state.layers.last() else {
        panic!()
    };
    assert_eq!(search.query, "q?jkhl");
    press(&mut state, &p, "<c-u>");
    let Some(Layer::Search(search)) = state.layers.last() else {
        panic!()
    };
    assert!(search.query.is_empty() && search.hits.is_empty());
    press(&mut state, &p, "zzqxv<enter>");
    assert_eq!(state.position, 0, "enter on no hits does nothing");
    press(&mut state, &p, "<esc>");
    assert!(state.layers.is_empty());
    assert_eq!(press(&mut state, &p, "/<c-c>"), Some(Effect::Quit));
}

#[test]
fn q_quits_and_help_toggles_with_the_keys_of_the_screen() {
    let p = prepared();
    let mut state = start(&p, 80, 24);
    press(&mut state, &p, "?");
    assert!(matches!(
        state.layers.last(),
        Some(Layer::Help(Context::Explore, _))
    ));
    let help = screen(&state, &p);
    assert!(help.contains("Follow the selected move"), "{help}");
    press(&mut state, &p, "?");
    assert!(state.layers.is_empty());
    press(&mut state, &p, "/<f1>");
    assert!(matches!(
        state.layers.last(),
        Some(Layer::Help(Context::Search, _))
    ));
    press(&mut state, &p, "q<esc>");
    assert!(state.layers.is_empty());
    assert_eq!(press(&mut state, &p, "q"), Some(Effect::Quit));
}

#[test]
fn tab_moves_focus_and_keys_scroll_the_focused_pane() {
    let p = prepared();
    let mut state = start(&p, 80, 24);
    assert_eq!(state.explore.focus, ExplorePane::Moves);
    press(&mut state, &p, "<tab>");
    assert_eq!(state.explore.focus, ExplorePane::Takes);
    press(&mut state, &p, "<s-tab><s-tab>");
    assert_eq!(state.explore.focus, ExplorePane::Card);
    press(&mut state, &p, "jj");
    assert_eq!(state.explore.card.offset, 2);
    assert_eq!(state.explore.moves.selected, 0);
    press(&mut state, &p, "G");
    let card_height = 24 - 2 - 2;
    assert_eq!(
        state.explore.card.offset,
        state.explore.card.doc.len() - card_height
    );
    press(&mut state, &p, "<pgup>g");
    assert_eq!(state.explore.card.offset, 0);
    let bottom = screen(&state, &p);
    assert!(bottom.contains("of"), "the pane says where it is");
}

#[test]
fn sources_list_the_figures_sources() {
    let p = prepared();
    let mut state = start(&p, 80, 24);
    press(&mut state, &p, "/backend developer<enter>s");
    let Some(Layer::Sources(text)) = state.layers.last() else {
        panic!("sources are open")
    };
    let all: String = text.doc.lines.iter().map(|l| l.text() + "\n").collect();
    let role = p.model.role(state.current_role());
    let wage = p
        .model
        .wage(role.wage_reference.expect("backend developer has a wage"));
    let source = p
        .model
        .source(wage.median.source().expect("sourced median"));
    assert!(all.contains(&source.url), "{all}");
    assert!(all.contains(&source.publisher));
    assert!(all.contains("Estimates on this screen"));
    press(&mut state, &p, "<esc>");
    assert!(state.layers.is_empty());
}

#[test]
fn the_mouse_selects_follows_and_scrolls() {
    let p = prepared();
    let mut state = start(&p, 80, 24);
    let panes = rolemap::tui::layout::explore(state.area);
    let inner = rolemap::tui::layout::inner(panes.moves);
    // Row 0 is a heading, rows 1 and 2 are moves.
    let click = |row: u16, double| Input::Click {
        column: inner.x + 3,
        row: inner.y + row,
        double,
    };
    update::update(&mut state, &p, click(2, false));
    assert_eq!(state.explore.moves.selected, 1);
    let target = state.explore.neighbours[1].role;
    update::update(&mut state, &p, click(0, false));
    assert_eq!(state.explore.moves.selected, 1, "a heading is not a move");
    update::update(&mut state, &p, click(2, true));
    assert_eq!(state.current_role(), target);
    // The wheel over the card scrolls it without moving focus.
    let card = rolemap::tui::layout::inner(panes.card);
    let wheel = Input::Scroll {
        column: card.x + 1,
        row: card.y + 1,
        lines: 1,
    };
    update::update(&mut state, &p, wheel);
    assert_eq!(state.explore.card.offset, 3);
    assert_eq!(state.explore.focus, ExplorePane::Moves);
}

#[test]
fn no_size_breaks_any_screen() {
    let p = prepared();
    for keys in [
        "",
        "j",
        "/comp",
        "/zzqx",
        "/compiler internals<enter>",
        "?",
        "s",
    ] {
        let mut state = start(&p, 80, 24);
        press(&mut state, &p, keys);
        for (columns, rows) in [
            (1, 1),
            (0, 0),
            (2, 30),
            (59, 15),
            (60, 16),
            (80, 24),
            (200, 60),
            (300, 5),
        ] {
            update::update(&mut state, &p, Input::Resize { columns, rows });
            let buffer = render(&state, &p, true);
            if columns >= 60 && rows >= 16 {
                assert!(
                    !text(&buffer).contains("needs a terminal"),
                    "{keys} {columns}x{rows}"
                );
            }
            // Keys still work at every size.
            press(&mut state, &p, "jGg<pgdn>");
        }
    }
}

#[test]
fn without_colour_selection_and_estimates_still_read() {
    let p = prepared();
    let state = start(&p, 80, 24);
    let buffer = render(&state, &p, false);
    let screen = text(&buffer);
    assert!(screen.contains("▶ →"), "the selected move is marked");
    assert!(screen.contains("~"), "estimates carry ~");
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            let cell = &buffer[(x, y)];
            assert_eq!(cell.fg, Color::Reset, "no colour at {x},{y}");
        }
    }
    let row = (0..24)
        .find(|&y| {
            (0..80)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
                .contains('▶')
        })
        .unwrap();
    let marker = (0..80).find(|&x| buffer[(x, row)].symbol() == "▶").unwrap();
    assert!(buffer[(marker, row)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn with_colour_estimates_and_matches_have_their_colours() {
    let p = prepared();
    let mut state = start(&p, 80, 24);
    let buffer = render(&state, &p, true);
    assert!(
        buffer
            .content
            .iter()
            .any(|c| c.fg == Color::Yellow && c.symbol() == "~"),
        "estimates are yellow"
    );
    press(&mut state, &p, "/compiler");
    let buffer = render(&state, &p, true);
    let matched: String = buffer
        .content
        .iter()
        .filter(|c| c.fg == Color::Green)
        .map(|c| c.symbol())
        .collect();
    assert!(matched.starts_with("Compiler"), "{matched}");
}

#[test]
fn text_from_the_pack_cannot_reach_the_terminal_as_control_codes() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/valid/control-characters.ron"
    );
    let loaded = rolemap::model::load_path(std::path::Path::new(path));
    let p = Prepared::new(loaded.model.expect("the fixture loads"), 0);
    for keys in ["", "s", "/a", "?"] {
        let mut state = start(&p, 100, 30);
        press(&mut state, &p, keys);
        let buffer = render(&state, &p, true);
        for cell in &buffer.content {
            assert!(
                !cell.symbol().chars().any(|c| c.is_control()),
                "control character drawn: {:?}",
                cell.symbol()
            );
        }
    }
}

fn snapshot(name: &str, keys: &str, columns: u16, rows: u16) {
    let p = prepared();
    let mut state = start(&p, columns, rows);
    press(&mut state, &p, keys);
    insta::assert_snapshot!(format!("{name}_{columns}x{rows}"), screen(&state, &p));
}

#[test]
fn snapshots_of_every_screen() {
    for (columns, rows) in [(80, 24), (120, 40)] {
        snapshot("explore", "", columns, rows);
        snapshot("explore_selected_move", "jj", columns, rows);
        snapshot(
            "explore_after_following",
            "/backend developer<enter>",
            columns,
            rows,
        );
        snapshot("search_results", "/comp", columns, rows);
        snapshot("search_empty_query", "/", columns, rows);
        snapshot("search_no_results", "/zzqxv", columns, rows);
        snapshot("skill", "/compiler internals<enter>", columns, rows);
        snapshot("help", "?", columns, rows);
        snapshot("sources", "/backend developer<enter>s", columns, rows);
    }
    snapshot("explore", "", 200, 60);
    snapshot("too_small", "", 50, 12);
    snapshot("too_small", "", 1, 1);
}

#[test]
fn the_readme_lists_every_key_of_the_main_screens() {
    let readme = include_str!("../README.md");
    for context in [Context::Explore, Context::Search, Context::Skill] {
        for binding in rolemap::tui::keymap::bindings(context) {
            let row = format!(
                "| {} | {} |",
                rolemap::tui::keymap::key_labels(binding),
                binding.description
            );
            assert!(readme.contains(&row), "README lacks {row}");
        }
    }
}

mod random_use {
    use super::*;
    use proptest::prelude::*;

    /// Any input a person or the terminal can produce.
    fn input() -> impl Strategy<Value = Step> {
        let keys = prop::sample::select(vec![
            "j", "k", "g", "G", "l", "h", "L", "]", "<enter>", "<bs>", "<esc>", "<tab>", "<s-tab>",
            "<pgup>", "<pgdn>", "<up>", "<down>", "<left>", "<right>", "/", "?", "s", "q", "a",
            "e", "c", "<c-u>", "<f1>", "<home>", "<end>",
        ]);
        prop_oneof![
            6 => keys.prop_map(|k| Step::Keys(k.to_string())),
            1 => (0u16..210, 0u16..70, any::<bool>())
                .prop_map(|(column, row, double)| Step::Input(Input::Click { column, row, double })),
            1 => (0u16..210, 0u16..70, -3i16..4)
                .prop_map(|(column, row, lines)| Step::Input(Input::Scroll { column, row, lines })),
            1 => (0u16..210, 0u16..70)
                .prop_map(|(columns, rows)| Step::Input(Input::Resize { columns, rows })),
        ]
    }

    #[derive(Debug, Clone)]
    enum Step {
        Keys(String),
        Input(Input),
    }

    fn check(state: &AppState) {
        assert!(state.position < state.trail.len());
        assert_eq!(state.current_role(), state.explore.role);
        let e = &state.explore;
        assert!(e.neighbours.is_empty() || e.moves.selected < e.neighbours.len());
        for layer in &state.layers {
            match layer {
                Layer::Search(s) => {
                    assert!(s.hits.is_empty() || s.list.selected < s.hits.len())
                }
                Layer::Skill(v) => {
                    assert!(v.roles.is_empty() || v.list.selected < v.roles.len())
                }
                Layer::Help(..) | Layer::Sources(_) => {}
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// No sequence of keys, clicks, wheel turns and resizes panics or
        /// leaves a selection outside its list, and every state draws.
        #[test]
        fn any_use_keeps_the_state_sound(steps in prop::collection::vec(input(), 1..40)) {
            let p = prepared();
            let mut state = start(&p, 80, 24);
            for step in steps {
                let effect = match step {
                    Step::Keys(keys) => press(&mut state, &p, &keys),
                    Step::Input(input) => update::update(&mut state, &p, input),
                };
                if effect == Some(Effect::Quit) {
                    break;
                }
                check(&state);
            }
            render(&state, &p, true);
        }
    }
}

#[test]
fn the_mouse_works_in_search_and_skill_lists_and_closes_overlays() {
    let p = prepared();
    let mut state = start(&p, 80, 24);
    press(&mut state, &p, "/comp");
    let hits = rolemap::tui::layout::inner(rolemap::tui::layout::search(state.area).hits);
    let at = |row: u16, double| Input::Click {
        column: hits.x + 4,
        row: hits.y + row,
        double,
    };
    update::update(&mut state, &p, at(1, false));
    let Some(Layer::Search(search)) = state.layers.last() else {
        panic!("search is open")
    };
    assert_eq!(search.list.selected, 1);
    let Target::Skill(skill) = search.hits[1].target else {
        panic!("the second hit for `comp` is a skill")
    };
    update::update(&mut state, &p, at(1, true));
    let Some(Layer::Skill(view)) = state.layers.last() else {
        panic!("double click opens the skill")
    };
    assert_eq!(view.skill, skill);
    let roles = rolemap::tui::layout::inner(rolemap::tui::layout::skill(state.area).roles);
    let wanted = view.roles[1];
    update::update(
        &mut state,
        &p,
        Input::Click {
            column: roles.x + 2,
            row: roles.y + 1,
            double: true,
        },
    );
    assert_eq!(state.current_role(), wanted);
    assert!(state.layers.is_empty());
    // A click outside help closes it.
    press(&mut state, &p, "?");
    update::update(
        &mut state,
        &p,
        Input::Click {
            column: 0,
            row: 23,
            double: false,
        },
    );
    assert!(state.layers.is_empty());
}
