//! Times the first call of each stage that compiles patterns (developer tool).
use std::time::Instant;
fn main() {
    let t = Instant::now();
    let _ = factlint::temporal::find_date_expressions("On Monday, November 20, 2017, last week, two days ago, yesterday evening, in 2011, on the eve of");
    println!("temporal first call {:?}", t.elapsed());
    let t = Instant::now();
    let _ = factlint::temporal::direction_at("The leaders will meet on Monday", 20);
    println!("tense first call {:?}", t.elapsed());
    let t = Instant::now();
    let lex = factlint::lexicon::Lexicon::defaults();
    println!("lexicon {:?}", t.elapsed());
    let t = Instant::now();
    let idx = factlint::claims::entities::EntityIndex::new(&lex);
    println!("entity index {:?}", t.elapsed());
    let t = Instant::now();
    let _ = factlint::claims::entities::ArticlePeople::learn(
        "Kremlin spokesman Dmitry Peskov said. John Smith came.",
        &idx,
    );
    println!("people first call {:?}", t.elapsed());
    let t = Instant::now();
    let _ = factlint::quantity::find_quantities("some 400,000 people and 2.3 million", &lex.hedges);
    println!("quantity first call {:?}", t.elapsed());
    let t = Instant::now();
    let _ = factlint::rules::RuleSet::defaults();
    println!("rules {:?}", t.elapsed());
}
