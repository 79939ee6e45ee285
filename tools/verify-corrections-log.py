#!/usr/bin/env python3
"""Checks the desk's corrections log from its public changes feed alone.

    python3 tools/verify-corrections-log.py https://factcheck.example.org

Walks GET /api/v1/changes from the first record to the last and, for each, recomputes the SHA-256 of its
content and of its links to the record before it across the desk and on the same fact-check. Prints the
first record that does not match and exits 1; exits 0 with the number of records and the last hash
(keep it: a later run must still reach it) when the whole chain holds. Python 3 standard library only.
"""
import hashlib
import json
import sys
import urllib.request


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content(record):
    """Each field as its length in characters, a colon, the text and a newline (V131's public_record_content)."""
    fields = [record["kind"], str(record["fact_check_id"]), record["recorded_at"], record["headline"],
              record["rating"], record["rationale"], record["note"] or ""]
    return "".join(f"{len(field)}:{field}\n" for field in fields)


def records(base):
    url = base.rstrip("/") + "/api/v1/changes?limit=100"
    while True:
        with urllib.request.urlopen(url) as answer:
            page = json.load(answer)
        yield from page["items"]
        if not page["more"]:
            return
        url = base.rstrip("/") + "/api/v1/changes?limit=100&cursor=" + page["next_cursor"]


def verify(base):
    previous, previous_by_fact_check, count = None, {}, 0
    for record in records(base):
        where = f"record {record['sequence']} (fact-check {record['fact_check_id']}, {record['kind']})"
        expected_content = sha256(content(record))
        if record["content_sha256"] != expected_content:
            return f"{where}: its content does not hash to content_sha256"
        if record["previous_sha256"] != previous:
            return f"{where}: previous_sha256 is not the hash of the record before it"
        previous_here = previous_by_fact_check.get(record["fact_check_id"])
        if record["previous_in_fact_check_sha256"] != previous_here:
            return f"{where}: previous_in_fact_check_sha256 is not the hash of this fact-check's record before it"
        expected = sha256(f"{previous or ''}\n{previous_here or ''}\n{expected_content}")
        if record["sha256"] != expected:
            return f"{where}: sha256 does not match its links and content"
        previous = previous_by_fact_check[record["fact_check_id"]] = record["sha256"]
        count += 1
    print(f"The corrections log holds: {count} records, the last with sha256 {previous}")
    return None


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: verify-corrections-log.py BASE_URL")
    failure = verify(sys.argv[1])
    if failure:
        print("The corrections log was altered: " + failure)
        sys.exit(1)
