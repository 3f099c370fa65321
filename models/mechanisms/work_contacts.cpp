// Everyday work contacts outside one's own unit (docs/ODD.md §2: ties strengthen with joint work
// and decay without it; 000 §5.3 drift). Besides the issues the model follows one by one, people deal
// with others in their sector and, less often, in other sectors — shared clients, a question to a
// colleague elsewhere, a network or a course (Kleinbaum, Stuart & Tushman 2013: communication
// follows formal structure, cross-unit contact is rarer; leaders and staff functions span groups
// most). Most contacts are with people already known (Kossinets & Watts 2006: interaction runs
// mostly along existing ties), which renews those ties; the rest meet someone new, preferably a
// contact's contact (triadic closure, Kossinets & Watts 2006), otherwise someone met through a
// shared case. Each contact strengthens the tie by `network.contact_gain`; one contact alone is
// acquaintance, repeated contact builds trust. Unused ties fade (informal_network.cpp).
#include <algorithm>

#include "models/mechanisms/mechanisms.hpp"
#include "models/organisation/organisation.hpp"

namespace samsim::models {
namespace {

bool frontLine(Role r) {
  return r == Role::Staff;
}

// Whether `other` is in the category a contact is meant for: the own sector outside the own
// unit, or another sector.
bool inCategory(const Workforce& wf, int self, int other, bool cross) {
  const auto us = static_cast<std::size_t>(self);
  const auto uo = static_cast<std::size_t>(other);
  if (cross) return wf.agents.sector[uo] != wf.agents.sector[us];
  return wf.agents.sector[uo] == wf.agents.sector[us] && wf.agents.unit[uo] != wf.agents.unit[us];
}

// Whether a slot holds someone still known: a tie weaker than network.present_threshold is
// forgotten (network_measures.cpp counts the same ties as present).
bool known(const RunContext& now, const InformalNetwork& ties, const TieSlot& slot) {
  return slot.other >= 0 && ties.weightOf(slot, now.day) >= now.sc().measurement.presentThreshold;
}

int knownContact(const RunContext& now, const Workforce& wf, const InformalNetwork& ties, int self,
                 bool cross, sim::RandomStream& rng) {
  // The first known person of the category from a random slot on: one draw, every slot equally
  // likely to be the start.
  const TieSlot* row = ties.row(self);
  const int K = ties.slots();
  const int start = static_cast<int>(rng.below(static_cast<std::uint64_t>(K)));
  for (int k = 0; k < K; ++k) {
    const TieSlot& slot = row[(start + k) % K];
    if (known(now, ties, slot) && inCategory(wf, self, slot.other, cross)) return slot.other;
  }
  return -1;
}

int newContact(const RunContext& now, const Workforce& wf, const InformalNetwork& ties, int self, bool cross,
               sim::RandomStream& rng) {
  // A contact's contact first: someone a person still known still knows.
  const TieSlot* row = ties.row(self);
  const TieSlot& via = row[rng.below(static_cast<std::uint64_t>(ties.slots()))];
  if (known(now, ties, via)) {
    const TieSlot& next = ties.row(via.other)[rng.below(static_cast<std::uint64_t>(ties.slots()))];
    if (known(now, ties, next) && next.other != self && inCategory(wf, self, next.other, cross))
      return next.other;
  }
  const int own = wf.agents.sector[static_cast<std::size_t>(self)];
  int sector = own;
  if (cross) {
    sector = static_cast<int>(rng.below(static_cast<std::uint64_t>(wf.sectors - 1)));
    if (sector >= own) ++sector;
  }
  const int other = randomInSector(wf, sector, rng);
  return inCategory(wf, self, other, cross) ? other : -1;
}

void contacts(const RunContext& now, const Workforce& wf, InformalNetwork& ties, bool cross,
              sim::RandomStream& rng) {
  const Scenario& s = now.sc();
  const int N = wf.agents.size();
  // Each person has contacts at their role's yearly rate; drawn as a Poisson total over the
  // organisation, the rate of the busiest role bounds it, and a draw is kept with the role's share.
  const double top = cross ? std::max(s.network.crossContactsPerYear, s.network.roleCrossContactsPerYear)
                           : s.network.contactsPerYear;
  if (top <= 0.0) return;
  const auto draws = rng.poisson(top * N / s.workforce.workingDaysPerYear);
  for (std::uint64_t k = 0; k < draws; ++k) {
    const int self = static_cast<int>(rng.below(static_cast<std::uint64_t>(N)));
    const double rate = !cross ? s.network.contactsPerYear
                        : frontLine(wf.agents.role[static_cast<std::size_t>(self)])
                            ? s.network.crossContactsPerYear
                            : s.network.roleCrossContactsPerYear;
    const double keep = rate / top;
    const bool repeat = rng.bernoulli(s.network.repeatContactShare);
    if (keep < 1.0 && !rng.bernoulli(keep)) continue;
    if (!wf.agents.present[static_cast<std::size_t>(self)]) continue;
    int other = repeat ? knownContact(now, wf, ties, self, cross, rng) : -1;
    if (other < 0) other = newContact(now, wf, ties, self, cross, rng);
    if (other < 0 || !wf.agents.present[static_cast<std::size_t>(other)]) continue;
    ties.strengthen(self, other, s.network.contactGain, now.day);
  }
}

}  // namespace

void workContacts(const RunContext& now, const Workforce& wf, InformalNetwork& ties) {
  auto rng = now.stream(sim::purpose("work-contacts"));
  contacts(now, wf, ties, false, rng);
  if (wf.sectors > 1) contacts(now, wf, ties, true, rng);
}

}  // namespace samsim::models
