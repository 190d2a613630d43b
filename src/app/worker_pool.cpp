#include "app/worker_pool.hpp"

namespace suasana::app {

WorkerPool::WorkerPool(int jobs) {
    const int n = jobs < 1 ? 1 : jobs;
    m_threads.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) m_threads.emplace_back([this] { work(); });
}

WorkerPool::~WorkerPool() {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_ready.notify_all();
    for (auto& t : m_threads) t.join();
}

void WorkerPool::push(std::function<void()> task) {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_tasks.push_back(std::move(task));
    }
    m_ready.notify_one();
}

void WorkerPool::work() {
    while (true) {
        std::function<void()> task;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_ready.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
            if (m_tasks.empty()) return;  // stopping, and nothing left to do
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
        }
        task();  // a packaged_task: what it throws goes to its future
    }
}

int resolve_jobs(int jobs) {
    if (jobs > 0) return jobs;
    unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 1 : static_cast<int>(cores);
}

}  // namespace suasana::app
