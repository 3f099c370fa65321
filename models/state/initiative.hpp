#pragma once
// State of initiatives: projects agents start from their own slack to improve collaboration across
// services (002), including co-creation with citizens and volunteers (003, 004). The mechanism is
// in models/mechanisms/initiatives.cpp; docs/ODD.md §7 "Initiatives and co-creation".
#include <cstdint>
#include <vector>

namespace samsim::models {

enum class InitiativeStage : std::uint8_t { Developing, Ready, Adopted, Faded };
// Which authority endorsed an adopted initiative (002: professional vs administrative authority).
enum class Endorsement : std::uint8_t { None, Professional, Line, Arena };

struct Initiative {
  int id = -1;
  int champion = -1;
  int startDay = 0;
  bool coCreation = false;
  bool measured = false;             // started after the warm-up: counted in the outputs
  std::vector<int> participants;     // the champion first
  std::vector<int> joinedTenureDay;  // a participant whose post was refilled has left
  double progress = 0.0;             // hours of joint work done
  int idleDays = 0;                  // consecutive working days the champion had no hours for it
  InitiativeStage stage = InitiativeStage::Developing;
  Endorsement endorsement = Endorsement::None;
  int reachedUnits = 0;        // units beyond the participants' own that took it up
  bool singleCarrier = false;  // without the champion, no unit beyond the participants' is reached
};

struct InitiativeCounters {
  std::int64_t started = 0, adopted = 0, faded = 0;
  std::int64_t byProfessional = 0, byLine = 0, byArena = 0;
  std::int64_t reachedUnits = 0, singleCarrier = 0;
  std::int64_t coStarted = 0, coAdopted = 0, coBlocked = 0, coReachedUnits = 0;
  double hours = 0.0;
};

struct InitiativeState {
  std::vector<Initiative> all;
  std::vector<int> active;  // ids of developing or ready initiatives, oldest first
  std::vector<int> busy;    // per agent: the initiative they work on, or -1
  InitiativeCounters counters;
};

}  // namespace samsim::models
