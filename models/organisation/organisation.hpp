#pragma once
// Builds the formal organisation (000 §3, Fig. 4): sectors (områder) with a director and a sector
// staff, line units with unit leaders, a municipal director with a central staff (fagstab) of
// configurable size and composition, and the leadership group.
#include "models/state/world.hpp"

namespace samsim::models {

// Central staff actually built: the configured size, capped at a tenth of all staff so that small
// test municipalities keep a line organisation.
int effectiveCentralStaff(const Scenario& s);
int effectiveSectorAdvisors(const Scenario& s);

// The sizes of each sector's line units; throws sim::InputError when the staff cannot fill the
// sectors (also called by the scenario's validation, so `validate` makes the same check as `run`).
// At the reference size and above, a sector's line staff follow its share and are split into the
// whole number of units nearest to line staff ÷ municipality.unit_size. A scale model (fewer staff
// than municipality.reference_staff) keeps the reference organisation's units instead of its
// sectors' exact shares: all its line staff are split into the whole number of units nearest to
// line staff ÷ unit size, the units apportioned to sectors by share (largest remainder, at least
// one each), so the units differ by at most one person and keep the reference unit size to within
// half a unit size ÷ their number (one person from about a dozen units); with fewer units than
// sectors each sector gets one, smaller unit.
std::vector<std::vector<int>> lineUnitsBySector(const Scenario& s);

// Builds the workforce and the line (its leadership group and areas) of a World.
void buildOrganisation(World& world);
// Parts of buildOrganisation shared with an imported organisation (organisation_import_build.cpp):
// agent i's competence vector (strong in the sector served, a specialist domain for staff roles),
// and the leadership group and line areas once units, sectors and central staff exist.
void drawCompetence(const Scenario& s, Workforce& wf, int agent, sim::RandomStream& rng);
void formLineAreas(const RunContext& now, Workforce& wf, LineState& line);
// Each unit's members in the reference organisation (Unit::referenceCount): in a scale model the
// sector staffs and the central staff at their reference size (director or municipal director
// plus municipality.sector_advisors or central_staff.size), every other unit as it is.
void setReferenceCounts(const Scenario& s, Workforce& wf);

// Agent id of a uniformly drawn member of sector s (its whole range, all roles).
int randomInSector(const Workforce& wf, int sector, sim::RandomStream& rng);

}  // namespace samsim::models
