#!/bin/bash
# chat.sh MODEL STREAM [curl args...]
m=$1; st=$2; shift 2
curl -s -N localhost:18800/v1/chat/completions -H 'content-type: application/json' -d "{\"model\":\"$m\",\"stream\":$st,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}" "$@"
