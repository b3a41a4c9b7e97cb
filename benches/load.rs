//! Start-up cost of the model: decoding the bundled pack (what every launch
//! does) against parsing and validating the same pack from its RON text (what
//! `--data` does), plus building the search index and the route graph.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use rolemap::model::route::RouteGraph;
use rolemap::model::search::SearchIndex;
use rolemap::model::{SourceFile, load::read_pack, load_files};

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
    c.bench_function("index/route graph", |b| {
        b.iter(|| black_box(RouteGraph::new(&model)))
    });
    let index = SearchIndex::new(&model);
    c.bench_function("search/one query", |b| {
        b.iter(|| black_box(index.search(black_box("tokio"))))
    });
    let graph = RouteGraph::new(&model);
    let (from, to) = (
        model.role_ix("junior-systems-programmer").unwrap(),
        model.role_ix("principal-architect").unwrap(),
    );
    c.bench_function("path/3 routes", |b| {
        b.iter(|| black_box(graph.fastest_routes(from, to, 2)))
    });
}

criterion_group!(benches, load);
criterion_main!(benches);
