// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QFuture>
#include <QPromise>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace Stasis
{

/// The one way Stasis runs heavy I/O off the GUI thread: decompression,
/// hashing and compression of archives (export, validation, import). A
/// worker thread of its own runs the posted work in order, one item at a
/// time; results go back through futures or queued calls.
///
/// Destroying it waits until everything posted has run (long work checks a
/// cancel flag of its own to stop early). Destroyed on its own thread (the
/// last owner released by posted work), it lets the thread end by itself.
class BackgroundWork final
{
public:
    /// @p name names the thread (for debuggers and logs).
    explicit BackgroundWork(const QString &name);
    ~BackgroundWork();
    Q_DISABLE_COPY_MOVE(BackgroundWork)

    void post(std::function<void()> work);

    template<typename T>
    QFuture<T> run(std::function<T()> work)
    {
        auto promise = std::make_shared<QPromise<T>>();
        promise->start();
        QFuture<T> future = promise->future();
        post([promise, work = std::move(work)] {
            promise->addResult(work());
            promise->finish();
        });
        return future;
    }

private:
    struct Queue;
    std::shared_ptr<Queue> m_queue;
    std::unique_ptr<QThread> m_thread;
};

} // namespace Stasis
