"""The operations tagged `messages`: one module each (`build_request`, `OPERATION`)."""
