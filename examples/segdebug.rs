fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let lex = factlint::lexicon::Lexicon::defaults();
    let seg = factlint::segment::segment(
        &text,
        0,
        &factlint::segment::Abbreviations::new(&lex.abbreviations),
    );
    for s in &seg.sentences {
        println!("[{}] {}", s.paragraph, &text[s.span.clone()]);
    }
}
