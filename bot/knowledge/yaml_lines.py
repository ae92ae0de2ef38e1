"""A YAML reader that remembers the line of every key and list item, so problems can name the line."""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode


class LineDict(dict[Any, Any]):
    """A mapping read from YAML: `line` is where it starts, `lines[key]` where each key is."""

    line: int
    lines: dict[Any, int]
    duplicate_keys: list[tuple[Any, int]]


class LineList(list[Any]):
    """A list read from YAML: `line` is where it starts, `lines[i]` where each item is."""

    line: int
    lines: list[int]
    merged: list[bool]  # a plain item running over several lines: usually a mis-indented "- " swallowed


class _LineLoader(yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader):  # type: ignore[misc]
    """SafeLoader that keeps line numbers and leaves dates as text (we parse them with clearer errors)."""


# Dates stay strings: PyYAML's own date parsing fails with an unhelpful exception on "2026-13-01".
_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_mapping(loader: _LineLoader, node: Node) -> LineDict:
    assert isinstance(node, MappingNode)
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.lines = {}
    result.duplicate_keys = []
    for key_node, value_node in node.value:
        if not isinstance(key_node, ScalarNode):
            # A list or mapping as a key ("? [a, b]") cannot be a field name; report it, never raise TypeError.
            raise yaml.constructor.ConstructorError(
                "while reading a mapping",
                node.start_mark,
                "a list or mapping is used as a field name",
                key_node.start_mark,
            )
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in result:
            result.duplicate_keys.append((key, line))
        result[key] = loader.construct_object(value_node, deep=True)
        result.lines[key] = line
    return result


def _construct_sequence(loader: _LineLoader, node: Node) -> LineList:
    assert isinstance(node, SequenceNode)
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.lines = [child.start_mark.line + 1 for child in node.value]
    result.merged = [
        isinstance(child, ScalarNode)
        and not child.style
        and child.end_mark.line > child.start_mark.line
        and " - " in str(child.value)
        for child in node.value
    ]
    return result


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def load_yaml_with_lines(text: str) -> Any:
    """Parse YAML text; mappings become LineDict and lists LineList. Raises yaml.YAMLError."""
    return yaml.load(text, Loader=_LineLoader)


_OPENING_QUOTE = re.compile(r"""^\s*(?:-\s+|[\w-]+:\s+)(["'])(.*)$""")


def unclosed_quote_line(text: str) -> int | None:
    """Return the first line whose value opens a quote it never closes (used to explain a YAML error)."""
    for number, line in enumerate(text.splitlines(), start=1):
        match = _OPENING_QUOTE.match(line)
        if not match:
            continue
        quote, rest = match.groups()
        closed = re.search(r'(?<!\\)"', rest) if quote == '"' else re.search("'", rest.replace("''", ""))
        if not closed:
            return number
    return None
