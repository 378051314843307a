#!/usr/bin/env python3
"""Solves an exported priority model with HiGHS, an independent solver, and prints
`STATUS OBJECTIVE` (the objective without the model's constant, which LP and MPS files do not
carry). Used by the planner's tests to cross-check each priority the tool proves:

  harmonize plan DATASET --export-model /tmp/plan.mps     # plan-shortfall.mps, ...
  scripts/highs-check.py /tmp/plan-changes.mps [SECONDS]

Needs `pip install highspy` (scripts/ensure-solvers installs it). One thread, relative gap 0.
"""
import sys

import highspy


def main():
    path = sys.argv[1]
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 120.0
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    h.setOptionValue("mip_rel_gap", 0.0)
    h.setOptionValue("time_limit", seconds)
    h.readModel(path)
    h.run()
    status = h.modelStatusToString(h.getModelStatus())
    print(status.replace(" ", "_"), repr(h.getInfo().objective_function_value))


if __name__ == "__main__":
    main()
