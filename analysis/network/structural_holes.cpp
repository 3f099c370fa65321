#include "analysis/network/structural_holes.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace samsim::analysis {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kBlock = 256;  // nodes per parallel job: large enough to amortise the scratch arrays

// Per-node strength S_j = sum_k z_jk and largest tie max_k z_jk, shared read-only by all jobs.
struct RowStats {
  std::vector<double> inverseStrength;  // 1 / S_j, or 0 when S_j == 0 (networkx: p = 0 then)
  std::vector<double> inverseMax;       // 1 / max_k z_jk, or 0 when that is 0
};

RowStats rowStats(const SparseRowMatrix& z) {
  const auto n = static_cast<std::size_t>(z.rows());
  RowStats s{std::vector<double>(n, 0.0), std::vector<double>(n, 0.0)};
  for (int j = 0; j < z.rows(); ++j) {
    double sum = 0.0;
    double max = 0.0;
    for (SparseRowMatrix::InnerIterator it(z, j); it; ++it) {
      sum += it.value();
      max = std::max(max, it.value());
    }
    s.inverseStrength[static_cast<std::size_t>(j)] = sum > 0.0 ? 1.0 / sum : 0.0;
    s.inverseMax[static_cast<std::size_t>(j)] = max > 0.0 ? 1.0 / max : 0.0;
  }
  return s;
}

// Scratch arrays indexed by node, valid for entries whose stamp equals the current ego.
struct Scratch {
  explicit Scratch(std::size_t n) : stamp(n, -1), direct(n, 0.0), indirect(n, 0.0) {}
  std::vector<int> stamp;
  std::vector<double> direct;    // p_iq
  std::vector<double> indirect;  // sum_j p_ij p_jq
};

template <bool kFull>
NodeMeasures measureNode(const SparseRowMatrix& z, const RowStats& stats, int i, Scratch& s) {
  NodeMeasures m;
  const int* outer = z.outerIndexPtr();
  const int* cols = z.innerIndexPtr();
  const double* vals = z.valuePtr();
  const int begin = outer[i];
  const int end = outer[i + 1];
  m.degree = end - begin;
  const double invS = stats.inverseStrength[static_cast<std::size_t>(i)];
  if (m.degree == 0 || invS == 0.0) {  // isolate, or only zero-weight contacts (igraph: NaN)
    m.constraint = m.effectiveSize = m.efficiency = m.hierarchy = kNaN;
    return m;
  }
  for (int e = begin; e < end; ++e) {
    const auto q = static_cast<std::size_t>(cols[e]);
    s.stamp[q] = i;
    s.direct[q] = vals[e] * invS;
    s.indirect[q] = 0.0;
  }
  double redundancy = 0.0;  // sum_j sum_q p_iq m_jq
  for (int e = begin; e < end; ++e) {
    const auto j = static_cast<std::size_t>(cols[e]);
    const double pij = s.direct[j];
    const double invSj = stats.inverseStrength[j];
    const double invMaxj = stats.inverseMax[j];
    for (int f = outer[j]; f < outer[j + 1]; ++f) {
      const auto q = static_cast<std::size_t>(cols[f]);
      if (s.stamp[q] != i) continue;  // only contacts of i enter c_iq (and m_jq for redundancy)
      s.indirect[q] += pij * (vals[f] * invSj);
      if constexpr (kFull) redundancy += s.direct[q] * (vals[f] * invMaxj);
    }
  }
  double constraint = 0.0;
  for (int e = begin; e < end; ++e) {
    const auto j = static_cast<std::size_t>(cols[e]);
    const double c = s.direct[j] + s.indirect[j];
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
        const auto j = static_cast<std::size_t>(cols[e]);
        const double c = s.direct[j] + s.indirect[j];
        const double r = c * c * n / constraint;
        if (r > 0.0) h += r * std::log(r);  // r ln r -> 0 as r -> 0
      }
      m.hierarchy = h / (n * std::log(n));
    }
  }
  return m;
}

template <bool kFull>
std::vector<NodeMeasures> compute(const Graph& graph, sim::Executor* executor) {
  const SparseRowMatrix& z = graph.mutual();
  const RowStats stats = rowStats(z);
  const int n = graph.nodeCount();
  std::vector<NodeMeasures> out(static_cast<std::size_t>(n));
  const auto blocks = static_cast<std::size_t>((n + kBlock - 1) / kBlock);
  auto job = [&](std::size_t block) {
    Scratch scratch(static_cast<std::size_t>(n));
    const int first = static_cast<int>(block) * kBlock;
    const int last = std::min(n, first + kBlock);
    for (int i = first; i < last; ++i)
      out[static_cast<std::size_t>(i)] = measureNode<kFull>(z, stats, i, scratch);
  };
  if (executor != nullptr) {
    executor->forEach(blocks, job);
  } else {
    for (std::size_t b = 0; b < blocks; ++b) job(b);
  }
  return out;
}

}  // namespace

std::vector<NodeMeasures> burtMeasures(const Graph& graph, sim::Executor* executor) {
  return compute<true>(graph, executor);
}

std::vector<double> burtConstraint(const Graph& graph, sim::Executor* executor) {
  const std::vector<NodeMeasures> m = compute<false>(graph, executor);
  std::vector<double> out(m.size());
  std::transform(m.begin(), m.end(), out.begin(), [](const NodeMeasures& x) { return x.constraint; });
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
