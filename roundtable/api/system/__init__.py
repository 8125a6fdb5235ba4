"""The operations tagged `system`: one module each (`build_request`, `OPERATION`)."""
