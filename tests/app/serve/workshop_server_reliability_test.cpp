// `samsim serve` never dies for one client's failure (issue 27, rows 1, 7, 8, 9, 15, 16, 17). Each case
// names what the binary before this change did; SAMSIM_TEST_BINARY=<old samsim> runs the CLI cases
// against another build (the in-process cases need the old sources).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>

#include "app/serve/workshop_server.hpp"
#include "sim/input_error.hpp"
#include "tests/app/cli_runner.hpp"
#include "tests/app/serve/test_server.hpp"

using Json = nlohmann::json;
namespace serve = samsim::app::serve;
using namespace std::chrono_literals;

namespace {

using samsim::test::Event;
using samsim::test::parseEvents;
using samsim::test::post;
using samsim::test::TestServer;
using samsim::test::tinyRequest;

serve::ServeOptions options(const std::string& name) {
  serve::ServeOptions o;
  o.host = "127.0.0.1";
  o.port = 0;
  o.out = samsim::test::scratchDir(name);
  o.threads = 1;
  return o;
}

// The CLI with a time limit: a server that should have refused to start would otherwise run on.
samsim::test::CliResult runCliWithin(int seconds, const std::string& args) {
  const auto dir = samsim::test::scratchDir("cli_capture_within");
  const std::string command = "timeout " + std::to_string(seconds) + " " + samsim::test::samsimBinary() +
                              " " + args + " >" + (dir / "out").string() + " 2>" + (dir / "err").string() +
                              " </dev/null";
  const int status = std::system(command.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, samsim::test::readText(dir / "out"),
          samsim::test::readText(dir / "err")};
}

// A raw loopback connection, for what a well-behaved client library will not send.
class RawConnection {
 public:
  explicit RawConnection(int port) : m_fd(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    m_connected = ::connect(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0;
  }
  ~RawConnection() { ::close(m_fd); }
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;
  [[nodiscard]] bool connected() const { return m_connected; }
  bool send(const std::string& text) const {
    return ::send(m_fd, text.data(), text.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(text.size());
  }
  // Everything until the server closes or `patience` passes.
  [[nodiscard]] std::string readAll(std::chrono::milliseconds patience, bool* closed = nullptr) const {
    timeval tv{0, 100'000};
    ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    std::string text;
    const auto until = std::chrono::steady_clock::now() + patience;
    char buffer[4096];
    while (std::chrono::steady_clock::now() < until) {
      const ssize_t got = ::recv(m_fd, buffer, sizeof(buffer), 0);
      if (got > 0) {
        text.append(buffer, static_cast<std::size_t>(got));
      } else if (got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
        if (got < 0) text += "[" + std::string(std::strerror(errno)) + "]";
        if (closed != nullptr) *closed = true;
        return text;
      }
    }
    if (closed != nullptr) *closed = false;
    return text;
  }

 private:
  int m_fd;
  bool m_connected = false;
};

// Clients that send a request line and then one header line every `every`, never finishing.
class SlowClients {
 public:
  SlowClients(int port, int count, std::chrono::milliseconds every, std::chrono::milliseconds lasting) {
    // The first line at once: a connection silent for a second is closed as idle.
    for (int i = 0; i < count; ++i) {
      m_connections.push_back(std::make_unique<RawConnection>(port));
      m_connections.back()->send("GET /api/setup HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    }
    m_thread = std::thread([this, every, lasting] {
      const auto until = std::chrono::steady_clock::now() + lasting;
      for (int line = 0; std::chrono::steady_clock::now() < until && !m_stop; ++line) {
        std::this_thread::sleep_for(every);
        for (const auto& c : m_connections) c->send("X-Slow-" + std::to_string(line) + ": yes\r\n");
      }
    });
  }
  ~SlowClients() {
    m_stop = true;
    m_thread.join();
  }
  SlowClients(const SlowClients&) = delete;
  SlowClients& operator=(const SlowClients&) = delete;
  [[nodiscard]] const RawConnection& at(std::size_t i) const { return *m_connections[i]; }

 private:
  std::vector<std::unique_ptr<RawConnection>> m_connections;
  std::atomic<bool> m_stop{false};
  std::thread m_thread;
};

// A "full disk" for this process: files written beyond `bytes` fail with EFBIG (SIGXFSZ ignored).
class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes) {
    ::getrlimit(RLIMIT_FSIZE, &m_saved);
    m_handler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit = m_saved;
    limit.rlim_cur = bytes;
    ::setrlimit(RLIMIT_FSIZE, &limit);
  }
  ~FileSizeLimit() { lift(); }
  FileSizeLimit(const FileSizeLimit&) = delete;
  FileSizeLimit& operator=(const FileSizeLimit&) = delete;
  void lift() {
    if (m_lifted) return;
    ::setrlimit(RLIMIT_FSIZE, &m_saved);
    std::signal(SIGXFSZ, m_handler);
    m_lifted = true;
  }

 private:
  rlimit m_saved{};
  void (*m_handler)(int) = nullptr;
  bool m_lifted = false;
};

}  // namespace

// Before: the run reported done, then the write threw inside the streamed response and the whole
// server aborted (SIGABRT), losing every other client's run; the partial run folder stayed.
TEST_CASE("a run that cannot be written tells its own page; the server and another client's run carry on") {
  auto o = options("serve_write_failure");
  o.maxRunning = 2;
  const auto out = o.out;
  TestServer server(o);

  // Client B: a longer run that keeps going throughout.
  Json longRequest = tinyRequest(20);
  longRequest["settings"]["municipality.staff"] = 600;
  longRequest["settings"]["days"] = 200;
  longRequest["settings"]["crisis.duration_days"] = 100;
  std::atomic<int> longEvents{0};
  std::atomic<bool> longDone{false};
  std::string longBody;
  int longStatus = 0;
  std::thread longClient([&] {
    auto client = server.client();
    httplib::Request req;
    req.method = "POST";
    req.path = "/api/run";
    req.body = longRequest.dump();
    req.set_header("Content-Type", "application/json");
    req.content_receiver = [&](const char* data, std::size_t size, std::uint64_t, std::uint64_t) {
      longBody.append(data, size);
      const auto events = parseEvents(longBody);
      longEvents = static_cast<int>(events.size());
      longDone = !events.empty() && events.back().name == "done";
      return true;
    };
    const auto result = client.send(req);
    if (result) longStatus = result->status;
  });
  while (longEvents < 2) std::this_thread::sleep_for(20ms);

  // Client A: a short run that finishes while the disk is "full".
  std::vector<Event> shortEvents;
  {
    FileSizeLimit full(200);
    auto client = server.client();
    const auto result = post(client, "/api/run", tinyRequest(1));
    full.lift();
    CHECK_FALSE(longDone);  // B was still running when A failed
    REQUIRE(result);
    CHECK(result->status == 200);
    shortEvents = parseEvents(result->body);
  }
  REQUIRE_FALSE(shortEvents.empty());
  const auto& [lastName, last] = shortEvents.back();
  CHECK(lastName == "done");
  CHECK(last["done"] == 1);
  CHECK(last["written"].is_null());
  CHECK(last["error"].get<std::string>().find("could not be written under") != std::string::npos);
  CHECK(last["error"].get<std::string>().find("not saved") != std::string::npos);
  CHECK(last["error"].get<std::string>().find('\n') == std::string::npos);

  // The server still answers, and B's run goes on to the end and is written.
  {
    auto client = server.client(10);
    const auto setup = client.Get("/api/setup");
    REQUIRE(setup);
    CHECK(setup->status == 200);
  }
  longClient.join();
  CHECK(longStatus == 200);
  const auto events = parseEvents(longBody);
  REQUIRE_FALSE(events.empty());
  CHECK(events.back().name == "done");
  CHECK(events.back().data["done"] == 20);
  REQUIRE(events.back().data["written"].is_string());
  const std::filesystem::path written = events.back().data["written"].get<std::string>();
  CHECK(std::filesystem::exists(written / "manifest.json"));

  // Nothing of A's run is left: only B's folder.
  std::vector<std::string> entries;
  for (const auto& entry : std::filesystem::directory_iterator(out))
    entries.push_back(entry.path().filename());
  CHECK(entries == std::vector<std::string>{written.filename().string()});
  for (const auto& entry : std::filesystem::directory_iterator(written))
    CHECK(entry.path().filename().string().find(".tmp") == std::string::npos);
}

// Before: `serve --out FILE` started and only the first finished run failed (and aborted the server).
TEST_CASE("serve refuses an --out it cannot write to before it starts") {
  const auto dir = samsim::test::scratchDir("serve_out_file");
  const auto file = dir / "not-a-folder";
  std::ofstream(file) << "x";
  auto o = options("serve_out_file_unused");
  o.out = file;
  CHECK_THROWS_AS(serve::WorkshopServer(o), samsim::sim::InputError);
  o.out = file / "below";
  CHECK_THROWS_AS(serve::WorkshopServer(o), samsim::sim::InputError);

  // The command line: exit 2 at once with one line naming --out (before: still serving at the timeout).
  const auto cli = runCliWithin(20, "serve --port 0 --out " + file.string());
  CHECK(cli.exitCode == 2);
  CHECK(cli.err.find("--out") != std::string::npos);
  CHECK(cli.err.find("expected a folder samsim can write runs to") != std::string::npos);
  // Nothing was left in the folder it checked.
  const auto writable = dir / "writable";
  o.out = writable;
  { serve::WorkshopServer ok(o); }
  CHECK(std::filesystem::is_empty(writable));
}

// Before: both servers bound the port (SO_REUSEPORT) and shared its requests.
TEST_CASE("a second server on the same port exits 2: address in use") {
  TestServer first(options("serve_port_first"));
  auto o = options("serve_port_second");
  o.port = first.port();
  serve::WorkshopServer second(o);
  try {
    second.bind();
    FAIL("the second server bound port " << first.port());
  } catch (const samsim::sim::InputError& e) {
    CHECK(std::string(e.what()).find("address in use") != std::string::npos);
  }
  const auto cli = runCliWithin(20, "serve --port " + std::to_string(first.port()) + " --out " +
                                        samsim::test::scratchDir("serve_port_cli").string());
  CHECK(cli.exitCode == 2);
  CHECK(cli.err.find("address in use") != std::string::npos);
}

// Before: a chunked body was read whole (300 MB: RSS 23 → 393 MB) and then parsed.
TEST_CASE("a chunked body is held to the same 64 KB as one with a length: 413") {
  TestServer server(options("serve_chunked"));
  // Over the limit, sent by a thread (the server stops reading, so the sender may block).
  RawConnection raw(server.port());
  REQUIRE(raw.connected());
  std::thread sender([&raw] {
    raw.send(
        "POST /api/run HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Transfer-Encoding: chunked\r\n\r\n");
    const std::string chunk = "4000\r\n" + std::string(0x4000, ' ') + "\r\n";
    for (int i = 0; i < 256; ++i)  // 4 MB
      if (!raw.send(chunk)) return;
    raw.send("0\r\n\r\n");
  });
  bool closed = false;
  const std::string answer = raw.readAll(20s, &closed);
  sender.join();
  CHECK(answer.rfind("HTTP/1.1 413", 0) == 0);
  CHECK(answer.find("request: expected at most 65536 bytes") != std::string::npos);
  CHECK(closed);

  // The same limit with a length; and a small chunked request is served as any other.
  auto client = server.client(20);
  const auto large =
      client.Post("/api/scenarios", std::string(std::size_t{70} * 1024, ' '), "application/json");
  REQUIRE(large);
  CHECK(large->status == 413);
  const std::string body = tinyRequest(2).dump();
  const auto small = client.Post(
      "/api/scenarios",
      [&body](std::size_t offset, httplib::DataSink& sink) {
        if (offset < body.size())
          sink.write(body.data() + offset, std::min<std::size_t>(16, body.size() - offset));
        if (offset + 16 >= body.size()) sink.done();
        return true;
      },
      "application/json");
  REQUIRE(small);
  CHECK(small->status == 200);
  CHECK(Json::parse(small->body).contains("edited"));
}

// Before: 12 connections each sending a header line every 3 s held all 8 of the library's threads,
// and a normal GET timed out after 20 s.
TEST_CASE("slow clients cannot starve a normal request: a request deadline and a connection cap") {
  auto o = options("serve_slow");
  o.connections.requestSeconds = 3;
  TestServer server(o);
  {
    SlowClients slow(server.port(), 12, 1s, 6s);
    std::this_thread::sleep_for(300ms);
    auto client = server.client(2);
    const auto start = std::chrono::steady_clock::now();
    const auto setup = client.Get("/api/setup");
    REQUIRE(setup);
    CHECK(setup->status == 200);
    CHECK(std::chrono::steady_clock::now() - start < 2s);
    // A slow sender is cut off at its deadline (3 s from its first byte), not served for ever.
    bool closed = false;
    const std::string answer = slow.at(0).readAll(6s, &closed);
    CHECK(closed);
    INFO("answer: " << answer);
    CHECK(answer.rfind("HTTP/1.1 400", 0) == 0);
  }

  // Beyond the cap a connection is answered 503 at once, and served again once the others are gone.
  auto capped = options("serve_cap");
  capped.connections.maxConnections = 3;
  capped.connections.requestSeconds = 3;
  TestServer small(capped);
  {
    SlowClients slow(small.port(), 3, 500ms, 2s);
    std::this_thread::sleep_for(300ms);
    auto client = small.client(2);
    const auto busy = client.Get("/api/setup");
    REQUIRE(busy);
    CHECK(busy->status == 503);
    CHECK(busy->body == "busy: too many connections; try again in a few seconds\n");
  }
  std::this_thread::sleep_for(1s);  // the slow ones have hung up
  auto client = small.client(2);
  const auto setup = client.Get("/api/setup");
  REQUIRE(setup);
  CHECK(setup->status == 200);
}

// Before: the 400 text carried the raw line break or NUL, and 18446744073709551615 read as '-1'.
TEST_CASE("a bad request's answer is one escaped line with the value as sent") {
  TestServer server(options("serve_escaped"));
  auto client = server.client(20);
  Json request = tinyRequest(2);
  request["settings"]["hub.size"] = 18446744073709551615ULL;
  auto result = post(client, "/api/run", request);
  REQUIRE(result);
  CHECK(result->status == 400);
  CHECK(result->body == "hub.size: expected an integer, got '18446744073709551615'\n");  // as --set says

  request = tinyRequest(2);
  request["settings"][std::string("hub.size\nX-Injected: 1")] = 3;
  result = post(client, "/api/run", request);
  REQUIRE(result);
  CHECK(result->status == 400);
  CHECK(result->body == "hub.size\\nX-Injected: 1: expected a setting the workshop page offers\n");

  request = tinyRequest(2);
  request["settings"][std::string("a\0b", 3)] = 3;
  result = post(client, "/api/run", request);
  REQUIRE(result);
  CHECK(result->body == "a\\0b: expected a setting the workshop page offers\n");

  result = post(client, "/api/run", Json{{"design", "designs/x\ny"}});
  REQUIRE(result);
  CHECK(result->body == "design: expected one of the offered designs, got 'designs/x\\ny'\n");
}

// Before: the manifest of a `serve --threads 1` run said threads 2 (all cores of the machine).
TEST_CASE("serve --threads 1 is recorded as 1 in the run's manifest") {
  auto o = options("serve_threads");
  o.threads = 1;
  TestServer server(o);
  auto client = server.client();
  const auto result = post(client, "/api/run", tinyRequest(2));
  REQUIRE(result);
  const auto events = parseEvents(result->body);
  REQUIRE_FALSE(events.empty());
  REQUIRE(events.back().name == "done");
  const std::filesystem::path dir = events.back().data["written"].get<std::string>();
  const auto manifest = Json::parse(samsim::test::readText(dir / "manifest.json"));
  CHECK(manifest["threads"] == 1);
  CHECK(manifest["command"] == "serve");
}

// Before: the page's header carried the meta tag's policy without frame-ancestors (which a meta tag
// cannot set), so any site could frame the workshop page.
TEST_CASE("the workshop page may not be framed: frame-ancestors 'none' in its header") {
  TestServer server(options("serve_frames"));
  auto client = server.client();
  const auto page = client.Get("/");
  REQUIRE(page);
  REQUIRE(page->status == 200);
  const auto policy = page->get_header_value("Content-Security-Policy");
  CHECK(policy.find("default-src 'none'") == 0);
  CHECK(policy.find("; frame-ancestors 'none'") != std::string::npos);
  CHECK(page->get_header_value("X-Frame-Options") == "DENY");
}
