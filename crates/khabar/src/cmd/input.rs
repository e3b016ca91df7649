//! Reading documents from files, stdin and JSON Lines with precise errors. (To be written.)
