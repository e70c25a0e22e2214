//! factlint
pub mod claims;
pub mod lexicon;
pub mod quantity;
pub mod segment;
pub mod source;
pub mod temporal;
