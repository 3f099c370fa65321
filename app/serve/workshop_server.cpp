#include "app/serve/workshop_server.hpp"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "app/serve/job_slots.hpp"
#include "app/serve/workshop_output.hpp"
#include "app/serve/workshop_page.hpp"
#include "app/serve/workshop_run.hpp"
#include "sim/input_error.hpp"
#include "sim/text.hpp"

namespace samsim::app::serve {
namespace {

constexpr std::size_t kMaxRequestBytes = std::size_t{64} * 1024;  // a request is a few settings
constexpr auto kQueuePoll = std::chrono::milliseconds(500);

// One server-sent event; false when the page has gone.
bool send(httplib::DataSink& sink, const std::string& event, const nlohmann::json& data) {
  const std::string text = fmt::format("event: {}\ndata: {}\n\n", event, data.dump());
  return sink.write(text.data(), text.size());
}

// One line whatever the message quotes (a key with a line break or a NUL arrives escaped).
void badRequest(httplib::Response& res, const std::string& message, int status = 400) {
  res.status = status;
  res.set_header("Connection", "close");  // the body may be unread: no further request on this one
  res.set_content(sim::escaped(message, 4096) + "\n", "text/plain; charset=utf-8");
}

// The body of a POST, read up to kMaxRequestBytes whether it comes with a length, chunked or until
// the connection closes; beyond that nothing more is read (the connection then closes,
// guarded_server.hpp) and the answer is 413.
std::optional<std::string> readBody(const httplib::ContentReader& reader, httplib::Response& res) {
  std::string body;
  bool tooLarge = false;
  const bool complete = reader([&](const char* data, std::size_t size) {
    if (body.size() + size > kMaxRequestBytes) {
      tooLarge = true;
      return false;
    }
    body.append(data, size);
    return true;
  });
  if (complete) return body;
  if (tooLarge || res.status == 413)
    badRequest(res, fmt::format("request: expected at most {} bytes", kMaxRequestBytes), 413);
  else
    badRequest(res, "request: the body could not be read");
  return std::nullopt;
}

}  // namespace

struct WorkshopServer::Impl {
  ServeOptions options;
  DesignCatalog catalog;
  std::string page;
  std::string setup;
  GuardedServer http;
  JobSlots slots;
  std::atomic<bool> stopping{false};
  std::atomic<int> runCount{0};

  explicit Impl(ServeOptions o)
      : options(std::move(o)),
        catalog(options.scenariosDir, options.files),
        page(workshopPage()),
        setup(setupJson(catalog, options.limits).dump()),
        http(options.connections),
        slots(options.maxRunning, options.maxWaiting) {
    checkOutputFolder(options.out);
  }

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

  // Parses a JSON request into a plan, or answers 400 (413 for a body over the limit) and returns
  // nothing. The type is checked before any of the body is read.
  std::optional<WorkshopPlan> plan(const httplib::Request& req, httplib::Response& res,
                                   const httplib::ContentReader& reader) const {
    if (req.get_header_value("Content-Type").rfind("application/json", 0) != 0) {
      badRequest(res, "Content-Type: expected application/json");
      return std::nullopt;
    }
    const auto body = readBody(reader, res);
    if (!body) return std::nullopt;
    const auto request = nlohmann::json::parse(*body, nullptr, false);
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
    // Whatever goes wrong in this run is this page's news only: the server and other runs go on.
    try {
      return runAndWrite(plan, id, sink);
    } catch (const std::exception& e) {
      const std::string what = sim::escaped(e.what(), 4096);
      fmt::print("samsim serve: run {} failed: {}\n", id, what);
      std::fflush(stdout);
      send(sink, "failed", {{"error", "the run failed: " + what}});
      return false;
    }
  }

  bool runAndWrite(const WorkshopPlan& plan, int id, httplib::DataSink& sink) {
    const auto start = std::chrono::steady_clock::now();
    auto executor = sim::makeExecutor(options.threads);
    WorkshopRun run(plan);
    if (!send(sink, "started", run.snapshot())) return false;
    bool more = true;
    while (more) {
      more = run.step(*executor);
      if (stopping || (more && !send(sink, "progress", run.snapshot()))) {
        fmt::print("samsim serve: run {} cancelled after {} of {} replicates\n", id, run.done(),
                   plan.replicates);
        return false;
      }
    }
    // Written before the page hears "done", so the page can say whether it was kept.
    auto done = run.snapshot();
    try {
      const auto dir = writeWorkshopRun(options.out, id, run, options.threads);
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      fmt::print("samsim serve: run {} ({}, {} replicate(s)) done in {:.1f} s, written to {}\n", id,
                 plan.design, plan.replicates, seconds, dir.string());
      done["written"] = dir.string();
    } catch (const std::exception& e) {
      const std::string what = sim::escaped(e.what(), 4096);
      fmt::print("samsim serve: run {} finished but could not be written under {}: {}\n", id,
                 options.out.string(), what);
      done["written"] = nullptr;
      done["error"] = fmt::format(
          "the run finished, but its files could not be written under {} ({}); the "
          "results on this page are not saved",
          options.out.string(), what);
    }
    std::fflush(stdout);
    if (!send(sink, "done", done)) return false;
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
      res.set_header("Content-Security-Policy", workshopHeaderPolicy());
      res.set_header("X-Frame-Options", "DENY");  // the same for browsers before CSP level 2
      res.set_header("Cache-Control", "no-store");
      res.set_content(page, "text/html; charset=utf-8");
    });
    http.Get("/api/setup", [this](const httplib::Request&, httplib::Response& res) {
      res.set_content(setup, "application/json");
    });
    http.Post("/api/scenarios", [this](const httplib::Request& req, httplib::Response& res,
                                       const httplib::ContentReader& reader) {
      const auto p = plan(req, res, reader);
      if (!p) return;
      nlohmann::json files = nlohmann::json::object();
      for (std::size_t s = 0; s < p->roles.size(); ++s) files[p->roles[s]] = p->yaml[s];
      res.set_content(files.dump(), "application/json");
    });
    http.Post("/api/run", [this](const httplib::Request& req, httplib::Response& res,
                                 const httplib::ContentReader& reader) {
      auto p = plan(req, res, reader);
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
