"""The resources of `SyncRoundTableClient`: one module per tag of the contract."""
