"""The operations tagged `sandboxes`: one module each (`build_request`, `OPERATION`)."""
