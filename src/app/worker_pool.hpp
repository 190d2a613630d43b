#pragma once
// The threads that read pages (decode, extract, score) while the main thread fetches and
// stores: `scrape` and `ingest` hand each page to the pool and keep the results in order.
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace suasana::app {

class WorkerPool {
  public:
    /// Starts `jobs` threads (at least one).
    explicit WorkerPool(int jobs);
    /// Finishes the queued tasks, then joins the threads.
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    /// Returns the future result of `task`, run on one of the pool's threads.
    template <typename F>
    auto submit(F task) -> std::future<decltype(task())> {
        using R = decltype(task());
        auto packaged = std::make_shared<std::packaged_task<R()>>(std::move(task));
        std::future<R> result = packaged->get_future();
        push([packaged] { (*packaged)(); });
        return result;
    }

    int size() const { return static_cast<int>(m_threads.size()); }

  private:
    void push(std::function<void()> task);
    void work();

    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<std::function<void()>> m_tasks;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

/// Returns the number of threads `jobs` asks for: itself when positive, else one per core.
int resolve_jobs(int jobs);

}  // namespace suasana::app
