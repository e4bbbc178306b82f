#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace ssc {

// Hands items from one producer thread to one consumer thread. The producer
// waits while the queue is full, so memory stays bounded; either side can
// end it: the producer when it has no more (finish), the consumer when it
// wants no more (stop).
template <typename T> class BoundedQueue
{
public:
    explicit BoundedQueue(std::size_t capacity) : m_capacity(capacity) {}

    // Waits for room; false once the consumer has stopped (the item is dropped).
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_items.size() < m_capacity; });
        if (m_stopped)
            return false;
        m_items.push_back(std::move(item));
        lock.unlock();
        m_changed.notify_all();
        return true;
    }

    // Waits for an item; nullopt once finished and drained, or stopped.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_finished || !m_items.empty(); });
        if (m_stopped || m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return item;
    }

    void finish() { set(m_finished); }
    void stop() { set(m_stopped); }

private:
    void set(bool &flag)
    {
        {
            const std::lock_guard lock(m_mutex);
            flag = true;
        }
        m_changed.notify_all();
    }

    std::size_t m_capacity;
    std::deque<T> m_items;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace ssc
