//! One integration-test binary (as ripgrep does): the CLI end to end.

mod integration {
    pub mod bad_input;
    pub mod command_line;
    pub mod fixtures;
    pub mod ignore_files;
    pub mod progress;
    pub mod results;
    pub mod seeds;
    pub mod special_paths;
    pub mod stories;
    pub mod unseen;
    pub mod unseen3;
    pub mod unseen4;
    pub mod util;
}
