//! Times, on one thread and in order, what a small run builds before and
//! while it checks its first articles: the embedded rules and lexicon, the
//! entity index, each group of patterns `pipeline::warm_up` compiles, and
//! then one pass over a folder (whatever is still built on first use shows
//! there). A developer tool for the start-up work (docs/performance.md,
//! goal 5): `cargo run --release --example startup_cost -- seeds`.
use factlint::claims::entities::EntityIndex;
use factlint::lexicon::Lexicon;
use std::time::Instant;

/// Runs `f`, prints its wall time under `what`, and returns its value.
fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let v = f();
    println!("{:>8.3} ms  {what}", t.elapsed().as_secs_f64() * 1e3);
    v
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "seeds".into());
    let all = Instant::now();
    let lex = timed("lexicon (rules/lexicon.toml)", Lexicon::defaults);
    timed("rules (embedded, without tests)", || {
        factlint::rules::RuleSet::defaults_untested()
    });
    let index = timed("entity index", || EntityIndex::new(&lex));
    timed(
        "warm: sources (header dates, metadata)",
        factlint::source::warm_up,
    );
    timed("warm: background word table", || {
        factlint::align::stories::terms::warm_up()
    });
    timed("warm: date patterns", factlint::temporal::warm_up);
    timed("warm: people patterns", factlint::claims::warm_up_people);
    timed("warm: gazetteer, streets, venues", || {
        factlint::gazetteer::Gazetteer::warm_up()
    });
    timed("warm: ordinal, series", factlint::claims::warm_up);
    let loaded = timed("read sources", || {
        factlint::source::load_paths(&[dir.into()], &lex)
    });
    let rules = factlint::rules::RuleSet::defaults_untested();
    let opts = factlint::pipeline::Options::default();
    let a = timed("analyze (first use of the rest)", || {
        factlint::pipeline::analyze(loaded.sources.clone(), &lex, &rules, &opts)
    });
    timed("analyze again (warm)", || {
        factlint::pipeline::analyze(loaded.sources, &lex, &rules, &opts)
    });
    drop(index);
    println!(
        "{:>8.3} ms  total ({} claims)",
        all.elapsed().as_secs_f64() * 1e3,
        a.claims.len()
    );
}
