#include "analysis/network/structural_holes.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace samsim::analysis {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kBlock = 256;  // nodes per parallel job

// Per-node strength S_j = sum_k z_jk and largest tie max_k z_jk, and the row-normalised weights
// p_jk = z_jk / S_j of every stored entry (same index as the CSR values), shared read-only by all
// jobs. Computing p_jk once per entry instead of once per (ego, entry) gives the same doubles.
struct RowStats {
  std::vector<double> inverseStrength;  // 1 / S_j, or 0 when S_j == 0 (networkx: p = 0 then)
  std::vector<double> inverseMax;       // 1 / max_k z_jk, or 0 when that is 0
  std::vector<double> share;            // p_jk per stored entry
};

RowStats rowStats(const SparseRowMatrix& z) {
  const auto n = static_cast<std::size_t>(z.rows());
  const int* outer = z.outerIndexPtr();
  const double* vals = z.valuePtr();
  RowStats s{std::vector<double>(n, 0.0), std::vector<double>(n, 0.0),
             std::vector<double>(static_cast<std::size_t>(outer[n]), 0.0)};
  for (std::size_t j = 0; j < n; ++j) {
    double sum = 0.0;
    double max = 0.0;
    for (int f = outer[j]; f < outer[j + 1]; ++f) {
      sum += vals[f];
      max = std::max(max, vals[f]);
    }
    const double inverse = sum > 0.0 ? 1.0 / sum : 0.0;
    s.inverseStrength[j] = inverse;
    s.inverseMax[j] = max > 0.0 ? 1.0 / max : 0.0;
    for (int f = outer[j]; f < outer[j + 1]; ++f) s.share[static_cast<std::size_t>(f)] = vals[f] * inverse;
  }
  return s;
}

// Per-thread scratch. slot[q] is q's position in the current ego's row, or -1 when q is not a
// contact of the ego; it is all -1 between egos (each ego resets the entries it set), so one
// buffer serves every node, job and graph a thread sees, without clearing. direct/indirect hold
// p_iq and sum_j p_ij p_jq by that position; their last kSinks entries are sinks that take the
// terms of non-contacts (direct is 0 there), so the inner loop has no unpredictable branch.
constexpr int kSinks = 8;  // several sinks: consecutive misses do not wait on each other

struct Scratch {
  std::vector<int> slot;
  std::vector<double> direct;
  std::vector<double> indirect;
  [[nodiscard]] int sinks() const { return static_cast<int>(direct.size()) - kSinks; }
};

Scratch& threadScratch(std::size_t nodes, std::size_t maxDegree) {
  thread_local Scratch s;
  if (s.slot.size() < nodes) s.slot.resize(nodes, -1);
  if (s.direct.size() < maxDegree + kSinks) {
    s.direct.assign(maxDegree + kSinks, 0.0);
    s.indirect.assign(maxDegree + kSinks, 0.0);
  }
  return s;
}

template <bool kFull>
NodeMeasures measureNode(const SparseRowMatrix& z, const RowStats& stats, int i, Scratch& s) {
  NodeMeasures m;
  const int* outer = z.outerIndexPtr();
  const int* cols = z.innerIndexPtr();
  const double* vals = z.valuePtr();
  const double* share = stats.share.data();
  const int begin = outer[i];
  const int end = outer[i + 1];
  m.degree = end - begin;
  if (m.degree == 0 || stats.inverseStrength[static_cast<std::size_t>(i)] == 0.0) {
    // isolate, or only zero-weight contacts (igraph: NaN)
    m.constraint = m.effectiveSize = m.efficiency = m.hierarchy = kNaN;
    return m;
  }
  int* slot = s.slot.data();
  double* direct = s.direct.data();
  double* indirect = s.indirect.data();
  for (int e = begin; e < end; ++e) {
    slot[cols[e]] = e - begin;
    direct[e - begin] = share[e];  // p_iq
    indirect[e - begin] = 0.0;
  }
  // indirect[q] accumulates p_ij p_jq over the contacts j in ascending order (the row order).
  // Only contacts q of i enter c_iq (and m_jq for redundancy); the terms of other nodes go to a
  // sink. That changes no bits: the terms are >= 0, so adding the sinks' 0 * m_jq = +0 to the
  // redundancy (>= +0) leaves it as it is.
  const int sinks = s.sinks();
  double redundancy = 0.0;  // sum_j sum_q p_iq m_jq
  for (int e = begin; e < end; ++e) {
    const auto j = static_cast<std::size_t>(cols[e]);
    const double pij = direct[e - begin];
    for (int f = outer[j]; f < outer[j + 1]; ++f) {
      const int contact = slot[cols[f]];
      const int q = contact >= 0 ? contact : sinks + (f & (kSinks - 1));
      indirect[q] += pij * share[f];
      if constexpr (kFull) redundancy += direct[q] * (vals[f] * stats.inverseMax[j]);
    }
  }
  double constraint = 0.0;
  for (int e = begin; e < end; ++e) {
    const double c = direct[e - begin] + indirect[e - begin];
    constraint += c * c;
  }
  m.constraint = constraint;
  if constexpr (kFull) {
    const double n = m.degree;
    m.effectiveSize = n - redundancy;
    m.efficiency = m.effectiveSize / n;
    // Burt 1992 pp. 70-71: Coleman-Theil disorder of the c_ij relative to their mean C/N.
    if (m.degree == 1) {
      m.hierarchy = 0.0;
    } else {
      double h = 0.0;
      for (int e = begin; e < end; ++e) {
        const double c = direct[e - begin] + indirect[e - begin];
        const double r = c * c * n / constraint;
        if (r > 0.0) h += r * std::log(r);  // r ln r -> 0 as r -> 0
      }
      m.hierarchy = h / (n * std::log(n));
    }
  }
  for (int e = begin; e < end; ++e) slot[cols[e]] = -1;
  return m;
}

// Calls emit(i, measures) for every node; parallel over blocks of nodes when an executor is given.
template <bool kFull, typename Emit>
void compute(const Graph& graph, sim::Executor* executor, Emit emit) {
  const SparseRowMatrix& z = graph.mutual();
  const RowStats stats = rowStats(z);
  const int n = graph.nodeCount();
  std::size_t maxDegree = 0;
  for (int i = 0; i < n; ++i)
    maxDegree = std::max(maxDegree, static_cast<std::size_t>(graph.contactCount(i)));
  const auto blocks = static_cast<std::size_t>((n + kBlock - 1) / kBlock);
  auto job = [&](std::size_t block) {
    Scratch& scratch = threadScratch(static_cast<std::size_t>(n), maxDegree);
    const int first = static_cast<int>(block) * kBlock;
    const int last = std::min(n, first + kBlock);
    for (int i = first; i < last; ++i) emit(i, measureNode<kFull>(z, stats, i, scratch));
  };
  if (executor != nullptr) {
    executor->forEach(blocks, job);
  } else {
    for (std::size_t b = 0; b < blocks; ++b) job(b);
  }
}

// Constraint of every node in one ascending sweep, doing the work of measureNode<false> about
// half as often. The indirect term of ego i towards contact q, sum_j p_ij p_jq over the common
// contacts j of i and q, is summed in ascending j by whichever of i and q comes first: that ego
// meets each such j in its own row order, and p_qj p_ji has the same bits from either end
// because z is symmetric bit for bit (Graph builds both directions from the same arcs in the
// same order), so p_qj = z_jq / S_q from either copy of z_jq. So each ego scans only the
// contacts q above it, adds p_ij p_jq to its own term and p_qj p_ji to q's term, and every term
// sums the same products in the same order as measureNode: the result is identical, as a test
// checks. Sequential by construction (a term may be finished by any lower ego); the parallel
// path uses measureNode.
std::vector<double> constraintSweep(const SparseRowMatrix& z, const RowStats& stats) {
  const auto n = static_cast<std::size_t>(z.rows());
  const int* outer = z.outerIndexPtr();
  const int* cols = z.innerIndexPtr();
  const double* share = stats.share.data();
  const double* inverseStrength = stats.inverseStrength.data();
  const auto entries = static_cast<std::size_t>(outer[n]);
  // mirror[e]: position of entry (j, i) for entry e = (i, j). Rows are sorted, so the entries
  // (j, i) of row j come in ascending i: a cursor per row finds them in one pass.
  // back[e] = p_ji, the share of the mirror entry, read along row i instead of across rows.
  std::vector<int> mirror(entries);
  std::vector<double> back(entries);
  std::vector<int> above(outer, outer + n);  // per row: first entry whose column exceeds the ego
  for (std::size_t i = 0; i < n; ++i)
    for (int e = outer[i]; e < outer[i + 1]; ++e) {
      const int m = above[cols[e]]++;
      mirror[static_cast<std::size_t>(e)] = m;
      back[static_cast<std::size_t>(m)] = share[e];
    }
  std::copy(outer, outer + n, above.begin());
  std::vector<double> indirect(entries, 0.0);  // per entry (i, q): sum_j p_ij p_jq
  Scratch& s = threadScratch(n, 0);
  int* slot = s.slot.data();
  std::vector<double> out(n, kNaN);
  for (std::size_t i = 0; i < n; ++i) {
    const int begin = outer[i];
    const int end = outer[i + 1];
    const auto ego = static_cast<int>(i);
    for (int e = begin; e < end; ++e) slot[cols[e]] = e;
    for (int e = begin; e < end; ++e) {
      const auto j = static_cast<std::size_t>(cols[e]);
      const double pij = share[e];
      const double pji = back[static_cast<std::size_t>(e)];
      int f = above[j];
      while (f < outer[j + 1] && cols[f] <= ego) ++f;
      above[j] = f;
      for (; f < outer[j + 1]; ++f) {
        const int iq = slot[cols[f]];
        if (iq < 0) continue;  // q is not a contact of i
        indirect[static_cast<std::size_t>(iq)] += pij * share[f];
        const double pqj = back[static_cast<std::size_t>(f)];
        indirect[static_cast<std::size_t>(mirror[static_cast<std::size_t>(iq)])] += pqj * pji;
      }
    }
    for (int e = begin; e < end; ++e) slot[cols[e]] = -1;
    if (begin == end || inverseStrength[i] == 0.0) continue;  // NaN, as measureNode
    double constraint = 0.0;
    for (int e = begin; e < end; ++e) {
      const double c = share[e] + indirect[static_cast<std::size_t>(e)];
      constraint += c * c;
    }
    out[i] = constraint;
  }
  return out;
}

}  // namespace

std::vector<NodeMeasures> burtMeasures(const Graph& graph, sim::Executor* executor) {
  std::vector<NodeMeasures> out(static_cast<std::size_t>(graph.nodeCount()));
  compute<true>(graph, executor,
                [&out](int i, const NodeMeasures& m) { out[static_cast<std::size_t>(i)] = m; });
  return out;
}

std::vector<double> burtConstraint(const Graph& graph, sim::Executor* executor) {
  if (executor == nullptr) return constraintSweep(graph.mutual(), rowStats(graph.mutual()));
  std::vector<double> out(static_cast<std::size_t>(graph.nodeCount()));
  compute<false>(graph, executor,
                 [&out](int i, const NodeMeasures& m) { out[static_cast<std::size_t>(i)] = m.constraint; });
  return out;
}

double meanFinite(const std::vector<double>& values) {
  double sum = 0.0;
  long long count = 0;
  for (double v : values) {
    if (std::isfinite(v)) {
      sum += v;
      ++count;
    }
  }
  return count == 0 ? kNaN : sum / static_cast<double>(count);
}

double meanConstraint(const std::vector<NodeMeasures>& measures) {
  std::vector<double> c(measures.size());
  std::transform(measures.begin(), measures.end(), c.begin(),
                 [](const NodeMeasures& x) { return x.constraint; });
  return meanFinite(c);
}

}  // namespace samsim::analysis
