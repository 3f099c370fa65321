#include "app/serve/workshop_server.hpp"

#include <httplib.h>

#include <atomic>
#include <chrono>

#include <fmt/format.h>

#include "app/serve/job_slots.hpp"
#include "app/serve/workshop_output.hpp"
#include "app/serve/workshop_page.hpp"
#include "app/serve/workshop_run.hpp"
#include "sim/input_error.hpp"

namespace samsim::app::serve {
namespace {

constexpr std::size_t kMaxRequestBytes = std::size_t{64} * 1024;  // a request is a few settings
constexpr auto kQueuePoll = std::chrono::milliseconds(500);

// One server-sent event; false when the page has gone.
bool send(httplib::DataSink& sink, const std::string& event, const nlohmann::json& data) {
  const std::string text = fmt::format("event: {}\ndata: {}\n\n", event, data.dump());
  return sink.write(text.data(), text.size());
}

void badRequest(httplib::Response& res, const std::string& message) {
  res.status = 400;
  res.set_content(message + "\n", "text/plain; charset=utf-8");
}

}  // namespace

struct WorkshopServer::Impl {
  ServeOptions options;
  DesignCatalog catalog;
  std::string page;
  std::string setup;
  httplib::Server http;
  JobSlots slots;
  std::atomic<bool> stopping{false};
  std::atomic<int> runCount{0};

  explicit Impl(ServeOptions o)
      : options(std::move(o)),
        catalog(options.scenariosDir, options.files),
        page(workshopPage()),
        setup(setupJson(catalog, options.limits).dump()),
        slots(options.maxRunning, options.maxWaiting) {}

  // Only requests addressed to this server by name: a web page elsewhere cannot reach a loopback
  // server through a DNS name that resolves to 127.0.0.1 (DNS rebinding).
  [[nodiscard]] bool hostAllowed(const httplib::Request& req) const {
    if (options.host == "0.0.0.0" || options.host == "::") return true;
    std::string host = req.get_header_value("Host");
    if (!host.empty() && host.front() == '[')
      host = host.substr(0, host.find(']') + 1);
    else
      host = host.substr(0, host.find(':'));
    return host == "127.0.0.1" || host == "localhost" || host == "[::1]" || host == options.host;
  }

  // Parses a JSON request into a plan, or answers 400 and returns nothing.
  std::optional<WorkshopPlan> plan(const httplib::Request& req, httplib::Response& res) const {
    if (req.get_header_value("Content-Type").rfind("application/json", 0) != 0) {
      badRequest(res, "Content-Type: expected application/json");
      return std::nullopt;
    }
    const auto request = nlohmann::json::parse(req.body, nullptr, false);
    if (request.is_discarded()) {
      badRequest(res, "request: expected a JSON object");
      return std::nullopt;
    }
    try {
      return planWorkshop(request, catalog, options.limits);
    } catch (const sim::InputError& e) {
      badRequest(res, e.what());
      return std::nullopt;
    }
  }

  bool stream(const WorkshopPlan& plan, int id, httplib::DataSink& sink) {
    while (!slots.waitTurn(kQueuePoll)) {
      if (stopping || !send(sink, "queued", {{"waiting", slots.waiting()}})) {
        slots.leave();
        return false;
      }
    }
    struct Release {
      JobSlots& s;
      ~Release() { s.release(); }
    } release{slots};
    const auto start = std::chrono::steady_clock::now();
    auto executor = sim::makeExecutor(options.threads);
    WorkshopRun run(plan);
    if (!send(sink, "started", run.snapshot())) return false;
    bool more = true;
    while (more) {
      more = run.step(*executor);
      if (stopping || !send(sink, more ? "progress" : "done", run.snapshot())) {
        fmt::print("samsim serve: run {} cancelled after {} of {} replicates\n", id, run.done(),
                   plan.replicates);
        return false;
      }
    }
    const auto dir = writeWorkshopRun(options.out, id, run);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    fmt::print("samsim serve: run {} ({}, {} replicate(s)) done in {:.1f} s, written to {}\n", id,
               plan.design, plan.replicates, seconds, dir.string());
    std::fflush(stdout);
    sink.done();
    return true;
  }

  void routes() {
    http.set_payload_max_length(kMaxRequestBytes);
    http.set_keep_alive_timeout(1);  // Ctrl-C should not wait for idle browser connections
    http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      if (hostAllowed(req)) return httplib::Server::HandlerResponse::Unhandled;
      res.status = 403;
      res.set_content("Host: expected this computer's loopback address\n", "text/plain");
      return httplib::Server::HandlerResponse::Handled;
    });
    http.Get("/", [this](const httplib::Request&, httplib::Response& res) {
      res.set_header("Content-Security-Policy", workshopPolicy());
      res.set_header("Cache-Control", "no-store");
      res.set_content(page, "text/html; charset=utf-8");
    });
    http.Get("/api/setup", [this](const httplib::Request&, httplib::Response& res) {
      res.set_content(setup, "application/json");
    });
    http.Post("/api/scenarios", [this](const httplib::Request& req, httplib::Response& res) {
      const auto p = plan(req, res);
      if (!p) return;
      nlohmann::json files = nlohmann::json::object();
      for (std::size_t s = 0; s < p->roles.size(); ++s) files[p->roles[s]] = p->yaml[s];
      res.set_content(files.dump(), "application/json");
    });
    http.Post("/api/run", [this](const httplib::Request& req, httplib::Response& res) {
      auto p = plan(req, res);
      if (!p) return;
      if (stopping || !slots.enqueue()) {
        res.status = 503;
        res.set_content("busy: too many runs waiting; try again when one has finished\n", "text/plain");
        return;
      }
      const int id = ++runCount;
      res.set_header("Cache-Control", "no-store");
      auto shared = std::make_shared<WorkshopPlan>(std::move(*p));
      res.set_chunked_content_provider(
          "text/event-stream",
          [this, shared, id](std::size_t, httplib::DataSink& sink) { return stream(*shared, id, sink); });
    });
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr error) {
      std::string what = "unknown error";
      try {
        std::rethrow_exception(error);
      } catch (const std::exception& e) {
        what = e.what();
      } catch (...) {
      }
      res.status = 500;
      res.set_content("internal error: " + what + "\n", "text/plain");
    });
  }
};

WorkshopServer::WorkshopServer(ServeOptions options) : m_impl(std::make_unique<Impl>(std::move(options))) {
  m_impl->routes();
}

WorkshopServer::~WorkshopServer() = default;

int WorkshopServer::bind() {
  auto& o = m_impl->options;
  const int port = o.port == 0 ? m_impl->http.bind_to_any_port(o.host)
                               : (m_impl->http.bind_to_port(o.host, o.port) ? o.port : -1);
  if (port < 0)
    throw sim::InputError(fmt::format(
        "--host {} --port {}: cannot listen there (address in use or not this computer's)", o.host, o.port));
  return port;
}

void WorkshopServer::run() {
  m_impl->http.listen_after_bind();
}

void WorkshopServer::stop() {
  m_impl->stopping = true;
  m_impl->http.stop();
}

}  // namespace samsim::app::serve
