//! rolemap on data packs of every size ("Scale"): a first launch's load and
//! validation against plain serde of the same files, the search index and
//! searches, a query typed into the explorer, a move followed, `path`, a
//! person's plan, and every screen drawn once at 120×40.
//!
//! `ROLEMAP_BENCH_SIZE` chooses the pack: `bundled` (the default), or a
//! pack made by `rolemap::generate` into a temporary folder, `medium`
//! (1,000 roles), `large` (10,000) or `huge` (100,000). Every benchmark is
//! named with the size, e.g. `large/load+validate`. On the generated packs
//! the person starts at the foot of the longest ladder and aims at its
//! top, with the first few skills of the foot held; on the bundled pack
//! the person is Ana of `tests/fixtures/profiles/v1.ron`.
//!
//! ```sh
//! cargo bench --bench scale                       # bundled, about 2 minutes
//! ROLEMAP_BENCH_SIZE=large cargo bench --bench scale -- --warm-up-time 1 --measurement-time 3
//! ```

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{
    BatchSize, BenchmarkGroup, Criterion, SamplingMode, Throughput, criterion_group,
    criterion_main, measurement::WallTime,
};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use rolemap::model::load::read_pack;
use rolemap::model::notes::Notes;
use rolemap::model::pack::PackFile;
use rolemap::model::plan;
use rolemap::model::profile::Profile;
use rolemap::model::search::{SearchIndex, Target};
use rolemap::model::{Model, MoveKind, RoleIx, SkillIx, SourceFile, load_files};
use rolemap::tui::keys::{self, Key};
use rolemap::tui::layer::Layer;
use rolemap::tui::person::{Person, SLICE};
use rolemap::tui::prepared::Prepared;
use rolemap::tui::state::AppState;
use rolemap::tui::theme::Theme;
use rolemap::tui::update::{self, Effect};
use rolemap::tui::{keymap::Context, render};

const COLUMNS: u16 = 120;
const ROWS: u16 = 40;
const NOW: &str = "2026-12-01T07:33:45Z";
const TODAY: &str = "2026-12-02";
/// Skills of the ladder's foot that the person of a generated pack holds.
const HELD: usize = 4;

/// The pack under test, what was read of it, and who explores it.
struct Pack {
    size: String,
    /// Where the generated pack was written; removed when dropped.
    _dir: Option<tempfile::TempDir>,
    files: Vec<SourceFile>,
    model: Model,
    profile: Profile,
    /// The foot and the top of the longest ladder.
    low: RoleIx,
    high: RoleIx,
}

fn pack() -> Pack {
    let size = std::env::var("ROLEMAP_BENCH_SIZE").unwrap_or_else(|_| "bundled".into());
    let (dir, folder) = if size == "bundled" {
        (None, Path::new(rolemap::bundled::SOURCE_DIR).to_path_buf())
    } else {
        let shape = rolemap::generate::Shape::named(&size).unwrap_or_else(|| {
            panic!("ROLEMAP_BENCH_SIZE is bundled, medium, large or huge, not `{size}`")
        });
        let dir = tempfile::tempdir().unwrap();
        let counts = rolemap::generate::write_pack(&shape, dir.path()).unwrap();
        println!("{size}: generated {counts:?}");
        let folder = dir.path().to_path_buf();
        (Some(dir), folder)
    };
    let files = read_pack(&folder).unwrap();
    let model = if size == "bundled" {
        rolemap::bundled::model().unwrap()
    } else {
        let loaded = load_files(&files);
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        loaded.model.unwrap()
    };
    let (low, high) = longest_ladder(&model);
    let profile = if size == "bundled" {
        Profile::parse(include_str!("../tests/fixtures/profiles/v1.ron"), "v1.ron").unwrap()
    } else {
        let mut p = Profile::new("bench", NOW);
        p.current_role = Some(model.role(low).id.clone());
        p.target_role = Some(model.role(high).id.clone());
        for r in model.role(low).skills.iter().take(HELD) {
            p.skills.insert(model.skill(r.skill).id.clone(), r.level);
        }
        p
    };
    let bytes: usize = files.iter().map(|f| f.text.len()).sum();
    println!(
        "{size}: {} files, {bytes} bytes of RON; {} roles, {} skills, {} moves; ladder {} -> {}",
        files.len(),
        model.roles().len(),
        model.skills().len(),
        model.moves().len(),
        model.role(low).id,
        model.role(high).id,
    );
    Pack {
        size,
        _dir: dir,
        files,
        model,
        profile,
        low,
        high,
    }
}

/// The foot and top of the longest chain of promotions within one track,
/// each step to the lowest-numbered role a band up; the first such chain
/// when several are as long.
fn longest_ladder(m: &Model) -> (RoleIx, RoleIx) {
    let up = |r: RoleIx| {
        m.edges_from(r)
            .iter()
            .filter(|e| {
                e.kind == MoveKind::Promotion
                    && m.role(e.to).track == m.role(r).track
                    && m.role(e.to).band > m.role(r).band
            })
            .map(|e| e.to)
            .min()
    };
    let mut best = (0, m.info().entry_role, m.info().entry_role);
    for start in m.role_ixs() {
        let (mut top, mut steps) = (start, 0);
        while let Some(next) = up(top) {
            (top, steps) = (next, steps + 1);
        }
        if steps > best.0 {
            best = (steps, start, top);
        }
    }
    (best.1, best.2)
}

/// `n` characters of the top role's title, lowercased (smart case then
/// matches either case): a prefix of a title, so it finds something.
fn query(p: &Pack, n: usize) -> String {
    let title = p.model.role(p.high).title.to_lowercase();
    let q: String = title.chars().take(n).collect();
    assert_eq!(q.chars().count(), n, "title `{title}` is too short");
    q
}

fn person(p: &Pack, prepared: &Prepared) -> Person {
    Person::new(&prepared.model, p.profile.clone())
}

/// Feeds `keys`, doing what the event loop does with the effects that
/// open a screen (its disk reads replaced by empty lists and notes), and
/// finishing any plan or search under way, as the loop does between keys.
fn play(state: &mut AppState, p: &Prepared, keys: &str) {
    for key in keys::parse(keys).unwrap() {
        match update::key(state, p, key) {
            Some(Effect::Clients) => update::open_clients(state, p, Vec::new(), ""),
            Some(Effect::Notes) => update::open_notes(state, p, Notes::default(), TODAY, false),
            Some(Effect::Present) => update::toggle_presenter(state, p),
            Some(Effect::Assess) => update::open_assess(state, p, None),
            Some(Effect::Packs) => update::open_packs(state, p, Default::default()),
            _ => {}
        }
        settle(state, p);
    }
}

fn settle(state: &mut AppState, p: &Prepared) {
    while update::working(state) {
        update::work(state, p, SLICE);
    }
}

fn state(pack: &Pack, p: &Prepared, keys: &str) -> AppState {
    let mut s = AppState::new(p, Rect::new(0, 0, COLUMNS, ROWS), person(pack, p));
    play(&mut s, p, keys);
    s
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(COLUMNS, ROWS)).unwrap()
}

fn draw(t: &mut Terminal<TestBackend>, s: &AppState, p: &Prepared, theme: &Theme) {
    t.draw(|frame| render::frame(frame, s, p, theme)).unwrap();
}

/// What a plan came to, printed beside its times.
fn said(size: &str, what: &str, made: &plan::Plan) {
    println!(
        "{size}: {what}, {} routes, exact {}, {} units of work",
        made.routes.len(),
        made.exact,
        made.work
    );
}

/// Slow benchmarks on the larger packs: ten samples of equal size.
fn few_samples(group: &mut BenchmarkGroup<WallTime>, size: &str) {
    if size != "bundled" {
        group.sample_size(10).sampling_mode(SamplingMode::Flat);
    }
}

fn scale(c: &mut Criterion) {
    let pack = pack();
    let size = pack.size.clone();

    // A first launch on a pack given with --data: every file parsed and the
    // pack checked. The baseline deserializes each file whole, in one
    // thread, and checks nothing (load_files parses on every core, and
    // falls back to element-by-element parsing when anything is reported).
    let mut group = c.benchmark_group(&size);
    few_samples(&mut group, &size);
    group.bench_function("load+validate", |b| {
        b.iter(|| black_box(load_files(black_box(&pack.files))))
    });
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    group.bench_function("serde whole-file baseline", |b| {
        b.iter(|| {
            for file in &pack.files {
                black_box(options.from_str::<PackFile>(&file.text).unwrap());
            }
        })
    });
    group.finish();

    let model = &pack.model;
    let mut group = c.benchmark_group(format!("{size}/search"));
    group.bench_function("index", |b| b.iter(|| black_box(SearchIndex::new(model))));
    let index = SearchIndex::new(model);
    for n in [1, 3, 8] {
        let q = query(&pack, n);
        println!("{size}: query {q:?} has {} hits", index.search(&q).len());
        group.bench_function(format!("query of {n}"), |b| {
            b.iter(|| black_box(index.search(black_box(&q))))
        });
    }
    group.finish();

    let mut group = c.benchmark_group(format!("{size}/route"));
    few_samples(&mut group, &size);
    let (low, high) = (pack.low, pack.high);
    let path = plan::between_roles(model, low, high, 3).unwrap();
    said(&size, "path", &path);
    group.bench_function("path, 3 alternatives", |b| {
        b.iter(|| black_box(plan::between_roles(model, low, high, 3).unwrap()))
    });
    // What `rolemap plan --profile NAME` computes (its default is 3
    // alternatives), for a person with a current role.
    let resolved = pack.profile.resolve(model);
    let (from, to) = (resolved.current.unwrap(), resolved.target.unwrap());
    let made = plan::plan(model, &resolved.levels, from, to, 3).unwrap();
    said(&size, "plan", &made);
    group.bench_function("plan for a profile, 3 alternatives", |b| {
        b.iter(|| black_box(plan::plan(model, &resolved.levels, from, to, 3).unwrap()))
    });
    group.finish();

    tui(c, &pack);
}

/// Percentiles of single keys typed into the search, each key's time on
/// its own (criterion times whole queries): "echo" is the key handled and
/// the frame that shows it drawn, "settled" adds the search run to its end
/// and that frame, as the event loop does when no other key waits.
fn key_latency(pack: &Pack, p: &Prepared, theme: &Theme) {
    const QUERIES: usize = 60;
    let typed: Vec<Key> = query(pack, 8).chars().map(Key::char).collect();
    let (mut echo, mut settled) = (Vec::new(), Vec::new());
    for _ in 0..QUERIES {
        let mut s = state(pack, p, "/");
        let mut t = terminal();
        draw(&mut t, &s, p, theme);
        for &key in &typed {
            let start = std::time::Instant::now();
            update::key(&mut s, p, key);
            draw(&mut t, &s, p, theme);
            echo.push(start.elapsed());
            if update::working(&s) {
                settle(&mut s, p);
                draw(&mut t, &s, p, theme);
            }
            settled.push(start.elapsed());
        }
    }
    let shown = |name: &str, times: &mut Vec<Duration>| {
        times.sort();
        let at =
            |q: f64| times[((times.len() - 1) as f64 * q).round() as usize].as_secs_f64() * 1e3;
        println!(
            "{}/search key -> {name}: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms ({} keys)",
            pack.size,
            at(0.5),
            at(0.99),
            at(1.0),
            times.len()
        );
    };
    shown("echo frame", &mut echo);
    shown("settled frame", &mut settled);
}

fn tui(c: &mut Criterion, pack: &Pack) {
    let size = &pack.size;
    let p = Prepared::new(pack.model.clone(), 0);
    let theme = Theme::new(true);
    key_latency(pack, &p, &theme);
    let mut group = c.benchmark_group(format!("{size}/tui"));

    // Eight characters typed into the search, each key handled and a frame
    // drawn. The times are per query: divide by 8 for a key (criterion's
    // throughput line gives keys per second). "finished between keys": the
    // search also runs to its end after each key, as the event loop does
    // while no key waits, and that frame is drawn too; "typed ahead": a
    // person faster than the search, which is finished after the last key.
    let typed: Vec<Key> = query(pack, 8).chars().map(Key::char).collect();
    let fresh = || {
        let s = state(pack, &p, "/");
        let mut t = terminal();
        draw(&mut t, &s, &p, &theme);
        (s, t)
    };
    group.throughput(Throughput::Elements(typed.len() as u64));
    group.bench_function("typed query of 8, finished between keys", |b| {
        b.iter_batched(
            fresh,
            |(mut s, mut t)| {
                for &key in &typed {
                    update::key(&mut s, &p, key);
                    draw(&mut t, &s, &p, &theme);
                    if update::working(&s) {
                        settle(&mut s, &p);
                        draw(&mut t, &s, &p, &theme);
                    }
                }
                (s, t)
            },
            BatchSize::LargeInput,
        )
    });
    group.bench_function("typed query of 8, typed ahead", |b| {
        b.iter_batched(
            fresh,
            |(mut s, mut t)| {
                for &key in &typed {
                    update::key(&mut s, &p, key);
                    draw(&mut t, &s, &p, &theme);
                }
                settle(&mut s, &p);
                draw(&mut t, &s, &p, &theme);
                (s, t)
            },
            BatchSize::LargeInput,
        )
    });

    // The person's role selected on Explore, its first move followed with
    // Enter, and the new role drawn.
    group.throughput(Throughput::Elements(1));
    let follow = keys::parse("<enter>").unwrap()[0];
    let before = state(pack, &p, "");
    let mut after = state(pack, &p, "");
    update::key(&mut after, &p, follow);
    assert_ne!(before.current_role(), after.current_role(), "Enter follows");
    group.bench_function("follow a move + frame", |b| {
        b.iter_batched(
            || {
                let s = state(pack, &p, "");
                let mut t = terminal();
                draw(&mut t, &s, &p, &theme);
                (s, t)
            },
            |(mut s, mut t)| {
                update::key(&mut s, &p, follow);
                draw(&mut t, &s, &p, &theme);
                (s, t)
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();

    // Every screen once, reached as a person reaches it (benches/render.rs,
    // and the effects the event loop carries out).
    let mut group = c.benchmark_group(format!("{size}/frame {COLUMNS}x{ROWS}"));
    for (name, keys, context) in screens(pack, &p) {
        let s = state(pack, &p, &keys);
        assert_eq!(s.context(), context, "{name}: {keys}");
        let mut t = terminal();
        group.bench_function(name, |b| b.iter(|| draw(&mut t, black_box(&s), &p, &theme)));
    }
    group.finish();
}

/// Each screen: its name, the keys that open it, and the context it shows.
fn screens(pack: &Pack, p: &Prepared) -> Vec<(&'static str, String, Context)> {
    let skill = pack.model.role(pack.high).skills[0].skill;
    let to_skill = skill_keys(pack, p, skill);
    vec![
        ("explore", String::new(), Context::Explore),
        ("search", format!("/{}", query(pack, 3)), Context::Search),
        ("skill", to_skill, Context::Skill),
        ("help", "?".into(), Context::Help),
        ("sources", "s".into(), Context::Sources),
        ("profile", "m".into(), Context::Profile),
        ("assess", "mA".into(), Context::Assess),
        ("plan", "p".into(), Context::Plan),
        ("compare", "=".into(), Context::Compare),
        ("map", "M".into(), Context::Map),
        ("notes", "n".into(), Context::Notes),
        ("clients", "o".into(), Context::Clients),
        ("packs", "P".into(), Context::Packs),
        ("presenter", "<f5>".into(), Context::Presenter),
        ("palette", "<c-k>".into(), Context::Help),
    ]
}

/// The keys that open `skill`'s screen: its name searched, Down to its hit.
fn skill_keys(pack: &Pack, p: &Prepared, skill: SkillIx) -> String {
    let name = &pack.model.skill(skill).name;
    let typed = format!("/{}", keys_for(name));
    let s = state(pack, p, &typed);
    let Some(Layer::Search(search)) = s.layers.last() else {
        panic!("`/` opens the search");
    };
    let at = (0..search.hits.len().min(20))
        .find(|&i| search.hits.get(i).map(|h| h.target) == Some(Target::Skill(skill)))
        .unwrap_or_else(|| panic!("skill `{name}` not among the first hits"));
    format!("{typed}{}<enter>", "<down>".repeat(at))
}

/// `text` as a key string: `<` is written `<lt>`.
fn keys_for(text: &str) -> String {
    text.replace('<', "<lt>")
}

criterion_group! {
    name = benches;
    // Short by default, fewer resamples and no plots, so the bundled run stays near two
    // minutes; the command line overrides the times (`--measurement-time`).
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .nresamples(10_000)
        .without_plots();
    targets = scale
}
criterion_main!(benches);
