"""Optional mypyc-compiled build of the extraction modules (docs/decisions/0011-optional-mypyc-build.md).

Everything about the package lives in pyproject.toml; this file only adds compiled extension modules,
and only when asked:

    MARSAD_COMPILE=1 .venv/bin/pip install --no-build-isolation .

(``--no-build-isolation`` so the build uses this environment's mypy, setuptools and wheel, and a C
compiler). Without ``MARSAD_COMPILE=1`` it declares no extension modules: ``pip install .`` and
``pip install -e '.[test]'`` stay pure Python and need no compiler.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent

# The hot extraction stages: marsad.text, marsad.extract and the records they build (model.py).
COMPILED_PACKAGES = ("src/marsad/text", "src/marsad/extract")
COMPILED_FILES = ("src/marsad/model.py",)
# Left pure Python: package __init__s (nothing to gain), the evaluation and training code (off the
# extraction path; scripts and tests only), and text/token_stream.py, whose Tokens subclasses list
# (mypyc cannot compile a subclass of a builtin; plain-list indexing is what makes it fast).
EXCLUDED_NAMES = ("__init__.py", "token_stream.py", "detect_train.py")
EXCLUDED_PREFIXES = ("evaluate",)
EXCLUDED_SUFFIXES = ("_eval.py",)


def compiled_modules() -> list[str]:
    """The source files the compiled build compiles (paths relative to this folder)."""
    paths: list[str] = []
    for package in COMPILED_PACKAGES:
        for path in sorted((ROOT / package).glob("*.py")):
            name = path.name
            if (
                name in EXCLUDED_NAMES
                or name.startswith(EXCLUDED_PREFIXES)
                or name.endswith(EXCLUDED_SUFFIXES)
            ):
                continue
            paths.append(f"{package}/{name}")
    return paths + list(COMPILED_FILES)


# setuptools commands that only write metadata: pip runs one before the build proper, and compiling
# for it too would double the build time (metadata does not depend on extension modules).
METADATA_COMMANDS = frozenset({"dist_info", "egg_info"})
BUILD_COMMANDS = frozenset({"build", "build_ext", "bdist_wheel", "install", "develop", "editable_wheel"})


def ext_modules(argv: list[str] | None = None) -> list[object]:
    """mypyc extension modules when ``MARSAD_COMPILE=1``, else none."""
    if os.environ.get("MARSAD_COMPILE") != "1":
        return []
    args = set(sys.argv[1:] if argv is None else argv)
    if args & METADATA_COMMANDS and not args & BUILD_COMMANDS:
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as exc:  # pragma: no cover - depends on the build environment
        raise SystemExit(
            "MARSAD_COMPILE=1 needs mypy (which ships mypyc) in the build environment: "
            "pip install mypy, then build with --no-build-isolation"
        ) from exc
    # pip builds in this tree, and setuptools would pack every extension left in build/lib.<platform>
    # by an earlier compiled build (a module since dropped from the list would shadow its source)
    for stale in ROOT.glob("build/lib.*"):
        shutil.rmtree(stale)
    # group_name: the shared library is marsad__mypyc.*.so (not a hash) beside the package
    return list(mypycify(compiled_modules(), opt_level="3", group_name="marsad"))


if __name__ == "__main__":
    setup(ext_modules=ext_modules())
