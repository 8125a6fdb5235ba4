"""The resources of `RoundTableClient`: one module per tag of the contract."""
