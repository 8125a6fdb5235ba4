"""Rebuild roundtable/ from openapi.yaml, then lay custom/ over it.

Byte-for-byte reproducible: the generator and ruff are pinned (pyproject.toml), the
output is generated into an empty folder (``--overwrite`` would leave stale files),
and custom/ is copied, not reformatted.

It refuses to overwrite a hand edit: a file of roundtable/ that is neither as committed
nor as the last generation here left it (recorded in the git directory) was changed by
hand, and would be lost. Move such an edit into custom/ or openapi.yaml; ``--force``
discards it.
"""

from __future__ import annotations

import argparse
import ast
import copy
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import spec_changes

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "roundtable"
CUSTOM = ROOT / "custom"
SPEC = ROOT / "openapi.yaml"
# The project's own templates, where the generator's defaults do not fit (see each file).
TEMPLATES = ROOT / "templates"
# The reference server validates requests against the contract; it ships the spec as
# JSON so that running it needs no YAML parser.
SPEC_COPY = Path("testing") / "openapi.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=PACKAGE, help="default: roundtable/")
    parser.add_argument("--force", action="store_true", help="overwrite hand edits")
    parser.add_argument("--spec", type=Path, default=SPEC, help="default: openapi.yaml")
    parser.add_argument("--custom", type=Path, default=CUSTOM, help="default: custom/")
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; fail when --output is not what generation makes",
    )
    args = parser.parse_args()
    # The project's own spec and package: what users of this SDK will see change.
    own = args.spec.resolve() == SPEC and args.output.resolve() == PACKAGE
    found = spec_changes_since_commit(SPEC) if own else None
    if args.check:
        if not accepted(found):
            sys.exit(1)
        sys.exit(check(args.output, args.spec.resolve(), args.custom.resolve()))
    manifest = _manifest_path() if args.output.resolve() == PACKAGE else None
    if manifest is not None and not args.force:
        edited = hand_edits(args.output, manifest)
        if edited:
            sys.exit(
                "roundtable/ is generated, and these files of it were changed by hand:\n  "
                + "\n  ".join(edited)
                + "\nMove the change into custom/ (or openapi.yaml) and run `make generate`; "
                "`python scripts/generate.py --force` discards it."
            )
    generate(args.output, args.spec.resolve(), args.custom.resolve())
    if manifest is not None:
        manifest.write_text(json.dumps(_blobs(args.output), indent=0, sort_keys=True))
    if own:
        SYNC_QUICKSTART.write_text(sync_quickstart(), encoding="utf-8")
    if found is not None:
        print(spec_changes.report(found))
        record_in_changelog(found)
        accepted(found)  # says now what check-generated will refuse


CHANGELOG = ROOT / "CHANGELOG.md"
VERSION = ROOT / "custom" / "_version.py"


def spec_changes_since_commit(spec_path: Path) -> list[spec_changes.Change] | None:
    """What `spec_path` changes from the committed openapi.yaml (None outside git)."""
    committed = _git("show", "HEAD:openapi.yaml")
    if committed is None:
        return None
    old = spec_changes.load_spec(committed)
    new = spec_changes.load_spec(spec_path.read_text(encoding="utf-8"))
    return spec_changes.changes(old, new)


def accepted(found: list[spec_changes.Change] | None) -> bool:
    """False, saying why, when a breaking change is neither acknowledged in the CHANGELOG
    nor covered by a version bump."""
    if not found:
        return True
    committed_version = _version_of(_git("show", "HEAD:custom/_version.py") or "")
    missing = spec_changes.unacknowledged(
        found,
        CHANGELOG.read_text(encoding="utf-8"),
        committed_version,
        _version_of(VERSION.read_text(encoding="utf-8")),
    )
    if missing:
        print(
            "openapi.yaml breaks code that works today, and nothing says so:\n  "
            + "\n  ".join(str(change) for change in missing)
            + "\nName each under `### Breaking` in CHANGELOG.md's Unreleased section (e.g. "
            f"- {missing[0]}), or bump the major version in custom/_version.py.",
            file=sys.stderr,
        )
        return False
    return True


def record_in_changelog(found: list[spec_changes.Change]) -> None:
    """Write the report into the CHANGELOG's Unreleased section; with no change since the
    commit, put back what the committed CHANGELOG had there."""
    text = CHANGELOG.read_text(encoding="utf-8")
    if found:
        updated = spec_changes.with_report(text, spec_changes.report(found))
    else:
        committed = _git("show", "HEAD:CHANGELOG.md") or ""
        updated = _block_from(committed, text)
    if updated != text:
        CHANGELOG.write_text(updated, encoding="utf-8")


def _block_from(committed: str, text: str) -> str:
    """`text` with its report block as in `committed` (none, if that had none)."""
    pattern = re.escape(spec_changes.START) + ".*?" + re.escape(spec_changes.END)
    kept = re.search(pattern, committed, flags=re.S)
    if re.search(pattern, text, flags=re.S) is None:
        return text
    return re.sub(
        r"\n?" + pattern + r"\n?",
        lambda _: f"\n{kept.group(0)}\n" if kept else "",
        text,
        flags=re.S,
    )


def _version_of(source: str) -> str:
    found = re.search(r"__version__\s*=\s*['\"]([^'\"]+)", source)
    return found.group(1) if found else "0.0.0"


def check(package: Path, spec_path: Path = SPEC, custom: Path = CUSTOM) -> int:
    """0 when `package` is byte for byte what generation makes now; else 1, naming each
    file that differs. It compares with the working tree, not with git: right after
    `make generate` the check passes, and on a clean clone it checks what was committed."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / package.name
        generate(fresh, spec_path, custom)
        made, present = _files(fresh), _files(package)
    differing = sorted(
        [f"{name} (missing)" for name in made.keys() - present.keys()]
        + [f"{name} (not generated)" for name in present.keys() - made.keys()]
        + [name for name in made.keys() & present.keys() if made[name] != present[name]]
    )
    if not differing:
        print(f"{package.name}/ is what openapi.yaml + templates/ + custom/ make")
        return 0
    shown = package.relative_to(ROOT) if package.is_relative_to(ROOT) else package
    print(
        f"{shown}/ is not what openapi.yaml + templates/ + custom/ make:\n  "
        + "\n  ".join(differing)
        + "\nRun `make generate` (an edit made by hand there belongs in custom/ or "
        "openapi.yaml, and generation would lose it).",
        file=sys.stderr,
    )
    return 1


def _files(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def generate(package: Path, spec_path: Path = SPEC, custom: Path = CUSTOM) -> None:
    bin_dir = Path(sys.executable).parent
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    spec = spec_changes.load_spec(spec_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "roundtable"
        generator_spec = Path(tmp) / "openapi.json"
        generator_spec.write_text(json.dumps(with_explicit_security(spec)), encoding="utf-8")
        subprocess.run(
            [
                str(bin_dir / "openapi-python-client"),
                "generate",
                "--path",
                str(generator_spec),
                "--config",
                str(ROOT / "generator-config.yaml"),
                "--output-path",
                str(out),
                "--meta",
                "none",
                "--fail-on-warning",
                "--custom-template-path",
                str(TEMPLATES),
            ],
            check=True,
            env=env,
            cwd=tmp,
        )
        without_unused_output(out)
        shutil.copytree(custom, out, dirs_exist_ok=True, ignore=_ignore_caches)
        stale = stale_custom_code(out)
        if stale:
            sys.exit(
                "openapi.yaml no longer has what custom/ relies on:\n  "
                + "\n  ".join(stale)
                + "\nChange custom/ to match (or the spec back); nothing was written."
            )
        derive_raw_twins(out / "resources")
        derive_sync_client(out)
        write_params(out / "params.py", spec)
        _ruff("format", str(out / "params.py"))
        (out / SPEC_COPY).write_text(
            json.dumps(spec, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        # A host project's ruff leaves a vendored copy alone: it is linted where it is made.
        (out / "ruff.toml").write_text(HOST_RUFF_CONFIG, encoding="utf-8")
        write_provenance(out, spec_path.read_bytes(), spec)
        shutil.rmtree(package, ignore_errors=True)
        shutil.copytree(out, package, ignore=_ignore_caches)


def stale_custom_code(package: Path) -> list[str]:
    """What the handwritten code laid over `package` uses that generation no longer made:
    an operation a facade method sends (which would make its whole resource fail to
    import), or a model field a derived mixin reads (declared for type checkers only, so a
    rename would pass `mypy` and fail at run time)."""
    registry = ast.parse((package / "api" / "__init__.py").read_text(encoding="utf-8"))
    operations = {
        alias.asname or alias.name
        for node in registry.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    found = []
    for source in sorted([package / "_client.py", *(package / "resources").glob("*.py")]):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        imported = {
            alias.asname or alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level and node.module == "api"
            for alias in node.names
        }
        for missing in sorted(imported - operations):
            users = _functions_using(tree, missing) or ["(imported)"]
            where = f"custom/{source.relative_to(package).as_posix()}"
            found.append(f"{where}: {', '.join(users)} sends {missing}, an operation no more")
    found += _stale_mixin_fields(package / "models")
    return found


def _functions_using(tree: ast.Module, name: str) -> list[str]:
    users = []
    for cls in [node for node in tree.body if isinstance(node, ast.ClassDef)] + [tree]:
        for function in getattr(cls, "body", []):
            if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) and any(
                isinstance(node, ast.Name) and node.id == name for node in ast.walk(function)
            ):
                owner = f"{cls.name}." if isinstance(cls, ast.ClassDef) else ""
                users.append(f"{owner}{function.name}")
    return users


def _stale_mixin_fields(models: Path) -> list[str]:
    derived = ast.parse((models / "_derived.py").read_text(encoding="utf-8"))
    fields = _model_fields(models)
    found = []
    for mixin in [node for node in derived.body if isinstance(node, ast.ClassDef)]:
        model = mixin.name.removesuffix("Derived")
        declared = [
            target.target.id
            for block in mixin.body
            if isinstance(block, ast.If) and ast.unparse(block.test) == "TYPE_CHECKING"
            for target in block.body
            if isinstance(target, ast.AnnAssign) and isinstance(target.target, ast.Name)
        ]
        if model not in fields:
            found.append(f"custom/models/_derived.py: {mixin.name} is for {model}, a model no more")
            continue
        for name in declared:
            if name not in fields[model]:
                found.append(
                    f"custom/models/_derived.py: {mixin.name} reads {model}.{name}, a field no "
                    "more (renamed or removed)"
                )
    return found


def _model_fields(models: Path) -> dict[str, set[str]]:
    """Each generated model's fields, by class name."""
    fields = {}
    for source in models.glob("*.py"):
        if source.name.startswith("_"):
            continue
        for node in ast.parse(source.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                fields[node.name] = {
                    item.target.id
                    for item in node.body
                    if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
                }
    return fields


PARAMS_HEADER = '''"""The dict forms of the request models, for a type checker:
`agent_config={...}`, `settings={...}` and the like are checked key by key (a typo is an
error under mypy, and at run time an `InvalidRequestError` naming the closest key).
Generated from openapi.yaml.
"""

from __future__ import annotations

from typing import Any, Required, TypedDict

'''


def write_params(path: Path, spec: dict[str, Any]) -> None:
    """A TypedDict `<Model>Param` per object model a request body uses."""
    schemas = spec.get("components", {}).get("schemas", {})
    names = sorted(
        name
        for name in spec_changes.request_schemas(spec)
        if schemas.get(name, {}).get("properties")
    )
    classes = []
    for name in names:
        schema = schemas[name]
        required = set(schema.get("required", []))
        lines = [
            f"class {name}Param(TypedDict, total=False):",
            f'    """`{name}` as a dict; see `roundtable.models.{name}`."""',
            "",
        ]
        for field, field_schema in schema["properties"].items():
            kind = _param_type(field_schema, schemas)
            lines.append(f"    {field}: {f'Required[{kind}]' if field in required else kind}")
        classes.append("\n".join(lines))
    path.write_text(PARAMS_HEADER + "\n\n" + "\n\n\n".join(classes) + "\n", encoding="utf-8")


def _param_type(schema: dict[str, Any], schemas: dict[str, Any]) -> str:
    """The Python type a dict value of `schema` has."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        target = schemas.get(name, {})
        if target.get("properties"):
            return f"{name}Param"
        return _param_type(target, schemas) if "$ref" not in target else "Any"
    for key in ("anyOf", "oneOf"):
        if key in schema:
            kinds = [_param_type(branch, schemas) for branch in schema[key]]
            return " | ".join(dict.fromkeys(kinds))
    simple = {
        "string": "str",
        "integer": "int",
        "number": "float",
        "boolean": "bool",
        "null": "None",
    }
    kind = schema.get("type")
    if isinstance(kind, list):
        return " | ".join(simple.get(k, "Any") for k in kind)
    if kind == "array":
        return f"list[{_param_type(schema.get('items', {}), schemas)}]"
    if kind == "object":
        return "dict[str, Any]"
    return simple.get(kind, "Any") if isinstance(kind, str) else "Any"


PROVENANCE = "_provenance.json"
HOST_RUFF_CONFIG = """\
# Generated by roundtable-sdk's `make generate`, and checked there (ruff, mypy --strict):
# a project that vendors this folder lints its own code, not this copy.
[lint]
ignore = ["ALL"]

[format]
exclude = ["*"]
"""


def write_provenance(package: Path, spec_bytes: bytes, spec: dict[str, Any]) -> None:
    """Record in the package the spec it was made from and each file's hash, so that a
    user (or a vendored copy's owner) can print the one and check the other
    (`python -m roundtable`)."""
    files = {
        path.relative_to(package).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(package.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts and path.name != PROVENANCE
    }
    record = {
        "spec_sha256": hashlib.sha256(spec_bytes).hexdigest(),
        "spec_version": str(spec.get("info", {}).get("version", "")),
        "files": files,
    }
    (package / PROVENANCE).write_text(json.dumps(record, indent=1, sort_keys=True) + "\n")


def with_explicit_security(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with every operation's `security` written out. The generator tells only
    whether an operation's own `security` is empty, so one that inherits the document's
    would read as needing no token."""
    inherited = spec.get("security", [])
    spec = copy.deepcopy(spec)
    for path_item in spec.get("paths", {}).values():
        for method, operation in path_item.items():
            if method in HTTP_METHODS and "security" not in operation:
                operation["security"] = inherited
    return spec


HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
# What the generator writes and the SDK does not use: its own plain client and errors
# (the SDK sends through RoundTableClient and raises roundtable.exceptions).
UNUSED_GENERATED = ["client.py", "errors.py"]


def without_unused_output(package: Path) -> None:
    """Remove the generator's files that nothing uses, and the modules a template rendered
    empty (success envelopes: the SDK hands over their `data`)."""
    for name in UNUSED_GENERATED:
        (package / name).unlink()
    for module in package.rglob("*.py"):
        if not module.read_text(encoding="utf-8").strip():
            module.unlink()


def derive_raw_twins(resources: Path) -> None:
    """Give each resource class its raw twin, `<Name>WithRawResponse`: the same one-request
    methods, with the same parameters, each typed to answer the `RawResponse` of its result
    (what the resource answers at run time over a raw requester). The resource is declared
    `Resource[<its twin>]`, so `with_raw_response` has that type. Derived, like the sync
    client: a method added to a resource has its raw twin at the next `make generate`."""
    base = ast.parse((resources / "_base.py").read_text(encoding="utf-8"))
    constants = {
        target.id: node.value
        for node in base.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    suffix = ast.literal_eval(constants["RAW_TWIN_SUFFIX"])
    not_one_request = constants["NOT_ONE_REQUEST"]
    assert isinstance(not_one_request, ast.Call)  # frozenset({...})
    skipped = set(ast.literal_eval(not_one_request.args[0]))
    derived = []
    for module in sorted(resources.glob("[!_]*.py")):
        source = module.read_text(encoding="utf-8")
        twins = []
        for node in ast.parse(source).body:
            if not isinstance(node, ast.ClassDef) or "Resource" not in map(ast.unparse, node.bases):
                continue
            twin = node.name + suffix
            source = source.replace(
                f"class {node.name}(Resource):", f'class {node.name}(Resource["{twin}"]):', 1
            )
            methods = [
                member
                for member in node.body
                if isinstance(member, ast.AsyncFunctionDef)
                and not member.name.startswith("_")
                and member.name not in skipped
            ]
            twins.append(_raw_twin(node.name, twin, methods))
        if twins:
            imports = (
                "from collections.abc import Awaitable, Callable  # noqa: E402\n"
                "from typing import cast  # noqa: E402\n\n"
                "from .._raw import RawResponse  # noqa: E402\n"
            )
            module.write_text(source + "\n\n" + imports + "\n\n".join(twins), encoding="utf-8")
            derived.append(str(module))
    if derived:
        _ruff("format", *derived)


def _raw_twin(resource: str, twin: str, methods: list[ast.AsyncFunctionDef]) -> str:
    lines = [
        f"class {twin}:",
        f'    """`{resource}`\'s methods, each answering with the `RawResponse` of its result."""',
        "",
        '    __slots__ = ("_resource",)',
        "",
        f"    def __init__(self, resource: {resource}) -> None:",
        "        self._resource = resource",
    ]
    for method in methods:
        arguments = method.args
        forwarded = [f"{a.arg}={a.arg}" for a in arguments.args[1:] + arguments.kwonlyargs]
        if arguments.vararg is not None:
            forwarded.append(f"*{arguments.vararg.arg}")
        if arguments.kwarg is not None:
            forwarded.append(f"**{arguments.kwarg.arg}")
        result = f"RawResponse[{ast.unparse(method.returns) if method.returns else 'Any'}]"
        lines += [
            "",
            f"    async def {method.name}({ast.unparse(arguments)}) -> {result}:",
            f'        """`{resource}.{method.name}`, answering with its `RawResponse`."""',
            # Through an untyped callable: a method that returns None has no value to cast.
            f"        method: Callable[..., Awaitable[object]] = self._resource.{method.name}",
            f"        answer = await method({', '.join(forwarded)})",
            f'        return cast("{result}", answer)',
        ]
    return "\n".join(lines) + "\n"


# The async modules the sync client is derived from, token by token (unasync, as httpcore
# does): `async`/`await` go, and these names become their sync counterparts.
SYNC_SOURCES = [
    "_client.py",
    "_sending.py",
    "_pool.py",
    "_auth.py",
    "_reading.py",
    "_watch.py",
    "resources/",
]
SYNC_NAMES = {
    "RoundTableClient": "SyncRoundTableClient",
    "AsyncClient": "Client",
    "AsyncBaseTransport": "BaseTransport",
    "AsyncHTTPTransport": "HTTPTransport",
    "aclose": "close",
    "aiter_raw": "iter_raw",
    "aiter_bytes": "iter_bytes",
    "handle_async_request": "handle_request",
    "BoundAsyncStream": "BoundSyncStream",
    "AsyncByteStream": "SyncByteStream",
    "_client": "_sync_client",
    "_sending": "_sync_sending",
    "_pool": "_sync_pool",
    "_auth": "_sync_auth",
    "_reading": "_sync_reading",
    "_exchange": "_sync_exchange",
    "_concurrency": "_sync_concurrency",
    "_watch": "_sync_watch",
    "resources": "_sync_resources",
}
# Words of docstrings and comments, which unasync leaves alone; and httpx's own `_client`
# module, which the renaming of ours would otherwise take.
SYNC_TEXT_EDITS = [
    ("httpx._sync_client", "httpx._client"),
    ("An async client", "A synchronous client"),
    ("async with ", "with "),
    ("`async with`", "`with`"),
    ("`async for`", "`for`"),
    ("share between tasks", "share between threads"),
    ("async for ", "for "),
    ("await ", ""),
    ("asyncio.sleep", "time.sleep"),
    # A thread cannot be cancelled: the waiters' promise is the async client's alone.
    ("Polls at once; cancellable at any time.", "Polls at once."),
    ("bounded by a deadline and cancellable at any poll.", "bounded by a deadline."),
]
# unasync renames names in code only; in prose (and examples) the client is named as well.
ASYNC_CLIENT_IN_PROSE = re.compile(r"(?<!Sync)\bRoundTableClient\b")


def derive_sync_client(package: Path) -> None:
    """Write `_sync_client.py` and the rest from their async sources in `package`."""
    import unasync

    def sync_name(source: str) -> str:
        return "_sync" + source if source.startswith("_") else "_sync_" + source

    rules = [
        unasync.Rule(f"/{source}", f"/{sync_name(source)}", additional_replacements=SYNC_NAMES)
        for source in SYNC_SOURCES
    ]
    sources = [path for source in SYNC_SOURCES for path in _python_files(package / source)]
    unasync.unasync_files([str(path) for path in sources], rules)
    derived = [package / sync_name(source) for source in SYNC_SOURCES]
    for path in [path for target in derived for path in _python_files(target)]:
        text = _without_awaitable(path.read_text(encoding="utf-8"))
        for old, new in SYNC_TEXT_EDITS:
            text = text.replace(old, new)
        text = ASYNC_CLIENT_IN_PROSE.sub("SyncRoundTableClient", text)
        path.write_text(text, encoding="utf-8")
    targets = [str(path) for path in derived]
    # Imports that only the async side needs (Awaitable, ...) go; the layout is ruff's.
    _ruff("check", "--select", "F401,I001", "--fix", *targets)
    _ruff("format", *targets)


QUICKSTART = ROOT / "examples" / "quickstart.py"
SYNC_QUICKSTART = ROOT / "examples" / "quickstart_sync.py"
# What differs in the sync quick-start besides the code unasync turns: its docstring's
# first line, and how it is run.
SYNC_QUICKSTART_EDITS = [
    (
        '"""The Python quick-start, run for real: its Complete Example, then every other section.',
        '"""The Python quick-start written synchronously (`SyncRoundTableClient`), run for real\n'
        "(derived from examples/quickstart.py by `make generate`): its Complete Example, then\n"
        "every other section, with the same output.",
    ),
    ("import asyncio\n\n", ""),
    ("asyncio.run(main())", "main()"),
]


def sync_quickstart() -> str:
    """examples/quickstart_sync.py: the quick-start derived as the sync client is."""
    import unasync

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "async" / "quickstart.py"
        source.parent.mkdir()
        shutil.copy(QUICKSTART, source)
        rule = unasync.Rule("/async/", "/sync/", additional_replacements=SYNC_NAMES)
        unasync.unasync_files([str(source)], [rule])
        derived = Path(folder) / "sync" / "quickstart.py"
        text = ASYNC_CLIENT_IN_PROSE.sub("SyncRoundTableClient", derived.read_text("utf-8"))
        for old, new in SYNC_QUICKSTART_EDITS:
            if old not in text:
                raise SystemExit(
                    f"examples/quickstart.py no longer has {old!r}: update SYNC_QUICKSTART_EDITS"
                )
            text = text.replace(old, new)
        derived.write_text(text, encoding="utf-8")
        _ruff("format", str(derived))
        return derived.read_text(encoding="utf-8")


def _ruff(command: str, *arguments: str) -> None:
    """The pinned ruff, with the project's configuration, on generated files."""
    ruff = str(Path(sys.executable).parent / "ruff")
    config = str(ROOT / "pyproject.toml")
    subprocess.run([ruff, command, "--quiet", "--config", config, *arguments], check=True)


def _python_files(path: Path) -> list[Path]:
    """A module, or every module of a folder."""
    return sorted(path.rglob("*.py")) if path.is_dir() else [path]


def _without_awaitable(text: str) -> str:
    """`Awaitable[X]` written as `X`: what a sync function returns is the value itself."""
    marker = "Awaitable["
    while (start := text.find(marker)) >= 0:
        depth, index = 1, start + len(marker)
        while depth:
            depth += {"[": 1, "]": -1}.get(text[index], 0)
            index += 1
        text = text[:start] + text[start + len(marker) : index - 1] + text[index:]
    return text


def hand_edits(package: Path, manifest: Path) -> list[str]:
    """Files of `package` that differ from HEAD, from the last generation and from custom/."""
    committed = _committed_blobs(package)
    generated = json.loads(manifest.read_text()) if manifest.exists() else {}
    # custom/ is copied byte for byte: a file equal to its counterpart there is no hand edit.
    overlay = {
        path.replace("custom/", package.relative_to(ROOT).as_posix() + "/", 1): blob
        for path, blob in _blobs(CUSTOM).items()
    }
    return sorted(
        path
        for path, blob in _blobs(package).items()
        if blob not in (committed.get(path), generated.get(path), overlay.get(path))
    )


def _blobs(package: Path) -> dict[str, str]:
    """Each file's git blob id, by its path relative to the repository."""
    blobs = {}
    for file in sorted(package.rglob("*")):
        if file.is_file() and "__pycache__" not in file.parts:
            content = file.read_bytes()
            header = f"blob {len(content)}\0".encode()
            blobs[file.relative_to(ROOT).as_posix()] = hashlib.sha1(header + content).hexdigest()
    return blobs


def _committed_blobs(package: Path) -> dict[str, str]:
    listing = _git("ls-tree", "-r", "HEAD", "--", package.relative_to(ROOT).as_posix())
    blobs = {}
    for line in (listing or "").splitlines():
        meta, _, path = line.partition("\t")
        blobs[path] = meta.split()[2]
    return blobs


def _manifest_path() -> Path | None:
    """Where the last generation's file list is kept: the git directory, never committed."""
    where = _git("rev-parse", "--git-path", "roundtable-generated.json")
    return None if where is None else ROOT / where.strip()


def _git(*args: str) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
    except OSError:
        return None
    return done.stdout if done.returncode == 0 else None


def _ignore_caches(_directory: str, names: list[str]) -> set[str]:
    return {name for name in names if name == "__pycache__" or name.endswith(".pyc")}


if __name__ == "__main__":
    main()
