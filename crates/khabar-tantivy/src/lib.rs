//! Arabic tokenizer for tantivy. (To be written by the corpus-engine work.)
