"""The TOML files a coordinator writes: agencies and directives, validated into specs."""
