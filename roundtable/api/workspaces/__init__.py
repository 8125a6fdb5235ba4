"""The operations tagged `workspaces`: one module each (`build_request`, `OPERATION`)."""
