//! The planner on a pack made to make it work hard: a company ladder of
//! layers where every role of a layer leads to every role of the next, and
//! each role asks for its own mix of many skills. No way dominates another,
//! so an exact search has exponentially many states to compare; the plan
//! must still answer within its work budget and say when it is not proved.
//!
//! The pack is made by `tests/support/layered.rs`, which `benches/load.rs`
//! and the explorer's tests include too, so the bench times the very pack
//! these tests count.
//!
//! To time the real binary on it, write the pack with
//! `ROLEMAP_LAYERED_PACK=/tmp/layered cargo test --test planner_bounds -- --ignored`
//! and run `rolemap --data /tmp/layered path l0-r0 l11-r11 --alternatives 3`.

#[path = "support/layered.rs"]
#[allow(dead_code)]
mod layered;

pub use layered::*;
use rolemap::model::Model;
use rolemap::model::types::Need;

/// Writes the pack of the issue to the folder `ROLEMAP_LAYERED_PACK` names,
/// to time the real binary on it.
#[test]
#[ignore = "writes a pack for timing the binary"]
fn write_the_layered_pack() {
    let Some(folder) = std::env::var_os("ROLEMAP_LAYERED_PACK") else {
        panic!("set ROLEMAP_LAYERED_PACK to the folder to write the pack to");
    };
    let folder = std::path::PathBuf::from(folder);
    std::fs::create_dir_all(&folder).unwrap();
    let text = ISSUE.ron();
    std::fs::write(folder.join("pack.ron"), &text).unwrap();
    println!("{} bytes", text.len());
}

#[test]
fn the_layered_pack_is_the_same_every_time() {
    assert_eq!(ISSUE.ron(), ISSUE.ron());
    let m = layered_pack();
    assert_eq!(m.roles().len(), 144);
    assert_eq!(m.skills().len(), 200);
}

use rolemap::model::RoleIx;
use rolemap::model::gap::Levels;
use rolemap::model::plan::{
    Budget, LABELS_PER_ROLE, Limit, PRICING, Plan, Planner, Progress, WORK, between_roles, plan,
    plan_within,
};

fn ix(m: &Model, id: &str) -> RoleIx {
    m.role_ix(id).unwrap()
}

/// The most work a plan may do: its budget for the proof and for quick
/// work (each may run over by one expansion of a label), then the greedy
/// search for a first route if quick mode found none, which makes at most
/// two labels at each role and so prices each move at most twice.
fn most_work(m: &Model, budget: Budget, to: RoleIx) -> u64 {
    let moves: u64 = m
        .role_ixs()
        .flat_map(|r| m.edges_from(r))
        .map(|e| pricing(m, e.to, to) + words(m))
        .sum();
    budget.work + budget.quick_work + 2 * moves + 3 * overrun(m, to)
}

/// Units of work a plan counts for pricing a move to `next`: a fixed part,
/// the requirements it reads and the level words it copies and raises.
fn pricing(m: &Model, next: RoleIx, to: RoleIx) -> u64 {
    let essentials = |r: RoleIx| {
        m.role(r)
            .skills
            .iter()
            .filter(|q| q.need == Need::Essential)
            .count() as u64
    };
    1 + PRICING + 2 * essentials(next) + essentials(to) + 2 * words(m)
}

/// Words of sixteen levels a level set of the pack takes.
fn words(m: &Model) -> u64 {
    m.skills().len().div_ceil(16).max(1) as u64
}

/// The most one expansion of a label can do: price every move of a role
/// and compare the label each makes with all those where it leads.
fn overrun(m: &Model, to: RoleIx) -> u64 {
    m.role_ixs()
        .map(|r| {
            m.edges_from(r)
                .iter()
                .map(|e| pricing(m, e.to, to) + LABELS_PER_ROLE as u64 * words(m))
                .sum::<u64>()
        })
        .max()
        .unwrap_or(0)
}

/// Every route leads from `from` to `to` by real moves, and its steps add up.
fn assert_real(m: &Model, p: &Plan, from: RoleIx, to: RoleIx) {
    for route in &p.routes {
        assert_eq!(route.roles.first(), Some(&from));
        assert_eq!(route.roles.last(), Some(&to));
        assert_eq!(route.steps.len() + 1, route.roles.len());
        for (step, pair) in route.steps.iter().zip(route.roles.windows(2)) {
            assert_eq!((step.edge.from, step.edge.to), (pair[0], pair[1]));
            assert!(m.edges_from(step.edge.from).contains(&step.edge));
        }
        let sum: f64 = route.steps.iter().map(|s| s.cost.midpoint()).sum();
        assert!((sum - route.cost.midpoint()).abs() < 1e-6);
        let mut seen = route.roles.clone();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), route.roles.len(), "no role twice");
    }
    for pair in p.routes.windows(2) {
        assert!(pair[0].cost.midpoint() <= pair[1].cost.midpoint() + 1e-9);
        assert_ne!(pair[0].roles, pair[1].roles);
    }
}

#[test]
fn a_plan_on_the_layered_pack_stays_within_its_budget_and_says_so() {
    let m = layered_pack();
    let (from, to) = (ix(&m, "l0-r0"), ix(&m, "l11-r11"));
    let none = Levels::none(&m);
    for (p, what) in [
        (plan(&m, &none, from, to, 3).unwrap(), "plan"),
        (between_roles(&m, from, to, 3).unwrap(), "path"),
    ] {
        assert!(!p.exact, "{what}");
        assert_eq!(p.limit, Some(Limit::Work), "{what}");
        assert_eq!(p.routes.len(), 4, "{what}");
        assert!(p.work >= WORK, "{what}: the budget was spent");
        let most = most_work(&m, Budget::DEFAULT, to);
        assert!(p.work <= most, "{what}: {} units of work > {most}", p.work);
        println!("{what}: {} units of work", p.work);
        assert_real(&m, &p, from, to);
    }
}

#[test]
fn many_alternatives_cost_no_more_than_the_budget_allows() {
    let m = layered_pack();
    let (from, to) = (ix(&m, "l0-r0"), ix(&m, "l11-r11"));
    // `rolemap path` takes up to 20 alternatives; a smaller budget than
    // the default keeps the test quick in a debug build.
    let budget = Budget {
        work: 1_000_000,
        quick_work: 2_000_000,
        ..Budget::DEFAULT
    };
    let p = plan_within(&m, &Levels::of_role(&m, from), from, to, 20, budget).unwrap();
    assert_eq!(p.limit, Some(Limit::Work));
    assert!(p.work <= most_work(&m, budget, to), "{} units", p.work);
    assert!(
        !p.routes.is_empty() && p.routes.len() < 21,
        "fewer than asked"
    );
    assert_real(&m, &p, from, to);
}

#[test]
fn the_layered_plan_is_the_same_in_slices_and_at_once() {
    let m = layered_pack();
    let (from, to) = (ix(&m, "l0-r0"), ix(&m, "l6-r5"));
    let none = Levels::none(&m);
    let budget = Budget::work(200_000);
    let whole = plan_within(&m, &none, from, to, 2, budget).unwrap();
    assert!(!whole.exact);
    let mut planner = Planner::new(&m, &none, from, to, 2, budget);
    let mut slices = 0u64;
    while planner.step(&m, 5_000) == Progress::Working {
        slices += 1;
        assert!(planner.work() <= slices * (5_000 + overrun(&m, to)));
    }
    assert!(
        (slices + 1) * (5_000 + overrun(&m, to)) >= whole.work,
        "it stopped between slices"
    );
    assert_eq!(planner.finish(&m).unwrap(), whole);
}

#[test]
fn a_slice_of_work_is_never_much_more_than_asked() {
    let m = layered_pack();
    let (from, to) = (ix(&m, "l0-r0"), ix(&m, "l11-r0"));
    let budget = Budget::work(1_000_000);
    let mut planner = Planner::new(&m, &Levels::none(&m), from, to, 3, budget);
    let mut before = 0;
    // A label's expansion is the most a slice runs over.
    while planner.step(&m, 10_000) == Progress::Working {
        assert!(planner.work() - before <= 10_000 + overrun(&m, to));
        before = planner.work();
    }
}

#[test]
fn stopping_a_layered_plan_gives_the_best_found_at_once() {
    let m = layered_pack();
    let (from, to) = (ix(&m, "l0-r0"), ix(&m, "l11-r11"));
    let none = Levels::none(&m);
    let mut planner = Planner::new(&m, &none, from, to, 3, Budget::DEFAULT);
    assert_eq!(planner.step(&m, 100_000), Progress::Working);
    planner.stop(&m);
    let p = planner.finish(&m).unwrap();
    assert_eq!(p.limit, Some(Limit::Stopped));
    assert!(p.work <= most_work(&m, Budget::DEFAULT, to) - WORK + 100_000 + overrun(&m, to));
    assert_real(&m, &p, from, to);
}

/// With no work left for quick mode either, the first route comes from a
/// search that keeps one label a role, whose work the pack's size bounds:
/// it prices each move at most twice.
#[test]
fn with_every_budget_spent_a_first_route_still_comes_at_a_bounded_cost() {
    let m = layered_pack();
    let (from, to) = (ix(&m, "l0-r0"), ix(&m, "l11-r11"));
    let nothing = Budget {
        work: 0,
        quick_work: 0,
        ..Budget::DEFAULT
    };
    let p = plan_within(&m, &Levels::none(&m), from, to, 3, nothing).unwrap();
    assert_eq!(p.limit, Some(Limit::Work));
    assert_eq!(p.routes.len(), 1, "no work is left for alternatives");
    let most = most_work(&m, nothing, to);
    assert!(p.work <= most, "{} units of work > {most}", p.work);
    assert_real(&m, &p, from, to);
}

#[test]
fn a_smaller_ladder_is_proved_and_the_quick_mode_never_beats_the_proof() {
    let small = Layered {
        layers: 5,
        width: 4,
        skills: 40,
        sparsity: 6,
        seed: 9,
    }
    .model();
    let none = Levels::none(&small);
    let from = ix(&small, "l0-r0");
    for i in 0..4 {
        let to = ix(&small, &Layered::role(4, i));
        let exact = plan(&small, &none, from, to, 3).unwrap();
        assert!(exact.exact && exact.limit.is_none());
        let quick = plan_within(&small, &none, from, to, 3, Budget::work(0)).unwrap();
        assert_eq!(quick.limit, Some(Limit::Work));
        assert_real(&small, &quick, from, to);
        let (best, found) = (&exact.routes[0].cost, &quick.routes[0].cost);
        assert!(found.midpoint() + 1e-9 >= best.midpoint());
    }
}

/// The bundled pack stays far inside the budget, so every plan on it is
/// proved, with room for the pack to grow.
#[test]
fn the_bundled_pack_needs_a_small_part_of_the_budget() {
    let m = rolemap::bundled::model().unwrap();
    let none = Levels::none(&m);
    let mut worst = 0;
    for to in m.role_ixs() {
        let person = plan(&m, &none, m.info().entry_role, to, 3);
        // A third of the starts, to keep the test quick in a debug build.
        let paths = m
            .role_ixs()
            .step_by(3)
            .map(|from| between_roles(&m, from, to, 3));
        for p in std::iter::once(person).chain(paths).flatten() {
            assert!(p.exact && p.limit.is_none(), "to {}", m.role(to).id);
            worst = worst.max(p.work);
        }
    }
    assert!(worst < WORK / 10, "the hardest plan spends {worst} units");
}

/// What `rolemap path` and `rolemap plan` say of a plan that is not proved.
#[cfg(test)]
mod cli {
    use assert_cmd::Command;
    use serde_json::Value;

    /// The layered pack written to a folder, and a home with a profile
    /// that starts at its first role and aims at its last.
    struct Setup {
        dir: tempfile::TempDir,
    }

    impl Setup {
        fn new() -> Setup {
            let dir = tempfile::tempdir().unwrap();
            std::fs::create_dir(dir.path().join("pack")).unwrap();
            std::fs::write(dir.path().join("pack/pack.ron"), super::ISSUE.ron()).unwrap();
            let setup = Setup { dir };
            setup.run(&["profile", "new", "lee"]);
            setup.run(&[
                "profile",
                "set",
                "lee",
                "--current",
                "l0-r0",
                "--target",
                "l11-r11",
            ]);
            setup
        }

        fn run(&self, args: &[&str]) -> String {
            let out = Command::cargo_bin("rolemap")
                .unwrap()
                .env("ROLEMAP_HOME", self.dir.path().join("home"))
                .env("COLUMNS", "80")
                .env("NO_COLOR", "1")
                .arg("--data")
                .arg(self.dir.path().join("pack"))
                .args(args)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8(out.stdout).unwrap()
        }
    }

    #[test]
    fn path_and_plan_say_plainly_that_the_routes_are_not_proved() {
        let s = Setup::new();
        let text = s.run(&["path", "l0-r0", "l11-r11", "--alternatives", "3"]);
        assert!(
            text.starts_with("Best route found from Role 0 of layer 0"),
            "{text}"
        );
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("These routes are the best the search found, not proved the fastest"),
            "{text}"
        );
        assert!(text.contains("Alternative 3"));
        let json: Value = serde_json::from_str(&s.run(&[
            "path",
            "l0-r0",
            "l11-r11",
            "--alternatives",
            "3",
            "--json",
        ]))
        .unwrap();
        assert_eq!(json["exact"], false);
        assert_eq!(json["routes"].as_array().unwrap().len(), 4);

        let md = s.run(&["plan", "--profile", "lee"]);
        assert!(md.contains("\n## Best route found: 11 moves"), "{md}");
        assert!(!md.contains("Fastest route"));
        assert!(md.contains(
            "These routes are the best the search found, not proved the fastest: the pack has \
             too many ways through it to compare them all within the search's budget."
        ));
        // JSON plans said `exact` already; each of these runs spends the
        // whole budget, slow in a debug build, so it is not run again here.
    }

    #[test]
    fn a_proved_path_says_fastest_and_exact() {
        let out = Command::cargo_bin("rolemap")
            .unwrap()
            .args(["path", "junior systems", "principal architect", "--json"])
            .output()
            .unwrap();
        let json: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(json["exact"], true);
        let out = Command::cargo_bin("rolemap")
            .unwrap()
            .env("NO_COLOR", "1")
            .args(["path", "junior systems", "principal architect"])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.starts_with("Fastest route from"), "{text}");
        assert!(!text.contains("not proved"));
    }
}
