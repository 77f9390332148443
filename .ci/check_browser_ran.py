"""Fail unless every JUnit report shows browser tests that ran and passed (none skipped)."""

import sys
import xml.etree.ElementTree as ET  # noqa: S405 - our own pytest output


def main(paths):
    failed = False
    for path in paths:
        cases = [
            case
            for case in ET.parse(path).iter("testcase")  # noqa: S314
            if case.get("classname", "").startswith("tests.browser")
        ]
        ran = [case for case in cases if not list(case)]
        if not cases or len(ran) != len(cases):
            print(f"{path}: {len(ran)} of {len(cases)} browser tests ran and passed")
            failed = True
        else:
            print(f"{path}: all {len(cases)} browser tests ran and passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
