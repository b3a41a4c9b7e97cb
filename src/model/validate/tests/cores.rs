//! Items checked on every core: the same data, and when anything is to
//! be said, the same diagnostics, as checked one after another.

use super::*;
use crate::model::load::parse_files;

/// The medium generated pack's files, the last move's target and the
/// last role's first skill renamed to what the pack lacks when `broken`.
fn medium(broken: bool) -> Vec<SourceFile> {
    let mut pack = crate::generate::generate(&crate::generate::Shape::MEDIUM).unwrap();
    for (_, text) in pack.files.iter_mut().filter(|_| broken) {
        for (field, unknown) in [("to:\"", "nobody-"), ("skill:\"", "nothing-")] {
            if let Some(at) = text.rfind(field) {
                text.insert_str(at + field.len(), unknown);
            }
        }
    }
    pack.source_files()
}

fn encoded(data: &Option<PackData>) -> Option<Vec<u8>> {
    data.as_ref().map(|d| postcard::to_allocvec(d).unwrap())
}

#[test]
fn checks_on_every_core_give_what_checks_in_order_give() {
    for broken in [false, true] {
        let files = medium(broken);
        let (parsed, problems) = parse_files(&files);
        assert!(problems.is_empty(), "{problems:#?}");
        let (in_order, said_in_order) = validate_on(&files, &parsed, usize::MAX);
        let (on_every_core, said_on_every_core) = validate_on(&files, &parsed, 1);
        assert_eq!(said_on_every_core, said_in_order, "broken: {broken}");
        assert_eq!(
            encoded(&on_every_core),
            encoded(&in_order),
            "broken: {broken}"
        );
        assert_eq!(said_in_order.is_empty(), !broken, "{said_in_order:#?}");
        assert_eq!(in_order.is_some(), !broken);
    }
}
