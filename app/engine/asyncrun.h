// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QFuture>
#include <QPromise>

#include <memory>
#include <utility>

namespace Stasis
{

/// The state of one run of an operation made of asynchronous steps: Derived
/// has a start() that sends the first request, and each step's continuation
/// holds the run (shared_from_this()), so it lives while a step is pending
/// and goes after the last one. The run answers once, with a Result.
template<typename Derived, typename Result>
class AsyncRun : public std::enable_shared_from_this<Derived>
{
public:
    /// Makes a Derived from @p arguments, starts it and returns its answer.
    template<typename... Arguments>
    static QFuture<Result> launch(Arguments &&...arguments)
    {
        const auto run = std::make_shared<Derived>(std::forward<Arguments>(arguments)...);
        QFuture<Result> future = run->future();
        run->start();
        return future;
    }

    QFuture<Result> future()
    {
        return m_promise.future();
    }

protected:
    AsyncRun()
    {
        m_promise.start();
    }

    void answer(const Result &result)
    {
        m_promise.addResult(result);
        m_promise.finish();
    }

    /// Whether whoever waits for the answer cancelled it.
    bool isCanceled() const
    {
        return m_promise.isCanceled();
    }

private:
    QPromise<Result> m_promise;
};

} // namespace Stasis
