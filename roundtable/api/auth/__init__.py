"""The operations tagged `auth`: one module each (`build_request`, `OPERATION`)."""
