// Network snapshots (network_export.hpp). GraphML is written by hand, every text escaped for XML;
// numbers are printed in their shortest exact form, so files read back to the same doubles.
#include "models/outputs/network_export.hpp"

#include <cmath>

#include <fmt/format.h>

#include "analysis/network/graph.hpp"
#include "analysis/network/structural_holes.hpp"
#include "models/mechanisms/mechanisms.hpp"
#include "sim/text.hpp"

namespace samsim::models {

std::string_view roleName(Role r) {
  switch (r) {
    case Role::Staff:
      return "staff";
    case Role::UnitLeader:
      return "unit_leader";
    case Role::SectorAdvisor:
      return "sector_advisor";
    case Role::CentralAdvisor:
      return "central_advisor";
    case Role::Director:
      return "director";
    case Role::MunicipalDirector:
      return "municipal_director";
    case Role::Communications:
      return "communications";
  }
  return "staff";
}

namespace {

std::string csv(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

std::string num(double x) {
  return std::isfinite(x) ? fmt::format("{}", x) : std::string("NaN");
}

std::string person(int i) {
  return fmt::format("p{}", i);
}
std::string unitId(int u) {
  return fmt::format("u{}", u);
}

struct Tie {
  int a, b, slotA, slotB;
  const TieSlot* slot;
};

std::vector<Tie> tiesOf(const World& w) {
  std::vector<Tie> out;
  const int K = w.ties.slots();
  for (int i = 0; i < w.agents.size(); ++i) {
    const TieSlot* row = w.ties.row(i);
    for (int k = 0; k < K; ++k) {
      if (row[k].other <= i) continue;
      const TieSlot* other = w.ties.row(row[k].other);
      int back = 0;
      while (back < K && other[back].other != i) ++back;
      out.push_back({i, row[k].other, k, back, &row[k]});
    }
  }
  return out;
}

std::string unitsCsv(const World& w) {
  std::string out = "id,name,sector,parent,kind\n";
  int central = -1;
  for (std::size_t u = 0; u < w.units.size(); ++u)
    if (w.units[u].central) central = static_cast<int>(u);
  for (std::size_t u = 0; u < w.units.size(); ++u) {
    const Unit& unit = w.units[u];
    const Sector& sec = w.sectorList[static_cast<std::size_t>(unit.sector)];
    const bool sectorStaff = !unit.central && unit.leader == sec.director;
    const int staffUnit = w.agents.unit[static_cast<std::size_t>(sec.director)];
    const std::string kind = unit.central ? "central_staff" : (sectorStaff ? "sector_staff" : "line");
    const std::string parent = unit.central ? "" : unitId(sectorStaff ? central : staffUnit);
    out += fmt::format("{},{},{},{},{}\n", unitId(static_cast<int>(u)),
                       csv(fmt::format("{} {}", sec.name,
                                       unit.central ? "central staff"
                                                    : (sectorStaff ? "staff" : "unit " + std::to_string(u)))),
                       csv(sec.name), parent, kind);
  }
  return out;
}

std::string staffCsv(const World& w, int day) {
  const Agents& a = w.agents;
  std::string out =
      "id,unit,role,tenure,capacity,competence,affiliation,knowledge,knowledge_day,tenure_day,visibility\n";
  for (int i = 0; i < a.size(); ++i) {
    const auto ui = static_cast<std::size_t>(i);
    std::string competence;
    for (int d = 0; d < w.domains; ++d) competence += (d ? ";" : "") + num(a.competence(d, i));
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{}\n", person(i), unitId(a.unit[ui]),
                       roleName(a.role[ui]), num(a.tenure[ui]), num(a.capacity[ui]), competence,
                       csv(w.sectorList[a.affiliation[ui]].name), num(a.knowledge[ui]),
                       a.knowledgeDay[ui] - day, a.tenureDay[ui] - day, num(a.visibilityDraw[ui]));
  }
  return out;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> networkSnapshot(const World& w, int day) {
  const Agents& a = w.agents;
  const int N = a.size();
  const std::vector<Tie> ties = tiesOf(w);
  std::vector<analysis::Edge> edges;
  edges.reserve(ties.size());
  std::string edgesCsv = "source,target,weight\n";
  std::string tiesCsv = "source,target,weight,floor,set_day,set_weight,source_slot,target_slot\n";
  for (const auto& t : ties) {
    const double x = w.ties.weightOf(*t.slot, day);
    edges.push_back({t.a, t.b, x});
    edgesCsv += fmt::format("{},{},{}\n", person(t.a), person(t.b), num(x));
    tiesCsv += fmt::format("{},{},{},{},{},{},{},{}\n", person(t.a), person(t.b), num(x), num(t.slot->floor),
                           t.slot->day - day, num(t.slot->weight), t.slotA, t.slotB);
  }
  // Burt's constraint on the exported weighted, undirected network (isolates: NaN).
  const auto constraint = analysis::burtConstraint(analysis::Graph::fromEdges(N, edges, false));
  std::string g = R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="g_day" for="graph" attr.name="day" attr.type="int"/>
  <key id="g_scenario" for="graph" attr.name="scenario" attr.type="string"/>
  <key id="sector" for="node" attr.name="sector" attr.type="string"/>
  <key id="unit" for="node" attr.name="unit" attr.type="string"/>
  <key id="role" for="node" attr.name="role" attr.type="string"/>
  <key id="tenure" for="node" attr.name="tenure" attr.type="double"/>
  <key id="constraint" for="node" attr.name="constraint" attr.type="double"/>
  <key id="hub_member" for="node" attr.name="hub_member" attr.type="boolean"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
)";
  g += fmt::format(
      "  <graph id=\"informal\" edgedefault=\"undirected\">\n    <data key=\"g_day\">{}</data>\n"
      "    <data key=\"g_scenario\">{}</data>\n",
      day, sim::escapeMarkup(w.sc().name));
  const auto& isMember = w.hub.isMember;
  for (int i = 0; i < N; ++i) {
    const auto ui = static_cast<std::size_t>(i);
    const bool member = w.hub.active && ((ui < isMember.size() && isMember[ui] != 0) || i == w.hub.chair);
    g += fmt::format(
        "    <node id=\"{}\"><data key=\"sector\">{}</data><data key=\"unit\">{}</data>"
        "<data key=\"role\">{}</data><data key=\"tenure\">{}</data><data key=\"constraint\">{}</data>"
        "<data key=\"hub_member\">{}</data></node>\n",
        person(i), sim::escapeMarkup(w.sectorList[a.sector[ui]].name), unitId(a.unit[ui]),
        roleName(a.role[ui]), num(tenureNow(w, w.agents, i)), num(constraint[ui]), member ? "true" : "false");
  }
  for (std::size_t k = 0; k < ties.size(); ++k)
    g += fmt::format(
        "    <edge id=\"e{}\" source=\"{}\" target=\"{}\"><data key=\"weight\">{}</data></edge>\n", k,
        person(ties[k].a), person(ties[k].b), num(edges[k].weight));
  g += "  </graph>\n</graphml>\n";
  return {{"network.graphml", std::move(g)},
          {"edges.csv", std::move(edgesCsv)},
          {"units.csv", unitsCsv(w)},
          {"staff.csv", staffCsv(w, day)},
          {"ties.csv", std::move(tiesCsv)}};
}

}  // namespace samsim::models
