//! Start-up cost of the model: decoding the bundled pack (what every launch
//! does) against parsing and validating the same pack from its RON text (what
//! `--data` does), plus building the search index, and routes: role to role (`path`) and for a person (`plan`), whose
//! search over roles and the levels held costs more, on the bundled pack,
//! on a generated pack four times larger, and on the layered ladder that
//! makes an exact search run away (the plan stops at its work budget).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use rolemap::model::gap::Levels;
use rolemap::model::plan;
use rolemap::model::search::SearchIndex;
use rolemap::model::*;
use rolemap::model::{load::read_pack, load_files};

// The layered pack the planner's bounds are tested on, so both use one.
#[allow(dead_code)]
#[path = "../tests/support/layered.rs"]
mod layered;

fn load(c: &mut Criterion) {
    let files: Vec<SourceFile> = read_pack(std::path::Path::new("assets/rust-careers")).unwrap();
    let bytes: usize = files.iter().map(|f| f.text.len()).sum();
    println!("bundled pack: {} files, {bytes} bytes of RON", files.len());

    c.bench_function("load/bundled (decode embedded)", |b| {
        b.iter(|| black_box(rolemap::bundled::model().unwrap()))
    });
    c.bench_function("load/bundled (decode only)", |b| {
        b.iter(|| black_box(rolemap::bundled::data().unwrap()))
    });
    c.bench_function("load/ron (parse + validate)", |b| {
        b.iter(|| black_box(load_files(black_box(&files))))
    });
    let model = rolemap::bundled::model().unwrap();
    c.bench_function("index/search", |b| {
        b.iter(|| black_box(SearchIndex::new(&model)))
    });
    let index = SearchIndex::new(&model);
    c.bench_function("search/one query", |b| {
        b.iter(|| black_box(index.search(black_box("tokio"))))
    });
    let (from, to) = (
        model.role_ix("junior-systems-programmer").unwrap(),
        model.role_ix("principal-architect").unwrap(),
    );
    c.bench_function("path/3 routes", |b| {
        b.iter(|| black_box(plan::between_roles(&model, from, to, 2)))
    });
    let none = Levels::none(&model);
    c.bench_function("plan/fastest, from no skills", |b| {
        b.iter(|| black_box(plan::plan(&model, &none, from, to, 0)))
    });
    c.bench_function("plan/fastest and 3 alternatives, from no skills", |b| {
        b.iter(|| black_box(plan::plan(&model, &none, from, to, 3)))
    });
    // The goal that makes the search work hardest on the bundled pack: a
    // near role, whose alternatives must be sought far afield.
    let near = model.role_ix("junior-backend-developer").unwrap();
    c.bench_function("plan/4 routes to a near role (the hardest case)", |b| {
        b.iter(|| black_box(plan::plan(&model, &none, from, near, 3)))
    });
    // A pack four times larger, with requirements and moves at random.
    let large = generated(200, 60);
    let none = Levels::none(&large);
    let (start, goals) = (
        RoleIx(0),
        (1..200).step_by(10).map(RoleIx).collect::<Vec<_>>(),
    );
    let reachable: Vec<RoleIx> = goals
        .into_iter()
        .filter(|&g| plan::plan(&large, &none, start, g, 0).is_ok())
        .collect();
    println!(
        "generated pack: 200 roles, 60 skills; {} goals reachable",
        reachable.len()
    );
    c.bench_function("plan/4 routes, generated pack, 20 goals", |b| {
        b.iter(|| {
            for &goal in &reachable {
                black_box(plan::plan(&large, &none, start, goal, 3).unwrap());
            }
        })
    });
    // Twelve layers of twelve roles, every role leading to every role of
    // the next: the plan spends its budget, then settles.
    let layered = layered::layered_pack();
    let none = Levels::none(&layered);
    let (start, goal) = (
        layered.role_ix("l0-r0").unwrap(),
        layered.role_ix("l11-r11").unwrap(),
    );
    let p = plan::plan(&layered, &none, start, goal, 3).unwrap();
    println!(
        "layered pack: 144 roles, 200 skills; exact {}, {} units of work",
        p.exact, p.work
    );
    let mut group = c.benchmark_group("layered");
    group.sample_size(10);
    group.bench_function("plan/4 routes, layered pack 12 x 12", |b| {
        b.iter(|| black_box(plan::plan(&layered, &none, start, goal, 3).unwrap()))
    });
    group.bench_function("path/4 routes, layered pack 12 x 12", |b| {
        b.iter(|| black_box(plan::between_roles(&layered, start, goal, 3).unwrap()))
    });
    group.finish();
}

/// Validation of hostile packs at two sizes each: the cost must grow with
/// the size of the input, not with errors × size (compare each pair).
fn hostile(c: &mut Criterion) {
    let mut group = c.benchmark_group("validate hostile");
    group.sample_size(10);
    for (shape, one_line, same_id) in [
        ("one line", true, false),
        ("a line each", false, false),
        ("one id", false, true),
    ] {
        for n in [5_000, 10_000] {
            let files = [SourceFile::new(
                "hostile.ron",
                hostile_pack(n, one_line, same_id),
            )];
            group.bench_function(format!("{shape}, {n} items"), |b| {
                b.iter(|| black_box(load_files(black_box(&files))))
            });
        }
    }
    group.finish();
}

/// A pack whose skills section holds `n` items with a misspelt field, or
/// `n` items sharing one id.
fn hostile_pack(n: usize, one_line: bool, same_id: bool) -> String {
    let sep = if one_line { " " } else { "\n" };
    let items: Vec<String> = (0..n)
        .map(|i| {
            let (id, field) = if same_id {
                ("dup".to_string(), "category")
            } else {
                (format!("s{i}"), "categroy")
            };
            format!(
                "(id: \"{id}\", name: \"S\", {field}: Language, summary: \"s\", \
                 learning: [Estimate(min: 1, max: 2, basis: \"b\"), Estimate(min: 1, max: 2, basis: \"b\")]),"
            )
        })
        .collect();
    format!(
        "(pack: (id: \"p\", name: \"P\", version: \"1\", description: \"d\", licence: \"l\"),\n\
         skills: [{}]\n)",
        items.join(sep)
    )
}

criterion_group!(benches, load, hostile);
criterion_main!(benches);

/// A pack of `roles` roles and `skills` skills: each role asks for a sixth
/// of the skills at random levels, each role has about three moves out,
/// some both ways. A fixed seed keeps runs comparable.
fn generated(roles: usize, skills: usize) -> Model {
    let mut seed = 7u64;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize
    };
    let skill_list = (0..skills)
        .map(|i| Skill {
            id: format!("s{i}"),
            name: format!("Skill {i}"),
            category: Category::Language,
            summary: "s".into(),
            learning: [1.0, 2.0].map(|l| Figure::Estimate {
                range: Range {
                    min: l,
                    max: l + 1.0,
                },
                basis: "generated".into(),
            }),
            influence: None,
            prerequisites: Vec::new(),
            resources: Vec::new(),
            levels: Vec::new(),
            sources: Vec::new(),
        })
        .collect();
    let role_list = (0..roles)
        .map(|i| Role {
            id: format!("r{i}"),
            title: format!("Role {i}"),
            band: Band::Mid,
            track: TrackIx(0),
            summary: "s".into(),
            responsibilities: Vec::new(),
            skills: {
                let mut reqs = Vec::new();
                for s in 0..skills {
                    if next() % 6 == 0 {
                        reqs.push(Requirement {
                            skill: SkillIx(s as u32),
                            level: 1 + (next() % 3) as u8,
                            need: Need::Essential,
                        });
                    }
                }
                reqs
            },
            requirements_basis: "b".into(),
            sectors: Vec::new(),
            wage_reference: None,
            sources: Vec::new(),
        })
        .collect();
    let mut seen = std::collections::HashSet::new();
    let mut moves = Vec::new();
    for _ in 0..roles * 3 {
        let (a, b) = (next() % roles, next() % roles);
        if a != b && seen.insert((a, b)) {
            moves.push(Move {
                from: RoleIx(a as u32),
                to: RoleIx(b as u32),
                kind: MoveKind::Promotion,
                both_ways: next() % 4 == 0,
                experience: Figure::Unknown,
                note: "n".into(),
                drops: Vec::new(),
            });
        }
    }
    Model::new(PackData {
        info: PackInfo {
            id: "generated".into(),
            name: "Generated".into(),
            version: "1".into(),
            description: "d".into(),
            licence: "l".into(),
            maintainers: Vec::new(),
            entry_role: RoleIx(0),
            context: Vec::new(),
        },
        sources: Vec::new(),
        tracks: vec![Track {
            id: "t".into(),
            name: "T".into(),
            summary: "s".into(),
            context: Vec::new(),
        }],
        skills: skill_list,
        roles: role_list,
        moves,
        wages: Vec::new(),
    })
}
