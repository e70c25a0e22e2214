//! factlint: checks whether several sources tell the same story.
//!
//! The pipeline runs in one direction, one module per stage, with plain
//! data between them: [`source`] → [`segment`] → [`claims`] → [`align`] →
//! [`rules`] → [`findings`] → [`report`]. [`pipeline::analyze`] runs it.

pub mod align;
pub mod baseline;
pub mod claims;
pub mod cli;
pub mod config;
pub mod eval;
pub mod exchange;
pub mod findings;
pub mod gate;
pub mod gazetteer;
pub mod lexical;
pub mod lexicon;
pub(crate) mod memo;
pub(crate) mod pattern;
pub mod pipeline;
pub mod progress;
pub mod quantity;
pub mod report;
pub mod review;
pub mod rules;
pub mod segment;
pub mod source;
pub mod suppress;
pub mod temporal;
pub mod word_filter;
