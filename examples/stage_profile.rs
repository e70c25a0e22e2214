//! Times Doc preparation and each built-in extractor on one thread over a
//! folder of articles (a developer tool for the performance work).
use factlint::claims::entities::EntityIndex;
use factlint::claims::{default_extractors, Context, Doc};
use factlint::lexicon::Lexicon;
use factlint::segment::{segment, Abbreviations};
use std::time::{Duration, Instant};

fn main() {
    let dir = std::env::args().nth(1).expect("folder");
    let lex = Lexicon::defaults();
    let loaded = factlint::source::load_paths(&[dir.into()], &lex);
    let index = EntityIndex::new(&lex);
    let ctx = Context::new(&lex, &index);
    let abbr = Abbreviations::new(&lex.abbreviations);
    let extractors = default_extractors();
    let mut t_seg = Duration::ZERO;
    let mut t_find = Duration::ZERO;
    let mut t_doc = Duration::ZERO;
    let mut t_ext = vec![Duration::ZERO; extractors.len()];
    let mut claims = 0;
    let mut t_q = Duration::ZERO;
    let mut t_tense = Duration::ZERO;
    let mut t_dates = Duration::ZERO;
    let mut t_people = Duration::ZERO;
    for s in &loaded.sources {
        let t = Instant::now();
        let seg = segment(&s.text, s.body_start, &abbr);
        t_seg += t.elapsed();
        let t = Instant::now();
        let known = index.find(&s.text[s.body_start..]);
        t_find += t.elapsed();
        let t = Instant::now();
        let doc = Doc::new(s, &seg, s.meta.published, &ctx, &known);
        t_doc += t.elapsed();
        let t = Instant::now();
        for sen in &seg.sentences {
            let n =
                factlint::quantity::find_quantities(&s.text[sen.span.clone()], &lex.hedges).len();
            std::hint::black_box(n);
        }
        t_q += t.elapsed();
        let t = Instant::now();
        for (i, sen) in seg.sentences.iter().enumerate() {
            let txt = &s.text[sen.span.clone()];
            for w in [0, txt.len() / 2] {
                std::hint::black_box(factlint::claims::text::tense_at(txt, w));
            }
            std::hint::black_box(doc.participants(i, sen.span.clone()));
        }
        t_tense += t.elapsed();
        let t = Instant::now();
        for sen in &seg.sentences {
            std::hint::black_box(factlint::temporal::find_date_expressions(
                &s.text[sen.span.clone()],
            ));
        }
        t_dates += t.elapsed();
        let t = Instant::now();
        std::hint::black_box(factlint::claims::entities::ArticlePeople::learn_with(
            &s.text[s.body_start..],
            &known,
        ));
        t_people += t.elapsed();
        for (k, e) in extractors.iter().enumerate() {
            let t = Instant::now();
            let mut out = Vec::new();
            e.extract(&doc, &ctx, &mut out);
            t_ext[k] += t.elapsed();
            claims += out.len();
        }
    }
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("{} sources, {claims} claims", loaded.sources.len());
    println!("segment   {:8.1} ms", ms(t_seg));
    println!("mentions  {:8.1} ms", ms(t_find));
    println!("doc       {:8.1} ms", ms(t_doc));
    println!("find_quantities {:8.1} ms", ms(t_q));
    println!("find_date_expressions {:8.1} ms", ms(t_dates));
    println!("people.learn {:8.1} ms", ms(t_people));
    println!("2 tense + participants per sentence {:8.1} ms", ms(t_tense));
    for (k, e) in extractors.iter().enumerate() {
        println!("{:<9} {:8.1} ms", e.kind().as_str(), ms(t_ext[k]));
    }
}
