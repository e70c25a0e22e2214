//! User-defined claim extractors: a regex from a rule file's `[extractor]`
//! table, with named groups `value` (required), `subject` and `unit`.
//!
//! Patterns use the regex crate (linear time) and are compiled with a size
//! limit, so a rule file cannot make factlint slow or exhaust memory.

use super::text::{content_stems, tense_at};
use super::{Claim, ClaimKind, Context, Doc, Extractor, Subject, Value};
use crate::temporal;
use regex::{Regex, RegexBuilder};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// Compiled patterns larger than this (bytes) are refused.
pub const SIZE_LIMIT: usize = 1 << 20;

/// The `[extractor]` table of a rule file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ExtractorSpec {
    /// The regex, with a named group `value` and optionally `subject` and `unit`.
    pub pattern: toml::Spanned<String>,
    /// The subject class of the claims (defaults to the rule id).
    #[serde(default)]
    pub class: Option<String>,
    /// Match letters regardless of case.
    #[serde(default)]
    pub case_insensitive: bool,
    /// The compiled pattern (set by the loader).
    #[serde(skip)]
    pub compiled: Option<Regex>,
}

/// Why a pattern cannot be used: message, span in the TOML, help.
pub type PatternError = (String, Range<usize>, Option<String>);

impl ExtractorSpec {
    /// Compiles the pattern for claims of `kind`.
    pub fn compile(&mut self, kind: ClaimKind) -> Result<(), PatternError> {
        let span = self.pattern.span();
        if !matches!(
            kind,
            ClaimKind::Quantity | ClaimKind::Date | ClaimKind::Location
        ) {
            return Err((
                format!(
                    "user extractors make quantity, date or location claims, not {} claims",
                    kind.as_str()
                ),
                span,
                Some("change the rule's `kind`".into()),
            ));
        }
        let re = RegexBuilder::new(self.pattern.get_ref())
            .case_insensitive(self.case_insensitive)
            .size_limit(SIZE_LIMIT)
            .build()
            .map_err(|e| {
                let (msg, help) = match e {
                    regex::Error::CompiledTooBig(n) => (
                        format!("the pattern compiles to more than {n} bytes"),
                        Some("simplify it: fewer alternatives, smaller repetition counts".into()),
                    ),
                    regex::Error::Syntax(s) => (
                        format!("invalid regex:\n{}", s.trim_end()),
                        Some("patterns use the Rust regex syntax: https://docs.rs/regex/latest/regex/#syntax".into()),
                    ),
                    other => (format!("invalid regex: {other}"), None),
                };
                (msg, span.clone(), help)
            })?;
        if !re.capture_names().any(|n| n == Some("value")) {
            return Err((
                "the pattern has no named group `value`".into(),
                span,
                Some("name the group that carries the value: `(?P<value>[0-9][0-9,]*)`".into()),
            ));
        }
        if let Some(bad) = re
            .capture_names()
            .flatten()
            .find(|n| !["value", "subject", "unit"].contains(n))
        {
            return Err((
                format!("unknown group name `{bad}`"),
                span,
                Some("named groups are `value`, `subject` and `unit`".into()),
            ));
        }
        self.compiled = Some(re);
        Ok(())
    }
}

/// An extractor running one user pattern over every sentence.
pub struct RegexExtractor {
    kind: ClaimKind,
    class: String,
    regex: Regex,
}

impl RegexExtractor {
    /// Builds the extractor from a compiled spec (`None` if not compiled).
    pub fn new(kind: ClaimKind, class: String, spec: &ExtractorSpec) -> Option<RegexExtractor> {
        Some(RegexExtractor {
            kind,
            class,
            regex: spec.compiled.clone()?,
        })
    }
}

/// Reads `400,000`, `400 000`, `2.3 million`, `1.5bn` as a number.
pub fn parse_number(text: &str) -> Option<f64> {
    let lower = text.trim().to_lowercase();
    let scales = [
        ("billion", 1e9),
        ("bn", 1e9),
        ("million", 1e6),
        ("m", 1e6),
        ("thousand", 1e3),
        ("k", 1e3),
    ];
    let (digits, scale) = scales
        .iter()
        .find_map(|(w, f)| {
            let rest = lower.strip_suffix(w)?;
            rest.ends_with(|c: char| c.is_ascii_digit() || c == ' ')
                .then_some((rest, *f))
        })
        .unwrap_or((lower.as_str(), 1.0));
    let cleaned: String = digits
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '\u{a0}' | '\u{202f}' | '_' | '\''))
        .collect();
    cleaned.parse::<f64>().ok().map(|v| v * scale)
}

impl Extractor for RegexExtractor {
    fn kind(&self) -> ClaimKind {
        self.kind
    }

    fn extract(&self, doc: &Doc, ctx: &Context, out: &mut Vec<Claim>) {
        for (i, s) in doc.seg.sentences.iter().enumerate() {
            let sentence = doc.sentence_text(i);
            for caps in self.regex.captures_iter(sentence) {
                let Some(vm) = caps.name("value") else {
                    continue;
                };
                let unit = caps.name("unit").map(|m| m.as_str().to_lowercase());
                let subject = caps
                    .name("subject")
                    .map(|m| m.as_str().trim().to_lowercase());
                let mut evidence = format!("user pattern for {}", self.class);
                let value = match self.kind {
                    ClaimKind::Quantity => {
                        let Some(v) = parse_number(vm.as_str()) else {
                            continue;
                        };
                        let before = sentence[..vm.start()].to_lowercase();
                        let before = before.trim_end();
                        let hedge = ctx.lexicon.hedges.iter().find(|h| {
                            before.ends_with(&h.phrase)
                                && before[..before.len() - h.phrase.len()]
                                    .chars()
                                    .next_back()
                                    .is_none_or(|c| !c.is_alphanumeric())
                        });
                        if let Some(h) = hedge {
                            evidence.push_str(&format!(", hedged by \"{}\"", h.phrase));
                        }
                        let written = crate::quantity::Written::of(vm.as_str(), v);
                        let (lo, hi, reading) = crate::quantity::ReadingSettings::defaults()
                            .interval((v, v), &written, hedge);
                        Value::Quantity {
                            value: v,
                            lo,
                            hi,
                            unit: unit.as_deref().map(super::Sym::from),
                            reading,
                            revised: crate::quantity::Revision::None,
                        }
                    }
                    ClaimKind::Date => {
                        let written = vm.as_str().to_string();
                        let resolved = temporal::find_date_expressions(&written)
                            .into_iter()
                            .find_map(|d| {
                                temporal::resolve(
                                    &d.form,
                                    doc.anchor,
                                    temporal::direction_at(sentence, vm.start()),
                                )
                            });
                        Value::Date { written, resolved }
                    }
                    ClaimKind::Location => {
                        let found = ctx.entities.find(vm.as_str());
                        let place = found
                            .first()
                            .map_or_else(|| vm.as_str().trim().to_string(), |m| m.name.clone());
                        let country = ctx
                            .entities
                            .country_of_place(&place)
                            .map(str::to_string)
                            .or_else(|| found.first().and_then(|m| m.country.clone()));
                        Value::Location {
                            place: place.into(),
                            country: country.map(Into::into),
                            geo: None,
                            offset: None,
                        }
                    }
                    ClaimKind::Ordinal | ClaimKind::Quote | ClaimKind::Role | ClaimKind::Result => {
                        continue
                    }
                };
                // Claims about different subjects never align: the subject is part of the class.
                let class = match &subject {
                    Some(sub) if !sub.is_empty() => format!("{}: {sub}", self.class),
                    _ => self.class.clone(),
                };
                let mut context = content_stems(sentence);
                if let Some(u) = unit.as_deref() {
                    context = context.without(u);
                }
                out.push(Claim {
                    source: doc.source.id,
                    kind: self.kind,
                    subject: Subject {
                        key: class.as_str().into(),
                        class: class.as_str().into(),
                        participants: doc.participants(i, s.span.clone()).into(),
                        tense: tense_at(sentence, vm.start()),
                        event_date: None,
                        context,
                        counted: None,
                    },
                    value,
                    span: s.span.start + vm.start()..s.span.start + vm.end(),
                    sentence: s.span.clone(),
                    confidence: 0.8,
                    evidence: evidence.into(),
                });
            }
        }
    }
}

/// Whether a claim's subject class belongs to `class` (exactly, or with a subject).
pub fn class_matches(claim_class: &str, class: &str) -> bool {
    claim_class == class
        || claim_class
            .strip_prefix(class)
            .is_some_and(|r| r.starts_with(": "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_parse() {
        assert_eq!(parse_number("400,000"), Some(400_000.0));
        assert_eq!(parse_number("400 000"), Some(400_000.0));
        assert_eq!(parse_number("2.3 million"), Some(2_300_000.0));
        assert_eq!(parse_number("12"), Some(12.0));
        assert_eq!(parse_number("many"), None);
    }

    #[test]
    fn patterns_compile_or_explain() {
        let spec = |p: &str| ExtractorSpec {
            pattern: toml::Spanned::new(0..1, p.to_string()),
            class: None,
            case_insensitive: false,
            compiled: None,
        };
        assert!(spec(r"killed (?P<value>\d+)")
            .compile(ClaimKind::Quantity)
            .is_ok());
        let e = spec(r"killed (?P<value>\d+")
            .compile(ClaimKind::Quantity)
            .unwrap_err();
        assert!(e.0.contains("invalid regex"), "{}", e.0);
        let e = spec(r"killed (\d+)")
            .compile(ClaimKind::Quantity)
            .unwrap_err();
        assert!(e.0.contains("`value`"), "{}", e.0);
        let e = spec(r"(?P<value>\w{1000}){1000}")
            .compile(ClaimKind::Quantity)
            .unwrap_err();
        assert!(e.0.contains("more than"), "{}", e.0);
        let e = spec(r"(?P<value>x)").compile(ClaimKind::Quote).unwrap_err();
        assert!(e.0.contains("quote"), "{}", e.0);
    }
}
