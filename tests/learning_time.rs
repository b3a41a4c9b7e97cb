//! The table of canonical routes in docs/learning-time.md, generated from the
//! bundled pack so it cannot drift from it. Each route carries the sentence
//! that defends its figure and the bounds that sentence claims; the test
//! fails when a figure leaves them or the page differs from the table.
//! `ROLEMAP_BLESS=1 cargo test --test learning_time` rewrites the table.

use rolemap::format;
use rolemap::model::gap::Levels;
use rolemap::model::plan::{self, PlannedRoute};
use rolemap::model::{Edge, Model, RoleIx};

/// A route of the table: the fastest one, or one through given roles.
struct Canonical {
    from: &'static str,
    /// `None`: the fastest route; `Some`: exactly through these roles.
    through: Option<&'static [&'static str]>,
    to: &'static str,
    /// The study months the defence claims (its low end at least the first,
    /// its high end at most the second), at 8 h a week: the sentence's words
    /// in months, so the sentence stays true while the test passes.
    within: (f64, f64),
    defence: &'static str,
}

const DIRECT: Option<&[&str]> = Some(&[]);

const ROUTES: &[Canonical] = &[
    Canonical {
        from: "junior-systems-programmer",
        through: DIRECT,
        to: "backend-developer",
        within: (12.0, 36.0),
        defence: "A junior-to-mid promotion into services: SQL and PostgreSQL, async Rust on Tokio, HTTP APIs and containers taken to unsupervised level together on real services, with the Rust basics deepened: one to three years of study at a day a week, less for someone who also learns on the job.",
    },
    Canonical {
        from: "backend-developer",
        through: DIRECT,
        to: "senior-backend-engineer",
        within: (18.0, 54.0),
        defence: "Mid to senior: distributed systems, fault tolerance, performance work, design and first mentoring and leadership to unsupervised level, and the everyday Rust done without help: one and a half to four and a half years of study at a day a week, plus influence that grows in the role.",
    },
    Canonical {
        from: "senior-backend-engineer",
        through: DIRECT,
        to: "principal-architect",
        within: (12.0, 30.0),
        defence: "The rare skip to a platform-wide architect: security, unsafe and FFI review, cross-team API design and strategy are one to two and a half years of study, and most of the step is the influence that only comes from leading across teams (the levels in role).",
    },
    Canonical {
        from: "junior-systems-programmer",
        through: Some(&["backend-developer", "senior-backend-engineer"]),
        to: "principal-architect",
        within: (48.0, 120.0),
        defence: "Junior to principal along the backend ladder: four to ten years of study at a day a week spread over a career, with the influence grown in roles beside it; study alone never makes a principal.",
    },
    Canonical {
        from: "senior-backend-engineer",
        through: DIRECT,
        to: "staff-backend-engineer",
        within: (6.0, 18.0),
        defence: "Senior to staff widens scope more than knowledge: half a year to a year and a half of study (strategy, architecture writing, unsafe review), and the influence exercised across teams.",
    },
    Canonical {
        from: "junior-embedded-developer",
        through: None,
        to: "senior-embedded-engineer",
        within: (30.0, 78.0),
        defence: "Two promotions on the embedded ladder: drivers, HALs, no_std, real-time constraints and hardware debugging at unsupervised level, then design, review and mentoring: two and a half to six and a half years of study at a day a week.",
    },
    Canonical {
        from: "junior-infrastructure-engineer",
        through: None,
        to: "senior-infrastructure-engineer",
        within: (36.0, 90.0),
        defence: "Two promotions in infrastructure: Kubernetes, cloud platforms, observability, incident response and the Rust of its tooling to unsupervised level, then platform design, distributed systems and mentoring: three to seven and a half years of study at a day a week.",
    },
    Canonical {
        from: "junior-security-engineer",
        through: None,
        to: "senior-security-engineer",
        within: (24.0, 72.0),
        defence: "Two promotions in security: secure coding, fuzzing, threat modelling and unsafe-code review to unsupervised level, then owning a product's security direction and mentoring others: two to six years of study at a day a week.",
    },
    Canonical {
        from: "backend-developer",
        through: None,
        to: "compiler-engineer",
        within: (9.0, 30.0),
        defence: "A change of field at mid level by way of systems programming: parsing, type systems and compiler internals on top of deeper Rust, nine months to two and a half years of study; testing and the language carry over.",
    },
    Canonical {
        from: "backend-developer",
        through: None,
        to: "blockchain-engineer",
        within: (24.0, 72.0),
        defence: "A specialisation into on-chain programs and then a promotion to senior protocol work (consensus, peer-to-peer networking, security reviews): two to six years of study at a day a week, like other mid-to-senior steps.",
    },
    Canonical {
        from: "backend-developer",
        through: None,
        to: "embedded-engineer",
        within: (12.0, 36.0),
        defence: "A move down the stack at mid level by way of systems programming: no_std, embedded HALs, hardware interfaces and unsafe Rust are new ground, one to three years of study; testing, Git and the language carry over.",
    },
    Canonical {
        from: "senior-backend-engineer",
        through: None,
        to: "engineering-manager",
        within: (3.0, 12.0),
        defence: "Management is learnt by managing: three months to a year of study on people management, hiring and communication, while the influence grows in the role.",
    },
];

fn ix(m: &Model, id: &str) -> RoleIx {
    m.role_ix(id).unwrap_or_else(|| panic!("no role {id}"))
}

/// The route a row describes, priced role to role from its first role.
fn route_of(m: &Model, c: &Canonical) -> PlannedRoute {
    let (from, to) = (ix(m, c.from), ix(m, c.to));
    let Some(through) = c.through else {
        return plan::between_roles(m, from, to, 0)
            .unwrap_or_else(|_| panic!("no route {} → {}", c.from, c.to))
            .routes
            .remove(0);
    };
    let mut roles = vec![from];
    roles.extend(through.iter().map(|id| ix(m, id)));
    roles.push(to);
    let edges: Vec<Edge> = roles
        .windows(2)
        .map(|w| {
            *m.edges_from(w[0])
                .iter()
                .find(|e| e.to == w[1])
                .unwrap_or_else(|| panic!("no move {} → {}", m.role(w[0]).id, m.role(w[1]).id))
        })
        .collect();
    plan::price(m, &Levels::of_role(m, from), &roles, &edges)
}

fn table(m: &Model) -> String {
    let mut out = String::from(
        "| Route | Way | Study at 8 h a week | In role | Why an engineering manager would accept it |\n\
         |---|---|---|---|---|\n",
    );
    for c in ROUTES {
        let route = route_of(m, c);
        let titles: Vec<&str> = route
            .roles
            .iter()
            .map(|&r| m.role(r).title.as_str())
            .collect();
        let way = match c.through {
            None => format!("fastest: {}", titles.join(" → ")),
            Some([]) => "the direct move".to_string(),
            Some(_) => titles.join(" → "),
        };
        let cost = route.cost;
        let study = format::months(&rolemap::model::gap::Cost { in_role: 0, ..cost });
        out.push_str(&format!(
            "| {} → {} | {way} | {study} | {} | {} |\n",
            titles[0],
            titles[titles.len() - 1],
            cost.in_role,
            c.defence
        ));
    }
    out
}

#[test]
fn every_canonical_figure_stays_inside_what_its_defence_claims() {
    let m = rolemap::bundled::model().unwrap();
    let mut problems = Vec::new();
    for c in ROUTES {
        let cost = route_of(&m, c).cost;
        let (low, high) = c.within;
        if cost.min < low || cost.max > high || cost.unknown > 0 {
            problems.push(format!(
                "{} → {}: {}–{} months (+{} unknown), the defence claims {low}–{high}",
                c.from, c.to, cost.min, cost.max, cost.unknown
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_page_shows_the_table_of_the_pack() {
    let m = rolemap::bundled::model().unwrap();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/learning-time.md");
    let page = std::fs::read_to_string(path).unwrap();
    let (start, end) = (
        "<!-- canonical-routes:start -->\n",
        "<!-- canonical-routes:end -->",
    );
    let a = page.find(start).expect("start marker") + start.len();
    let b = page.find(end).expect("end marker");
    let wanted = table(&m);
    if page[a..b] == wanted {
        return;
    }
    if std::env::var_os("ROLEMAP_BLESS").is_some() {
        std::fs::write(path, format!("{}{wanted}{}", &page[..a], &page[b..])).unwrap();
        return;
    }
    panic!(
        "docs/learning-time.md is out of date; run ROLEMAP_BLESS=1 cargo test --test learning_time\n{wanted}"
    );
}
