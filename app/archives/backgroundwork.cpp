// SPDX-License-Identifier: GPL-2.0-or-later
#include "backgroundwork.h"

#include "archiveslogging.h"

#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace Stasis
{

struct BackgroundWork::Queue {
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<std::function<void()>> work;
    bool stopping = false;

    void drain()
    {
        for (;;) {
            std::function<void()> next;
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [this] {
                    return stopping || !work.empty();
                });
                if (work.empty()) {
                    return;
                }
                next = std::move(work.front());
                work.pop_front();
            }
            next();
        }
    }
};

BackgroundWork::BackgroundWork(const QString &name)
    : m_queue(std::make_shared<Queue>())
{
    m_thread.reset(QThread::create([queue = m_queue] {
        queue->drain();
    }));
    m_thread->setObjectName(name);
    m_thread->start();
    qCDebug(lcArchives) << "started worker thread" << name;
}

BackgroundWork::~BackgroundWork()
{
    {
        std::lock_guard lock(m_queue->mutex);
        m_queue->stopping = true;
    }
    m_queue->wake.notify_all();
    if (QThread::currentThread() == m_thread.get()) {
        // The thread cannot wait for itself: it is deleted once it has ended.
        QThread *thread = m_thread.release();
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        return;
    }
    m_thread->wait();
}

void BackgroundWork::post(std::function<void()> work)
{
    {
        std::lock_guard lock(m_queue->mutex);
        m_queue->work.push_back(std::move(work));
    }
    m_queue->wake.notify_one();
}

} // namespace Stasis
