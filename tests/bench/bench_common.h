// Shared helpers of the benchmark baselines (bench-xapian, bench-fts5,
// bench-dramasearch-query): JSON Lines reading, passage chunks, query files,
// latency output. Header-only on purpose: each baseline is one small program.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace bench {

struct Article {
  std::string id, title, body, date, url, source;
};

inline std::string str_field(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

// Streams IN.jsonl: calls `fn` for each record that has an id and a body.
// Returns the number of input bytes read; bad lines are counted in `bad`.
inline std::size_t read_jsonl(const std::string& path, const std::function<void(Article&&)>& fn,
                              std::size_t* bad = nullptr) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::string line;
  std::size_t bytes = 0;
  while (std::getline(in, line)) {
    bytes += line.size() + 1;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      if (bad) ++*bad;
      continue;
    }
    Article a;
    a.id = str_field(j, "id");
    a.body = str_field(j, "body");
    if (a.id.empty() || a.body.empty()) {
      if (bad) ++*bad;
      continue;
    }
    a.title = str_field(j, "title");
    a.date = str_field(j, "date");
    a.url = str_field(j, "url");
    a.source = str_field(j, "source");
    fn(std::move(a));
  }
  return bytes;
}

inline std::string trim(const std::string& s) {
  const char* ws = " \t\r\n";
  auto b = s.find_first_not_of(ws);
  if (b == std::string::npos) return {};
  auto e = s.find_last_not_of(ws);
  return s.substr(b, e - b + 1);
}

// Passage-sized chunks: the body split on blank lines ("\n\n"), trimmed,
// empty ones dropped -- the paragraphs that dramasearch makes passages of.
inline std::vector<std::string> chunks(const std::string& body) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= body.size()) {
    auto next = body.find("\n\n", pos);
    std::string part = trim(body.substr(pos, next == std::string::npos ? std::string::npos : next - pos));
    if (!part.empty()) out.push_back(std::move(part));
    if (next == std::string::npos) break;
    pos = next + 2;
  }
  return out;
}

// YYYY-MM-DD -> YYYYMMDD (empty if malformed).
inline std::string compact_date(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return {};
  return d.substr(0, 4) + d.substr(5, 2) + d.substr(8, 2);
}

inline std::vector<std::string> read_queries(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    line = trim(line);
    if (!line.empty() && line[0] != '#') out.push_back(line);
  }
  return out;
}

inline bool has_flag(int argc, char** argv, const std::string& flag) {
  for (int i = 1; i < argc; ++i)
    if (argv[i] == flag) return true;
  return false;
}

// Value of "--name N" (or the default).
inline std::size_t size_option(int argc, char** argv, const std::string& name, std::size_t def) {
  for (int i = 1; i + 1 < argc; ++i)
    if (argv[i] == name) return static_cast<std::size_t>(std::stoull(argv[i + 1]));
  return def;
}

// Positional arguments: not starting with "--" and not the value of one of
// the options that take one (--batch N, --limit N, --passes N).
inline std::vector<std::string> positionals(int argc, char** argv) {
  std::vector<std::string> out;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--batch" || a == "--limit" || a == "--passes") {
      ++i;
      continue;
    }
    if (a.rfind("--", 0) == 0) continue;
    out.push_back(a);
  }
  return out;
}

using Clock = std::chrono::steady_clock;

inline double micros_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::micro>(Clock::now() - t0).count();
}

// Runs every query through `run` (which returns the number of hits) and
// prints one latency in microseconds per query on stdout, in query order.
// With `warmup`, the whole list is run once untimed first. With passes > 1
// the list is timed that many times and each query's median is printed
// (steadier percentiles on a busy machine). A summary goes to stderr.
inline int time_queries(const std::string& name, const std::vector<std::string>& queries, bool warmup,
                        std::size_t passes, const std::function<std::size_t(const std::string&)>& run) {
  std::size_t errors = 0, hits = 0, empty = 0;
  auto guarded = [&](const std::string& q, std::size_t& n) {
    try {
      n = run(q);
      return true;
    } catch (const std::exception& e) {
      std::cerr << name << ": query failed: " << q << ": " << e.what() << "\n";
      return false;
    }
  };
  if (warmup) {
    for (const auto& q : queries) {
      std::size_t n = 0;
      guarded(q, n);
    }
  }
  if (passes == 0) passes = 1;
  std::vector<std::vector<double>> lat(queries.size());
  double total = 0;
  for (std::size_t pass = 0; pass < passes; ++pass) {
    for (std::size_t i = 0; i < queries.size(); ++i) {
      std::size_t n = 0;
      auto t0 = Clock::now();
      bool ok = guarded(queries[i], n);
      double us = micros_since(t0);
      if (pass == 0) {
        if (!ok) ++errors;
        hits += n;
        if (n == 0) ++empty;
      }
      total += us;
      lat[i].push_back(us);
    }
  }
  for (auto& v : lat) {
    std::sort(v.begin(), v.end());
    std::printf("%.1f\n", v[v.size() / 2]);
  }
  std::cerr << name << ": " << queries.size() << " queries x " << passes << " passes, " << hits << " hits ("
            << empty << " without hits), " << errors << " errors, " << total / 1000.0 << " ms total\n";
  return errors ? 1 : 0;
}

}  // namespace bench
