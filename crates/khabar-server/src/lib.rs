//! HTTP API and web UI. (To be written by the server work.)
