"""PyTorch's gradcheck on the benchmark's claims: the same f, the same points, the same claimed G.

Reads one JSON job on stdin (written by bench/gradcheck.ts) and writes the verdicts as JSON on
stdout. For each point, the claimed gradient G (already evaluated and perturbed by the benchmark,
exactly as the oracle saw it) becomes the analytical gradient of a function whose value is f:

    fn(W) = f(W) + sum((W - W.detach()) * G)

Its value is f(W) (the second term is exactly zero) and autograd's gradient is G, so gradcheck
compares its finite differences of f with G, at its default tolerances (eps 1e-6, atol 1e-5,
rtol 1e-3), in float64. A run of cases is refuted when gradcheck fails on any of its cases.

Job: {"f": python expression, "wrt": name, "groups": [{"key": ..., "stopAfterZero": k | null,
"runs": [[point, ...], ...]}]} with point = {"values": {name: rows}, "dims": {letter: n}, "G": rows}.
Groups are tried in order; a group with stopAfterZero k is skipped ("not run") once k groups with
the same "series" in a row refuted nothing.
"""
import json
import math
import sys

import torch
from torch.autograd import gradcheck

D = torch.float64


def c(x):
    return torch.tensor([[float(x)]], dtype=D)


def scalar(t):
    return t.numel() == 1


def arr(rows):
    return torch.cat([torch.cat([x.reshape(1, 1) for x in r], dim=1) for r in rows], dim=0)


def op_add(a, b): return a + b
def op_sub(a, b): return a - b
def op_emul(a, b): return a * b
def op_ediv(a, b): return a / b
def op_epow(a, b): return a ** b
def op_neg(a): return -a
def op_pos(a): return a
def op_t(a): return a.transpose(0, 1)


def op_mul(a, b):
    return a * b if scalar(a) or scalar(b) else a @ b


def op_div(a, b):
    return a / b if scalar(b) else a @ torch.linalg.inv(b)


def op_pow(a, b):
    if scalar(a):
        return a ** b
    return torch.linalg.matrix_power(a, int(b.item()))


def size(t):
    return int(round(t.item()))


def f_exp(a): return torch.exp(a)
def f_log(a): return torch.log(a)
def f_sqrt(a): return torch.sqrt(a)
def f_sin(a): return torch.sin(a)
def f_cos(a): return torch.cos(a)
def f_tan(a): return torch.tan(a)
def f_tanh(a): return torch.tanh(a)
def f_sigmoid(a): return torch.sigmoid(a)
def f_abs(a): return torch.abs(a)
def f_sign(a): return torch.sign(a)
def f_square(a): return a * a
def f_trace(a): return torch.trace(a).reshape(1, 1)
def f_inv(a): return torch.linalg.inv(a)
def f_det(a): return torch.linalg.det(a).reshape(1, 1)
def f_logdet(a): return torch.linalg.slogdet(a)[1].reshape(1, 1)
def f_transpose(a): return a.transpose(0, 1)
def f_sum(a): return a.sum().reshape(1, 1)
def f_mean(a): return a.mean().reshape(1, 1)
def f_kron(a, b): return torch.kron(a, b)
def f_softmax(a): return torch.softmax(a, dim=0)
def f_logsumexp(a): return torch.logsumexp(a, dim=0, keepdim=True)


def f_norm(a, p=None):
    # norm(X,2) of a matrix is the spectral norm, as in the oracle (and mathjs); otherwise Frobenius.
    if isinstance(p, torch.Tensor) and a.shape[0] > 1 and a.shape[1] > 1:
        return torch.linalg.matrix_norm(a, ord=2).reshape(1, 1)
    return torch.linalg.norm(a.reshape(-1)).reshape(1, 1)


def f_diag(a):
    if a.shape[0] == 1 or a.shape[1] == 1:
        return torch.diag(a.reshape(-1))
    return torch.diagonal(a).reshape(-1, 1)


def f_eye(r, k=None):
    return torch.eye(size(r), size(k) if k is not None else size(r), dtype=D)


def f_ones(r, k=None):
    return torch.ones(size(r), size(k) if k is not None else 1, dtype=D)


def f_zeros(r, k=None):
    return torch.zeros(size(r), size(k) if k is not None else 1, dtype=D)


def tensor(rows):
    return torch.tensor(rows, dtype=D)


def check_point(code, wrt, point):
    """True, False, or an error message when gradcheck could not run at this point."""
    env = {name: tensor(rows) for name, rows in point["values"].items()}
    for letter, n in point["dims"].items():
        env[letter] = c(n)
    g = tensor(point["G"])

    def fn(w):
        with torch.no_grad():
            scope = dict(env)
            scope[wrt] = w.detach()
            value = eval(code, HELPERS, {"v": scope})
        return value + ((w - w.detach()) * g).sum()

    w = env[wrt].clone().requires_grad_(True)
    try:
        return bool(gradcheck(fn, (w,), raise_exception=False))
    except Exception as e:  # a point gradcheck cannot handle (f not finite, a singular matrix, ...)
        return "error: " + str(e).split("\n")[0][:200]


HELPERS = {k: v for k, v in globals().items() if k.startswith(("f_", "op_")) or k in ("c", "arr", "torch", "math")}


def main():
    job = json.load(sys.stdin)
    code = compile(job["f"], "<f>", "eval")
    out = []
    zeros_in_a_row = {}
    for group in job["groups"]:
        series = group.get("series")
        limit = group.get("stopAfterZero")
        if limit is not None and zeros_in_a_row.get(series, 0) >= limit:
            out.append({"key": group["key"], "ran": False})
            continue
        runs = []
        for points in group["runs"]:
            verdict = {"refuted": False, "cases": 0, "errors": 0}
            for point in points:
                r = check_point(code, job["wrt"], point)
                if r is True:
                    verdict["cases"] += 1
                elif r is False:
                    verdict["refuted"] = True
                    break
                else:
                    verdict["errors"] += 1
                    verdict["error"] = r
            runs.append(verdict)
        refuted = sum(1 for r in runs if r["refuted"])
        if series is not None:
            zeros_in_a_row[series] = zeros_in_a_row.get(series, 0) + 1 if refuted == 0 else 0
        out.append({"key": group["key"], "ran": True, "runs": runs})
    json.dump({"torch": torch.__version__, "groups": out}, sys.stdout)


if __name__ == "__main__":
    main()
