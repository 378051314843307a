#!/usr/bin/env python3
"""The planner's shape limits (issue "Shape of the planner"): no function longer than 60 lines
and no file longer than 400 in Sources/HarmonizePlanning. Prints each one over and exits 1.

    scripts/check-shape.py [FOLDER...]   # default: Sources/HarmonizePlanning

A function is a `func`, an `init` or a computed `var` or `subscript` with a body; its length
runs from its first line to its closing brace (strings and `//` comments are not counted for
braces).
"""
import pathlib
import re
import sys

FUNCTION_LINES = 60
FILE_LINES = 400
START = re.compile(
    r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*"
    r"(?:(?:public|private|fileprivate|internal|package|static|mutating|override|final|"
    r"nonisolated|convenience|required)(?:\(set\))?\s+)*"
    r"(?:func\s+\w+|init[?!]?\s*[(<]|subscript\s*[(<]|var\s+\w+\s*:[^=]*\{\s*$)")
STRING = re.compile(r'"(?:\\.|[^"\\])*"')


def body_end(lines, first):
    depth, opened = 0, False
    for k in range(first, len(lines)):
        code = STRING.sub("", lines[k]).split("//")[0]
        for ch in code:
            if ch == "{":
                depth, opened = depth + 1, True
            elif ch == "}":
                depth -= 1
        if opened and depth <= 0:
            return k
        if not opened and k > first and not lines[k].strip():
            return None  # a protocol requirement: no body
    return None


def main(folders):
    over = []
    for folder in folders:
        for path in sorted(pathlib.Path(folder).rglob("*.swift")):
            lines = path.read_text().split("\n")
            if len(lines) - 1 > FILE_LINES:
                over.append(f"{path}: {len(lines) - 1} lines (at most {FILE_LINES})")
            for k, line in enumerate(lines):
                if not START.match(line):
                    continue
                end = body_end(lines, k)
                if end is not None and end - k + 1 > FUNCTION_LINES:
                    over.append(
                        f"{path}:{k + 1}: {end - k + 1} lines (at most {FUNCTION_LINES}): "
                        + line.strip())
    for line in over:
        print(line)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["Sources/HarmonizePlanning"]))
