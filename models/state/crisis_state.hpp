#pragma once
// The crisis and the redeployment of staff it sets off (crisis.cpp, redeployment.cpp; 000 §5.1–5.2).
#include <vector>

namespace samsim::models {

struct CrisisState {
  bool active = false;
  int phase = -1;  // 0 redeployment, 1 harmonisation, 2 endurance (000 §5.1–5.2)
  bool acute = false;
};

struct RedeploymentState {
  int overviewDay = -1;
  int movesFrom = -1;
  std::vector<int> moved;
  int nextCriticalUnit = 0;
};

}  // namespace samsim::models
