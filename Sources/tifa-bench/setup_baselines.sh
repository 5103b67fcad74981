#!/usr/bin/env bash
# Creates .venv-bench with the tools tifa-bench compares Tifa against, at pinned versions.
set -euo pipefail
python3 -m venv .venv-bench
.venv-bench/bin/pip install --quiet jieba==0.42.1 rjieba==0.2.2 fsrs==6.3.2 fsrs-rs-python==0.9.3
echo "baselines installed in .venv-bench"
