// Scenario keys `organisation.from.*`: an organisation read from data instead of built
// (organisation/organisation_import.cpp; the files are read and checked in scenario.cpp).
#include "models/scenario/sections/section_builder.hpp"
#include "models/scenario/sections/sections.hpp"

namespace samsim::models {

void addOrganisationKeys(sim::Schema<Scenario>& s) {
  SAMSIM_FIELD("organisation.from.units", organisation.units)
      .source("samsim")
      .doc("Org chart units.csv (id,name,sector,parent,kind); relative to the scenario file");
  SAMSIM_FIELD("organisation.from.staff", organisation.staff)
      .source("samsim")
      .doc("Staff list staff.csv (id,unit,role,tenure[,capacity,competence]); needs units");
  SAMSIM_FIELD("organisation.from.ties", organisation.ties)
      .source("samsim")
      .doc("Network survey ties.csv (source,target,weight[,kind]); missing ties are formed");
}

}  // namespace samsim::models
