//! The explorer driven by key strings, the mouse and resizes, and drawn to
//! an in-memory terminal: behaviour, snapshots of every screen, and styles
//! where meaning depends on them.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};

use rolemap::model::notes::{Edit as NoteEdit, Notes};
use rolemap::model::profile::{Edit, Profile};
use rolemap::model::search::Target;
use rolemap::tui::action::Input;
use rolemap::tui::keymap::Context;
use rolemap::tui::keys;
use rolemap::tui::layer::Layer;
use rolemap::tui::list::Row;
use rolemap::tui::person::{Outcome, Person};
use rolemap::tui::prepared::Prepared;
use rolemap::tui::render;
use rolemap::tui::screen::clients::Client;
use rolemap::tui::screen::{ExplorePane, Given};
use rolemap::tui::state::AppState;
use rolemap::tui::theme::Theme;
use rolemap::tui::update::{self, Effect};

fn prepared() -> Prepared {
    Prepared::new(rolemap::bundled::model().expect("bundled pack"), 0)
}

/// A first launch: a new, empty profile.
fn start(p: &Prepared, columns: u16, rows: u16) -> AppState {
    start_as(p, columns, rows, Profile::new("default", NOW))
}

fn start_as(p: &Prepared, columns: u16, rows: u16, profile: Profile) -> AppState {
    let person = Person::new(&p.model, profile);
    AppState::new(p, Rect::new(0, 0, columns, rows), person)
}

const NOW: &str = "2026-12-01T07:33:45Z";

/// Ana of the first profile format: a junior systems programmer with some
/// Rust, aiming at senior backend, 6 hours a week.
fn ana() -> Profile {
    Profile::parse(include_str!("fixtures/profiles/v1.ron"), "v1.ron").unwrap()
}

/// Feeds a key string; returns the last effect asked for.
fn press(state: &mut AppState, p: &Prepared, keys: &str) -> Option<Effect> {
    let mut effect = None;
    for key in keys::parse(keys).expect("valid key string") {
        effect = update::key(state, p, key).or(effect);
    }
    effect
}

/// Does what the event loop does with an effect, the store in memory;
/// false once it quits.
fn carry_out(state: &mut AppState, p: &Prepared, effect: Option<Effect>) -> bool {
    match effect {
        Some(Effect::Quit) => return false,
        Some(Effect::Clients) => update::open_clients(state, p, clients(), ""),
        Some(Effect::Switch { name, .. }) => {
            update::switch_to(state, p, Profile::new(&name, NOW), Notes::default())
        }
        Some(Effect::Notes) => {
            let notes = state.person.notes.clone();
            update::open_notes(state, p, notes, TODAY, true);
        }
        Some(Effect::SaveNotes(edits, said)) => {
            let mut edits_all = update::unsaved_notes(state);
            edits_all.extend(edits);
            save_notes(state, edits_all);
            if said.is_some() {
                state.status = said;
            }
        }
        Some(Effect::NotesTyped) => {
            let unsaved = update::unsaved_notes(state);
            save_notes(state, unsaved);
        }
        Some(Effect::Present) => update::toggle_presenter(state, p),
        Some(Effect::KeepCompare(first, second)) => save_notes(
            state,
            vec![NoteEdit::KeepCompare {
                session: TODAY.into(),
                first,
                second,
            }],
        ),
        Some(Effect::Assess) => update::open_assess(state, p, None),
        Some(
            Effect::Save(_)
            | Effect::Template(_)
            | Effect::Report(_)
            | Effect::AssessPlace { .. }
            | Effect::Packs
            | Effect::SwitchPack(_),
        )
        | None => {}
    }
    true
}

/// The day the notes tests are on.
const TODAY: &str = "2026-12-02";

/// What the store does with changes to notes, in memory.
fn save_notes(state: &mut AppState, edits: Vec<NoteEdit>) {
    let mut notes = state.person.notes.clone();
    let applied: Vec<_> = edits.iter().map(|e| notes.apply(e, NOW)).collect();
    update::adopt_notes(state, notes, &edits, &applied);
}

/// Feeds a key string a key at a time, carrying out each effect.
fn play_keys(state: &mut AppState, p: &Prepared, keys: &str) {
    for key in keys::parse(keys).expect("valid key string") {
        let effect = update::key(state, p, key);
        carry_out(state, p, effect);
    }
}

fn current_title(state: &AppState, p: &Prepared) -> String {
    p.model.role(state.current_role()).title.clone()
}

fn render(state: &AppState, p: &Prepared, color: bool) -> Buffer {
    let area = state.area;
    let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
    terminal
        .draw(|frame| render::frame(frame, state, p, &Theme::new(color)))
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
    assert!(all.contains("Role to role:"), "{all}");
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
            Row::Heading((d, k)) => Some((*d, *k)),
            Row::Item(_) => None,
        })
        .collect();
    let mut sorted = headings.clone();
    sorted.sort_by_key(|(d, k)| (*d, *k as u8));
    sorted.dedup();
    assert_eq!(headings.len(), sorted.len(), "each group appears once");
    assert!(
        headings
            .iter()
            .any(|(d, _)| *d == rolemap::model::neighbours::Direction::ComesFrom)
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
    let skill = match search.hits.sorted()[0].target {
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
        Some(Layer::Help(v)) if v.context == Context::Explore && !v.palette
    ));
    let help = screen(&state, &p);
    assert!(help.contains("Follow the selected move"), "{help}");
    press(&mut state, &p, "?");
    assert!(state.layers.is_empty());
    press(&mut state, &p, "/<f1>");
    assert!(matches!(
        state.layers.last(),
        Some(Layer::Help(v)) if v.context == Context::Search
    ));
    press(&mut state, &p, "<esc><esc>");
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
    let Some(Layer::Sources(_, text)) = state.layers.last() else {
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

/// A change of the person lays the card out again but leaves the moves
/// list where the person scrolled it, even with a group's heading out of
/// view above the selected move.
#[test]
fn a_person_change_leaves_the_moves_list_where_it_was() {
    let p = prepared();
    let mut state = start(&p, 80, 24);
    let e = &state.explore;
    let first_of_second_group = e
        .rows
        .iter()
        .enumerate()
        .skip(1)
        .find_map(|(r, row)| match (row, e.rows.get(r + 1)) {
            (Row::Heading(_), Some(Row::Item(i))) => Some((r + 1, *i)),
            _ => None,
        })
        .expect("the entry role has two groups of moves");
    let (row, item) = first_of_second_group;
    state.explore.moves.selected = item;
    state.explore.moves.offset = row;
    press(&mut state, &p, "c");
    assert_eq!(state.explore.moves.offset, row, "the list did not scroll");
    assert_eq!(state.explore.moves.selected, item);
}

/// The sources overlay keeps what it lists, so a new size lays the same
/// sources out again for the new width, scrolled where it was as far as
/// the text still reaches; the screen beneath plays no part.
#[test]
fn sources_are_laid_out_again_on_resize() {
    let p = prepared();
    let mut state = start(&p, 80, 24);
    press(&mut state, &p, "/backend developer<enter>s");
    let Some(Layer::Sources(before, text)) = state.layers.last() else {
        panic!("sources are open")
    };
    let (before, narrow) = (before.clone(), text.doc.len());
    press(&mut state, &p, "jj");
    let resize = Input::Resize {
        columns: 160,
        rows: 40,
    };
    update::update(&mut state, &p, resize);
    let Some(Layer::Sources(after, text)) = state.layers.last() else {
        panic!("sources stay open")
    };
    assert_eq!(after, &before, "the same figures' sources");
    assert!(text.doc.len() < narrow, "wider lines, fewer of them");
    let widest = text
        .doc
        .lines
        .iter()
        .map(|l| l.text().chars().count())
        .max();
    assert!(widest.unwrap() > 80, "laid out for the new width");
    assert!(text.offset <= 2);
    assert_eq!(state.layers.len(), 1);
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
    snapshot_as(name, Profile::new("default", NOW), keys, columns, rows);
}

fn snapshot_as(name: &str, profile: Profile, keys: &str, columns: u16, rows: u16) {
    let p = prepared();
    let mut state = start_as(&p, columns, rows, profile);
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
        // Ana: in her role, with some skills, aiming at senior backend.
        snapshot_as("explore_with_a_profile", ana(), "", columns, rows);
        snapshot_as("profile", ana(), "m", columns, rows);
        snapshot_as("profile_only_mine", ana(), "ma", columns, rows);
        snapshot_as("plan", ana(), "p", columns, rows);
        snapshot_as("plan_alternative_times_hidden", ana(), "pjf", columns, rows);
        snapshot("plan_without_a_role", "p", columns, rows);
        let mut no_role = ana();
        no_role.current_role = None;
        snapshot_as("plan_from_skills_alone", no_role, "p", columns, rows);
        // The map with Ana's route, its second step selected.
        snapshot_as("map_route", ana(), "Mnn", columns, rows);
    }
    snapshot("explore", "", 200, 60);
    snapshot("too_small", "", 50, 12);
    snapshot("too_small", "", 20, 5);
    snapshot("too_small", "", 1, 1);
}

#[test]
fn the_readme_lists_every_key_of_the_main_screens() {
    let readme = include_str!("../README.md");
    for context in [
        Context::Explore,
        Context::Search,
        Context::Skill,
        Context::Profile,
        Context::Plan,
        Context::Clients,
        Context::Notes,
        Context::NoteEditor,
        Context::Presenter,
        Context::Compare,
        Context::Assess,
        Context::Map,
    ] {
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
            "e", "c", "<c-u>", "<f1>", "<home>", "<end>", "t", "p", "m", "+", "-", "0", "3",
            "<space>", "<lt>", "<gt>", "f", "<c-o>", "o", "<c-a>", "b", "n", "i", "x", "D", "[",
            "T", "Goal", "<c-r>", "<c-z>", "<f5>", "r", "=", "K", "A", "M", "z", "H", "J", "N",
        ]);
        prop_oneof![
            6 => keys.prop_map(|k| Step::Keys(k.to_string())),
            1 => (0u16..210, 0u16..70, any::<bool>())
                .prop_map(|(column, row, double)| Step::Input(Input::Click { column, row, double })),
            1 => (0u16..210, 0u16..70, -3i16..4)
                .prop_map(|(column, row, lines)| Step::Input(Input::Scroll { column, row, lines })),
            1 => (0u16..210, 0u16..70)
                .prop_map(|(columns, rows)| Step::Input(Input::Resize { columns, rows })),
            1 => "[a-z \\n\\x1b]{0,12}".prop_map(Step::Paste),
        ]
    }

    #[derive(Debug, Clone)]
    enum Step {
        Keys(String),
        Input(Input),
        Paste(String),
    }

    /// Plays a step, doing what the event loop does with its effect;
    /// false once it quits.
    fn play(state: &mut AppState, p: &Prepared, step: Step) -> bool {
        let effect = match step {
            Step::Keys(keys) => press(state, p, &keys),
            Step::Input(input) => update::update(state, p, input),
            Step::Paste(text) => update::paste(state, p, &text),
        };
        carry_out(state, p, effect)
    }

    fn check(state: &AppState) {
        assert!(state.position < state.trail.len());
        assert_eq!(state.current_role(), state.explore.role);
        let e = &state.explore;
        assert!(e.neighbours.is_empty() || e.moves.selected < e.neighbours.len());
        for layer in &state.layers {
            match layer {
                Layer::Search(s) => {
                    // The selected row is a sorted one: what is shown is in order.
                    assert!(s.hits.is_empty() || s.hits.get(s.list.selected).is_some())
                }
                Layer::Skill(v) => {
                    assert!(v.roles.is_empty() || v.list.selected < v.roles.len())
                }
                Layer::Profile(v) => {
                    assert!(v.skills.is_empty() || v.list.selected < v.skills.len())
                }
                Layer::Plan(v) => {
                    assert!(v.routes() == 0 || v.list.selected < v.routes())
                }
                Layer::Clients(v) => {
                    assert!(v.rows() == 0 || v.list.selected < v.rows())
                }
                Layer::Notes(v) => {
                    let notes = &state.person.notes;
                    let shown = v.shown_notes(notes).len();
                    assert!(shown == 0 || v.notes.selected < shown);
                    let items = v.shown_items(notes).len();
                    assert!(items == 0 || v.items.selected < items);
                }
                Layer::Presenter(v) => assert!(v.page < 3),
                Layer::Compare(v) => assert!(v.text.offset <= v.text.doc.len()),
                Layer::Assess(v) => assert!(v.at <= v.questions.len()),
                Layer::Packs(v) => {
                    assert!(v.choices.is_empty() || v.selected < v.choices.len())
                }
                Layer::Help(v) => assert!(v.text.offset <= v.text.doc.len()),
                Layer::Map(v) => {
                    assert!(v.canvas.node_of(v.selected).is_some());
                    assert!(v.moves.is_empty() || v.chosen < v.moves.len());
                    assert!(v.pan.0 <= v.canvas.width && v.pan.1 <= v.canvas.height);
                }
                Layer::Sources(..) | Layer::Notice(..) => {}
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
                if !play(&mut state, &p, step) {
                    break;
                }
                check(&state);
            }
            render(&state, &p, true);
        }

        /// After any inputs, every text a screen keeps laid out is the
        /// text its state would lay out now: no size, person or selection
        /// change leaves a stale card, list or overlay behind.
        #[test]
        fn cached_text_is_what_the_state_lays_out(steps in prop::collection::vec(input(), 1..40)) {
            let p = prepared();
            let mut state = start(&p, 80, 24);
            for step in steps {
                if !play(&mut state, &p, step) {
                    break;
                }
                let given = Given {
                    prepared: &p,
                    person: &state.person,
                    area: state.area,
                };
                let fresh = state.explore.fresh_texts(&given);
                prop_assert_eq!(state.explore.texts(), fresh.iter().collect::<Vec<_>>());
                for layer in &state.layers {
                    let fresh = layer.fresh_texts(&given);
                    prop_assert_eq!(layer.texts(), fresh.iter().collect::<Vec<_>>(), "{:?}", layer.context());
                }
            }
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
    let Target::Skill(skill) = search.hits.sorted()[1].target else {
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

mod person {
    use super::*;

    fn saved(effect: Option<Effect>) -> Vec<Edit> {
        match effect {
            Some(Effect::Save(edits)) => edits,
            other => panic!("expected a save, got {other:?}"),
        }
    }

    #[test]
    fn c_and_t_set_the_role_and_goal_from_explore_and_the_skill_view() {
        let p = prepared();
        let mut state = start(&p, 80, 24);
        assert_eq!(state.person.resolved.current, None);
        let edits = saved(press(&mut state, &p, "c"));
        assert_eq!(
            edits,
            [Edit::CurrentRole(Some("junior-systems-programmer".into()))]
        );
        assert_eq!(state.person.resolved.current, Some(state.current_role()));
        assert!(screen(&state, &p).contains("★ Your role"));
        press(&mut state, &p, "/compiler engineer<enter>");
        let edits = saved(press(&mut state, &p, "t"));
        assert_eq!(edits, [Edit::TargetRole(Some("compiler-engineer".into()))]);
        assert!(
            state
                .status
                .as_deref()
                .unwrap()
                .contains("is now your goal")
        );
        assert!(screen(&state, &p).contains("◎ Your goal"));
        // From a skill's roles: the selected role.
        press(&mut state, &p, "/compiler internals<enter>");
        let Some(Layer::Skill(view)) = state.layers.last() else {
            panic!("the skill is open")
        };
        let first = view.roles[0];
        saved(press(&mut state, &p, "t"));
        assert_eq!(state.person.resolved.target, Some(first));
    }

    #[test]
    fn the_profile_screen_edits_levels_marks_and_pace() {
        let p = prepared();
        let mut state = start_as(&p, 80, 24, ana());
        press(&mut state, &p, "m");
        assert_eq!(state.context(), Context::Profile);
        let skill = |state: &AppState| {
            let Some(Layer::Profile(view)) = state.layers.last() else {
                panic!("profile is open")
            };
            view.skills[view.list.selected]
        };
        // It opens on the first skill the goal asks for that Ana lacks.
        let goal = p.model.role(state.person.resolved.target.unwrap());
        let first = skill(&state);
        assert!(state.person.level(first) < goal.level_of(first));
        let id = p.model.skill(first).id.clone();
        // From none, whatever Ana holds of it.
        press(&mut state, &p, "0");
        assert_eq!(state.person.level(first), 0);
        assert_eq!(
            saved(press(&mut state, &p, "+")),
            [Edit::Level(id.clone(), 1)]
        );
        assert_eq!(
            saved(press(&mut state, &p, "l")),
            [Edit::Level(id.clone(), 2)]
        );
        assert_eq!(
            saved(press(&mut state, &p, "3")),
            [Edit::Level(id.clone(), 3)]
        );
        assert_eq!(press(&mut state, &p, "+"), None, "3 is the top");
        assert_eq!(
            saved(press(&mut state, &p, "-")),
            [Edit::Level(id.clone(), 2)]
        );
        assert_eq!(
            saved(press(&mut state, &p, "0")),
            [Edit::Level(id.clone(), 0)]
        );
        assert_eq!(press(&mut state, &p, "h"), None, "0 is the bottom");
        assert_eq!(
            saved(press(&mut state, &p, "<space>")),
            [Edit::Mark(id.clone(), true)]
        );
        assert!(state.person.profile.is_marked(&id));
        assert_eq!(
            saved(press(&mut state, &p, "*")),
            [Edit::Mark(id.clone(), false)]
        );
        assert_eq!(
            saved(press(&mut state, &p, "<lt>")),
            [Edit::HoursPerWeek(5)]
        );
        assert_eq!(
            saved(press(&mut state, &p, "<gt><gt>")),
            [Edit::HoursPerWeek(8)]
        );
        // The card beneath shows the new level at once.
        press(&mut state, &p, "j3");
        let raised = state.layers.iter().find_map(|l| match l {
            Layer::Profile(v) => Some(v.skills[v.list.selected]),
            _ => None,
        });
        assert_eq!(state.person.level(raised.unwrap()), 3);
        // Only my roles' skills, then all again; the selection stays on its skill.
        let all = match state.layers.last() {
            Some(Layer::Profile(v)) => v.skills.len(),
            _ => 0,
        };
        assert_eq!(all, p.model.skills().len());
        press(&mut state, &p, "a");
        let Some(Layer::Profile(view)) = state.layers.last() else {
            panic!()
        };
        assert!(view.only_mine && view.skills.len() < all);
        assert_eq!(view.skills[view.list.selected], raised.unwrap());
        press(&mut state, &p, "<esc>");
        assert!(state.layers.is_empty());
    }

    #[test]
    fn the_plan_screen_shows_routes_hides_times_and_walks_a_route() {
        let p = prepared();
        let mut state = start_as(&p, 120, 40, ana());
        press(&mut state, &p, "p");
        let Some(Layer::Plan(view)) = state.layers.last() else {
            panic!("plan is open")
        };
        assert_eq!(view.routes(), 4, "the fastest and three alternatives");
        let text = screen(&state, &p);
        assert!(text.contains("Routes to Senior Backend Engineer"), "{text}");
        assert!(
            text.contains("Fastest route: Junior Systems Programmer → Senior Backend Engineer")
        );
        assert!(text.contains("mo (est.)"));
        // The same plan as the command line's, from the same planner.
        let resolved = &state.person.resolved;
        let expected = rolemap::model::plan::plan(
            &p.model,
            &resolved.levels,
            resolved.current.unwrap(),
            resolved.target.unwrap(),
            3,
        )
        .unwrap();
        if let rolemap::tui::person::Outcome::Ready { plan, .. } = &view.outcome {
            assert_eq!(plan, &expected);
        } else {
            panic!("a plan is ready");
        }
        // Hidden times leave no figure anywhere on screen.
        assert_eq!(saved(press(&mut state, &p, "f")), [Edit::HideTimes(true)]);
        let hidden = screen(&state, &p);
        assert!(
            !hidden.contains(" mo ") && !hidden.contains(" mo│") && !hidden.contains('~'),
            "{hidden}"
        );
        saved(press(&mut state, &p, "f"));
        // The second route, walked in Explore.
        press(&mut state, &p, "j");
        let Some(Layer::Plan(view)) = state.layers.last() else {
            panic!()
        };
        let rolemap::tui::person::Outcome::Ready { plan, .. } = &view.outcome else {
            panic!()
        };
        let route = plan.routes[1].roles.clone();
        press(&mut state, &p, "<enter>");
        assert!(state.layers.is_empty());
        assert_eq!(state.trail, route);
        assert_eq!(state.position, 0);
        press(&mut state, &p, "L");
        assert_eq!(state.current_role(), route[1]);
    }

    #[test]
    fn the_plan_says_what_is_missing_and_what_blocks() {
        let p = prepared();
        let mut state = start(&p, 80, 24);
        press(&mut state, &p, "p");
        assert!(screen(&state, &p).contains("press t on its card"));
        // A goal and no role yet: planned from the skills alone.
        press(&mut state, &p, "<esc>/compiler engineer<enter>t");
        press(&mut state, &p, "p");
        let text = screen(&state, &p);
        assert!(text.contains("No current role yet"), "{text}");
        assert!(text.contains("First: getting ready for "), "{text}");
        let mut state = start(&p, 80, 24);
        press(&mut state, &p, "c");
        // A goal no move leads to from here: the entry role, from a senior role.
        press(&mut state, &p, "<esc>t/principal architect<enter>c");
        press(&mut state, &p, "p");
        let text = screen(&state, &p);
        assert!(text.contains("no route from Principal Architect"), "{text}");
    }

    #[test]
    fn a_save_that_brings_changes_from_elsewhere_updates_every_screen() {
        let p = prepared();
        let mut state = start_as(&p, 80, 24, ana());
        press(&mut state, &p, "pm");
        let mut theirs = state.person.profile.clone();
        theirs.apply(&Edit::TargetRole(Some("compiler-engineer".into())), NOW);
        update::adopt(&mut state, &p, theirs);
        assert_eq!(
            state.person.resolved.target,
            p.model.role_ix("compiler-engineer")
        );
        // The plan beneath the profile waits to be shown before it is made again.
        let plan = state.layers.iter().find_map(|l| match l {
            Layer::Plan(v) => Some(v),
            _ => None,
        });
        assert!(plan.unwrap().stale);
        press(&mut state, &p, "<esc>");
        let Some(Layer::Plan(view)) = state.layers.last() else {
            panic!("the plan shows again")
        };
        assert!(!view.stale);
        let rolemap::tui::person::Outcome::Ready { to, .. } = view.outcome else {
            panic!("replanned")
        };
        assert_eq!(Some(to), p.model.role_ix("compiler-engineer"));
        assert!(screen(&state, &p).contains("Routes to Compiler Engineer"));
    }

    #[test]
    fn the_mouse_selects_skills_and_routes() {
        let p = prepared();
        let mut state = start_as(&p, 80, 24, ana());
        press(&mut state, &p, "mg");
        let skills = rolemap::tui::layout::inner(rolemap::tui::layout::profile(state.area).skills);
        update::update(
            &mut state,
            &p,
            Input::Click {
                column: skills.x + 3,
                row: skills.y + 2,
                double: false,
            },
        );
        let Some(Layer::Profile(view)) = state.layers.last() else {
            panic!()
        };
        // Row 0 is the heading, so row 2 is the second skill.
        assert_eq!(view.list.selected, 1);
        update::update(
            &mut state,
            &p,
            Input::Scroll {
                column: skills.x + 3,
                row: skills.y + 2,
                lines: 3,
            },
        );
        let Some(Layer::Profile(view)) = state.layers.last() else {
            panic!()
        };
        assert_eq!(view.list.selected, 4);
        press(&mut state, &p, "p");
        let routes = rolemap::tui::layout::inner(rolemap::tui::layout::plan(state.area).routes);
        let click = |double| Input::Click {
            column: routes.x + 3,
            row: routes.y + 2,
            double,
        };
        update::update(&mut state, &p, click(false));
        let Some(Layer::Plan(view)) = state.layers.last() else {
            panic!()
        };
        assert_eq!(view.list.selected, 2);
        update::update(&mut state, &p, click(true));
        assert!(state.layers.is_empty(), "a double click walks the route");
    }
}

#[test]
fn going_between_plan_and_profile_never_piles_screens_up() {
    let p = prepared();
    let mut state = start_as(&p, 80, 24, ana());
    press(&mut state, &p, "pmpmpmpm");
    assert_eq!(state.layers.len(), 2, "plan, then profile above it");
    assert_eq!(state.context(), Context::Profile);
    press(&mut state, &p, "p");
    assert_eq!(state.layers.len(), 1);
    assert_eq!(state.context(), Context::Plan);
}

#[test]
fn a_notice_stays_until_closed_and_is_laid_out_again_on_resize() {
    let p = prepared();
    let mut state = start(&p, 80, 24);
    update::notice(
        &mut state,
        &p,
        "Profile `ana` could not be read: expected `)` at line 4, column 14.\nIt was moved to /home/ana/.local/share/rolemap/profiles/ana.ron.damaged-20261201T073345Z, where it is kept as it was, and a new, empty profile `ana` was started.".into(),
    );
    assert_eq!(state.context(), Context::Notice);
    insta::assert_snapshot!("notice_80x24", screen(&state, &p));
    // The next key does not make it go away, unless it closes it.
    press(&mut state, &p, "j");
    assert_eq!(state.context(), Context::Notice);
    update::update(
        &mut state,
        &p,
        Input::Resize {
            columns: 60,
            rows: 20,
        },
    );
    let Some(Layer::Notice(_, text)) = state.layers.last() else {
        panic!("the notice is still open")
    };
    let width = rolemap::tui::layout::inner(rolemap::tui::layout::overlay(state.area)).width;
    assert!(
        text.doc
            .lines
            .iter()
            .all(|l| l.width() <= usize::from(width))
    );
    let joined: String = text.doc.lines.iter().map(|l| l.text()).collect();
    assert!(
        joined.contains("/home/ana/.local/share/rolemap/profiles/ana.ron.damaged-20261201T073345Z")
    );
    assert_eq!(
        press(&mut state, &p, "q"),
        None,
        "q closes the notice, it does not quit"
    );
    assert!(state.layers.is_empty());
}

#[test]
fn hidden_times_also_hide_the_persons_own_gaps() {
    let p = prepared();
    let mut hidden = ana();
    hidden.hide_times = true;
    let mut state = start_as(&p, 120, 40, hidden);
    let card = screen(&state, &p);
    assert!(card.contains("you meet 3 of "), "{card}");
    assert!(!card.contains("essential · gap"), "{card}");
    press(&mut state, &p, "m");
    let summary = screen(&state, &p);
    assert!(
        summary.contains("Match with your goal, Senior Backend Engineer: you meet"),
        "{summary}"
    );
    assert!(!summary.contains("skills · gap"), "{summary}");
}

#[test]
fn the_readme_capture_is_the_real_screen() {
    let p = prepared();
    let state = start_as(&p, 80, 24, ana());
    let readme = include_str!("../README.md");
    let shown = screen(&state, &p);
    assert!(
        readme.contains(shown.trim_end()),
        "README's capture differs from:\n{shown}"
    );
}

/// One move, one figure: the explorer's list and detail, `rolemap show`
/// and `rolemap path` give the same months for the same move from the
/// same start, at the pack's pace and at a person's own.
#[test]
fn a_move_shows_the_same_figure_on_every_screen_and_command() {
    let p = prepared();
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("profiles")).unwrap();
    std::fs::write(
        home.path().join("profiles/ana.ron"),
        include_str!("fixtures/profiles/v1.ron"),
    )
    .unwrap();
    for (profile, hours) in [(None, 8), (Some(ana()), 6)] {
        let mut state = match &profile {
            Some(ana) => start_as(&p, 120, 40, ana.clone()),
            None => start(&p, 120, 40),
        };
        assert_eq!(state.person.profile.hours_per_week, hours);
        let role = p.model.role(state.current_role()).id.clone();
        let mut args = vec!["show".to_string(), role.clone()];
        if profile.is_some() {
            args.extend(["--profile".to_string(), "ana".to_string()]);
        }
        let show = std::process::Command::new(env!("CARGO_BIN_EXE_rolemap"))
            .args(&args)
            .env("ROLEMAP_HOME", home.path())
            .output()
            .unwrap();
        let show = String::from_utf8(show.stdout).unwrap();
        let pace = state.person.pace();
        let leads = state
            .explore
            .neighbours
            .iter()
            .filter(|n| n.edge.from == state.current_role())
            .count();
        assert!(leads > 3);
        for i in 0..leads {
            let n = state.explore.neighbours[i].clone();
            let cost = rolemap::format::at_pace(&n.cost, pace);
            let full = rolemap::format::months(&cost);
            // The list's short form keeps the detail's numbers.
            let short = rolemap::tui::content::short_months(&cost);
            let numbers = short
                .trim_start_matches('~')
                .trim_end_matches(['m', 'o', '+', ' ']);
            assert!(full.contains(numbers), "{short} vs {full}");
            let detail: String = state
                .explore
                .takes
                .doc
                .lines
                .iter()
                .map(|l| l.text())
                .collect();
            assert!(detail.contains(&full), "{full} not in {detail}");
            assert!(show.contains(&full), "{hours} h: {full} not in {show}");
            if profile.is_none() {
                let to = p.model.role(n.role).id.clone();
                let path = std::process::Command::new(env!("CARGO_BIN_EXE_rolemap"))
                    .args(["path", &role, &to, "--json"])
                    .output()
                    .unwrap();
                let doc: serde_json::Value = serde_json::from_slice(&path.stdout).unwrap();
                let route = &doc["routes"][0];
                if route["steps"].as_array().unwrap().len() == 1 {
                    let min = route["cost"]["min_months"].as_f64().unwrap();
                    assert!(
                        (min - n.cost.min).abs() < 0.01,
                        "{to}: {min} vs {}",
                        n.cost.min
                    );
                }
            }
            press(&mut state, &p, "j");
        }
    }
}

#[path = "support/layered.rs"]
#[allow(dead_code)]
mod layered;

#[path = "support/company.rs"]
#[allow(dead_code)]
mod company;

/// A plan that takes long to make never holds up the keys: the Plan screen
/// opens at once, says it is searching, answers keys meanwhile, and shows
/// the routes when the event loop has given the search its slices.
#[test]
fn a_slow_plan_is_made_between_keys() {
    let p = Prepared::new(layered::layered_pack(), 0);
    let mut profile = Profile::new("lee", NOW);
    profile.current_role = Some(layered::Layered::role(0, 0));
    profile.target_role = Some(layered::Layered::role(11, 11));
    let mut state = start_as(&p, 100, 30, profile);
    press(&mut state, &p, "p");
    let Some(Layer::Plan(view)) = state.layers.last() else {
        panic!("the plan screen opens at once");
    };
    assert!(matches!(view.outcome, Outcome::Planning));
    assert!(update::working(&state));
    assert!(screen(&state, &p).contains("Searching for the fastest routes"));
    // Keys are answered while it searches: help opens and closes.
    press(&mut state, &p, "?");
    assert!(matches!(state.layers.last(), Some(Layer::Help(..))));
    press(&mut state, &p, "<esc>");
    let mut slices = 0;
    while update::working(&state) {
        update::work(&mut state, &p, rolemap::tui::person::SLICE);
        slices += 1;
        assert!(slices < 10_000, "the search ends");
    }
    assert!(slices > 1, "made in slices, not at once");
    let Some(Layer::Plan(view)) = state.layers.last() else {
        panic!("still on the plan screen");
    };
    let Outcome::Ready { plan, .. } = &view.outcome else {
        panic!("a plan: {:?}", view.outcome);
    };
    assert!(!plan.routes.is_empty() && !plan.exact);
    // A plan not proved fastest is not called so.
    let shown = screen(&state, &p);
    assert!(
        shown.contains("Best found") && !shown.contains("Fastest"),
        "{shown}"
    );
    assert!(shown.contains("not proved the fastest"), "{shown}");
}

/// Text with every space and line break taken out: the faces wrap at
/// different widths and indents, so only the words are compared.
fn words_only(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_card_pane_and_rolemap_show_say_the_same() {
    use rolemap::card::role::{RoleCard, Viewer};
    let p = prepared();
    let m = &p.model;
    let person = Person::new(m, Profile::new("default", NOW));
    for role in m.role_ixs() {
        let viewer = Viewer {
            profile: &person.profile,
            resolved: &person.resolved,
        };
        let card = RoleCard::new(m, role, Some(viewer));
        let pane = rolemap::tui::content::card(m, role, &person, 60);
        let pane = words_only(
            &pane
                .lines
                .iter()
                .map(|l| l.text())
                .collect::<Vec<_>>()
                .join("\n"),
        );
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_rolemap"))
            .args(["--no-color", "show", &m.role(role).id])
            .output()
            .unwrap();
        assert!(out.status.success());
        let shown = words_only(&String::from_utf8(out.stdout).unwrap());
        let mut said = vec![
            card.title.clone(),
            card.placing.clone(),
            card.summary.clone(),
        ];
        said.extend(card.responsibilities.iter().cloned());
        said.extend(card.sectors.iter().cloned());
        said.extend(card.basis.iter().cloned());
        if let Some(wage) = &card.wage {
            said.push(wage.note.clone());
            said.extend(
                wage.rows
                    .iter()
                    .map(|(label, s)| format!("{label}{}", s.marked())),
            );
        }
        said.extend(card.context.iter().map(|s| s.marked()));
        for (n, &s) in card.sources.iter().enumerate() {
            said.push(format!("[{}]{}", n + 1, m.source(s).title));
        }
        for text in said {
            let text = words_only(&text);
            assert!(pane.contains(&text), "{}: the pane lacks {text}", card.id);
            assert!(shown.contains(&text), "{}: `show` lacks {text}", card.id);
        }
    }
}

/// Clients as the store would list them: Ana, Bo, and one that cannot be read.
fn clients() -> Vec<Client> {
    let client = |name: &str, roles: &str, updated: &str| Client {
        name: name.into(),
        roles: roles.into(),
        updated: updated.into(),
        last_session: None,
        problem: None,
    };
    vec![
        client(
            "ana",
            "Junior Systems Programmer → Senior Backend Engineer",
            "2026-11-20T09:00:00Z",
        ),
        client("bo", "Compiler Engineer → not set", "2026-12-01T09:00:00Z"),
        Client {
            problem: Some("line 1, column 1: expected `(`".into()),
            ..client("cy", "", "")
        },
    ]
}

#[test]
fn the_client_picker_opens_a_client_or_makes_one() {
    let p = prepared();
    let mut state = start_as(&p, 80, 24, ana());
    assert!(screen(&state, &p).contains("◆ ana │ [Junior Systems Programmer]"));
    // Ctrl-O from any screen, the search included, asks for the list.
    press(&mut state, &p, "/comp");
    assert_eq!(press(&mut state, &p, "<c-o>"), Some(Effect::Clients));
    update::open_clients(&mut state, &p, clients(), "");
    assert_eq!(state.context(), Context::Clients);
    let shown = screen(&state, &p);
    let (bo, ana) = (shown.find("▶   bo").unwrap(), shown.find("● ana").unwrap());
    assert!(bo < ana, "newest first, the open one marked:\n{shown}");
    assert!(shown.contains("unreadable   line 1, column 1"), "{shown}");
    // Typing filters; letters that are keys elsewhere are typed.
    press(&mut state, &p, "b");
    assert_eq!(
        press(&mut state, &p, "<enter>"),
        Some(Effect::Switch {
            name: "bo".into(),
            new: false
        })
    );
    // A name that is no client's is offered as a new one.
    press(&mut state, &p, "<c-u>alcie");
    assert!(screen(&state, &p).contains("+ New client `alcie` (Enter)"));
    assert_eq!(
        press(&mut state, &p, "<enter>"),
        Some(Effect::Switch {
            name: "alcie".into(),
            new: true
        })
    );
    assert_eq!(
        press(&mut state, &p, "<c-a>"),
        Some(Effect::Switch {
            name: "alcie".into(),
            new: true
        })
    );
    // Esc leaves the client open as it was.
    press(&mut state, &p, "<esc>");
    assert_eq!(state.context(), Context::Search);
    // Switching is the whole app for the other client.
    let mut bo = Profile::new("bo", NOW);
    bo.current_role = Some("compiler-engineer".into());
    update::switch_to(&mut state, &p, bo, Notes::default());
    assert!(state.layers.is_empty());
    assert_eq!(current_title(&state, &p), "Compiler Engineer");
    assert!(screen(&state, &p).contains("◆ bo │ [Compiler Engineer]"));
}

/// Ana on the Notes screen, notes in memory.
fn on_notes(p: &Prepared, columns: u16, rows: u16) -> AppState {
    let mut state = start_as(p, columns, rows, ana());
    play_keys(&mut state, p, "n");
    assert_eq!(state.context(), Context::Notes);
    state
}

#[test]
fn a_session_starts_from_the_template_and_what_is_typed_is_kept() {
    let p = prepared();
    let mut state = on_notes(&p, 80, 24);
    play_keys(&mut state, &p, "n");
    assert_eq!(
        state.context(),
        Context::NoteEditor,
        "the new note is open to write in"
    );
    // The cursor waits after "Goal:"; typing, a new line and a paste.
    play_keys(&mut state, &p, " lead a team<enter>by June");
    let pasted = update::paste(&mut state, &p, " (said twice)\u{1b}[2J");
    carry_out(&mut state, &p, pasted);
    let note = &state.person.notes.session(TODAY).unwrap().notes[0];
    assert!(
        note.text
            .starts_with("Goal: lead a team\nby June (said twice)[2J\n"),
        "saved as typed, escapes cleaned: {:?}",
        note.text
    );
    assert!(!note.shared, "private by default");
    // Undo, redo, word jumps and Home/End are the editor's.
    play_keys(&mut state, &p, "<c-u><esc>");
    let note = &state.person.notes.session(TODAY).unwrap().notes[0];
    assert!(
        note.text.starts_with("Goal: lead a team\nby June\n"),
        "{:?}",
        note.text
    );
    assert_eq!(state.context(), Context::Notes);
    // p shares it, visibly, and again makes it private.
    play_keys(&mut state, &p, "p");
    assert!(state.person.notes.session(TODAY).unwrap().notes[0].shared);
    assert!(screen(&state, &p).contains("[shared] Note 1"));
    play_keys(&mut state, &p, "p");
    assert!(screen(&state, &p).contains("[private] Note 1"));
}

#[test]
fn action_items_get_a_date_a_done_mark_and_open_ones_come_first() {
    let p = prepared();
    let mut state = on_notes(&p, 100, 30);
    play_keys(
        &mut state,
        &p,
        "iAsk for a mentor<enter>iRead the book<enter>",
    );
    assert_eq!(state.person.notes.items.len(), 2);
    play_keys(&mut state, &p, "b2026-13-01<enter>");
    assert!(
        state.status.as_deref().unwrap_or("").contains("not a date"),
        "{:?}",
        state.status
    );
    play_keys(&mut state, &p, "<esc>");
    assert!(state.status.as_deref().unwrap_or("").contains("Not kept"));
    play_keys(&mut state, &p, "gb2026-12-20<enter>");
    let first = &state.person.notes.items_in_order()[0];
    assert_eq!(first.by.as_deref(), Some("2026-12-20"));
    play_keys(&mut state, &p, "x");
    let order: Vec<(&str, bool)> = state
        .person
        .notes
        .items_in_order()
        .iter()
        .map(|i| (i.text.as_str(), i.done))
        .collect();
    assert_eq!(
        order,
        [("Read the book", false), ("Ask for a mentor", true)]
    );
    let shown = screen(&state, &p);
    assert!(shown.contains("[x] Ask for a mentor"), "{shown}");
    assert!(shown.contains("by 2026-12-20 · [private]"), "{shown}");
    // D asks, D again deletes.
    play_keys(&mut state, &p, "gD");
    assert_eq!(state.person.notes.items.len(), 2);
    play_keys(&mut state, &p, "D");
    assert_eq!(state.person.notes.items.len(), 1);
}

#[test]
fn sessions_are_walked_with_brackets_and_today_is_started_once() {
    let p = prepared();
    let mut state = start_as(&p, 80, 24, ana());
    let mut notes = Notes::default();
    for (date, text) in [("2026-11-01", "first"), ("2026-11-15", "second")] {
        notes.apply(
            &NoteEdit::AddNote {
                session: date.into(),
                text: text.into(),
                shared: false,
            },
            NOW,
        );
    }
    state.person.notes = notes;
    play_keys(&mut state, &p, "n");
    assert!(screen(&state, &p).contains("Session of 2026-11-15"));
    play_keys(&mut state, &p, "[");
    assert!(screen(&state, &p).contains("Session of 2026-11-01"));
    play_keys(&mut state, &p, "[");
    assert!(
        state
            .status
            .as_deref()
            .unwrap()
            .contains("No session further")
    );
    play_keys(&mut state, &p, "]]n<esc>");
    assert!(screen(&state, &p).contains("Session of 2026-12-02"));
    play_keys(&mut state, &p, "n");
    assert_eq!(state.person.notes.session(TODAY).unwrap().notes.len(), 1);
    assert!(state.status.as_deref().unwrap().contains("Today's session"));
}

#[test]
fn notes_screen_snapshots() {
    let p = prepared();
    for (columns, rows) in [(80, 24), (120, 40)] {
        let mut state = on_notes(&p, columns, rows);
        play_keys(
            &mut state,
            &p,
            "n lead a platform team<esc>aAsks about pay bands<esc>piAsk for a mentor<enter>b2026-12-20<enter>p",
        );
        insta::assert_snapshot!(format!("notes_{columns}x{rows}"), screen(&state, &p));
        play_keys(&mut state, &p, "<tab>ge");
        insta::assert_snapshot!(
            format!("notes_writing_{columns}x{rows}"),
            screen(&state, &p)
        );
    }
}

#[test]
fn the_picker_lists_the_newest_session_first_and_says_its_date() {
    let p = prepared();
    let mut listed = clients();
    for client in &mut listed {
        client.last_session = match client.name.as_str() {
            "bo" => Some("2026-11-30".into()),
            "cy" => Some("2026-12-01".into()),
            _ => None,
        };
    }
    let names: Vec<String> = rolemap::tui::screen::ClientsView::new(listed.clone(), "ana", "")
        .shown()
        .map(|c| c.name.clone())
        .collect();
    assert_eq!(names, ["bo", "ana", "cy"], "unreadable ones last");
    let mut state = start_as(&p, 100, 24, ana());
    update::open_clients(&mut state, &p, listed, "");
    let shown = screen(&state, &p);
    assert!(
        shown.contains("2026-11-30") && shown.contains("no session"),
        "{shown}"
    );
}

/// Ana with private and shared notes and items, for the presenter view.
fn ana_with_notes(p: &Prepared, columns: u16, rows: u16) -> AppState {
    let mut state = start_as(p, columns, rows, ana());
    let mut notes = Notes::default();
    let edits = [
        NoteEdit::AddNote {
            session: "2026-11-20".into(),
            text: "SECRET-OLD private words from the first session\n".into(),
            shared: false,
        },
        NoteEdit::AddNote {
            session: TODAY.into(),
            text: "Goal: lead a platform team\nFirst: async Rust, then mentoring\n".into(),
            shared: true,
        },
        NoteEdit::AddNote {
            session: TODAY.into(),
            text: "SECRET-NOTE unsure about the pay\n".into(),
            shared: false,
        },
        NoteEdit::AddItem {
            session: TODAY.into(),
            text: "Finish the Tokio tutorial".into(),
            by: Some("2026-12-15".into()),
            shared: true,
        },
        NoteEdit::AddItem {
            session: TODAY.into(),
            text: "SECRET-ITEM ask about travel".into(),
            by: None,
            shared: false,
        },
    ];
    for edit in &edits {
        notes.apply(edit, NOW);
    }
    state.person.notes = notes;
    state
}

/// Other clients, with names found nowhere else.
fn other_clients() -> Vec<Client> {
    ["Xavier Otherclient", "Yolanda Elsewhere"]
        .into_iter()
        .map(|name| Client {
            name: name.into(),
            roles: "Compiler Engineer → not set".into(),
            updated: NOW.into(),
            last_session: None,
            problem: None,
        })
        .collect()
}

/// Every screen the presenter view can be opened from, as the keys that
/// reach it from Explore.
const SCREENS_BENEATH: &[&str] = &[
    "",
    "/tok",
    "/tokio<enter>",
    "m",
    "p",
    "n",
    "n<tab>",
    "s",
    "?",
];

/// Keys tried inside the presenter view: every page, scrolling, help, and
/// everything that would open a screen with private words or other names.
const IN_PRESENTER: &[&str] = &[
    "",
    "<right>",
    "<right><right>",
    "<left>",
    "<tab>",
    "<down><down>",
    "<pgdn>",
    "?",
    "<c-o>",
    "<c-o>Xav",
    "n",
    "p",
    "m",
    "/",
    "s",
    "o",
    "i",
    "a",
    "e",
    "<enter>",
    "<space>",
    "<f1>",
];

#[test]
fn the_presenter_view_never_draws_private_notes_other_clients_or_paths() {
    let p = prepared();
    for (columns, rows) in [(80, 24), (120, 40), (60, 16)] {
        for beneath in SCREENS_BENEATH {
            for inside in IN_PRESENTER {
                let mut state = ana_with_notes(&p, columns, rows);
                play_keys(&mut state, &p, beneath);
                // The coach's clients are listed already, and a message
                // naming a path waits on the status line.
                if *beneath == "n" {
                    update::open_clients(&mut state, &p, other_clients(), "");
                    play_keys(&mut state, &p, "<esc>");
                }
                play_keys(&mut state, &p, "<f5>");
                assert!(
                    update::presenting(&state),
                    "{beneath:?}: F5 from every screen"
                );
                state.status = Some("Report written to /home/coach/reports/ana.md".into());
                for key in keys::parse(inside).unwrap() {
                    let effect = update::key(&mut state, &p, key);
                    if effect == Some(Effect::Clients) {
                        update::open_clients(&mut state, &p, other_clients(), "");
                    }
                    carry_out(&mut state, &p, effect.filter(|e| *e != Effect::Clients));
                    let shown = screen(&state, &p);
                    for secret in ["SECRET", "Xavier", "Yolanda", "/home/", "/tmp", "reports/"] {
                        assert!(
                            !shown.contains(secret),
                            "{columns}x{rows}, {beneath:?} then {inside:?}: `{secret}` drawn:\n{shown}"
                        );
                    }
                }
                assert!(update::presenting(&state), "{beneath:?} {inside:?}");
            }
        }
    }
}

#[test]
fn the_presenter_view_shows_what_the_client_should_see_and_f5_leaves_it() {
    let p = prepared();
    for (columns, rows) in [(80, 24), (120, 40)] {
        let mut state = ana_with_notes(&p, columns, rows);
        play_keys(&mut state, &p, "m<f5>");
        assert_eq!(state.context(), Context::Presenter);
        for page in ["standing", "plan", "agreed"] {
            insta::assert_snapshot!(
                format!("presenter_{page}_{columns}x{rows}"),
                screen(&state, &p)
            );
            play_keys(&mut state, &p, "<right>");
        }
        let agreed = {
            play_keys(&mut state, &p, "<left>");
            screen(&state, &p)
        };
        assert!(agreed.contains("Goal: lead a platform team"), "{agreed}");
        assert!(
            agreed.contains("[ ] Finish the Tokio tutorial — by 2026-12-15"),
            "{agreed}"
        );
        play_keys(&mut state, &p, "<f5>");
        assert_eq!(
            state.context(),
            Context::Profile,
            "back where it was opened"
        );
    }
}

#[test]
fn compare_puts_the_persons_role_beside_the_one_on_screen() {
    let p = prepared();
    for (columns, rows) in [(80, 24), (120, 40)] {
        let mut state = start_as(&p, columns, rows, ana());
        play_keys(&mut state, &p, "/compiler engineer<enter>=");
        assert_eq!(state.context(), Context::Compare);
        let shown = screen(&state, &p);
        assert!(
            shown.contains("A: Junior Systems Programmer  vs  B: Compiler Engineer"),
            "{shown}"
        );
        assert!(
            shown.contains("▲ +"),
            "differences marked by symbol: {shown}"
        );
        insta::assert_snapshot!(format!("compare_{columns}x{rows}"), shown);
        play_keys(&mut state, &p, "x");
        assert!(
            screen(&state, &p).contains("A: Compiler Engineer  vs  B: Junior Systems Programmer")
        );
        play_keys(&mut state, &p, "a");
        assert!(screen(&state, &p).contains("Compare · every skill"));
        play_keys(&mut state, &p, "K");
        let kept = &state.person.notes.compares;
        assert_eq!(kept.len(), 1);
        assert_eq!(
            (kept[0].first.as_str(), kept[0].second.as_str()),
            ("compiler-engineer", "junior-systems-programmer")
        );
        // Two bands of one track: B steps up its ladder.
        play_keys(&mut state, &p, "x]");
        assert!(
            screen(&state, &p).contains("B: Language Runtime Engineer"),
            "{}",
            screen(&state, &p)
        );
        play_keys(&mut state, &p, "[");
        assert!(screen(&state, &p).contains("B: Compiler Engineer"));
        // B chosen by search: Enter hands the role back, nothing followed.
        play_keys(&mut state, &p, "/embedded-engineer");
        let role = state.current_role();
        play_keys(&mut state, &p, "<enter>");
        assert_eq!(state.context(), Context::Compare);
        assert_eq!(state.current_role(), role, "the trail stays");
        assert!(
            screen(&state, &p).contains("vs  B: Embedded Engineer"),
            "{}",
            screen(&state, &p)
        );
        play_keys(&mut state, &p, "<esc>");
        assert_eq!(state.context(), Context::Explore);
    }
}

#[test]
fn the_self_assessment_asks_one_skill_at_a_time_and_says_what_changed() {
    let p = prepared();
    for (columns, rows) in [(80, 24), (120, 40)] {
        let mut state = start_as(&p, columns, rows, ana());
        play_keys(&mut state, &p, "mA");
        assert_eq!(state.context(), Context::Assess);
        let first = screen(&state, &p);
        assert!(first.contains("Question 1 of "), "{first}");
        assert!(
            first.contains("I do it on my own under real constraints"),
            "{first}"
        );
        insta::assert_snapshot!(format!("assess_{columns}x{rows}"), first);
        let Some(Layer::Assess(view)) = state.layers.last() else {
            panic!("the assessment is on top")
        };
        let (q0, q1) = (view.questions[0], view.questions[1]);
        // Answer, skip, back, answer again: the answers are person edits.
        play_keys(&mut state, &p, "2<right><left>3");
        assert_eq!(state.person.level(q0), 2);
        assert_eq!(state.person.level(q1), 3);
        assert!(screen(&state, &p).contains("Question 3 of "));
        // The rest alike: done, what changed, and the flat warning.
        let total = match state.layers.last() {
            Some(Layer::Assess(v)) => v.questions.len(),
            _ => unreachable!(),
        };
        play_keys(&mut state, &p, &"1".repeat(total));
        let done = screen(&state, &p);
        assert!(done.contains("Done. What changed"), "{done}");
        assert!(done.contains("Most answers give the same level"), "{done}");
        assert!(done.contains("The plan's total"), "{done}");
        play_keys(&mut state, &p, "<esc>");
        assert_eq!(state.context(), Context::Profile);
    }
}

#[test]
fn the_self_assessment_walks_other_skills_and_resumes_any_scope() {
    use rolemap::model::assess::Scope;
    let p = prepared();
    let mut state = start_as(&p, 100, 30, ana());
    let current = state
        .person
        .resolved
        .current
        .expect("ana has a current role");
    let of_current = p.model.role(current).skills.len();
    play_keys(&mut state, &p, "mA");
    let scope_of = |state: &AppState| match state.layers.last() {
        Some(Layer::Assess(v)) => (v.scope, v.questions.len(), v.at),
        _ => panic!("the assessment is on top"),
    };
    assert_eq!(scope_of(&state).0, Scope::Roles);
    assert!(screen(&state, &p).contains("skills of your current and target roles"));
    play_keys(&mut state, &p, "s");
    assert_eq!(scope_of(&state), (Scope::Current, of_current, 0));
    assert!(screen(&state, &p).contains("skills of your current role"));
    play_keys(&mut state, &p, "ss");
    assert_eq!(scope_of(&state), (Scope::All, p.model.skills().len(), 0));
    play_keys(&mut state, &p, "s");
    let (scope, asked, _) = scope_of(&state);
    assert!(matches!(scope, Scope::Category(_)));
    assert!(asked > 0 && asked < p.model.skills().len());
    assert!(screen(&state, &p).contains("language skills"));
    // Stopping keeps the place of the scope shown.
    play_keys(&mut state, &p, "1<right>");
    let first_two: Vec<String> = match state.layers.last() {
        Some(Layer::Assess(v)) => v.done.clone(),
        _ => unreachable!(),
    };
    assert_eq!(first_two.len(), 2);
    match press(&mut state, &p, "<esc>") {
        Some(Effect::AssessPlace {
            scope,
            done,
            finished,
        }) => {
            assert_eq!(scope, "language");
            assert_eq!(done, first_two);
            assert!(!finished);
        }
        other => panic!("the place is kept: {other:?}"),
    }
    // Opened again on that place, it goes on at the third language skill;
    // stepping round the scopes comes back to it, not to the start.
    update::open_assess(&mut state, &p, Some(("language".into(), first_two)));
    assert_eq!(scope_of(&state).2, 2);
    let rounds = Scope::every().len();
    play_keys(&mut state, &p, &"s".repeat(rounds));
    assert_eq!(scope_of(&state).2, 2);
    play_keys(&mut state, &p, "s");
    assert_eq!(
        scope_of(&state).2,
        0,
        "another scope starts at its first question"
    );
}

/// Whether `text` shows a learning-time figure: a month range (`~1–2`,
/// `3 mo`), a compact estimate (`est.`) or a level in role's time.
fn shows_a_time(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let tilde_number = chars
        .windows(2)
        .any(|w| w[0] == '~' && w[1].is_ascii_digit());
    tilde_number || text.contains(" mo ") || text.contains(" mo\n") || text.contains("est.")
}

#[test]
fn hidden_times_are_hidden_on_every_screen() {
    let p = prepared();
    let mut hidden = ana();
    hidden.hide_times = true;
    for (columns, rows) in [(80, 24), (120, 40)] {
        // Explore: the card, the move list and what the selected move takes.
        for (keys, what) in [
            ("", "explore"),
            ("jj", "a selected move"),
            ("<tab>jj", "the move's details"),
            ("/compiler internals<enter>", "the skill view"),
            ("=", "compare"),
            ("p", "the plan"),
            ("m", "the profile"),
        ] {
            let mut state = start_as(&p, columns, rows, hidden.clone());
            play_keys(&mut state, &p, keys);
            let shown = screen(&state, &p);
            assert!(
                !shows_a_time(&shown),
                "{what} at {columns}x{rows}:\n{shown}"
            );
            // The same screen with times shown does show them, so the
            // check can fail.
            let mut state = start_as(&p, columns, rows, ana());
            play_keys(&mut state, &p, keys);
            if what != "the profile" {
                let shown = screen(&state, &p);
                assert!(shows_a_time(&shown), "{what} at {columns}x{rows}:\n{shown}");
            }
        }
    }
    snapshot_as("explore_times_hidden", hidden, "", 120, 40);
}

#[test]
fn the_profile_screen_explains_the_selected_skill_and_what_each_role_asks() {
    let p = prepared();
    let mut state = start_as(&p, 120, 40, ana());
    play_keys(&mut state, &p, "m");
    let shown = screen(&state, &p);
    assert!(shown.contains("Match with your goal, Senior Backend Engineer"));
    assert!(shown.contains("role 1 ✓    goal 2 ✗1"), "{shown}");
    assert!(shown.contains("you 1 · your role asks 1 · your goal asks 2"));
    assert!(
        shown.contains("●●● 3 I shape how my team does it"),
        "{shown}"
    );
    assert!(shown.contains("Explains when a value is moved"), "{shown}");
    // Another skill selected, another explanation.
    play_keys(&mut state, &p, "j");
    let next = screen(&state, &p);
    assert!(next.contains("you 0 · your role asks 1 · your goal asks 2"));
    assert!(
        next.contains("Naming and reasoning about how long"),
        "{next}"
    );
    assert!(!next.contains("Explains when a value is moved"), "{next}");
    // A short strip puts the levels in a line first.
    let mut narrow = start_as(&p, 80, 24, ana());
    play_keys(&mut narrow, &p, "m");
    assert!(screen(&narrow, &p).contains("Levels: 0 none · 1 know it"));
}

#[test]
fn a_long_message_is_shown_whole_at_the_smallest_size() {
    let p = prepared();
    let mut state = start_as(&p, 60, 16, ana());
    let said = "Stopped: the answers are saved, and A on the Profile screen goes on from here.";
    state.status = Some(said.into());
    let shown = screen(&state, &p);
    let words: Vec<&str> = shown
        .split(|c: char| c.is_whitespace() || c == '│')
        .filter(|w| !w.is_empty())
        .collect();
    for word in said.split_whitespace() {
        assert!(words.contains(&word), "`{word}` shows:\n{shown}");
    }
    let last: Vec<&str> = shown.lines().rev().take(2).collect();
    assert!(last[0].contains("from here."), "{shown}");
    assert!(last[1].starts_with("Stopped:"), "{shown}");
}

#[test]
fn help_narrows_as_typed_and_the_palette_runs_the_chosen_action() {
    let p = prepared();
    let mut state = start_as(&p, 100, 30, ana());
    // Help, narrowed: only the keys whose words match, best first.
    play_keys(&mut state, &p, "?plan");
    let shown = screen(&state, &p);
    assert!(shown.contains("Narrowed to: plan"), "{shown}");
    assert!(shown.contains("Plan: the fastest routes"), "{shown}");
    assert!(!shown.contains("Quit rolemap"), "{shown}");
    let Some(Layer::Help(v)) = state.layers.last() else {
        panic!("help is open")
    };
    let g = Given {
        prepared: &p,
        person: &state.person,
        area: state.area,
    };
    let first = v.matches(&g)[0].action;
    assert_eq!(first, rolemap::tui::action::Action::Plan);
    // Enter runs it on the screen beneath: the Plan screen opens.
    play_keys(&mut state, &p, "<enter>");
    assert_eq!(state.context(), Context::Plan);
    // The palette: Ctrl-K, typed, arrows, Enter; Backspace widens again.
    play_keys(&mut state, &p, "<esc><c-k>");
    assert!(screen(&state, &p).contains("Run a command · Explore"));
    play_keys(&mut state, &p, "profilx<bs>e");
    let Some(Layer::Help(v)) = state.layers.last() else {
        panic!("the palette is open")
    };
    assert_eq!(v.query, "profile");
    let g = Given {
        prepared: &p,
        person: &state.person,
        area: state.area,
    };
    let wanted = v
        .matches(&g)
        .iter()
        .position(|b| b.action == rolemap::tui::action::Action::Profile)
        .expect("the Profile screen's key matches");
    play_keys(&mut state, &p, &"<down>".repeat(wanted));
    play_keys(&mut state, &p, "<enter>");
    assert_eq!(state.context(), Context::Profile);
    // Nothing matches: said so, and Enter does nothing.
    play_keys(&mut state, &p, "<c-k>zzzzqx");
    assert!(screen(&state, &p).contains("no key matches"));
    play_keys(&mut state, &p, "<enter>");
    assert_eq!(state.context(), Context::Help);
}

mod map {
    use super::*;
    use rolemap::model::RoleIx;
    use rolemap::tui::layout;
    use rolemap::tui::screen::MapView;

    use super::company;

    fn view(state: &AppState) -> &MapView {
        match state.layers.last() {
            Some(Layer::Map(v)) => v,
            other => panic!("not the map: {other:?}"),
        }
    }

    fn id(p: &Prepared, role: RoleIx) -> &str {
        &p.model.role(role).id
    }

    fn selected(state: &AppState, p: &Prepared) -> String {
        id(p, view(state).selected).to_string()
    }

    #[test]
    fn keys_move_by_band_track_and_arrow_and_enter_opens_the_role() {
        let p = prepared();
        let mut state = start_as(&p, 120, 40, ana());
        press(&mut state, &p, "M");
        assert_eq!(state.context(), Context::Map);
        assert_eq!(selected(&state, &p), "junior-systems-programmer");
        press(&mut state, &p, "k");
        assert_eq!(selected(&state, &p), "systems-programmer");
        press(&mut state, &p, "j");
        assert_eq!(selected(&state, &p), "junior-systems-programmer");
        press(&mut state, &p, "]");
        let next = selected(&state, &p);
        assert_eq!(
            p.model.role(view(&state).selected).band,
            p.model
                .role(p.model.role_ix("junior-systems-programmer").unwrap())
                .band
        );
        assert_ne!(next, "junior-systems-programmer");
        press(&mut state, &p, "[");
        assert_eq!(selected(&state, &p), "junior-systems-programmer");
        press(&mut state, &p, "l");
        let right = selected(&state, &p);
        press(&mut state, &p, "h");
        assert_eq!(selected(&state, &p), "junior-systems-programmer");
        assert_ne!(right, "junior-systems-programmer");
        // Along the arrows: the second move of the role, then back.
        let moves = view(&state).moves.clone();
        assert!(moves.len() >= 2);
        let second = moves[1].other(&view(&state).canvas);
        press(&mut state, &p, "<tab>f");
        assert_eq!(view(&state).selected, second);
        assert!(
            view(&state)
                .moves
                .iter()
                .any(|m| m.other(&view(&state).canvas)
                    == p.model.role_ix("junior-systems-programmer").unwrap())
                || !moves[1].outgoing
        );
        press(&mut state, &p, "<enter>");
        assert!(state.layers.is_empty(), "back in Explore");
        assert_eq!(state.current_role(), second);
    }

    #[test]
    fn the_planned_route_is_stepped_through_and_marked() {
        let p = prepared();
        let mut state = start_as(&p, 120, 40, ana());
        press(&mut state, &p, "M");
        let v = view(&state);
        let junior = v.canvas.node_of(v.route[0]).unwrap();
        let shown = screen(&state, &p);
        let mark = shown
            .find(&junior.label)
            .map(|at| shown[..at].chars().rev().nth(1));
        assert_eq!(
            mark,
            Some(Some('◆')),
            "the person's role is marked\n{shown}"
        );
        let route: Vec<String> = view(&state)
            .route
            .iter()
            .map(|&r| id(&p, r).to_string())
            .collect();
        assert_eq!(
            route.first().map(String::as_str),
            Some("junior-systems-programmer")
        );
        assert_eq!(
            route.last().map(String::as_str),
            Some("senior-backend-engineer")
        );
        for step in &route[1..] {
            press(&mut state, &p, "n");
            assert_eq!(&selected(&state, &p), step);
        }
        assert_eq!(press(&mut state, &p, "n"), None);
        assert!(
            state
                .status
                .as_deref()
                .unwrap()
                .contains("end of your route")
        );
        press(&mut state, &p, "N");
        assert_eq!(selected(&state, &p), route[route.len() - 2]);
        // Each step of the route is drawn bold, and its roles marked.
        let v = view(&state);
        assert_eq!(
            v.route_links().len(),
            route.len() - 1,
            "every step is a move on the map"
        );
        let buffer = render(&state, &p, true);
        let graph = layout::map_view(state.area);
        let mut bold = 0;
        for &link in &v.route_links() {
            for &(x, y) in &v.canvas.paths[link] {
                let (Some(col), Some(row)) = (x.checked_sub(v.pan.0), y.checked_sub(v.pan.1))
                else {
                    continue;
                };
                if col < usize::from(graph.width) && row < usize::from(graph.height) {
                    let cell = &buffer[(graph.x + col as u16, graph.y + row as u16)];
                    assert!(cell.modifier.contains(Modifier::BOLD), "{x},{y}");
                    bold += 1;
                }
            }
        }
        assert!(bold > 0, "some of the route is in view");
        assert!(screen(&state, &p).contains('★'), "the goal is marked");
    }

    #[test]
    fn a_click_selects_a_role_and_a_second_opens_it() {
        let p = prepared();
        let mut state = start(&p, 120, 40);
        press(&mut state, &p, "M");
        let graph = layout::map_view(state.area);
        let v = view(&state);
        let target = v
            .canvas
            .nodes
            .iter()
            .find(|n| {
                n.role != v.selected
                    && n.x >= v.pan.0
                    && n.x + n.width < v.pan.0 + usize::from(graph.width)
                    && n.y >= v.pan.1
                    && n.y < v.pan.1 + usize::from(graph.height)
            })
            .expect("another role in view")
            .clone();
        let click = |double| Input::Click {
            column: graph.x + (target.x - v.pan.0 + 3) as u16,
            row: graph.y + (target.y - v.pan.1) as u16,
            double,
        };
        let (first, second) = (click(false), click(true));
        update::update(&mut state, &p, first);
        assert_eq!(view(&state).selected, target.role);
        update::update(&mut state, &p, second);
        assert!(state.layers.is_empty());
        assert_eq!(state.current_role(), target.role);
    }

    #[test]
    fn zoom_pans_and_ascii_keep_the_selected_role_in_view() {
        let p = prepared();
        for (columns, rows) in [(80, 24), (120, 40), (60, 16)] {
            let mut state = start(&p, columns, rows);
            press(&mut state, &p, "M/senior backend engineer<enter>");
            assert_eq!(selected(&state, &p), "senior-backend-engineer");
            for keys in ["", "z", "z", "lll", "jj", "]]]", "b"] {
                press(&mut state, &p, keys);
                let v = view(&state);
                let node = v.canvas.node_of(v.selected).unwrap();
                let shown = screen(&state, &p);
                let label: String = node.label.chars().take(6).collect();
                assert!(
                    shown.contains(&label),
                    "{keys}: {label} not in view\n{shown}"
                );
            }
            // ASCII lines: no box drawing in the map's pane.
            let shown = screen(&state, &p);
            let graph = layout::map_view(state.area);
            for line in shown
                .lines()
                .skip(usize::from(graph.y))
                .take(usize::from(graph.height))
            {
                let map_part: String = line
                    .chars()
                    .skip(usize::from(graph.x))
                    .take(usize::from(graph.width))
                    .collect();
                assert!(
                    !map_part.contains('│') && !map_part.contains('┼'),
                    "{map_part}"
                );
            }
            // Panning moves the view, and stops at the map's edges.
            press(&mut state, &p, &"HK".repeat(40));
            assert_eq!(
                view(&state).pan,
                (0, 0),
                "{columns}x{rows} {:?}",
                state.status
            );
            press(&mut state, &p, &"L".repeat(100));
            let v = view(&state);
            assert_eq!(v.pan.0 + usize::from(graph.width), v.canvas.width);
        }
    }

    #[test]
    fn only_the_selected_roles_lines_are_drawn_when_asked() {
        let p = prepared();
        let mut state = start(&p, 120, 40);
        press(&mut state, &p, "M");
        let every = screen(&state, &p);
        press(&mut state, &p, "a");
        let fewer = screen(&state, &p);
        let lines = |s: &str| s.chars().filter(|c| "│─┼├┤┬┴┌┐└┘".contains(*c)).count();
        assert!(lines(&fewer) * 4 < lines(&every) * 3, "{fewer}");
        assert!(fewer.contains('▲') || fewer.contains('▼'));
    }

    #[test]
    fn a_thousand_role_pack_shows_a_neighbourhood_and_says_so() {
        let p = Prepared::new(company::THOUSAND.model(), 0);
        assert_eq!(p.model.roles().len(), 1000);
        let mut state = start(&p, 120, 40);
        press(&mut state, &p, "M");
        let v = view(&state);
        let near = v.neighbourhood.clone().expect("a neighbourhood");
        assert!(v.canvas.nodes.len() <= rolemap::tui::screen::map::MOST_ROLES);
        assert!(v.canvas.nodes.len() > 1);
        assert_eq!(near.centre, state.current_role());
        let shown = screen(&state, &p);
        assert!(
            shown.contains(&format!("of 1000 roles, within {} moves", near.hops)),
            "{shown}"
        );
        assert!(shown.contains("This pack is too large"), "{shown}");
        // Fewer moves away, then more; walking off the edge centres anew.
        press(&mut state, &p, "-");
        let one = view(&state).canvas.nodes.len();
        assert_eq!(
            view(&state).neighbourhood.as_ref().unwrap().hops,
            near.hops - 1
        );
        press(&mut state, &p, "+");
        assert!(view(&state).canvas.nodes.len() > one);
        for _ in 0..30 {
            press(&mut state, &p, "kl<tab>f");
        }
        press(&mut state, &p, "r");
        let v = view(&state);
        assert_eq!(v.neighbourhood.as_ref().unwrap().centre, v.selected);
        assert!(v.canvas.node_of(v.selected).is_some());
    }
}

/// Search on a pack too large to search within one key.
mod large_search {
    use super::*;
    use rolemap::tui::screen::Search;
    use rolemap::tui::screen::search::FIRST_SLICE;

    use super::company;

    fn search(state: &AppState) -> &Search {
        match state.layers.last() {
            Some(Layer::Search(s)) => s,
            other => panic!("not the search: {other:?}"),
        }
    }

    /// Works between keys until the search is done, as the event loop does.
    fn settle(state: &mut AppState, p: &Prepared) -> usize {
        let mut slices = 0;
        while update::working(state) {
            update::work(state, p, rolemap::tui::person::SLICE);
            slices += 1;
        }
        slices
    }

    fn large() -> Prepared {
        let shape = company::Company {
            tracks: 20,
            per_band: 90,
            seed: 7,
        };
        let p = Prepared::new(shape.model(), 0);
        assert!(p.search().len() > FIRST_SLICE);
        p
    }

    #[test]
    fn keys_echo_at_once_and_the_hits_arrive_in_slices_in_full_order() {
        let p = large();
        let mut state = start(&p, 120, 40);
        press(&mut state, &p, "/t");
        // The key is shown before the search is done.
        assert_eq!(search(&state).query, "t");
        assert!(search(&state).searching());
        let shown = screen(&state, &p);
        assert!(shown.contains("/ t"), "{shown}");
        assert!(shown.contains("Hits (searching…)"), "{shown}");
        // Another key starts the search for the longer query.
        press(&mut state, &p, "3");
        assert_eq!(search(&state).query, "t3");
        assert!(settle(&mut state, &p) >= 1);
        let s = search(&state);
        let full = p.search().search("t3");
        assert_eq!(s.hits.len(), full.len());
        assert_eq!(s.hits.sorted(), &full[..s.hits.sorted().len()]);
        assert!(s.hits.sorted().len() >= 38, "the list's rows are sorted");
        let shown = screen(&state, &p);
        assert!(
            shown.contains(&format!(
                "Hits ({})",
                rolemap::format::grouped(full.len() as f64)
            )),
            "{shown}"
        );
    }

    #[test]
    fn a_longer_query_narrows_and_backspace_returns_without_searching() {
        let p = large();
        let mut state = start(&p, 120, 40);
        press(&mut state, &p, "/p");
        settle(&mut state, &p);
        let wide = search(&state).hits.clone();
        assert!(wide.len() > 100);
        press(&mut state, &p, "r");
        // Only the hits of `p` are scored for `pr`: here in one key.
        assert!(wide.len() < FIRST_SLICE);
        assert!(!search(&state).searching());
        assert_eq!(search(&state).hits.query(), "pr");
        press(&mut state, &p, "<bs>");
        assert!(!search(&state).searching());
        assert_eq!(search(&state).hits, wide);
        // Scrolling far down sorts as far as it shows.
        press(&mut state, &p, "<pgdn><pgdn><pgdn>");
        let s = search(&state);
        assert!(s.list.selected > 60);
        assert!(s.hits.get(s.list.offset + 30).is_some());
        let full = p.search().search("p");
        assert_eq!(s.hits.sorted(), &full[..s.hits.sorted().len()]);
    }

    /// A search that stopped scoring once the rows it shows were known
    /// scores what it only matched a slice at a time between keys; what
    /// is shown stays, and the last hit is then where scoring every hit
    /// puts it.
    #[test]
    fn hits_only_matched_are_scored_between_keys() {
        let p = large();
        let mut state = start(&p, 120, 40);
        press(&mut state, &p, "/jun");
        while search(&state).searching() {
            update::work(&mut state, &p, rolemap::tui::person::SLICE);
        }
        let unscored = search(&state).hits.unscored();
        assert!(unscored > 0, "the titles that start with it are enough");
        let shown = screen(&state, &p);
        assert!(update::working(&state));
        let slices = unscored.div_ceil(rolemap::tui::screen::search::SLICE);
        assert_eq!(settle(&mut state, &p), slices);
        assert_eq!(search(&state).hits.unscored(), 0);
        assert_eq!(screen(&state, &p), shown);
        press(&mut state, &p, "<end>");
        let s = search(&state);
        let full = p.search().search("jun");
        assert_eq!(s.hits.sorted(), &full[..], "{unscored} were scored later");
    }

    #[test]
    fn enter_during_a_search_opens_the_best_hit_of_the_query_typed() {
        let p = large();
        let mut state = start(&p, 120, 40);
        press(&mut state, &p, "/t1");
        assert!(search(&state).searching());
        let best = p.search().search("t1")[0].target;
        press(&mut state, &p, "<enter>");
        assert!(!update::working(&state));
        match best {
            Target::Role(role) => assert_eq!(state.current_role(), role),
            Target::Skill(skill) => match state.layers.last() {
                Some(Layer::Skill(v)) => assert_eq!(v.skill, skill),
                other => panic!("the skill opens: {other:?}"),
            },
        }
    }
}
