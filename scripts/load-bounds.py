#!/usr/bin/env python3
"""Cross-checks of the max-load stage with HiGHS (docs/model.md, "Why the largest load is not
proven"). A research aid, not part of the product.

Input: the model `harmonize plan DATASET --export-model FILE.lp` writes (the last stage, with
the rows `fix_shortfall`, `fix_excess` and `fix_max_load` fixing the stages before). The
max-load stage is that model without `fix_max_load`, minimising the column `maxload`.

  scripts/load-bounds.py FILE.lp lp          LP bound, and how many donors' load rows bind
  scripts/load-bounds.py FILE.lp lagrangian  the LP's duals as donor weights: the weighted
                                             load over integer plans against the LP's
  scripts/load-bounds.py FILE.lp cap M [S]   is there a plan with every load <= M? (S seconds)
  scripts/load-bounds.py FILE.lp mip [S]     HiGHS branch-and-cut on the stage (S seconds)

Needs `pip install highspy`. HiGHS runs on one thread with a zero relative gap.
"""
import sys
import time

import highspy


def max_load_stage(path):
    """The exported model as the max-load stage, with its column names and `maxload`."""
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.readModel(path)
    rows = [h.getRowName(i)[1] for i in range(h.getLp().num_row_)]
    h.deleteRows(1, [rows.index("fix_max_load")])
    n = h.getLp().num_col_
    columns = [h.getColName(j)[1] for j in range(n)]
    h.changeColsCost(n, list(range(n)), [0.0] * n)
    m = columns.index("maxload")
    h.changeColCost(m, 1.0)
    h.setOptionValue("threads", 1)
    h.setOptionValue("mip_rel_gap", 0.0)
    return h, columns, m


def relax(h):
    n = h.getLp().num_col_
    h.changeColsIntegrality(n, list(range(n)), [highspy.HighsVarType.kContinuous] * n)


def load_rows(h):
    names = [h.getRowName(i)[1] for i in range(h.getLp().num_row_)]
    return [i for i, name in enumerate(names) if name.startswith("load_")]


def lp(path):
    h, _, _ = max_load_stage(path)
    relax(h)
    began = time.time()
    h.run()
    solution, model = h.getSolution(), h.getLp()
    rows = load_rows(h)
    binding = [i for i in rows if model.row_upper_[i] - solution.row_value[i] < 1e-7]
    print(f"LP bound {h.getInfo().objective_function_value:.6f} in {time.time() - began:.1f} s; "
          f"{len(binding)} of {len(rows)} donors' load rows bind")


def lagrangian(path):
    """min over plans of sum_d w_d load_d, w = the LP's load-row duals (they sum to 1).

    Its optimum over integer plans is a lower bound on the largest load; if it equals the
    LP's, the Lagrangian dual gives nothing beyond the LP bound."""
    h, columns, m = max_load_stage(path)
    relax(h)
    h.run()
    lp_bound = h.getInfo().objective_function_value
    solution, model = h.getSolution(), h.getLp()
    weights = {i: -solution.row_dual[i] for i in load_rows(h)}
    # Row i reads: (load_d's column terms) - maxload <= -(other duties_d / capacity_d).
    n = model.num_col_
    cost = [0.0] * n
    a = model.a_matrix_
    for j in range(n):
        if j == m:
            continue
        for k in range(a.start_[j], a.start_[j + 1]):
            if a.index_[k] in weights:
                cost[j] += weights[a.index_[k]] * a.value_[k]
    constant = sum(w * -model.row_upper_[i] for i, w in weights.items())
    print(f"LP bound {lp_bound:.6f}; weights sum to {sum(weights.values()):.6f}")
    for integer in (False, True):
        g, _, _ = max_load_stage(path)
        g.changeColBounds(m, 0.0, highspy.kHighsInf)
        g.changeColsCost(n, list(range(n)), cost)
        if not integer:
            relax(g)
        g.setOptionValue("time_limit", 300.0)
        began = time.time()
        g.run()
        info = g.getInfo()
        print(f"{'integer' if integer else 'LP'} weighted load "
              f"{info.objective_function_value + constant:.6f}"
              + (f" (bound {info.mip_dual_bound + constant:.6f})" if integer else "")
              + f" in {time.time() - began:.1f} s")


def cap(path, limit, seconds):
    h, _, m = max_load_stage(path)
    h.changeColBounds(m, 0.0, limit)
    n = h.getLp().num_col_
    h.changeColsCost(n, list(range(n)), [0.0] * n)
    h.setOptionValue("time_limit", seconds)
    began = time.time()
    h.run()
    found = h.getInfo().primal_solution_status == 2
    print(f"loads <= {limit}: {h.modelStatusToString(h.getModelStatus())}"
          + (f", max load {h.getSolution().col_value[m]:.6f}" if found else "")
          + f", {time.time() - began:.1f} s")


def mip(path, seconds):
    h, _, _ = max_load_stage(path)
    h.setOptionValue("time_limit", seconds)
    began = time.time()
    h.run()
    info = h.getInfo()
    print(f"{h.modelStatusToString(h.getModelStatus())}: max load "
          f"{info.objective_function_value:.6f}, bound {info.mip_dual_bound:.6f}, "
          f"{time.time() - began:.1f} s")


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    path, command = argv[1], argv[2]
    if command == "lp":
        lp(path)
    elif command == "lagrangian":
        lagrangian(path)
    elif command == "cap" and len(argv) >= 4:
        cap(path, float(argv[3]), float(argv[4]) if len(argv) > 4 else 120.0)
    elif command == "mip":
        mip(path, float(argv[3]) if len(argv) > 3 else 300.0)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
