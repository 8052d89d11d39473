#!/usr/bin/env bash
# The README's walk-through: 2774/UBND-NC from registration to the report, on the dates of 2021.
set -euo pipefail
cd "$(dirname "$0")/.."
run() { echo "\$ $*"; "$@"; echo; }
run tracker init
run tracker agencies load examples/agencies.toml
run tracker directives add examples/directives/2774-UBND-NC.toml --now 2021-06-08T09:00
run tracker tasks list --agency STTTT --now 2021-06-09T08:00
run tracker tasks list --agency CA-TG --now 2021-06-09T08:00 --limit 4
run tracker tasks done 17 --agency STTTT --note "Đã gửi Kế hoạch số 85/KH-STTTT" --now 2021-06-09T16:20
run tracker tasks done 29 --agency UBND-MYTHO --now 2021-06-10T09:30
run tracker tasks done 17 --agency UBND-MYTHO || true
run tracker tasks extend 6 --to 15/6/2021 --reason "Sở GD&ĐT xin gia hạn do trùng kỳ thi" --now 2021-06-09T10:00
run tracker tasks done 6 --agency SGDDT --now 2021-06-14T15:00
run tracker tasks done 20 --agency SYT --note "Báo cáo" --now 2021-06-09T11:00
run tracker tasks return 20 --reason "Thiếu kế hoạch chi tiết" --now 2021-06-09T14:00
run tracker tasks history 20
run tracker tasks list --agency UBND-CAIBE --json --now 2021-06-10T08:00 --limit 1
run tracker report --directive 2774/UBND-NC --now 2021-06-16T08:00
