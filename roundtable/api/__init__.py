"""The low-level layer, generated from openapi.yaml: one module per operation, each with
`_get_kwargs(...)` (the request) and `_parse_response(...)` (the answer's model).

The public surface is `roundtable.RoundTableClient` and `roundtable.SyncRoundTableClient`;
to run an operation the client has no method for yet, pass its module to `client.call()`
(same authentication, retries and typed errors as every method). The module-level
`sync`/`asyncio` functions here and `roundtable.client.Client` are the generator's own
plain transport: no retries, no envelope unwrapping, and `roundtable.errors` in place of
`roundtable.exceptions`.
"""
