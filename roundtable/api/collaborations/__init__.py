"""The operations tagged `collaborations`: one module each (`build_request`, `OPERATION`)."""
