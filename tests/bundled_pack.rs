//! What must hold of the bundled pack for its figures to be credible: the
//! ladders, the skip-level moves, the routes between every two roles, and
//! the rules its roles follow (docs/learning-time.md explains why).

use std::collections::HashMap;

use rolemap::model::gap::Levels;
use rolemap::model::plan::{self, PlannedRoute, between_roles};
use rolemap::model::*;

fn model() -> Model {
    rolemap::bundled::model().unwrap()
}

fn ix(m: &Model, id: &str) -> RoleIx {
    m.role_ix(id).unwrap_or_else(|| panic!("no role {id}"))
}

fn skill(m: &Model, id: &str) -> SkillIx {
    m.skill_ix(id).unwrap_or_else(|| panic!("no skill {id}"))
}

/// The study midpoint of the fastest role-to-role route, if there is one.
fn distance(m: &Model, from: RoleIx, to: RoleIx) -> Option<f64> {
    between_roles(m, from, to, 0)
        .ok()
        .map(|p| p.routes[0].cost.midpoint())
}

fn promotions(m: &Model) -> Vec<Edge> {
    m.role_ixs()
        .flat_map(|r| m.edges_from(r).iter().copied())
        .filter(|e| e.kind == MoveKind::Promotion)
        .collect()
}

/// The roles reached from `from` by promotions inside its own track.
fn ladder_above(m: &Model, from: RoleIx) -> Vec<RoleIx> {
    let track = m.role(from).track;
    let mut seen = vec![from];
    let mut next = vec![from];
    while let Some(at) = next.pop() {
        for e in m.edges_from(at) {
            if e.kind == MoveKind::Promotion && m.role(e.to).track == track && !seen.contains(&e.to)
            {
                seen.push(e.to);
                next.push(e.to);
            }
        }
    }
    seen.retain(|&r| r != from);
    seen
}

#[test]
fn the_bundled_pack_validates_without_a_warning() {
    let loaded = load_path(std::path::Path::new(rolemap::bundled::SOURCE_DIR));
    assert!(loaded.model.is_some());
    let shown: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(shown.is_empty(), "{}", shown.join("\n"));
}

#[test]
fn the_bundled_pack_loads_the_same_parsed_whole_or_by_element() {
    let files = rolemap::model::load::read_pack(std::path::Path::new(rolemap::bundled::SOURCE_DIR))
        .expect("the bundled sources read");
    let quick = rolemap::model::load_files(&files);
    let exact = rolemap::model::load_files_exactly(&files);
    rolemap::fuzz_checks::assert_same_load(&quick, &exact);
    let bundled = postcard::to_allocvec(rolemap::bundled::model().unwrap().data()).unwrap();
    let loaded = postcard::to_allocvec(quick.model.unwrap().data()).unwrap();
    assert!(
        bundled == loaded,
        "the embedded pack is the one in the sources"
    );
}

/// Whether a role manages people: its ladder leads to directors, not to
/// principal engineers and architects.
fn manages(m: &Model, r: RoleIx) -> bool {
    let people = skill(m, "people-management");
    m.role(r)
        .skills
        .iter()
        .any(|q| q.skill == people && q.need == Need::Essential)
}

/// On every ladder (promotions within a track, between roles that both
/// manage people or both do not), the higher band is never farther than
/// the lower from the ladder's summits: the top roles of its track and
/// the principal roles of its kind.
#[test]
fn up_a_ladder_the_top_is_never_farther() {
    let m = model();
    let mut problems = Vec::new();
    for low in m.role_ixs() {
        let (track, kind) = (m.role(low).track, manages(&m, low));
        let of_kind: Vec<RoleIx> = m.role_ixs().filter(|&r| manages(&m, r) == kind).collect();
        let top_band = of_kind
            .iter()
            .filter(|&&r| m.role(r).track == track)
            .map(|&r| m.role(r).band)
            .max()
            .unwrap();
        // A summit: no promotion leads on from it to a role of its kind.
        let summit = |r: RoleIx| {
            !m.edges_from(r)
                .iter()
                .any(|e| e.kind == MoveKind::Promotion && manages(&m, e.to) == kind)
        };
        let goals: Vec<RoleIx> = of_kind
            .iter()
            .copied()
            .filter(|&r| {
                let role = m.role(r);
                let top = role.track == track && role.band == top_band;
                (top || role.band == Band::Principal) && summit(r)
            })
            .collect();
        for high in ladder_above(&m, low)
            .into_iter()
            .filter(|&h| manages(&m, h) == kind)
        {
            for &goal in &goals {
                let Some(from_low) = distance(&m, low, goal) else {
                    continue;
                };
                match distance(&m, high, goal) {
                    Some(from_high) if from_high <= from_low + 1e-9 => {}
                    found => problems.push(format!(
                        "{} is {found:?} from {}, {} only {from_low}",
                        m.role(high).id,
                        m.role(goal).id,
                        m.role(low).id
                    )),
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn going_through_the_band_between_is_never_dearer_than_skipping_it() {
    let m = model();
    let promotions = promotions(&m);
    let mut checked = 0;
    let mut problems = Vec::new();
    for skip in &promotions {
        for first in promotions.iter().filter(|e| e.from == skip.from) {
            let Some(second) = promotions
                .iter()
                .find(|e| e.from == first.to && e.to == skip.to)
            else {
                continue;
            };
            // The skip move may be the cheaper way only when its note says
            // why, naming the role it skips.
            let skipped = &m.role(first.to).title;
            if m.get_move(skip.mv).note.contains(skipped.as_str()) {
                continue;
            }
            let start = Levels::of_role(&m, skip.from);
            let via = plan::price(
                &m,
                &start,
                &[skip.from, first.to, skip.to],
                &[*first, *second],
            );
            let direct = plan::price(&m, &start, &[skip.from, skip.to], &[*skip]);
            if via.cost.midpoint() > direct.cost.midpoint() + 1e-9 {
                problems.push(format!(
                    "{} → {} → {} costs {:?}, the skip {:?}",
                    m.role(skip.from).id,
                    m.role(first.to).id,
                    m.role(skip.to).id,
                    via.cost,
                    direct.cost
                ));
            }
            checked += 1;
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(checked > 0, "the pack has skip-level moves to check");
}

/// Walks a route by hand, from the role requirements themselves rather than
/// the planner's level sets, and says where a skill is charged from below
/// what is already held (charged twice) or not raised at all.
fn charges_twice(m: &Model, route: &PlannedRoute) -> Option<String> {
    let mut held: HashMap<SkillIx, u8> = HashMap::new();
    let take = |held: &mut HashMap<SkillIx, u8>, role: RoleIx| {
        for q in m
            .role(role)
            .skills
            .iter()
            .filter(|q| q.need == Need::Essential)
        {
            let level = held.entry(q.skill).or_insert(0);
            *level = (*level).max(q.level);
        }
    };
    take(&mut held, route.roles[0]);
    for step in &route.steps {
        for s in &step.skills {
            let have = held.get(&s.skill).copied().unwrap_or(0);
            if s.from != have || s.to <= s.from {
                return Some(format!(
                    "{} {}→{} though {have} is held",
                    m.skill(s.skill).id,
                    s.from,
                    s.to
                ));
            }
        }
        take(&mut held, step.edge.to);
    }
    None
}

#[test]
fn no_fastest_route_between_two_roles_charges_a_skill_twice() {
    let m = model();
    let mut routes = 0;
    for from in m.role_ixs() {
        for to in m.role_ixs() {
            let Ok(plan) = between_roles(&m, from, to, 0) else {
                continue;
            };
            let route = &plan.routes[0];
            if let Some(problem) = charges_twice(&m, route) {
                panic!("{} → {}: {problem}", m.role(from).id, m.role(to).id);
            }
            routes += 1;
        }
    }
    assert!(routes > 1000, "{routes} routes checked");
}

#[test]
fn every_software_role_needs_rust_fitting_its_band() {
    let m = model();
    let people = skill(&m, "people-management");
    for r in m.role_ixs() {
        let role = m.role(r);
        let manages = role
            .skills
            .iter()
            .any(|q| q.skill == people && q.need == Need::Essential);
        if manages {
            continue;
        }
        let rust: Vec<&Requirement> = role
            .skills
            .iter()
            .filter(|q| {
                m.skill(q.skill).category == Category::Language && q.need == Need::Essential
            })
            .collect();
        assert!(!rust.is_empty(), "{} requires no Rust skill", role.id);
        if role.band >= Band::Mid {
            assert!(
                rust.iter().any(|q| q.level >= 2),
                "{} needs no Rust skill at level 2",
                role.id
            );
        }
        // From senior on, the everyday core of Rust work is done unsupervised.
        if role.band >= Band::Senior {
            for id in [
                "rust-fundamentals",
                "ownership-borrowing",
                "traits-generics",
                "error-handling",
                "closures-iterators",
                "unit-integration-testing",
                "git",
                "documentation",
                "cargo-workspaces",
            ] {
                let s = skill(&m, id);
                assert!(
                    role.skills
                        .iter()
                        .any(|q| q.skill == s && q.need == Need::Essential && q.level >= 2),
                    "{} does not require {id} at level 2",
                    role.id
                );
            }
        }
    }
    let needs = |role: &str, id: &str| {
        let role = m.role(ix(&m, role));
        let s = skill(&m, id);
        role.skills
            .iter()
            .any(|q| q.skill == s && q.need == Need::Essential)
    };
    for id in ["performance-optimisation", "unsafe-code-review", "ffi"] {
        assert!(
            needs("principal-architect", id),
            "principal-architect: {id}"
        );
    }
    assert!(needs("junior-systems-programmer", "cli-tooling"));
}

#[test]
fn senior_roles_that_mentor_or_lead_require_both_skills() {
    let m = model();
    let (mentoring, leading) = (skill(&m, "mentoring"), skill(&m, "technical-leadership"));
    let mentions = |text: &str| {
        text.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.starts_with("mentor") || w.starts_with("coach") || w.starts_with("lead"))
    };
    let mut checked = 0;
    for r in m.role_ixs() {
        let role = m.role(r);
        if role.band < Band::Senior || !role.responsibilities.iter().any(|t| mentions(t)) {
            continue;
        }
        for s in [mentoring, leading] {
            assert!(
                role.skills
                    .iter()
                    .any(|q| q.skill == s && q.need == Need::Essential),
                "{} mentions mentoring or leading but does not require {}",
                role.id,
                m.skill(s).id
            );
        }
        checked += 1;
    }
    assert!(checked > 5);
}

#[test]
fn one_wage_code_per_kind_of_work() {
    let m = model();
    let people = skill(&m, "people-management");
    let mut codes: HashMap<&str, Vec<&str>> = HashMap::new();
    for r in m.role_ixs() {
        let role = m.role(r);
        let Some(w) = role.wage_reference else {
            continue;
        };
        let kind = if role
            .skills
            .iter()
            .any(|q| q.skill == people && q.need == Need::Essential)
        {
            "management"
        } else if m.track(role.track).id == "security" {
            "security"
        } else {
            "software"
        };
        codes.entry(kind).or_default().push(&m.wage(w).code);
    }
    let expected = [
        ("software", "15-1252"),
        ("security", "15-1212"),
        ("management", "11-3021"),
    ];
    for (kind, code) in expected {
        let found = codes.get(kind).unwrap_or_else(|| panic!("no {kind} role"));
        assert!(found.iter().all(|c| *c == code), "{kind}: {found:?}");
    }
}

#[test]
fn the_pack_covers_the_roles_and_moves_a_coach_expects() {
    let m = model();
    assert_eq!(m.role(ix(&m, "tech-lead")).band, Band::Senior);
    let has_move = |from: &str, to: &str| {
        m.edges_from(ix(&m, from))
            .iter()
            .any(|e| e.to == ix(&m, to))
    };
    assert!(has_move("backend-developer", "security-engineer"));
    assert!(
        m.edges_to(ix(&m, "engineering-manager"))
            .iter()
            .any(|e| m.role(e.from).band == Band::Staff
                && m.role(e.from).track != m.role(e.to).track),
        "a staff engineer can become a manager"
    );
    let manager = ix(&m, "engineering-manager");
    let director = ix(&m, "director-of-engineering");
    let step_between = m.edges_from(manager).iter().any(|e| {
        e.kind == MoveKind::Promotion
            && m.edges_from(e.to)
                .iter()
                .any(|f| f.to == director && f.kind == MoveKind::Promotion)
    });
    assert!(step_between, "a senior manager step lies between");
    for track in [
        "embedded",
        "os-kernel",
        "compilers",
        "developer-tools",
        "webassembly",
        "game-engines",
    ] {
        assert!(
            m.role_ixs()
                .any(|r| m.track(m.role(r).track).id == track && m.role(r).band == Band::Staff),
            "a staff role in {track}"
        );
    }
    for track in ["infrastructure", "security"] {
        assert!(
            m.role_ixs()
                .any(|r| m.track(m.role(r).track).id == track && m.role(r).band == Band::Junior),
            "a junior role in {track}"
        );
    }
    assert!(
        m.role_ixs()
            .any(|r| m.role(r).band == Band::Principal
                && m.track(m.role(r).track).id != "leadership"),
        "a principal individual contributor"
    );
    assert!(m.tracks().iter().any(|t| t.id == "hpc"));
    assert!(!m.info().context.is_empty(), "hiring context for coaches");
}

#[test]
fn the_headline_roles_and_their_neighbours_describe_every_level_of_their_skills() {
    let m = model();
    let mut described = 0;
    for role in [
        "junior-systems-programmer",
        "backend-developer",
        "senior-backend-engineer",
        "principal-architect",
        "compiler-engineer",
        "blockchain-developer",
        "blockchain-engineer",
        "embedded-engineer",
    ] {
        for need in &m.role(ix(&m, role)).skills {
            let s = m.skill(need.skill);
            for level in 1..=3 {
                let text = s.descriptor(level).unwrap_or_else(|| {
                    panic!("{role}: `{}` does not describe level {level}", s.id)
                });
                assert!(
                    text.split_whitespace().count() >= 8 && !text.contains('\n'),
                    "`{}` level {level}: one full sentence: {text}",
                    s.id
                );
                // Digits inside a name (`sha2`) are no figure.
                assert!(
                    !text
                        .split_whitespace()
                        .any(|w| w.starts_with(|c: char| c.is_ascii_digit())),
                    "`{}` level {level}: no unsourced figures: {text}",
                    s.id
                );
            }
            assert_ne!(s.descriptor(1), s.descriptor(2), "`{}` steps up", s.id);
            assert_ne!(s.descriptor(2), s.descriptor(3), "`{}` steps up", s.id);
            described += 1;
        }
    }
    assert!(described > 100, "the roles need many skills: {described}");
}
