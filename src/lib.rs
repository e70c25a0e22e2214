//! factlint
pub mod lexicon;
pub mod quantity;
pub mod temporal;
