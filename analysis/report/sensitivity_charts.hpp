#pragma once
// The report of a sensitivity sweep (design morris or sobol) from its sensitivity.csv: which
// settings drive each outcome, as ranked bars of Sobol indices with intervals or as Morris μ*
// against σ, in plain words. Replaces the one-setting-at-a-time response charts for such sweeps.
#include "analysis/report/chart_specs.hpp"

namespace samsim::analysis::report {

[[nodiscard]] bool isSensitivitySweep(const OutputDir& output);  // sweep.json has a sensitivity part
Section sensitivitySection(const OutputDir& output);

}  // namespace samsim::analysis::report
