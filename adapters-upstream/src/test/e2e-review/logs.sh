#!/bin/bash
curl -s "localhost:18800/api/admin/logs?size=${1:-5}" -H "authorization: Bearer $(cat /tmp/rev/token)" | python3 -c '
import json,sys
for i in json.load(sys.stdin)["items"]: print(i["id"],i["model_id"],i["status"],i["prompt_tokens"],i["completion_tokens"],i["latency_ms"])'
