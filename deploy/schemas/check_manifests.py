"""Offline validation of Kubernetes manifests, strict: unknown fields are errors.

- Core kinds (Deployment, Service, NetworkPolicy, ...) against the Kubernetes API schemas bundled with
  `kubernetes-validate` (PyPI), in its strict mode, for Kubernetes `KUBERNETES_VERSION`.
- Custom kinds against the `openAPIV3Schema` of the CRDs vendored in `crds/` (see README.md): every object schema
  that lists its properties and does not preserve unknown fields is closed (`additionalProperties: false`, as the
  API server's strict field validation is), `nullable` and `x-kubernetes-int-or-string` are honoured.
- A kind known to neither is an error, so nothing passes unchecked. Kustomize's own files (Kustomization,
  Component) are not API objects and are left to `kubectl kustomize`.

Not evaluated: the CRDs' CEL rules (`x-kubernetes-validations`) and defaults; tests/deploy/test_kubernetes.py checks
the few CEL rules the manifests rely on. Usage, from the repository root:

    .venv/bin/python deploy/schemas/check_manifests.py FILE...
    kubectl kustomize deploy/k8s/overlays/prod | .venv/bin/python deploy/schemas/check_manifests.py -
"""

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import yaml

KUBERNETES_VERSION = "1.32"
CRD_DIR = Path(__file__).resolve().parent / "crds"
KUSTOMIZE_GROUP = "kustomize.config.k8s.io/"

Schema = dict[str, Any]


@dataclass(frozen=True)
class Problem:
    source: str
    kind: str
    name: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.kind}/{self.name}: {self.path or '<root>'}: {self.message}"


def closed(schema: Any) -> Any:
    """The CRD schema as a strict JSON Schema (draft 4 keywords, which OpenAPI v3 schemas use)."""
    if isinstance(schema, list):
        return [closed(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {key: closed(value) for key, value in schema.items()}
    if out.get("nullable") and isinstance(out.get("type"), str):
        out["type"] = [out["type"], "null"]
    if out.get("x-kubernetes-int-or-string") and "anyOf" not in out:
        out["anyOf"] = [{"type": "integer"}, {"type": "string"}]
    if (
        "properties" in out
        and "additionalProperties" not in out
        and not out.get("x-kubernetes-preserve-unknown-fields")
    ):
        out["additionalProperties"] = False
    return out


@cache
def crd_validators(crd_dir: Path = CRD_DIR) -> dict[tuple[str, str], jsonschema.Draft4Validator]:
    """(apiVersion, kind) → validator, for every served version of every CRD in `crd_dir`."""
    validators: dict[tuple[str, str], jsonschema.Draft4Validator] = {}
    for path in sorted(crd_dir.glob("*.yaml")):
        for crd in yaml.safe_load_all(path.read_text()):
            if not crd or crd.get("kind") != "CustomResourceDefinition":
                continue
            group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
            for version in crd["spec"]["versions"]:
                if version.get("served", True):
                    schema = closed(version["schema"]["openAPIV3Schema"])
                    validators[(f"{group}/{version['name']}", kind)] = jsonschema.Draft4Validator(schema)
    return validators


def _path(parts: Iterable[Any]) -> str:
    return ".".join(str(part) for part in parts)


def validate_object(doc: dict[str, Any], source: str = "<object>") -> list[Problem]:
    api_version, kind = str(doc.get("apiVersion", "")), str(doc.get("kind", ""))
    name = str((doc.get("metadata") or {}).get("name", "?"))
    if not api_version or not kind:
        return [Problem(source, kind or "?", name, "", "not a Kubernetes object (apiVersion and kind required)")]
    if api_version.startswith(KUSTOMIZE_GROUP):
        return []
    if not (doc.get("metadata") or {}).get("name"):
        return [Problem(source, kind, name, "metadata.name", "required")]
    custom = crd_validators().get((api_version, kind))
    if custom is not None:
        errors = sorted(custom.iter_errors(doc), key=lambda e: list(e.absolute_path))
        return [Problem(source, kind, name, _path(e.absolute_path), e.message) for e in errors]
    try:
        kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)
    except kubernetes_validate.ValidationError as error:
        return [Problem(source, kind, name, _path(error.absolute_path), error.message)]
    except kubernetes_validate.SchemaNotFoundError:
        return [Problem(source, kind, name, "", f"unknown kind {api_version} {kind}: no CRD in {CRD_DIR.name}/")]
    return []


def documents(text: str) -> Iterator[dict[str, Any]]:
    for doc in yaml.safe_load_all(text):
        if doc:
            yield doc


def validate_text(text: str, source: str) -> list[Problem]:
    return [problem for doc in documents(text) for problem in validate_object(doc, source)]


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    problems: list[Problem] = []
    for arg in argv:
        text = sys.stdin.read() if arg == "-" else Path(arg).read_text()
        problems += validate_text(text, "<stdin>" if arg == "-" else arg)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
