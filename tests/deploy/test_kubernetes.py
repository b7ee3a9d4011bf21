"""deploy/k8s checked without a cluster: every kustomization renders (`kubectl kustomize`); every object validates,
strictly, core kinds against the Kubernetes 1.32 API schemas (kubernetes-validate) and custom kinds against the
operators' CRDs vendored in deploy/schemas/crds; and policy over the rendered overlays: probes, resources, the
non-root read-only security context and pinned images of every container; each service in services/ with its api
and worker Deployments, migration Job, route, database, RabbitMQ user and exactly `permissions_for` as permission;
every `<SVC>_<FIELD>` variable a field of that service's settings class (values parsed by it, too); scaling (HPA
for the APIs, KEDA on the queue depth for the workers), disruption budgets and spread in prod, one replica in dev;
the network policy (default deny, each service reaching only its database, RabbitMQ, Elasticsearch, SMTP); the
gateway routes (the CEL rules the schemas cannot check); no Secret values anywhere in git. The web application
(web/, `mentor serve web`) is held to the same container, settings, scaling, disruption and network rules, with its
session database, migration Job, route at `/` and its calls to the APIs through the gateway.

Without kubectl the rendering checks are skipped locally and fail in CI (`CI=true`)."""

import argparse
import hashlib
import importlib
import importlib.util
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from pydantic_settings import BaseSettings

from mentor_gateway import deployed
from mentor_gateway.broker_access import permissions_for
from mentor_kit.cli import add_commands
from mentor_kit.messaging.rabbit import queue_arguments
from mentor_kit.messaging.topology import EXCHANGE_NAMES, ConsumerTopology
from mentor_kit.settings import ServiceSettings
from mentor_kit.testing.plugin import unavailable
from mentor_web.settings import WebSettings

pytestmark = pytest.mark.deploy

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"
SCHEMAS = DEPLOY / "schemas"
EXAMPLES = ROOT / "docs" / "examples"
GUIDE = ROOT / "docs" / "operations.md"
OVERLAYS = ("dev", "prod")
SERVICES = sorted(p.name for p in (ROOT / "services").iterdir() if (p / "pyproject.toml").is_file())
WEB = "web"  # the web application: deployed like a service (same image), its own database for its sessions only
SEARCH_USERS = ("library", "forum")  # the services with an Elasticsearch index
IMAGE = "ghcr.io/mgpu-mentor/mentor"
NAMESPACE = "mentor"
VHOST = "mentor"
# Files under deploy/k8s that are YAML but no Kubernetes object (each says what it is in its header).
NON_MANIFESTS = {K8S / "base" / "platform" / "elasticsearch-roles.yml"}
WORKLOADS = ("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob")
ONE_SHOT = ("Job", "CronJob")  # run to completion: no probes (the migration Job, the operator tasks)
SETTING = re.compile(r"^([A-Z][A-Z0-9]*)_[A-Z0-9_]+$")
DURATION = re.compile(r"^(?:[0-9]{1,5}(?:h|m|s|ms)){1,4}$")
# An image with a tag other than `latest` (and maybe a digest), or with a digest only.
PINNED = re.compile(
    r"^[a-z0-9.\-/]+:(?!latest$)\w[\w.\-]{0,127}(?:@sha256:[0-9a-f]{64})?$" r"|^[a-z0-9.\-/]+@sha256:[0-9a-f]{64}$"
)


def _load_checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_manifests", SCHEMAS / "check_manifests.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


checker = _load_checker()


# --- rendering ---------------------------------------------------------------------------------------------------


def kubectl() -> str:
    path = shutil.which("kubectl")
    if path is None:
        unavailable("kubectl is not installed: the rendering checks need `kubectl kustomize`")
    return path


@cache
def _render(directory: Path, binary: str) -> str:
    done = subprocess.run(
        [binary, "kustomize", str(directory)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, f"kubectl kustomize {directory.relative_to(ROOT)} failed:\n{done.stderr}"
    return done.stdout


def render(directory: Path) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(_render(directory, kubectl())) if doc]


def kustomizations() -> list[Path]:
    """Every directory with a kustomization under deploy/k8s that renders on its own (not a Component)."""
    found = []
    for path in sorted(K8S.rglob("kustomization.yaml")):
        if yaml.safe_load(path.read_text()).get("kind", "Kustomization") == "Kustomization":
            found.append(path.parent)
    return found


@pytest.fixture(scope="module", params=OVERLAYS)
def overlay(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def docs(overlay: str) -> list[dict[str, Any]]:
    return render(K8S / "overlays" / overlay)


def of_kind(docs: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [doc for doc in docs if doc["kind"] == kind]


def named(docs: list[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    found = [doc for doc in of_kind(docs, kind) if doc["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind} {name}, found {len(found)}"
    return found[0]


def pod_templates(docs: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(workload, pod template) of every workload."""
    for doc in docs:
        if doc["kind"] == "CronJob":
            yield doc, doc["spec"]["jobTemplate"]["spec"]["template"]
        elif doc["kind"] in WORKLOADS:
            yield doc, doc["spec"]["template"]


def containers(template: dict[str, Any]) -> list[dict[str, Any]]:
    spec = template["spec"]
    return [*spec.get("initContainers", []), *spec["containers"]]


def service_of(template: dict[str, Any]) -> str:
    return str(template["metadata"]["labels"]["app.kubernetes.io/name"])


def component_of(template: dict[str, Any]) -> str:
    return str(template["metadata"]["labels"]["app.kubernetes.io/component"])


def selects(selector: dict[str, Any] | None, labels: dict[str, str]) -> bool:
    """A Kubernetes label selector against a set of labels (an empty selector selects everything)."""
    selector = selector or {}
    if any(labels.get(key) != value for key, value in (selector.get("matchLabels") or {}).items()):
        return False
    for expression in selector.get("matchExpressions") or []:
        key, operator, values = expression["key"], expression["operator"], expression.get("values", [])
        if (
            (operator == "In" and labels.get(key) not in values)
            or (operator == "NotIn" and labels.get(key) in values)
            or (operator == "Exists" and key not in labels)
            or (operator == "DoesNotExist" and key in labels)
        ):
            return False
    return True


def test_every_kustomization_renders() -> None:
    found = kustomizations()
    for required in (K8S / "base", K8S / "overlays" / "dev", K8S / "overlays" / "prod", K8S / "cluster"):
        assert required in found
    for directory in found:
        assert render(directory), f"{directory.relative_to(ROOT)} renders nothing"


def test_overlays_are_the_base_in_the_mentor_namespace(docs: list[dict[str, Any]]) -> None:
    for doc in docs:
        if doc["kind"] != "Namespace":
            assert doc["metadata"].get("namespace") == NAMESPACE, f"{doc['kind']}/{doc['metadata']['name']}"


# --- schemas ----------------------------------------------------------------------------------------------------


def test_kubernetes_validate_has_the_target_version_offline() -> None:
    from kubernetes_validate import utils

    assert f"{checker.KUBERNETES_VERSION}.0" in utils.all_versions()


def test_the_checker_is_strict_for_core_and_custom_kinds() -> None:
    deployment = {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "x"},
        "spec": {
            "selector": {"matchLabels": {"a": "b"}},
            "template": {"metadata": {"labels": {"a": "b"}}, "spec": {"containers": [{"name": "c", "imag": "i:1"}]}},
        },
    }
    assert [p.path for p in checker.validate_object(deployment)] == ["spec.template.spec.containers.0"]
    permission = {
        "apiVersion": "rabbitmq.com/v1beta1",
        "kind": "Permission",
        "metadata": {"name": "x"},
        "spec": {"vhost": "v", "user": "u", "permissions": {"read": ".*", "wirte": ""}, "rabbitmqClusterReference": {}},
    }
    assert [p.path for p in checker.validate_object(permission)] == ["spec.permissions"]
    unknown = {"apiVersion": "example.org/v1", "kind": "Widget", "metadata": {"name": "x"}}
    assert "unknown kind" in checker.validate_object(unknown)[0].message


def test_rendered_objects_validate(docs: list[dict[str, Any]], overlay: str) -> None:
    problems = [p for doc in docs for p in checker.validate_object(doc, f"overlays/{overlay}")]
    assert problems == [], "\n".join(map(str, problems))


def test_cluster_prerequisites_validate() -> None:
    problems = [p for doc in render(K8S / "cluster") for p in checker.validate_object(doc, "cluster")]
    assert problems == [], "\n".join(map(str, problems))


def yaml_files() -> list[Path]:
    """Every YAML file under deploy/ (the vendored schemas aside) and docs/examples/."""
    files = [p for p in DEPLOY.rglob("*") if p.suffix in (".yaml", ".yml") and SCHEMAS not in p.parents]
    if EXAMPLES.is_dir():
        files += [p for p in EXAMPLES.rglob("*") if p.suffix in (".yaml", ".yml")]
    return sorted(files)


def test_every_yaml_file_validates() -> None:
    problems: list[str] = []
    for path in yaml_files():
        if path in NON_MANIFESTS:
            continue
        for doc in yaml.safe_load_all(path.read_text()):
            if not isinstance(doc, dict):
                continue
            if K8S not in path.parents and not ("apiVersion" in doc and "kind" in doc):
                continue  # outside deploy/k8s a YAML file may be something else (a compose file, an AsyncAPI doc)
            problems += [str(p) for p in checker.validate_object(doc, str(path.relative_to(ROOT)))]
    assert problems == [], "\n".join(problems)


def test_every_manifest_under_k8s_is_part_of_a_kustomization() -> None:
    listed: set[Path] = set()
    for path in K8S.rglob("kustomization.yaml"):
        config = yaml.safe_load(path.read_text())
        for entry in [*config.get("resources", []), *config.get("components", [])]:
            listed.add((path.parent / entry).resolve())
        for patch in config.get("patches", []):
            if "path" in patch:
                listed.add((path.parent / patch["path"]).resolve())
    orphans = [
        str(p.relative_to(ROOT))
        for p in yaml_files()
        if K8S in p.parents and p.name != "kustomization.yaml" and p not in NON_MANIFESTS and p.resolve() not in listed
    ]
    assert orphans == []


def test_every_vendored_crd_has_its_source_and_licence_stated() -> None:
    readme = (SCHEMAS / "README.md").read_text()
    for crd in sorted((SCHEMAS / "crds").glob("*.yaml")):
        assert crd.name in readme, f"{crd.name}: source not stated in deploy/schemas/README.md"
    for licence in ("Apache-2.0", "MPL-2.0", "Elastic-License-2.0"):
        assert (SCHEMAS / "licenses" / f"{licence}.txt").is_file()


# --- secrets -----------------------------------------------------------------------------------------------------


def test_no_secret_values_in_git(docs: list[dict[str, Any]]) -> None:
    for doc in docs:
        assert not (doc["kind"] == "Secret" and (doc.get("data") or doc.get("stringData"))), doc["metadata"]["name"]
    for path in yaml_files():
        for doc in yaml.safe_load_all(path.read_text()):
            if isinstance(doc, dict) and doc.get("kind") == "Secret":
                assert not (doc.get("data") or doc.get("stringData")), f"{path.relative_to(ROOT)}: a Secret's values"
            if isinstance(doc, dict) and doc.get("kind") == "Kustomization":
                assert "secretGenerator" not in doc, f"{path.relative_to(ROOT)}: secretGenerator puts values in git"


def secret_references(docs: list[dict[str, Any]]) -> set[str]:
    names: set[str] = set()
    for _, template in pod_templates(docs):
        for container in containers(template):
            for var in container.get("env", []):
                ref = (var.get("valueFrom") or {}).get("secretKeyRef")
                if ref:
                    names.add(ref["name"])
    for auth in of_kind(docs, "TriggerAuthentication"):
        names |= {ref["name"] for ref in auth["spec"].get("secretTargetRef", [])}
    for cluster in of_kind(docs, "Cluster"):
        names |= {role["passwordSecret"]["name"] for role in cluster["spec"]["managed"]["roles"]}
    for search in of_kind(docs, "Elasticsearch"):
        auth = search["spec"]["auth"]
        names |= {source["secretName"] for source in [*auth["fileRealm"], *auth["roles"]]}
    for gateway in of_kind(docs, "Gateway"):
        for listener in gateway["spec"]["listeners"]:
            names |= {ref["name"] for ref in (listener.get("tls") or {}).get("certificateRefs", [])}
    return names


def test_every_referenced_secret_is_generated_by_an_operator_or_described_in_the_guide(
    docs: list[dict[str, Any]],
) -> None:
    guide = GUIDE.read_text()
    users = {doc["metadata"]["name"] for doc in of_kind(docs, "User")}
    for name in sorted(secret_references(docs)):
        generated = name.endswith("-user-credentials") and name.removesuffix("-user-credentials") in users
        assert generated or name in guide, f"Secret {name}: neither generated by an operator nor in docs/operations.md"


# --- containers --------------------------------------------------------------------------------------------------


def effective(template: dict[str, Any], container: dict[str, Any], key: str) -> Any:
    """A security setting of a container: its own, else the pod's."""
    own = (container.get("securityContext") or {}).get(key)
    return own if own is not None else (template["spec"].get("securityContext") or {}).get(key)


def test_every_container_is_probed_limited_non_root_read_only_and_pinned(docs: list[dict[str, Any]]) -> None:
    problems: list[str] = []
    for workload, template in pod_templates(docs):
        for container in containers(template):
            where = f"{workload['kind']}/{workload['metadata']['name']}/{container['name']}"
            if workload["kind"] not in ONE_SHOT:
                for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
                    if probe not in container:
                        problems.append(f"{where}: no {probe}")
            resources = container.get("resources") or {}
            for bound in ("requests", "limits"):
                if set(resources.get(bound) or {}) < {"cpu", "memory"}:
                    problems.append(f"{where}: {bound} of cpu and memory")
            wanted = {
                "runAsNonRoot": True,
                "runAsUser": 10001,
                "readOnlyRootFilesystem": True,
                "allowPrivilegeEscalation": False,
            }
            for key, value in wanted.items():
                if effective(template, container, key) != value:
                    problems.append(f"{where}: securityContext.{key} must be {value}")
            if "ALL" not in ((container.get("securityContext") or {}).get("capabilities") or {}).get("drop", []):
                problems.append(f"{where}: capabilities must drop ALL")
            if (effective(template, container, "seccompProfile") or {}).get("type") != "RuntimeDefault":
                problems.append(f"{where}: seccompProfile RuntimeDefault")
            if not PINNED.match(container["image"]):
                problems.append(f"{where}: image {container['image']} is not pinned to a tag or digest")
            if not any(m["mountPath"] == "/tmp" for m in container.get("volumeMounts", [])):
                problems.append(f"{where}: no writable /tmp (the root file system is read-only)")
        spec = template["spec"]
        if spec.get("automountServiceAccountToken") is not False:
            problems.append(f"{workload['metadata']['name']}: automountServiceAccountToken must be false")
        if spec.get("enableServiceLinks") is not False:  # else <SVC>_API_PORT & co. appear next to the settings
            problems.append(f"{workload['metadata']['name']}: enableServiceLinks must be false")
    assert problems == [], "\n".join(problems)


def test_the_services_probe_their_health_endpoints(docs: list[dict[str, Any]]) -> None:
    for deployment in of_kind(docs, "Deployment"):
        container = deployment["spec"]["template"]["spec"]["containers"][0]
        assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
        assert container["startupProbe"]["httpGet"]["path"] == "/healthz"
        assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
        assert container["ports"] == [{"name": "http", "containerPort": 8000, "protocol": "TCP"}]


def test_operator_managed_images_are_pinned(docs: list[dict[str, Any]]) -> None:
    assert PINNED.match(named(docs, "RabbitmqCluster", "mentor-rabbitmq")["spec"]["image"])
    assert PINNED.match(named(docs, "Cluster", "mentor-pg")["spec"]["imageName"])
    assert re.fullmatch(r"\d+\.\d+\.\d+", named(docs, "Elasticsearch", "mentor-search")["spec"]["version"])


def mentor_parser() -> argparse.ArgumentParser:
    """The `mentor` command's parser, built as `mentor_gateway.cli.main` builds it (the image's ENTRYPOINT)."""
    parser = argparse.ArgumentParser(prog="mentor", exit_on_error=False)
    commands = parser.add_subparsers(dest="command", required=True)
    deployed.add_commands(commands)
    add_commands(commands)
    return parser


def test_every_mentor_command_in_the_manifests_parses(docs: list[dict[str, Any]]) -> None:
    parser = mentor_parser()
    for workload, template in pod_templates(docs):
        for container in containers(template):
            if not container["image"].startswith(IMAGE + ":"):
                continue
            if "command" in container:  # another console script of the image
                assert container["command"] == ["mentor-library"] and container["args"][0] in ("reindex", "check")
                continue
            try:
                parser.parse_args(container["args"])
            except (argparse.ArgumentError, SystemExit) as exc:
                pytest.fail(f"{workload['metadata']['name']}: `mentor {' '.join(container['args'])}`: {exc}")


# --- each service --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("svc", SERVICES)
def test_every_service_is_deployed_whole(docs: list[dict[str, Any]], svc: str) -> None:
    for role in ("api", "worker"):
        deployment = named(docs, "Deployment", f"{svc}-{role}")
        assert deployment["spec"]["template"]["metadata"]["labels"]["app.kubernetes.io/name"] == svc
        args = deployment["spec"]["template"]["spec"]["containers"][0]["args"]
        assert args == ["serve", svc, "--role", role, "--host", "0.0.0.0", "--port", "8000"]
        selector = named(docs, "Service", f"{svc}-{role}")["spec"]["selector"]
        assert selects({"matchLabels": selector}, deployment["spec"]["template"]["metadata"]["labels"])
    job = named(docs, "Job", f"{svc}-migrate")
    assert job["spec"]["template"]["spec"]["containers"][0]["args"] == ["migrate", svc]
    assert job["spec"]["template"]["spec"]["restartPolicy"] == "Never"
    settings = named(docs, "ConfigMap", f"{svc}-settings")["data"]
    prefix = svc.upper()
    assert settings[f"{prefix}_MIGRATE_ON_START"] == "false"  # the Job migrates, replicas never race
    assert settings[f"{prefix}_BROKER_DECLARE_EXCHANGES"] == "false"  # the topology operator declares them
    database = named(docs, "Database", f"mentor-pg-{svc}")["spec"]
    assert (database["name"], database["owner"], database["cluster"]["name"]) == (svc, svc, "mentor-pg")
    assert database["databaseReclaimPolicy"] == "retain"
    roles = {role["name"]: role for role in named(docs, "Cluster", "mentor-pg")["spec"]["managed"]["roles"]}
    assert roles[svc]["login"] is True and roles[svc]["passwordSecret"]["name"] == f"mentor-db-{svc}"
    hba = named(docs, "Cluster", "mentor-pg")["spec"]["postgresql"]["pg_hba"]
    assert f"host {svc} {svc} all scram-sha-256" in hba
    reject = hba[-1].split()  # after every service's own line: its role anywhere else is refused
    assert (reject[:2], set(reject[2].split(",")), reject[-1]) == (["host", "all"], {*SERVICES, WEB}, "reject")
    named(docs, "User", f"mentor-{svc}")
    named(docs, "HTTPRoute", svc)
    named(docs, "ServiceMonitor", svc)


def test_the_platform_serves_exactly_the_services_in_the_repository(docs: list[dict[str, Any]]) -> None:
    deployed_services = {service_of(t) for _, t in pod_templates(docs)}
    assert deployed_services == {*SERVICES, WEB}


@pytest.mark.parametrize("svc", SERVICES)
def test_each_permission_is_exactly_what_the_code_needs(docs: list[dict[str, Any]], svc: str) -> None:
    spec = named(docs, "Permission", f"mentor-{svc}")["spec"]
    expected = permissions_for(svc)
    assert spec["permissions"] == {"configure": expected.configure, "write": expected.write, "read": expected.read}
    assert spec["userReference"] == {"name": f"mentor-{svc}"} and "user" not in spec
    assert spec["vhost"] == VHOST
    assert spec["rabbitmqClusterReference"] == {"name": "mentor-rabbitmq"}


def test_rabbitmq_topology(docs: list[dict[str, Any]]) -> None:
    vhost = named(docs, "Vhost", VHOST)["spec"]
    assert (vhost["name"], vhost["defaultQueueType"]) == (VHOST, "quorum")
    exchanges = {doc["spec"]["name"]: doc["spec"] for doc in of_kind(docs, "Exchange")}
    assert set(exchanges) == set(EXCHANGE_NAMES)
    for spec in exchanges.values():
        assert (spec["type"], spec["durable"], spec["autoDelete"], spec["vhost"]) == ("topic", True, False, VHOST)
    policies = {doc["spec"]["name"]: doc["spec"] for doc in of_kind(docs, "Policy")}
    for svc in SERVICES:
        topology = ConsumerTopology(svc, bindings=())
        main_queue = topology.declarations()[0]
        arguments = queue_arguments(main_queue)
        arguments.pop("x-queue-type")
        policy = policies[f"{svc}-dead-letter"]
        assert policy["definition"] == {key.removeprefix("x-"): value for key, value in arguments.items()}
        assert re.fullmatch(policy["pattern"], topology.queue) and policy["vhost"] == VHOST
        dead = policies["mentor-dead-letter-queues"]
        assert re.fullmatch(dead["pattern"], topology.dead_letter_queue)
        assert not re.fullmatch(dead["pattern"], topology.queue)
    for spec in policies.values():
        matching = [other for other in policies.values() if other is not spec and other["pattern"] == spec["pattern"]]
        assert not matching, "RabbitMQ applies one policy per queue: two policies on one pattern shadow each other"


def test_search_users_reach_only_their_own_indices(docs: list[dict[str, Any]]) -> None:
    roles = yaml.safe_load((K8S / "base" / "platform" / "elasticsearch-roles.yml").read_text())
    auth = named(docs, "Elasticsearch", "mentor-search")["spec"]["auth"]
    realm = {source["secretName"] for source in auth["fileRealm"]}
    assert realm == {f"mentor-search-{svc}" for svc in SEARCH_USERS}
    for svc in SEARCH_USERS:
        prefix = named(docs, "ConfigMap", f"{svc}-settings")["data"][f"{svc.upper()}_INDEX_PREFIX"]
        assert roles[f"mentor_{svc}"]["indices"] == [{"names": [f"{prefix}-*"], "privileges": ["all"]}]
    assert set(roles) == {f"mentor_{svc}" for svc in SEARCH_USERS}


# --- settings ----------------------------------------------------------------------------------------------------


@cache
def settings_class(prefix: str) -> type[BaseSettings]:
    """The settings class that reads `<PREFIX>_…`: a service's, the kit's base (MENTOR_, e.g. for `mentor dlq`) or
    the web application's (WEB_)."""
    if prefix == "MENTOR":
        return ServiceSettings
    if prefix == WEB.upper():
        return WebSettings
    module = importlib.import_module(f"mentor_{prefix.lower()}.settings")
    classes = [
        value
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, ServiceSettings) and value.__module__ == module.__name__
    ]
    assert len(classes) == 1, f"{module.__name__}: expected one settings class, found {classes}"
    assert classes[0].model_config.get("env_prefix") == f"{prefix}_"
    return classes[0]


def environment(template: dict[str, Any], container: dict[str, Any], docs: list[dict[str, Any]]) -> dict[str, str]:
    """A container's variables as the settings would read them: ConfigMap keys, literal values with $(VAR)
    references expanded from the variables before them, Secret values as placeholders."""
    env: dict[str, str] = {}
    for source in container.get("envFrom", []):
        assert "configMapRef" in source, "only ConfigMaps are loaded whole (Secrets key by key)"
        config = named(docs, "ConfigMap", source["configMapRef"]["name"])
        env |= {source.get("prefix", "") + key: str(value) for key, value in config.get("data", {}).items()}
    for var in container.get("env", []):
        if "value" in var:
            env[var["name"]] = re.sub(r"\$\(([A-Za-z0-9_]+)\)", lambda m: env.get(m[1], m[0]), str(var["value"]))
        else:
            env[var["name"]] = "secret-placeholder"
    return env


def unknown_settings(env: dict[str, str], service: str) -> list[str]:
    """Variables shaped `<PREFIX>_<FIELD>` for a settings class that names no such field, or another service's."""
    problems = []
    prefixes = {svc.upper() for svc in [*SERVICES, WEB]} | {"MENTOR"}
    for name in env:
        match = SETTING.match(name)
        if not match or match[1] not in prefixes:
            continue
        if match[1] not in (service.upper(), "MENTOR"):
            problems.append(f"{name}: a setting of another service in a pod of {service}")
            continue
        field = name.removeprefix(f"{match[1]}_").lower()
        if field not in settings_class(match[1]).model_fields:
            problems.append(f"{name}: {settings_class(match[1]).__name__} has no field {field!r}")
    return problems


def test_a_misspelt_setting_is_caught() -> None:
    assert unknown_settings({"CASES_DATABSE_URL": "x", "CASES_LOG_JSON": "true", "DB_USER": "x"}, "cases") == [
        "CASES_DATABSE_URL: CasesSettings has no field 'databse_url'"
    ]
    assert unknown_settings({"FORUM_SEARCH_URL": "x"}, "library") == [
        "FORUM_SEARCH_URL: a setting of another service in a pod of library"
    ]
    assert unknown_settings({"WEB_SESSION_DATABSE_URL": "x", "WEB_API_BASE": "x"}, WEB) == [
        "WEB_SESSION_DATABSE_URL: WebSettings has no field 'session_databse_url'"
    ]


def test_every_setting_in_the_manifests_is_a_field_and_parses(
    docs: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    prefixes = tuple(f"{p}_" for p in [*(svc.upper() for svc in [*SERVICES, WEB]), "MENTOR"])
    problems: list[str] = []
    for workload, template in pod_templates(docs):
        svc = service_of(template)
        for container in containers(template):
            env = environment(template, container, docs)
            where = f"{workload['metadata']['name']}/{container['name']}"
            problems += [f"{where}: {p}" for p in unknown_settings(env, svc)]
            for prefix in {name.split("_", 1)[0] for name in env if name.startswith(prefixes)}:
                with monkeypatch.context() as patch:
                    for name in os.environ:
                        if name.startswith(prefixes):
                            patch.delenv(name)
                    for name, value in env.items():
                        patch.setenv(name, value)
                    try:
                        settings_class(prefix)()
                    except Exception as exc:
                        problems.append(f"{where}: {prefix}_… does not parse: {exc}")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("svc", SERVICES)
def test_api_worker_and_migration_of_a_service_share_their_configuration(docs: list[dict[str, Any]], svc: str) -> None:
    def configuration(kind: str, name: str) -> tuple[Any, Any]:
        container = named(docs, kind, name)["spec"]["template"]["spec"]["containers"][0]
        return container["envFrom"], container["env"]

    api = configuration("Deployment", f"{svc}-api")
    assert configuration("Deployment", f"{svc}-worker") == api
    assert configuration("Job", f"{svc}-migrate") == api


# --- scaling, disruption, spread -------------------------------------------------------------------------------


def scalers(docs: list[dict[str, Any]]) -> dict[str, list[tuple[str, int, int]]]:
    """Deployment name → [(scaler kind, min, max)]."""
    found: dict[str, list[tuple[str, int, int]]] = {}
    for hpa in of_kind(docs, "HorizontalPodAutoscaler"):
        target = hpa["spec"]["scaleTargetRef"]
        assert target["kind"] == "Deployment"
        found.setdefault(target["name"], []).append(
            ("HorizontalPodAutoscaler", hpa["spec"].get("minReplicas", 1), hpa["spec"]["maxReplicas"])
        )
    for scaled in of_kind(docs, "ScaledObject"):
        target = scaled["spec"]["scaleTargetRef"]
        assert target.get("kind", "Deployment") == "Deployment"
        found.setdefault(target["name"], []).append(
            ("ScaledObject", scaled["spec"].get("minReplicaCount", 0), scaled["spec"].get("maxReplicaCount", 100))
        )
    return found


def test_each_deployment_has_exactly_one_autoscaler_and_no_fixed_count(docs: list[dict[str, Any]]) -> None:
    scaled = scalers(docs)
    for deployment in of_kind(docs, "Deployment"):
        name, component = deployment["metadata"]["name"], component_of(deployment["spec"]["template"])
        assert "replicas" not in deployment["spec"], f"{name}: the autoscaler owns the replica count"
        kinds = [kind for kind, _, _ in scaled.get(name, [])]
        assert kinds == ["HorizontalPodAutoscaler" if component in ("api", WEB) else "ScaledObject"], name
        assert all(low >= 1 for _, low, _ in scaled[name]), f"{name}: never scaled to zero (the relay and timers)"
    assert set(scaled) <= {d["metadata"]["name"] for d in of_kind(docs, "Deployment")}


@pytest.mark.parametrize("svc", SERVICES)
def test_the_worker_scales_on_its_queue_with_its_own_credentials(docs: list[dict[str, Any]], svc: str) -> None:
    spec = named(docs, "ScaledObject", f"{svc}-worker")["spec"]
    [trigger] = spec["triggers"]
    assert trigger["type"] == "rabbitmq"
    assert trigger["metadata"]["queueName"] == ConsumerTopology(svc, bindings=()).queue
    assert trigger["metadata"]["host"].endswith(f"/{VHOST}") and trigger["metadata"]["mode"] == "QueueLength"
    auth = named(docs, "TriggerAuthentication", trigger["authenticationRef"]["name"])["spec"]
    assert {(r["parameter"], r["name"], r["key"]) for r in auth["secretTargetRef"]} == {
        ("username", f"mentor-{svc}-user-credentials", "username"),
        ("password", f"mentor-{svc}-user-credentials", "password"),
    }


def test_dev_runs_one_replica_of_everything() -> None:
    docs = render(K8S / "overlays" / "dev")
    for name, found in scalers(docs).items():
        assert [(low, high) for _, low, high in found] == [(1, 1)], name
    assert named(docs, "RabbitmqCluster", "mentor-rabbitmq")["spec"]["replicas"] == 1
    assert named(docs, "Cluster", "mentor-pg")["spec"]["instances"] == 1
    assert [n["count"] for n in named(docs, "Elasticsearch", "mentor-search")["spec"]["nodeSets"]] == [1]


def test_prod_is_replicated_spread_and_covered_by_disruption_budgets() -> None:
    docs = render(K8S / "overlays" / "prod")
    for name, found in scalers(docs).items():
        assert all(low >= 2 and high >= low for _, low, high in found), name
    assert named(docs, "RabbitmqCluster", "mentor-rabbitmq")["spec"]["replicas"] == 3
    assert named(docs, "Cluster", "mentor-pg")["spec"]["instances"] >= 2
    assert sum(n["count"] for n in named(docs, "Elasticsearch", "mentor-search")["spec"]["nodeSets"]) >= 3
    budgets = of_kind(docs, "PodDisruptionBudget")
    for deployment in of_kind(docs, "Deployment"):
        name, labels = deployment["metadata"]["name"], deployment["spec"]["template"]["metadata"]["labels"]
        covering = [b for b in budgets if selects(b["spec"]["selector"], labels)]
        assert len(covering) == 1, f"{name}: one PodDisruptionBudget, found {len(covering)}"
        assert covering[0]["spec"].get("maxUnavailable", 0) >= 1, f"{name}: the budget must let a drain proceed"
        keys = {c["topologyKey"] for c in deployment["spec"]["template"]["spec"]["topologySpreadConstraints"]}
        assert keys == {"kubernetes.io/hostname", "topology.kubernetes.io/zone"}, name


# --- gateway -----------------------------------------------------------------------------------------------------


def seconds(duration: str) -> float:
    assert DURATION.match(duration), f"{duration}: not a Gateway API duration"
    units = {"h": 3600, "m": 60, "s": 1, "ms": 0.001}
    return sum(float(n) * units[u] for n, u in re.findall(r"([0-9]+)(ms|h|m|s)", duration))


def test_routes_follow_the_gateway_api_rules_the_schema_cannot_check(docs: list[dict[str, Any]]) -> None:
    services = {s["metadata"]["name"]: {p["port"] for p in s["spec"]["ports"]} for s in of_kind(docs, "Service")}
    gateways = {g["metadata"]["name"]: {x["name"] for x in g["spec"]["listeners"]} for g in of_kind(docs, "Gateway")}
    for route in of_kind(docs, "HTTPRoute"):
        name = route["metadata"]["name"]
        for parent in route["spec"]["parentRefs"]:
            assert parent["name"] in gateways, name
            assert parent.get("sectionName", next(iter(gateways[parent["name"]]))) in gateways[parent["name"]], name
        for rule in route["spec"]["rules"]:
            for match in rule.get("matches", []):
                value = match["path"]["value"]
                assert value.startswith("/") and "//" not in value and "/./" not in value and "/../" not in value
            rewrites = [f for f in rule.get("filters", []) if f["type"] == "URLRewrite"]
            if any(f["urlRewrite"]["path"]["type"] == "ReplacePrefixMatch" for f in rewrites):
                assert [m["path"]["type"] for m in rule["matches"]] == ["PathPrefix"], f"{name}: one PathPrefix match"
            timeouts = rule.get("timeouts", {})
            if "request" in timeouts and "backendRequest" in timeouts and seconds(timeouts["request"]) > 0:
                assert seconds(timeouts["backendRequest"]) <= seconds(timeouts["request"]), name
            for ref in rule.get("backendRefs", []):
                assert ref["port"] in services.get(ref["name"], set()), f"{name}: no Service {ref['name']}"


@pytest.mark.parametrize("svc", SERVICES)
def test_each_service_is_routed_under_its_prefix(docs: list[dict[str, Any]], svc: str) -> None:
    rules = named(docs, "HTTPRoute", svc)["spec"]["rules"]
    main = [r for r in rules if r["matches"][0]["path"]["value"] == f"/api/{svc}/"]
    assert len(main) == 1
    [rewrite] = main[0]["filters"]
    assert rewrite["urlRewrite"]["path"] == {"type": "ReplacePrefixMatch", "replacePrefixMatch": "/"}
    assert main[0]["backendRefs"] == [{"name": f"{svc}-api", "port": 8000}]


def test_the_notification_stream_has_a_long_timeout(docs: list[dict[str, Any]]) -> None:
    rules = named(docs, "HTTPRoute", "notifications")["spec"]["rules"]
    [stream] = [r for r in rules if r["matches"][0]["path"]["value"] == "/api/notifications/stream"]
    assert stream["filters"][0]["urlRewrite"]["path"]["replacePrefixMatch"] == "/stream"
    assert seconds(stream["timeouts"]["request"]) >= 3600 and seconds(stream["timeouts"]["backendRequest"]) >= 3600


def test_prod_serves_https_and_redirects_http() -> None:
    docs = render(K8S / "overlays" / "prod")
    listeners = {lst["name"]: lst for lst in named(docs, "Gateway", "mentor")["spec"]["listeners"]}
    assert listeners["https"]["protocol"] == "HTTPS" and listeners["https"]["tls"]["certificateRefs"]
    for svc in SERVICES:  # and the listener `internal`, for the web application's calls
        assert named(docs, "HTTPRoute", svc)["spec"]["parentRefs"] == [
            {"name": "mentor", "sectionName": "https"},
            {"name": "mentor", "sectionName": "internal"},
        ]
    assert named(docs, "HTTPRoute", WEB)["spec"]["parentRefs"] == [{"name": "mentor", "sectionName": "https"}]
    assert named(docs, "ConfigMap", "web-settings")["data"]["WEB_COOKIE_SECURE"] == "true"
    redirect = named(docs, "HTTPRoute", "mentor-https-redirect")["spec"]
    assert redirect["parentRefs"] == [{"name": "mentor", "sectionName": "http"}]
    assert redirect["rules"][0]["filters"][0]["requestRedirect"]["scheme"] == "https"


# --- network policy ----------------------------------------------------------------------------------------------

PLATFORM_PODS = {
    "postgres": {"cnpg.io/cluster": "mentor-pg"},
    "rabbitmq": {"app.kubernetes.io/name": "mentor-rabbitmq"},
    "search": {"elasticsearch.k8s.elastic.co/cluster-name": "mentor-search"},
}


def peer(entry: dict[str, Any]) -> str:
    """What a NetworkPolicy peer denotes, in the terms of this deployment."""
    if "ipBlock" in entry:
        return "anywhere" if entry["ipBlock"]["cidr"] == "0.0.0.0/0" else entry["ipBlock"]["cidr"]
    namespace = ((entry.get("namespaceSelector") or {}).get("matchLabels") or {}).get("kubernetes.io/metadata.name")
    if namespace == "kube-system" and selects(entry.get("podSelector"), {"k8s-app": "kube-dns"}):
        return "dns"
    if "namespaceSelector" in entry:
        return f"namespace:{namespace}"
    found = [name for name, labels in PLATFORM_PODS.items() if selects(entry.get("podSelector"), labels)]
    return "+".join(sorted(found)) or "pods"


def egress(docs: list[dict[str, Any]], labels: dict[str, str]) -> set[tuple[str, int | str]]:
    """(peer, port) a pod with these labels may reach."""
    allowed: set[tuple[str, int | str]] = set()
    for policy in of_kind(docs, "NetworkPolicy"):
        if "Egress" not in policy["spec"]["policyTypes"] or not selects(policy["spec"]["podSelector"], labels):
            continue
        for rule in policy["spec"].get("egress", []):
            ports = [p["port"] for p in rule.get("ports", [])] or ["*"]
            for entry in rule.get("to") or [{"ipBlock": {"cidr": "0.0.0.0/0"}}]:
                allowed |= {(peer(entry), port) for port in ports}
    return allowed


def ingress_from(docs: list[dict[str, Any]], labels: dict[str, str]) -> list[tuple[dict[str, Any], list[Any]]]:
    """(peer entry, ports) that may reach a pod with these labels."""
    allowed = []
    for policy in of_kind(docs, "NetworkPolicy"):
        if "Ingress" not in policy["spec"]["policyTypes"] or not selects(policy["spec"]["podSelector"], labels):
            continue
        for rule in policy["spec"].get("ingress", []):
            ports = [p["port"] for p in rule.get("ports", [])] or ["*"]
            allowed += [(entry, ports) for entry in rule.get("from") or [{}]]
    return allowed


def test_everything_is_denied_unless_allowed(docs: list[dict[str, Any]]) -> None:
    deny = [
        p
        for p in of_kind(docs, "NetworkPolicy")
        if p["spec"]["podSelector"] == {}
        and set(p["spec"]["policyTypes"]) == {"Ingress", "Egress"}
        and not p["spec"].get("ingress")
        and not p["spec"].get("egress")
    ]
    assert len(deny) == 1


def test_each_service_reaches_only_what_it_needs(docs: list[dict[str, Any]]) -> None:
    for _, template in pod_templates(docs):
        svc, component, labels = service_of(template), component_of(template), template["metadata"]["labels"]
        if svc == WEB:
            continue  # test_the_web_application_reaches_only_its_database_the_gateway_and_the_identity_provider
        expected: set[tuple[str, int | str]] = {("dns", 53), ("postgres", 5432), ("rabbitmq", 5672)}
        if svc in SEARCH_USERS:
            expected.add(("search", 9200))
        if component == "api":
            expected.add(("anywhere", 443))  # the identity provider's JWKS
        if (svc, component) == ("notifications", "worker"):
            expected |= {("anywhere", 25), ("anywhere", 465), ("anywhere", 587)}  # the SMTP relay
        assert egress(docs, labels) == expected, f"{svc} {component}"


def test_the_gateway_reaches_the_apis_and_nothing_else_of_the_services(docs: list[dict[str, Any]]) -> None:
    for _, template in pod_templates(docs):
        labels, component = template["metadata"]["labels"], component_of(template)
        sources = {(peer(entry), tuple(ports)) for entry, ports in ingress_from(docs, labels)}
        expected = {("namespace:monitoring", (8000,))} if component in ("api", "worker", WEB) else set()
        if component in ("api", WEB):  # the web application's pages are the gateway's route at /
            expected.add(("namespace:envoy-gateway-system", (8000,)))
        assert sources == expected, f"{service_of(template)} {component}"


def test_the_stateful_parts_admit_only_their_clients(docs: list[dict[str, Any]]) -> None:
    clients = {"postgres": {*SERVICES, WEB}, "rabbitmq": set(SERVICES), "search": set(SEARCH_USERS)}
    ports = {"postgres": 5432, "rabbitmq": 5672, "search": 9200}
    for part, labels in PLATFORM_PODS.items():
        admitted = set()
        for svc, component in [*((svc, "api") for svc in SERVICES), (WEB, WEB)]:
            pod = {"app.kubernetes.io/name": svc, "app.kubernetes.io/component": component}
            for entry, entry_ports in ingress_from(docs, labels):
                same_namespace = "namespaceSelector" not in entry and "ipBlock" not in entry
                if same_namespace and selects(entry.get("podSelector"), pod) and (ports[part] in entry_ports):
                    admitted.add(svc)
        assert admitted == clients[part], part


# --- the web application -------------------------------------------------------------------------------------------


def envoy_service(gateway: str = "mentor", namespace: str = NAMESPACE) -> str:
    """The Service Envoy Gateway (v1.x) makes for a Gateway, in its own namespace: envoy-<ns>-<name>-<8 hex of
    sha256("<ns>/<name>")> (their example: envoy-default-eg-e41e7b31)."""
    digest = hashlib.sha256(f"{namespace}/{gateway}".encode()).hexdigest()[:8]
    return f"envoy-{namespace}-{gateway}-{digest}"


def test_the_envoy_service_name_follows_envoy_gateways_rule() -> None:
    assert envoy_service("eg", "default") == "envoy-default-eg-e41e7b31"


def test_the_web_application_is_deployed_whole(docs: list[dict[str, Any]]) -> None:
    deployment = named(docs, "Deployment", WEB)
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert (labels["app.kubernetes.io/name"], labels["app.kubernetes.io/component"]) == (WEB, WEB)
    [container] = deployment["spec"]["template"]["spec"]["containers"]
    assert container["args"] == ["serve", WEB, "--host", "0.0.0.0", "--port", "8000"]
    assert container["image"] == next(
        c["image"] for _, t in pod_templates(docs) for c in containers(t) if service_of(t) == "cases"
    ), "the same image as the services"
    assert selects({"matchLabels": named(docs, "Service", WEB)["spec"]["selector"]}, labels)
    env = environment(deployment["spec"]["template"], container, docs)
    assert (
        env["WEB_SESSION_DATABASE_URL"]
        == "postgresql+asyncpg://secret-placeholder:secret-placeholder@mentor-pg-rw:5432/web"
    )
    secrets = {var["name"]: var["valueFrom"]["secretKeyRef"] for var in container["env"] if "valueFrom" in var}
    assert (secrets["WEB_SECRET_KEY"]["name"], secrets["WEB_SECRET_KEY"]["key"]) == ("mentor-web", "secret-key")
    assert secrets["WEB_OIDC_CLIENT_SECRET"]["name"] == "mentor-web"
    assert {secrets["DB_USER"]["name"], secrets["DB_PASSWORD"]["name"]} == {"mentor-db-web"}
    settings = named(docs, "ConfigMap", "web-settings")["data"]
    assert settings["WEB_OIDC_ISSUER"].startswith("https://") and settings["WEB_OIDC_CLIENT_ID"]
    assert "WEB_DEV_SIGN_IN" not in env and "WEB_SECRET_KEY" not in settings  # `mentor serve web` refuses the first
    job = named(docs, "Job", "web-migrate")["spec"]["template"]
    [migrate] = job["spec"]["containers"]
    assert migrate["args"] == ["migrate", WEB] and job["spec"]["restartPolicy"] == "Never"
    assert environment(job, migrate, docs)["WEB_SESSION_DATABASE_URL"] == env["WEB_SESSION_DATABASE_URL"]
    database = named(docs, "Database", "mentor-pg-web")["spec"]
    assert (database["name"], database["owner"], database["cluster"]["name"]) == (WEB, WEB, "mentor-pg")
    assert database["databaseReclaimPolicy"] == "retain"
    cluster = named(docs, "Cluster", "mentor-pg")["spec"]
    roles = {role["name"]: role for role in cluster["managed"]["roles"]}
    assert roles[WEB]["login"] is True and roles[WEB]["passwordSecret"]["name"] == "mentor-db-web"
    assert "host web web all scram-sha-256" in cluster["postgresql"]["pg_hba"]
    assert not [doc for doc in of_kind(docs, "User") if doc["metadata"]["labels"].get("app.kubernetes.io/name") == WEB]
    monitor = named(docs, "ServiceMonitor", WEB)["spec"]
    assert selects(monitor["selector"], labels) and monitor["endpoints"][0]["path"] == "/metrics"


def test_every_path_outside_the_apis_goes_to_the_web_application(docs: list[dict[str, Any]]) -> None:
    [rule] = named(docs, "HTTPRoute", WEB)["spec"]["rules"]
    assert rule["matches"] == [{"path": {"type": "PathPrefix", "value": "/"}}]
    assert "filters" not in rule  # the path unchanged
    assert rule["backendRefs"] == [{"name": WEB, "port": 8000}]
    for svc in SERVICES:  # longer prefixes: the APIs win over / (Gateway API: the longest path match)
        prefixes = [m["path"]["value"] for r in named(docs, "HTTPRoute", svc)["spec"]["rules"] for m in r["matches"]]
        assert all(p.startswith(f"/api/{svc}/") or p.startswith(f"/api/{svc}") for p in prefixes)


def listeners_of(route: dict[str, Any], gateway: dict[str, Any]) -> set[str]:
    names = {listener["name"] for listener in gateway["spec"]["listeners"]}
    found: set[str] = set()
    for parent in route["spec"]["parentRefs"]:
        found |= {parent["sectionName"]} if "sectionName" in parent else names
    return found


def test_the_web_application_calls_the_apis_through_the_gateways_internal_listener(docs: list[dict[str, Any]]) -> None:
    gateway = named(docs, "Gateway", "mentor")
    listeners = {listener["name"]: listener for listener in gateway["spec"]["listeners"]}
    internal = listeners["internal"]
    assert internal["protocol"] == "HTTP" and "hostname" not in internal and "tls" not in internal
    base = urlsplit(named(docs, "ConfigMap", "web-settings")["data"]["WEB_API_BASE"])
    assert (base.scheme, base.hostname, base.port, base.path) == (
        "http",
        f"{envoy_service()}.envoy-gateway-system.svc.cluster.local",
        internal["port"],
        "",
    )
    for svc in SERVICES:
        assert "internal" in listeners_of(named(docs, "HTTPRoute", svc), gateway), svc
    for route in of_kind(docs, "HTTPRoute"):  # only the APIs there: no pages, no redirect to https
        if route["metadata"]["name"] not in SERVICES:
            assert "internal" not in listeners_of(route, gateway), route["metadata"]["name"]


def test_the_web_application_reaches_only_its_database_the_gateway_and_the_identity_provider(
    docs: list[dict[str, Any]],
) -> None:
    port = next(x["port"] for x in named(docs, "Gateway", "mentor")["spec"]["listeners"] if x["name"] == "internal")
    assert port >= 1024  # Envoy Gateway's pods listen on the listener's own port (below 1024: port + 10000)
    for _, template in pod_templates(docs):
        if service_of(template) != WEB:
            continue
        labels, component = template["metadata"]["labels"], component_of(template)
        allowed = egress(docs, labels)
        expected: set[tuple[str, int | str]] = {("dns", 53), ("postgres", 5432)}
        if component == WEB:
            expected.add(("namespace:envoy-gateway-system", port))
            [identity_provider] = [p for p, n in allowed if n == 443]  # SITE: its CIDR (0.0.0.0/0 until narrowed)
            expected.add((identity_provider, 443))
        assert allowed == expected, component


def test_the_services_believe_the_forwarded_address_of_the_web_application(docs: list[dict[str, Any]]) -> None:
    """The web application sends the visitor's address as X-Forwarded-For; Envoy appends the web pod's. A service
    believes the header (its per-address limits count visitors) when it trusts every hop in front of it: `*`,
    safe because only the gateway's Envoy pods (and Prometheus) reach it, and the web pods reach it only through
    Envoy."""
    for svc in SERVICES:
        assert named(docs, "ConfigMap", f"{svc}-settings")["data"][f"{svc.upper()}_TRUSTED_PROXIES"] == "*"
        pod = {"app.kubernetes.io/name": svc, "app.kubernetes.io/component": "api"}
        assert {peer(entry) for entry, _ in ingress_from(docs, pod)} == {
            "namespace:envoy-gateway-system",
            "namespace:monitoring",
        }
    assert named(docs, "ConfigMap", "web-settings")["data"]["WEB_TRUSTED_PROXIES"] == "*"
    web = {"app.kubernetes.io/name": WEB, "app.kubernetes.io/component": WEB}
    assert not [p for p, _ in egress(docs, web) if p == "pods"]  # no direct route to any pod of the namespace
