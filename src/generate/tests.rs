use super::*;
use crate::model::{Figure, Model, Need, load_files};

const SMALL: Shape = Shape {
    roles: 120,
    skills: 300,
    moves: 1_200,
    seed: 1,
};

/// The pack of `shape`, loaded as `--data` would load its folder; it must
/// load with no diagnostic at all, not even a warning.
fn loaded(shape: &Shape) -> Model {
    let pack = generate(shape).unwrap();
    let files = pack.source_files();
    let loaded = load_files(&files);
    crate::fuzz_checks::assert_same_load(&loaded, &crate::model::load_files_exactly(&files));
    assert!(
        loaded.diagnostics.is_empty(),
        "{shape:?}: {:#?}",
        &loaded.diagnostics[..loaded.diagnostics.len().min(5)]
    );
    loaded.model.unwrap()
}

#[test]
fn the_same_shape_and_seed_give_the_same_bytes() {
    let first = generate(&SMALL).unwrap();
    let again = generate(&SMALL).unwrap();
    assert_eq!(first.files, again.files);
    let other = generate(&Shape { seed: 2, ..SMALL }).unwrap();
    assert_ne!(first.files, other.files);
    assert_eq!(first.counts.roles, other.counts.roles);
}

#[test]
fn a_small_pack_loads_with_no_error_and_no_warning() {
    let model = loaded(&SMALL);
    assert_eq!(model.roles().len(), SMALL.roles);
    assert_eq!(model.skills().len(), SMALL.skills);
    assert_eq!(model.moves().len(), SMALL.moves);
    assert!(model.tracks().len() > 1);
}

#[test]
fn every_role_asks_for_eight_to_fifteen_skills_mostly_essential() {
    let model = loaded(&SMALL);
    let mut essential = 0;
    let mut all = 0;
    for role in model.roles() {
        assert!((8..=15).contains(&role.skills.len()), "{}", role.id);
        assert!(role.skills.iter().all(|r| (1..=3).contains(&r.level)));
        essential += role
            .skills
            .iter()
            .filter(|r| r.need == Need::Essential)
            .count();
        all += role.skills.len();
    }
    assert!(essential * 10 > all * 6, "{essential} of {all}");
}

#[test]
fn every_figure_says_it_is_generated() {
    let model = loaded(&SMALL);
    let figures = model
        .skills()
        .iter()
        .flat_map(|s| s.learning.iter())
        .chain(model.moves().iter().map(|m| &m.experience));
    for figure in figures {
        match figure {
            Figure::Estimate { basis, .. } => assert!(basis.starts_with("generated:"), "{basis}"),
            Figure::Unknown => {}
            other => panic!("{other:?}"),
        }
    }
    assert!(model.info().description.contains("Made up"));
}

#[test]
fn unusual_shapes_load_cleanly_too() {
    let shapes = [
        (5, 20, 5),
        (7, 28, 7),
        (13, 52, 78),
        (40, 160, 780),
        (300, 20, 300),
    ];
    for (roles, skills, moves) in shapes {
        let shape = Shape {
            roles,
            skills,
            moves,
            seed: 5,
        };
        let model = loaded(&shape);
        assert_eq!(model.roles().len(), roles);
        assert_eq!(model.skills().len(), skills);
        assert_eq!(model.moves().len(), moves, "{shape:?}");
    }
}

#[test]
fn the_medium_preset_loads_cleanly_with_its_exact_counts() {
    let model = loaded(&Shape::MEDIUM);
    assert_eq!(model.roles().len(), 1_000);
    assert_eq!(model.skills().len(), 2_000);
    assert_eq!(model.moves().len(), 10_000);
}

#[test]
fn the_large_preset_is_split_into_files_the_loader_takes() {
    let pack = generate(&Shape::LARGE).unwrap();
    let c = pack.counts;
    assert_eq!((c.roles, c.skills, c.moves), (10_000, 20_000, 100_000));
    assert!((24..=100).contains(&c.tracks), "{}", c.tracks);
    let names: Vec<&str> = pack.files.iter().map(|(n, _)| n.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "in the order a folder is read");
    assert!(names.contains(&"moves-001.ron") && names.contains(&"tracks.ron"));
    for (name, text) in &pack.files {
        assert!(text.len() <= MAX_FILE_BYTES, "{name}");
    }
    assert_eq!(c.files, pack.files.len());
    let bytes: usize = pack.files.iter().map(|(_, t)| t.len()).sum();
    assert_eq!(c.bytes, bytes as u64);
}

#[test]
fn presets_by_name() {
    assert_eq!(Shape::named("large"), Some(Shape::LARGE));
    assert_eq!(Shape::named("huge").map(|s| s.moves), Some(1_000_000));
    assert_eq!(Shape::named("tiny"), None);
    for name in Shape::NAMES {
        assert!(Shape::named(name).unwrap().check().is_ok(), "{name}");
    }
}

#[test]
fn shapes_no_valid_pack_can_have_are_refused() {
    let refused = [
        Shape { roles: 4, ..SMALL },
        Shape {
            skills: 19,
            ..SMALL
        },
        Shape {
            skills: SMALL.roles * 4 + 1,
            ..SMALL
        },
        Shape {
            moves: SMALL.roles - 1,
            ..SMALL
        },
        Shape {
            moves: SMALL.roles * 20 + 1,
            ..SMALL
        },
        Shape {
            roles: 10,
            skills: 40,
            moves: 46,
            seed: 1,
        },
        Shape {
            roles: 100_001,
            ..Shape::HUGE
        },
    ];
    for shape in refused {
        let e = generate(&shape).unwrap_err();
        assert!(e.0.contains("must be from"), "{e}");
    }
}

#[test]
fn a_pack_is_written_only_into_a_new_or_empty_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pack");
    let counts = write_pack(&SMALL, &out).unwrap();
    let pack = generate(&SMALL).unwrap();
    assert_eq!(counts, pack.counts);
    for (name, text) in &pack.files {
        assert_eq!(&std::fs::read_to_string(out.join(name)).unwrap(), text);
    }
    assert!(matches!(
        write_pack(&SMALL, &out),
        Err(WriteError::NotEmpty(_))
    ));
    let file = out.join("pack.ron");
    assert!(matches!(
        write_pack(&SMALL, &file),
        Err(WriteError::NotAFolder(_))
    ));
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    assert!(write_pack(&SMALL, &empty).is_ok());
}
