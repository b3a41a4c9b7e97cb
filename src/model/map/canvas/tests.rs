use std::collections::BTreeSet;

use super::*;
use crate::model::map::layout;

fn bundled() -> Model {
    crate::bundled::model().unwrap()
}

/// The cells next to a label, above and below it.
fn beside(node: &Node) -> Vec<(usize, usize)> {
    (node.x..node.x + node.width)
        .flat_map(|x| [(x, node.y.wrapping_sub(1)), (x, node.y + 1)])
        .collect()
}

fn connected(cells: &[(usize, usize)]) -> bool {
    let set: BTreeSet<(usize, usize)> = cells.iter().copied().collect();
    let Some(&start) = set.iter().next() else {
        return false;
    };
    let mut seen = BTreeSet::from([start]);
    let mut todo = vec![start];
    while let Some((x, y)) = todo.pop() {
        let near = [
            (x + 1, y),
            (x.wrapping_sub(1), y),
            (x, y + 1),
            (x, y.wrapping_sub(1)),
        ];
        for c in near {
            if set.contains(&c) && seen.insert(c) {
                todo.push(c);
            }
        }
    }
    seen.len() == set.len()
}

#[test]
fn labels_never_overlap_and_lines_never_cross_a_label() {
    let m = bundled();
    let map = layout(&m);
    for zoom in [Zoom::Full, Zoom::Short] {
        let c = draw(&m, &map, zoom);
        assert_eq!(c.nodes.len(), m.roles().len());
        for (i, a) in c.nodes.iter().enumerate() {
            assert!(a.x + a.width <= c.width && a.y < c.height);
            for b in &c.nodes[i + 1..] {
                let apart = a.y != b.y || a.x + a.width <= b.x || b.x + b.width <= a.x;
                assert!(apart, "{a:?} overlaps {b:?}");
            }
            for x in a.x..a.x + a.width {
                assert!(c.cell(x, a.y).is_empty(), "a line crosses {}", a.label);
            }
        }
        for path in &c.paths {
            for &(x, y) in path {
                assert!(
                    c.node_at(x, y).is_none(),
                    "a path through a label at {x},{y}"
                );
            }
        }
    }
}

#[test]
fn every_move_is_a_connected_line_from_its_role_to_an_arrow_at_the_other() {
    let m = bundled();
    let map = layout(&m);
    let c = draw(&m, &map, Zoom::Short);
    assert_eq!(c.paths.len(), map.links.len());
    for (link, path) in c.links.iter().zip(&c.paths) {
        let name = format!("{} → {}", m.role(link.from).id, m.role(link.to).id);
        assert!(connected(path), "{name} is broken");
        let (from, to) = (c.node_of(link.from).unwrap(), c.node_of(link.to).unwrap());
        assert!(
            beside(from).iter().any(|cell| path.contains(cell)),
            "{name} does not leave its role"
        );
        let arrows: Vec<_> = beside(to)
            .into_iter()
            .filter(|cell| path.contains(cell))
            .filter(|&(x, y)| c.cell(x, y).arrow.is_some())
            .collect();
        assert!(!arrows.is_empty(), "{name} has no arrow into its role");
        for &(x, y) in path {
            assert!(!c.cell(x, y).is_empty(), "{name} is not drawn at {x},{y}");
        }
    }
}

#[test]
fn the_same_pack_gives_the_same_picture() {
    let m = bundled();
    let map = layout(&m);
    assert_eq!(draw(&m, &map, Zoom::Full), draw(&m, &map, Zoom::Full));
    assert_eq!(draw(&m, &map, Zoom::Short).lines(Glyphs::Boxes), {
        let again = layout(&m);
        draw(&m, &again, Zoom::Short).lines(Glyphs::Boxes)
    });
}

#[test]
fn short_labels_fit_more_roles_across() {
    let m = bundled();
    let map = layout(&m);
    let (full, short) = (draw(&m, &map, Zoom::Full), draw(&m, &map, Zoom::Short));
    assert!(short.width < full.width);
    assert_eq!(
        short.height, full.height,
        "the rows do not depend on the zoom"
    );
    for n in &short.nodes {
        assert!(unicode_width::UnicodeWidthStr::width(n.label.as_str()) <= n.width - 2);
    }
}

#[test]
fn junctions_merge_lines_and_crossings_pass_over() {
    let cell = |lines, joint| Cell {
        lines,
        joint,
        arrow: None,
    };
    assert_eq!(cell(E | W | S, true).glyph(Glyphs::Boxes), '┬');
    assert_eq!(cell(E | W | N, true).glyph(Glyphs::Boxes), '┴');
    assert_eq!(cell(N | E | S | W, true).glyph(Glyphs::Boxes), '┼');
    assert_eq!(cell(N | S | W, true).glyph(Glyphs::Boxes), '┤');
    assert_eq!(cell(S | E, true).glyph(Glyphs::Boxes), '┌');
    assert_eq!(cell(N | E | S | W, false).glyph(Glyphs::Boxes), '│');
    assert_eq!(cell(N | E | S | W, true).glyph(Glyphs::Ascii), '+');
    assert_eq!(cell(N | E | S | W, false).glyph(Glyphs::Ascii), '|');
    let up = Cell {
        arrow: Some(Arrow::Up),
        ..Cell::default()
    };
    assert_eq!(
        (up.glyph(Glyphs::Boxes), up.glyph(Glyphs::Ascii)),
        ('▲', '^')
    );
}

#[test]
fn the_ascii_style_draws_only_ascii() {
    let m = bundled();
    let c = draw(&m, &layout(&m), Zoom::Short);
    for y in 0..c.height {
        for x in 0..c.width {
            assert!(c.cell(x, y).glyph(Glyphs::Ascii).is_ascii());
        }
    }
}

#[test]
fn a_small_pack_draws_as_expected() {
    let m = crate::model::example_model();
    let c = draw(&m, &layout(&m), Zoom::Full);
    insta::assert_snapshot!(c.lines(Glyphs::Boxes).join("\n"));
}

#[test]
fn short_titles_shorten_words_before_cutting() {
    assert_eq!(
        shown_title("Senior Backend Engineer", 15, Zoom::Short),
        "Sr Backend Eng"
    );
    assert_eq!(
        shown_title("Senior Backend Engineer", 15, Zoom::Full),
        "Senior Backend…"
    );
    assert_eq!(shown_title("Tech Lead", 15, Zoom::Short), "Tech Lead");
    assert_eq!(
        shown_title("Bad\u{1b}[2J title", 20, Zoom::Full),
        "Bad[2J title"
    );
}

#[test]
#[ignore]
fn print_bundled() {
    let m = bundled();
    let c = draw(&m, &layout(&m), Zoom::Short);
    println!("{}x{}", c.width, c.height);
    println!("{}", c.lines(Glyphs::Boxes).join("\n"));
}

#[test]
fn a_label_with_combining_marks_or_wide_characters_keeps_its_columns() {
    let m = crate::model::example_model();
    let plain = draw(&m, &layout(&m), Zoom::Full);
    let mut marked = plain.clone();
    let node = &mut marked.nodes[0];
    // As wide as the label it replaces: an e and its accent in one column,
    // a wide character in two.
    let mut label = String::from("De\u{301}漢");
    label.push_str(&"x".repeat(node.label.chars().count().saturating_sub(4)));
    node.label = label;
    let width = |line: &str| unicode_width::UnicodeWidthStr::width(line);
    let (before, after) = (plain.lines(Glyphs::Boxes), marked.lines(Glyphs::Boxes));
    let row = marked.nodes[0].y;
    assert!(after[row].contains("[De\u{301}漢"), "{}", after[row]);
    // Every column after the label is where it was.
    let label_end = marked.nodes[0].x + marked.nodes[0].width;
    let cut = |line: &str| -> String {
        let mut columns = 0;
        line.chars()
            .skip_while(|c| {
                let skip = columns < label_end;
                columns += unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0);
                skip
            })
            .collect()
    };
    assert_eq!(cut(&after[row]), cut(&before[row]));
    assert_eq!(width(&after[row]), width(&before[row]));
}
