// `samsim design SPEC.yaml --out plan.csv`: the points of a design for any named parameters,
// without the model, so another program can evaluate them; plan.json beside it records the
// structure that `samsim sensitivity --plan` needs.
#include <set>
#include <string>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "app/build_id.hpp"
#include "app/commands.hpp"
#include "app/design_spec.hpp"
#include "app/run_output.hpp"
#include "sim/atomic_file.hpp"
#include "sim/input_error.hpp"
#include "sim/table.hpp"
#include "sim/text.hpp"

namespace samsim::app {
namespace {

struct DesignFile {
  int version = 1;
  std::string name;
  DesignSpec spec;
};

sim::Schema<DesignFile> designSchema() {
  sim::Schema<DesignFile> s;
  s.field(
       "version", [](DesignFile & f) -> auto& { return f.version; })
      .range(1, 1);
  s.field(
      "name", [](DesignFile & f) -> auto& { return f.name; });
  addDesignKeys(s, [](DesignFile& f) -> DesignSpec& { return f.spec; }, {});
  return s;
}

void writeDesign(const std::string& specFile, std::filesystem::path out) {
  const auto doc = sim::YamlDocument::fromFile(specFile);
  const DesignFile file = designSchema().load(doc);
  // Each parameter is a column of the plan: two of one name would be two columns `a`.
  std::set<std::string> names;
  for (const auto& p : file.spec.parameters)
    if (!names.insert(p.path).second)
      throw sim::InputError(fmt::format("{}: parameters: {} is listed twice; expected each name once",
                                        specFile, sim::quoted(p.path)));
  auto jsonPath = out;
  jsonPath.replace_extension(".json");
  if (jsonPath == out)
    throw sim::InputError(
        fmt::format("--out {}: expected a .csv name (the structure goes to the same name .json)",
                    sim::quoted(out.string())));
  const auto points = generateDesign(file.spec, specFile);

  std::vector<std::string> header{"point"};
  for (const auto& p : file.spec.parameters) header.push_back(p.path);
  sim::Table table(header);
  for (std::size_t i = 0; i < points.values.size(); ++i) {
    std::vector<sim::Cell> row{static_cast<std::int64_t>(i)};
    for (const auto& v : points.values[i]) row.emplace_back(v);
    table.add(std::move(row));
  }
  if (out.has_parent_path()) std::filesystem::create_directories(out.parent_path());
  auto json = designJson(file.spec, points);
  json["name"] = file.name;
  json["samsim_version"] = samsimVersion();
  json["samsim_build"] = kBuildId;
  sim::writeFileAtomically(out, table.toCsv());
  sim::writeFileAtomically(jsonPath, json.dump(1) + "\n");
  fmt::print("samsim: {} design: {} points × {} parameters in {} (structure in {})\n", file.spec.design,
             points.values.size(), file.spec.parameters.size(), out.string(), jsonPath.string());
}

}  // namespace

void addDesignCommand(CLI::App& app) {
  auto file = std::make_shared<std::string>();
  auto out = std::make_shared<std::filesystem::path>("plan.csv");
  auto* design = app.add_subcommand(
      "design",
      "Write the points of a design (grid, latin_hypercube, morris, sobol) to a CSV, without the model");
  design
      ->add_option("spec", *file, "Design YAML file (design, parameters with name and min/max or values, …)")
      ->required();
  design->add_option("--out,-o", *out,
                     "Plan CSV (default plan.csv); the structure goes to the same name .json");
  design->callback([file, out] { writeDesign(*file, *out); });
}

}  // namespace samsim::app
