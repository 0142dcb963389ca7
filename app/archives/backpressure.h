// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>

namespace Stasis
{

/// Bounds the bytes a producer on one thread (an engine stream on the GUI
/// thread) queues for a BackgroundWork: above the limit the producer
/// pauses, and once the worker has drained the queue to a quarter of it the
/// producer resumes. Shared by both threads (hold it in a std::shared_ptr
/// the posted work captures).
class BackPressure final
{
public:
    static constexpr qint64 defaultLimit = 8 * 1024 * 1024;

    explicit BackPressure(qint64 limit = defaultLimit)
        : m_limit(limit)
    {
    }

    /// On the producer's thread: @p bytes were posted. True when the
    /// producer must pause now.
    bool queued(qint64 bytes)
    {
        if ((m_queued += bytes) <= m_limit) {
            return false;
        }
        m_paused = true;
        // The worker may have drained the queue in between: then it does not resume the producer.
        return !(m_queued.load() < resumeBelow() && m_paused.exchange(false));
    }

    /// On the worker's thread: @p bytes were handled. True when the
    /// producer was paused and is to resume (on its own thread).
    bool handled(qint64 bytes)
    {
        return (m_queued -= bytes) < resumeBelow() && m_paused.exchange(false);
    }

private:
    qint64 resumeBelow() const
    {
        return m_limit / 4;
    }

    const qint64 m_limit;
    std::atomic<qint64> m_queued{0};
    std::atomic<bool> m_paused{false};
};

} // namespace Stasis
