#include "fetch/politeness.hpp"

#include <algorithm>

namespace suasana::fetch {

Politeness::Politeness(int per_host, std::chrono::milliseconds delay,
                       std::chrono::milliseconds max_delay)
    : m_per_host(std::max(1, per_host)), m_delay(delay), m_max_delay(max_delay) {}

HostState& Politeness::host(const std::string& name) {
    auto [it, inserted] = m_hosts.try_emplace(name);
    if (inserted) it->second.delay = m_delay;
    return it->second;
}

std::optional<Clock::time_point> Politeness::next_start(const std::string& name) {
    HostState& h = host(name);
    if (h.in_flight >= m_per_host) return std::nullopt;
    if (!h.started_once) return Clock::time_point{};
    return h.last_start + h.delay;
}

void Politeness::note_start(const std::string& name, Clock::time_point now) {
    HostState& h = host(name);
    ++h.in_flight;
    h.last_start = now;
    h.started_once = true;
}

void Politeness::note_finish(const std::string& name) {
    HostState& h = host(name);
    h.in_flight = std::max(0, h.in_flight - 1);
}

void Politeness::apply_crawl_delay(const std::string& name, double seconds) {
    auto asked = std::chrono::milliseconds(
        static_cast<std::chrono::milliseconds::rep>(std::min(seconds, 86400.0) * 1000.0));
    HostState& h = host(name);
    h.delay = std::max(h.delay, std::min(asked, m_max_delay));
}

}  // namespace suasana::fetch
