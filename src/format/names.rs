//! The words for the pack's kinds (levels, bands, categories, kinds of
//! move, need, sources and resources): what a person reads in place of
//! an enum, the same on every face.

use crate::model::pack::{Price, ResourceKind};
use crate::model::{Band, Category, MoveKind, Need, SourceKind};

/// The words of PRODUCT.md's proficiency scale.
pub fn level_name(level: u8) -> &'static str {
    match level {
        0 => "none",
        1 => "recognition",
        2 => "execution",
        _ => "influence",
    }
}

/// `2 execution`: the number and its word, never a symbol alone.
pub fn level(level: u8) -> String {
    format!("{level} {}", level_name(level))
}

pub fn band(band: Band) -> &'static str {
    match band {
        Band::Entry => "entry",
        Band::Junior => "junior",
        Band::Mid => "mid",
        Band::Senior => "senior",
        Band::Staff => "staff",
        Band::Principal => "principal",
    }
}

pub fn category(category: Category) -> &'static str {
    match category {
        Category::Language => "language",
        Category::Systems => "systems",
        Category::Async => "async",
        Category::Data => "data",
        Category::Infrastructure => "infrastructure",
        Category::Domain => "domain",
        Category::Practice => "practice",
        Category::People => "people",
    }
}

pub fn move_kind(kind: MoveKind) -> &'static str {
    match kind {
        MoveKind::Promotion => "promotion",
        MoveKind::Specialisation => "specialisation",
        MoveKind::Lateral => "lateral",
    }
}

pub fn need(need: Need) -> &'static str {
    match need {
        Need::Essential => "essential",
        Need::Optional => "optional",
    }
}

pub fn source_kind(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Primary => "primary",
        SourceKind::Secondary => "secondary",
        SourceKind::Derived => "derived",
    }
}

pub fn resource_kind(kind: ResourceKind) -> &'static str {
    match kind {
        ResourceKind::OfficialDocs => "official docs",
        ResourceKind::Book => "book",
        ResourceKind::Course => "course",
        ResourceKind::Exercise => "exercise",
        ResourceKind::Article => "article",
        ResourceKind::Video => "video",
    }
}

pub fn price(price: Price) -> &'static str {
    match price {
        Price::Free => "free",
        Price::Paid => "paid",
    }
}
