"""JSON-Schema snapshots of events and the rules they must keep.

Within a major version a schema may only grow optional fields; public schemas hold ids and codes only.
"""

from typing import Any

from mentor_contracts.events import Event

JsonSchema = dict[str, Any]

# Property names that smell of a person or of text a person wrote; forbidden in public events.
PERSONAL_NAMES = (
    "author",
    "mentee",
    "name",
    "email",
    "e_mail",
    "phone",
    "school",
    "address",
    "profile",
    "text",
    "comment",
    "reason",
    "problem",
    "question",
    "answer",
    "explanation",
    "title",
    "body",
    "note",
)
_SAFE_STRING_KEYS = ("format", "enum", "const", "pattern")


def event_schema(event: type[Event]) -> JsonSchema:
    schema = event.model_json_schema()
    schema["$id"] = event.dataschema()
    return schema


def snapshot_name(event: type[Event]) -> str:
    return f"{event.audience}/{event.routing_key()}.json"


def _resolve(schema: JsonSchema, root: JsonSchema) -> JsonSchema:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        resolved: JsonSchema = root.get("$defs", {}).get(ref.removeprefix("#/$defs/"), {})
        return resolved
    return schema


def _shape(schema: JsonSchema, root: JsonSchema) -> Any:
    """What a value must look like, ignoring documentation keys."""
    schema = _resolve(schema, root)
    if "anyOf" in schema:
        return ("anyOf", sorted(str(_shape(s, root)) for s in schema["anyOf"]))
    if schema.get("type") == "array":
        return ("array", _shape(schema.get("items", {}), root))
    if schema.get("type") == "object":
        return ("object",)
    return (schema.get("type"), schema.get("format"), schema.get("const"), schema.get("pattern"))


def compatibility_problems(old: JsonSchema, new: JsonSchema, path: str = "") -> list[str]:
    """Why `new` cannot replace `old` within one major version (empty when compatible)."""
    return _compare_objects(old, old, new, new, path or "$")


def _compare_objects(
    old: JsonSchema, old_root: JsonSchema, new: JsonSchema, new_root: JsonSchema, path: str
) -> list[str]:
    problems: list[str] = []
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    for name in old_props:
        if name not in new_props:
            problems.append(f"{path}.{name}: removed")
    for name in set(new.get("required", [])) - set(old.get("required", [])):
        problems.append(f"{path}.{name}: newly required")
    for name, old_prop in old_props.items():
        if name not in new_props:
            continue
        problems.extend(_compare_values(old_prop, old_root, new_props[name], new_root, f"{path}.{name}"))
    return problems


def _compare_values(
    old: JsonSchema, old_root: JsonSchema, new: JsonSchema, new_root: JsonSchema, path: str
) -> list[str]:
    old_r, new_r = _resolve(old, old_root), _resolve(new, new_root)
    if "enum" in old_r:
        removed = set(old_r["enum"]) - set(new_r.get("enum") or old_r["enum"])
        return [f"{path}: enum values removed {sorted(removed)}"] if removed else []
    if old_r.get("type") == "object" and new_r.get("type") == "object":
        return _compare_objects(old_r, old_root, new_r, new_root, path)
    if old_r.get("type") == "array" and new_r.get("type") == "array":
        return _compare_values(old_r.get("items", {}), old_root, new_r.get("items", {}), new_root, f"{path}[]")
    if _shape(old_r, old_root) != _shape(new_r, new_root):
        return [f"{path}: type changed"]
    return []


def public_schema_problems(schema: JsonSchema) -> list[str]:
    """Free-text or personal fields in a schema meant for the public stream."""
    problems: list[str] = []

    def walk(node: JsonSchema, path: str) -> None:
        node = _resolve(node, schema)
        for name, prop in node.get("properties", {}).items():
            if any(word in name.lower() for word in PERSONAL_NAMES):
                problems.append(f"{path}.{name}: personal or free-text field name")
            walk(prop, f"{path}.{name}")
        for key in ("items",):
            if key in node:
                walk(node[key], f"{path}[]")
        for option in node.get("anyOf", []):
            walk(option, path)
        if node.get("type") == "string" and not any(k in node for k in _SAFE_STRING_KEYS):
            problems.append(f"{path}: free-text string (no format, enum, const or pattern)")
        if node.get("type") == "object" and node.get("additionalProperties") not in (None, False):
            problems.append(f"{path}: open-ended object")

    walk(schema, "$")
    return problems
