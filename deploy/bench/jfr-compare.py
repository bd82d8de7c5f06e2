#!/usr/bin/env python3
"""Compares two JFR recordings of the same load (ab-cpu.sh with JFR=1) per 1,000 requests, by part of the relay.

Usage: deploy/bench/jfr-compare.py A.jfr REQUESTS_A B.jfr REQUESTS_B
(REQUESTS_*: rows in each server's chat_logs, e.g. sqlite3 dataA/chat.db 'select count(*) from chat_logs').

Each CPU sample goes to the innermost frame that names a part of Switchboard (below); samples wholly inside
libraries go to the library. Figures are samples per 1,000 requests, so runs of different length compare.
"""
import collections
import json
import subprocess
import sys

PARTS = [
    ("line reader", ["SseLineReader.", "LineSplitter."]),
    ("top-level scan", ["TopLevel."]),
    ("chunk inspection", ["ChunkInspector.", "PlainChoices.", "OpenAiStreamDecoder.", "Chunk."]),
    ("relay write", ["SseRelay."]),
    ("answer tally", ["StreamingChat.", "AnswerTally."]),
    ("streamed events", ["StreamedEvents."]),
    ("upstream exchange", ["UpstreamExchange.", "UpstreamConnector."]),
    ("usage rows", ["UsageLog", "JdbcUsageLogWriter", "ConfirmingUsageWriter", "QuotaRollups", "PeriodUsage"]),
    ("upstream request", ["OpenAiRequestMapper", "ProviderUpstreamChat", "HttpTransport", "OpenAiUpstreamChat"]),
    ("relay service", ["RelayChatService.", "QuotaService.", "ChannelChoicePolicy", "ChannelHealth"]),
    ("chat controller", ["ChatController.", "OpenAiChatRequests."]),
    ("filters", ["Filter."]),
]
LIBRARIES = [("reactor", ["reactor/"]), ("netty", ["io/netty"]), ("micronaut", ["io/micronaut"]),
             ("jdbc", ["sqlite", "jdbc", "postgresql"])]


def part_of(frames):
    for table in (PARTS, LIBRARIES):
        for name in frames:
            for part, patterns in table:
                if any(p in name for p in patterns):
                    return part
    return "other"


def load(recording, requests):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "128", "--events", "jdk.ExecutionSample",
                          recording], capture_output=True, text=True, check=True).stdout
    counts = collections.Counter()
    for event in json.loads(out)["recording"]["events"]:
        frames = (event["values"].get("stackTrace") or {}).get("frames") or []
        counts[part_of([f["method"]["type"]["name"] + "." + f["method"]["name"] for f in frames])] += 1
    return {part: n * 1000.0 / requests for part, n in counts.items()}


def main():
    a = load(sys.argv[1], float(sys.argv[2]))
    b = load(sys.argv[3], float(sys.argv[4]))
    print(f"{'part':20} {'A':>7} {'B':>7} {'B-A':>7}")
    for part in [p for p, _ in PARTS] + [p for p, _ in LIBRARIES] + ["other"]:
        print(f"{part:20} {a.get(part, 0):7.2f} {b.get(part, 0):7.2f} {b.get(part, 0) - a.get(part, 0):+7.2f}")
    print(f"{'total':20} {sum(a.values()):7.2f} {sum(b.values()):7.2f} {sum(b.values()) - sum(a.values()):+7.2f}")


if __name__ == "__main__":
    main()
