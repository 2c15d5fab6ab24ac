"""setup.cfg lists its packages by hand: a new subpackage missing there installs from a checkout
(editable) but not from a wheel, so the omission would only show on a user's machine."""

from __future__ import annotations

import configparser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOP_LEVEL = ("graph", "ontology", "loaders", "viz")


def _listed_packages() -> set[str]:
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg")
    return {p.strip() for p in cfg["options"]["packages"].split(",") if p.strip()}


def _packages_on_disk() -> set[str]:
    found = set()
    for top in TOP_LEVEL:
        for init in (ROOT / top).rglob("__init__.py"):
            found.add(".".join(init.parent.relative_to(ROOT).parts))
    return found


def test_every_package_on_disk_is_listed_in_setup_cfg() -> None:
    missing = _packages_on_disk() - _listed_packages()
    assert not missing, f"add to setup.cfg [options] packages: {sorted(missing)}"


def test_setup_cfg_lists_no_package_that_does_not_exist() -> None:
    assert _listed_packages() <= _packages_on_disk()
